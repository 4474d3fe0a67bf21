//! What happens when a knowledge form is posted: a body's case (draft, edit, submit), a
//! moderator's decisions (publish, return with a comment, retire) and materials. Every handler
//! checks on the server who may act (403) and that the item exists (404), whatever the page
//! showed, re-checks the form with the rule the browser used, and brings the search index up to
//! date before it answers.

use super::access::{may_contribute, may_edit, may_moderate, may_submit};
use super::form_values::{case_from, material_from};
use super::forms::KnowledgeForm;
use super::model::*;
use super::repo::{self, Item};
use crate::forms::{finish, FormRequest, FormRule};
use crate::i18n::Locale;
use crate::identity::SessionUser;
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A slug from a title: its words folded to ASCII, joined by hyphens, made unique.
async fn new_slug(state: &AppState, title: &str) -> Result<String, AppError> {
    let words: Vec<String> = super::analysis::folded_words(title)
        .into_iter()
        .map(|w| w.chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let mut base: String = words.join("-").chars().take(60).collect::<String>().trim_end_matches('-').to_string();
    if super::rules::check_slug(&base).is_err() {
        base = "case".into();
    }
    let mut slug = base.clone();
    let mut n = 2;
    while repo::slug_taken(&state.db, &slug).await? {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// The section headings of a case written on the platform: the fixed names, in the case's
/// language where the interface has it.
fn with_headings(text: &mut Text) {
    let locale = Locale::from_code(&text.lang).unwrap_or(Locale::En);
    for s in &mut text.sections {
        s.heading = crate::i18n::lookup(locale, &format!("knowledge-section-{}", s.id));
    }
}

/// The server-only checks of a case: CPV codes and NUTS regions that exist.
fn check_references(errors: &mut FieldErrors, f: &CaseFacts) {
    if errors.get("cpv").is_none() && f.cpv.iter().any(|c| crate::reference::cpv::lookup(c).is_none()) {
        errors.add("cpv", "err-cpv-unknown");
    }
    if errors.get("nuts").is_none() && !f.nuts.is_empty() && crate::reference::nuts::region(&f.nuts).is_none() {
        errors.add("nuts", "err-nuts-unknown");
    }
}

async fn reindex(state: &AppState) {
    if let Err(e) = state.knowledge.catch_up(&state.db).await {
        tracing::error!(error = %e, "knowledge index could not catch up");
    }
}

/// The case form of a body: its buyer is the body (name and country from the platform, whatever
/// was posted).
async fn body_case(
    state: &AppState,
    user: &SessionUser,
    req: &FormRequest,
) -> Result<Result<(Text, CaseFacts, Provenance), FieldErrors>, AppError> {
    let org = crate::accounts::repo::organisation(&state.db, user.organisation_id.unwrap_or_default()).await?.ok_or(AppError::Forbidden)?;
    let mut values = req.values.clone();
    values.insert("buyer_name".into(), org.name.clone());
    values.insert("country".into(), org.country.clone());
    values.insert("nuts".into(), org.nuts_code.clone().unwrap_or_default());
    let mut errors = KnowledgeForm::Case.validate(&values);
    let (mut text, facts, provenance, _) = case_from(&values);
    check_references(&mut errors, &facts);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    with_headings(&mut text);
    Ok(Ok((text, facts, provenance)))
}

/// POST /knowledge/cases/new: a verified body's new case, kept as its draft.
pub async fn create_case(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_contribute) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let (text, facts, provenance) = match body_case(&state, &user, &req).await? {
            Ok(c) => c,
            Err(e) => return Ok(Err(e)),
        };
        let slug = new_slug(&state, &text.title).await?;
        let org = user.organisation_id.unwrap_or_default();
        repo::create_draft(&state.db, &slug, Some(org), user.id, &Facts::Case(facts), &provenance, &text).await?;
        Ok(Ok(format!("/knowledge/cases/{slug}?notice=knowledge-draft-saved")))
    }
    .await;
    finish(&state, req, "/knowledge/cases/new", "case", result).await
}

async fn find(state: &AppState, slug: &str, kind: Kind) -> Result<Item, Response> {
    match repo::by_slug(&state.db, slug).await {
        Ok(Some(i)) if i.kind() == kind => Ok(i),
        Ok(_) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// POST /knowledge/cases/{slug}/edit: the body's draft (or returned case), or a moderator's edit
/// of any case (published at once as a new version when the case is public).
pub async fn edit_case(State(state): State<AppState>, Path(slug): Path<String>, req: FormRequest) -> Response {
    let item = match find(&state, &slug, Kind::Case).await {
        Ok(i) => i,
        Err(refused) => return refused,
    };
    let Some(user) = req.viewer().user.filter(|u| may_edit(u, &item)) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let (text, facts, provenance) = if may_moderate(&user) {
            let Facts::Case(old) = &item.facts else { return Err(AppError::NotFound) };
            // A moderator edits what the case says, not whose case it is.
            let mut values = req.values.clone();
            values.insert("buyer_name".into(), old.buyer_name.clone());
            values.insert("country".into(), old.country.clone());
            values.insert("nuts".into(), old.nuts.clone());
            let mut errors = KnowledgeForm::Case.validate(&values);
            let (mut text, mut facts, mut provenance, _) = case_from(&values);
            check_references(&mut errors, &facts);
            if !errors.is_empty() {
                return Ok(Err(errors));
            }
            with_headings(&mut text);
            facts.buyer_names = old.buyer_names.clone();
            provenance.review_status = item.provenance.review_status.clone();
            provenance.last_verified = item.provenance.last_verified.clone();
            (text, facts, provenance)
        } else {
            match body_case(&state, &user, &req).await? {
                Ok(c) => c,
                Err(e) => return Ok(Err(e)),
            }
        };
        repo::save(&state.db, item.id, &Facts::Case(facts), &provenance, &text, Some(user.id).filter(|_| may_moderate(&user))).await?;
        reindex(&state).await;
        Ok(Ok(format!("/knowledge/cases/{slug}?notice=knowledge-saved")))
    }
    .await;
    finish(&state, req, &format!("/knowledge/cases/{slug}/edit"), "case", result).await
}

async fn item_by_id(state: &AppState, id: i64) -> Result<Item, Response> {
    match repo::by_id(&state.db, id).await {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// A move of an item from one status to another, by whoever `may` make it; the page to show it on.
async fn move_item(
    state: &AppState,
    req: FormRequest,
    id: i64,
    may: fn(&SessionUser, &Item) -> bool,
    from: &[Status],
    to: Status,
    notice: &str,
) -> Response {
    let item = match item_by_id(state, id).await {
        Ok(i) => i,
        Err(refused) => return refused,
    };
    let Some(user) = req.viewer().user.filter(|u| may(u, &item)) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let page = super::pages::item_path(item.kind(), &item.slug);
    let comment = if to == Status::Returned { req.value("comment").to_string() } else { String::new() };
    let result = async {
        if to == Status::Returned {
            let errors = KnowledgeForm::Return.validate(&req.values);
            if !errors.is_empty() {
                return Ok(Err(errors));
            }
        }
        if !repo::move_to(&state.db, id, from, to, user.id, &comment).await? {
            return Ok(Err(FieldErrors::form("err-knowledge-status")));
        }
        reindex(state).await;
        Ok(Ok(format!("{page}?notice={notice}")))
    }
    .await;
    finish(state, req, &page, "case-action", result).await
}

fn moderates(u: &SessionUser, _: &Item) -> bool {
    may_moderate(u)
}

pub async fn submit(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    move_item(&state, req, id, may_submit, &[Status::Draft, Status::Returned], Status::Submitted, "knowledge-submitted").await
}

pub async fn publish(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    move_item(&state, req, id, moderates, &[Status::Submitted, Status::Retired], Status::Published, "knowledge-published").await
}

pub async fn return_case(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    move_item(&state, req, id, moderates, &[Status::Submitted], Status::Returned, "knowledge-returned").await
}

pub async fn retire(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    move_item(&state, req, id, moderates, &[Status::Published], Status::Retired, "knowledge-retired").await
}

// ---- materials ----

fn material_of(req: &FormRequest, keep: Option<&MaterialFacts>) -> Result<(Text, MaterialFacts, Provenance), FieldErrors> {
    let errors = KnowledgeForm::Material.validate(&req.values);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (text, mut facts, provenance, _) = material_from(&req.values);
    if let Some(old) = keep {
        facts.file_key = old.file_key.clone();
        facts.file_name = old.file_name.clone();
        facts.file_type = old.file_type.clone();
    }
    Ok((text, facts, provenance))
}

/// POST /knowledge/materials/new: a moderator's material, published at once.
pub async fn create_material(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_moderate) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let (text, facts, provenance) = match material_of(&req, None) {
            Ok(m) => m,
            Err(e) => return Ok(Err(e)),
        };
        if !facts.superseded_by.is_empty() && repo::by_slug(&state.db, &facts.superseded_by).await?.is_none() {
            return Ok(Err(FieldErrors::from_field("superseded_by", "err-material-unknown")));
        }
        let slug = new_slug(&state, &text.title).await?;
        let id = repo::create_draft(&state.db, &slug, None, user.id, &Facts::Material(facts), &provenance, &text).await;
        let id = match id {
            Ok(id) => id,
            Err(e) => return Err(AppError::from(e)),
        };
        repo::move_to(&state.db, id, &[Status::Draft], Status::Published, user.id, "").await?;
        reindex(&state).await;
        Ok(Ok(format!("/knowledge/materials/{slug}?notice=knowledge-published")))
    }
    .await;
    finish(&state, req, "/knowledge/materials/new", "material", result).await
}

/// POST /knowledge/materials/{slug}/edit: a moderator's edit, a new published version.
pub async fn edit_material(State(state): State<AppState>, Path(slug): Path<String>, req: FormRequest) -> Response {
    let item = match find(&state, &slug, Kind::Material).await {
        Ok(i) => i,
        Err(refused) => return refused,
    };
    let Some(user) = req.viewer().user.filter(may_moderate) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let Facts::Material(old) = &item.facts else { return StatusCode::NOT_FOUND.into_response() };
    let result = async {
        let (text, facts, provenance) = match material_of(&req, Some(old)) {
            Ok(m) => m,
            Err(e) => return Ok(Err(e)),
        };
        if facts.superseded_by == slug {
            return Ok(Err(FieldErrors::from_field("superseded_by", "err-material-self")));
        }
        if !facts.superseded_by.is_empty() && repo::by_slug(&state.db, &facts.superseded_by).await?.is_none() {
            return Ok(Err(FieldErrors::from_field("superseded_by", "err-material-unknown")));
        }
        repo::save(&state.db, item.id, &Facts::Material(facts), &provenance, &text, Some(user.id)).await?;
        reindex(&state).await;
        Ok(Ok(format!("/knowledge/materials/{slug}?notice=knowledge-saved")))
    }
    .await;
    finish(&state, req, &format!("/knowledge/materials/{slug}/edit"), "material", result).await
}

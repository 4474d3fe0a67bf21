//! What happens when a public body's page or a partner-post form is posted. Every handler
//! checks on the server who may act (403) and that the post exists (404), whatever the page
//! showed, and re-checks the form with the rule the browser used.

use super::access::{may_edit_profile, may_express_interest, may_post, owns_post};
use super::model::{split_codes, PostStatus};
use super::repo::{self, BodyProfile, PartnerPost, PostData};
use crate::accounts::repo as accounts;
use crate::bodies::forms::BodyForm;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest};
use crate::i18n::Tr;
use crate::mail::Mail;
use crate::reference::{cpv, cpv_code};
use crate::state::AppState;
use crate::validation::{FieldErrors, FORM};
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A group of checkboxes with nothing ticked sends nothing: say so, so a refused form comes back
/// with the boxes unticked as they were, not with the stored ones.
fn with_empty(req: &mut FormRequest, fields: &[&str]) {
    for f in fields {
        req.values.entry(f.to_string()).or_default();
    }
}

// ---- the body's page ----

pub async fn save_profile(State(state): State<AppState>, mut req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_edit_profile) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let org_id = user.organisation_id.unwrap_or_default();
    match accounts::organisation(&state.db, org_id).await {
        Ok(Some(o)) if o.kind == "public_body" => {}
        Ok(_) => return StatusCode::FORBIDDEN.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    }
    with_empty(&mut req, &["themes"]);
    let result = async {
        let mut errors = BodyForm::Profile.validate(&req.values);
        let codes = cpv_code::split_list(req.value("cpv"));
        if errors.get("cpv").is_none() && codes.iter().any(|c| cpv::lookup(c).is_none()) {
            errors.add("cpv", "err-cpv-unknown");
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let mut cpv = codes;
        cpv.sort();
        let profile = BodyProfile {
            contact_name: req.value("contact_name").into(),
            contact_email: req.value("contact_email").into(),
            themes: split_codes(req.value("themes")),
            cpv,
        };
        repo::save_profile(&state.db, org_id, &profile).await?;
        Ok(Ok(format!("/bodies/{org_id}?notice=body-profile-saved")))
    }
    .await;
    finish(&state, req, "/bodies/profile", "body-profile", result).await
}

// ---- partner posts ----

pub async fn create_post(State(state): State<AppState>, mut req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_post) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    with_empty(&mut req, &["countries"]);
    let result = async {
        let mut errors = BodyForm::PartnerPost.validate(&req.values);
        let code = req.value("cpv");
        if errors.get("cpv").is_none() && !code.is_empty() && cpv::lookup(code).is_none() {
            errors.add("cpv", "err-cpv-unknown");
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let data = PostData {
            title: req.value("title").into(),
            theme: req.value("theme").into(),
            description: req.value("description").into(),
            cpv_code: Some(code.to_string()).filter(|c| !c.is_empty()),
            timeline: req.value("timeline").into(),
            countries: split_codes(req.value("countries")),
        };
        let id = repo::insert_post(&state.db, user.organisation_id.unwrap_or_default(), user.id, &data).await?;
        Ok(Ok(format!("/partners/{id}?notice=partner-post-published")))
    }
    .await;
    finish(&state, req, "/partners/new", "partner-post", result).await
}

/// The post `id` as the public sees it (posts of bodies no longer verified are gone), or the
/// 404 to answer.
async fn public_post(state: &AppState, id: i64) -> Result<PartnerPost, Response> {
    match repo::find_post(&state.db, id).await {
        Ok(Some(p)) if p.body_verified => Ok(p),
        Ok(_) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// A conversation's subject holds at most `SUBJECT_MAX_CHARS`: a long post title is shortened.
fn fit_subject(subject: &str) -> String {
    let max = crate::messages::rules::SUBJECT_MAX_CHARS;
    if subject.chars().count() <= max {
        return subject.to_string();
    }
    subject.chars().take(max - 1).chain(std::iter::once('…')).collect()
}

/// What `start_conversation` refused, placed on this form: its message is our `message`.
fn on_interest_form(errors: FieldErrors) -> FieldErrors {
    let mut mapped = FieldErrors::default();
    for (field, code) in errors.0 {
        mapped.add(if field == "body" || field == "message" { "message" } else { FORM }, &code);
    }
    mapped
}

pub async fn express_interest(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let post = match public_post(&state, id).await {
        Ok(p) => p,
        Err(refused) => return refused,
    };
    let Some(user) = req.viewer().user.filter(|u| may_express_interest(u, &post)) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let org = user.organisation_id.unwrap_or_default();
    let result = async {
        let errors = BodyForm::PartnerInterest.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if post.status != PostStatus::Open {
            return Ok(Err(FieldErrors::form("err-post-closed")));
        }
        if !state.limits.allow(req.ip(), Some(&format!("partner-interest:{}", user.id))) {
            return Ok(Err(FieldErrors::form("err-rate-limited")));
        }
        // Claimed first, so a second click cannot start a second conversation; taken back if
        // the conversation cannot be started.
        if !repo::claim_interest(&state.db, id, org, user.id).await? {
            return Ok(Err(FieldErrors::form("err-already-interested")));
        }
        let subject = Tr(req.viewer().locale).t_args("partner-interest-subject", &[("title", post.data.title.clone())]);
        let subject = fit_subject(&subject);
        let started = crate::messages::handlers::start_conversation(
            &state,
            &user,
            post.organisation_id,
            &subject,
            req.value("message"),
            Some(("partner_post", id)),
        )
        .await;
        let conversation = match started {
            Ok(Ok(c)) => c,
            Ok(Err(refused)) => {
                repo::drop_interest(&state.db, id, org).await?;
                return Ok(Err(on_interest_form(refused)));
            }
            Err(e) => {
                repo::drop_interest(&state.db, id, org).await?;
                return Err(e);
            }
        };
        repo::set_interest_conversation(&state.db, id, org, conversation).await?;
        let body = user.organisation_name.clone().unwrap_or_default();
        let link = format!("{}/partners/{id}", state.config.base_url);
        for member in accounts::members_of(&state.db, post.organisation_id).await? {
            let args =
                vec![("name", member.name.clone()), ("body", body.clone()), ("title", post.data.title.clone()), ("link", link.clone())];
            state.mailer.send(Mail { to: &member.email, locale: member.locale, kind: "partner-interest", args }).await?;
        }
        Ok(Ok(format!("/partners/{id}?notice=interest-sent")))
    }
    .await;
    finish(&state, req, &format!("/partners/{id}"), "interest", result).await
}

pub async fn close_post(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let post = match repo::find_post(&state.db, id).await {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    };
    if !req.viewer().user.is_some_and(|u| owns_post(&u, &post)) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let result = async {
        if !repo::close_post(&state.db, id).await? {
            return Ok(Err(FieldErrors::form("err-post-closed")));
        }
        Ok(Ok(format!("/partners/{id}?notice=partner-post-closed")))
    }
    .await;
    finish(&state, req, &format!("/partners/{id}"), "close", result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_subjects_are_shortened() {
        let max = crate::messages::rules::SUBJECT_MAX_CHARS;
        assert_eq!(fit_subject("Partner post: buses"), "Partner post: buses");
        let long = fit_subject(&"ä".repeat(max + 20));
        assert_eq!(long.chars().count(), max);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn refusals_land_on_the_interest_form() {
        let mut e = FieldErrors::default();
        e.add("body", "err-too-long");
        e.add("subject", "err-too-long");
        let mapped = on_interest_form(e);
        assert_eq!(mapped.get("message"), Some("err-too-long"));
        assert_eq!(mapped.get(FORM), Some("err-too-long"));
        assert_eq!(on_interest_form(FieldErrors::form("err-blocked")).get(FORM), Some("err-blocked"));
    }
}

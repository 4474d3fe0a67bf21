//! Saved searches: a signed-in user keeps a search under a name; tenders published later that
//! match it arrive as an e-mail digest (and in the search's Atom feed).

use super::repo::{self, SavedSearch};
use super::search::{SearchQuery, Sort, StatusFilter};
use crate::db::now;
use crate::forms::FormKind;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest};
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Locale};
use crate::mail::Mail;
use crate::shell::{guard, Page, StatusPage};
use crate::state::{use_state, AppState};
use crate::tenders::forms::TenderForm;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// A user keeps at most this many searches (each is run for every digest).
pub const MAX_PER_USER: i64 = 25;
/// Tenders listed in one digest mail; the link shows the rest.
const DIGEST_LIMIT: usize = 20;

/// The query string of a search as stored: the parameters the search understood, re-written.
fn normalised(query: &str) -> String {
    let params: BTreeMap<String, String> = serde_urlencoded::from_str(query.trim_start_matches('?')).unwrap_or_default();
    SearchQuery::parse(&params).query_string(1).trim_start_matches('?').to_string()
}

pub async fn save(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user else { return StatusCode::FORBIDDEN.into_response() };
    let query = normalised(req.value("query"));
    let back = format!("/tenders{}", if query.is_empty() { String::new() } else { format!("?{query}") });
    let result = async {
        let errors = TenderForm::SavedSearch.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if repo::saved_search_count(&state.db, user.id).await? >= MAX_PER_USER {
            return Ok(Err(FieldErrors::form("err-too-many")));
        }
        repo::save_search(&state.db, user.id, req.value("name"), &query).await?;
        Ok(Ok("/tenders/saved?notice=search-saved".to_string()))
    }
    .await;
    finish(&state, req, &back, "save-search", result).await
}

pub async fn delete(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user else { return StatusCode::FORBIDDEN.into_response() };
    match repo::delete_saved_search(&state.db, user.id, id).await {
        Ok(true) => axum::response::Redirect::to("/tenders/saved?notice=search-deleted").into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => AppError::from(e).into_response(),
    }
}

/// The "save this search" form under a search's results.
pub fn save_form(query: &SearchQuery) -> FormSpec {
    let tr = use_tr();
    let name = if query.text.is_empty() { tr.t("saved-default-name") } else { query.text.clone() };
    FormSpec::new(
        TenderForm::SavedSearch,
        "save-search",
        "/tenders/saved",
        tr.t("saved-save"),
        vec![
            Field::text("name", tr.t("saved-name")).value(name).hint(tr.t("hint-saved-name")),
            Field::hidden("query", query.query_string(1).trim_start_matches('?').to_string()),
        ],
    )
}

#[component]
pub fn SavedSearchesPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/tenders/saved", |_| true) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            let Ok(searches) = repo::saved_searches(&state.db, user.id).await else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            if searches.is_empty() {
                return view! { <p>{tr.t("saved-empty")}</p> }.into_any();
            }
            let items = searches.into_iter().map(saved_item).collect_view();
            view! { <ul class="plain results">{items}</ul> }.into_any()
        })
    };
    view! {
        <Page title=tr.t("saved-title")>
            <p class="lead">{tr.t("saved-intro")}</p>
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

fn saved_item(s: SavedSearch) -> impl IntoView {
    let tr = use_tr();
    let query = if s.query.is_empty() { String::new() } else { format!("?{}", s.query) };
    let spec = FormSpec::new(
        FormKind::Confirm,
        &format!("delete-search-{}", s.id),
        &format!("/tenders/saved/{}/delete", s.id),
        tr.t("saved-delete"),
        vec![],
    );
    view! {
        <li class="card">
            <h2 class="card-title">{s.name.clone()}</h2>
            <p>{tr.t_args("saved-since", &[("date", tr.date(s.created_at))])}</p>
            <p class="page-actions">
                <a href=format!("/tenders{query}")>{tr.t("saved-show")}</a>
                <a href=format!("/tenders/feed{query}")>{tr.t("search-feed")}</a>
            </p>
            <SmartForm spec />
        </li>
    }
}

/// Sends each saved search's new tenders (published since its last digest) to its owner; how
/// many mails went out. Run hourly by the server and by `ppi-hub send-digests`.
pub async fn send_digests(state: &AppState) -> Result<usize, AppError> {
    let mut sent = 0;
    for target in repo::digest_targets(&state.db).await? {
        // Up to the last whole second: what is published in this one comes with the next digest,
        // so nothing is sent twice and nothing is missed.
        let at = now() - 1;
        let params: BTreeMap<String, String> = serde_urlencoded::from_str(&target.search.query).unwrap_or_default();
        let mut q = SearchQuery::parse(&params);
        q.sort = Sort::Newest;
        q.status = StatusFilter::Open;
        q.page = 1;
        q.published_since = Some(target.search.last_sent_at);
        q.published_until = Some(at);
        let (found, total) = repo::search(&state.db, &q, at).await?;
        if total > 0 {
            let base = &state.config.base_url;
            let list: Vec<String> = found.iter().take(DIGEST_LIMIT).map(|t| format!("- {}\n  {base}/tenders/{}", t.title, t.id)).collect();
            let locale = Locale::from_code(&target.locale).unwrap_or_default();
            let args = vec![
                ("name", target.name.clone()),
                ("search", target.search.name.clone()),
                ("count", total.to_string()),
                ("list", list.join("\n")),
                ("link", format!("{base}/tenders{}", q.query_string(1))),
            ];
            state.mailer.send(Mail { to: &target.email, locale, kind: "saved-search-digest", args }).await?;
            sent += 1;
        }
        repo::mark_digest_sent(&state.db, target.search.id, at).await?;
    }
    Ok(sent)
}

//! Atom feeds of tender searches: any search URL has one (`/tenders/feed?…` with the same
//! parameters), so a feed reader follows new tenders that match.

use super::repo;
use super::search::{SearchQuery, Sort, StatusFilter};
use crate::db::now;
use crate::i18n::rfc3339;
use crate::state::AppState;
use crate::web::{xml_text as xml, AppError};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;

/// The newest published tenders matching a search, as an Atom feed.
pub async fn feed(State(state): State<AppState>, Query(params): Query<BTreeMap<String, String>>) -> Result<Response, AppError> {
    let mut q = SearchQuery::parse(&params);
    q.sort = Sort::Newest;
    q.page = 1;
    if !params.contains_key("status") {
        q.status = StatusFilter::Open;
    }
    let (found, _) = repo::search(&state.db, &q, now()).await?;
    let base = &state.config.base_url;
    let search_url = format!("{base}/tenders{}", q.query_string(1));
    let self_url = format!("{base}/tenders/feed{}", q.query_string(1));
    let updated = found.iter().filter_map(|t| t.published_at).max().unwrap_or(0);
    let entries: String = found
        .iter()
        .map(|t| {
            let url = format!("{base}/tenders/{}", t.id);
            let published = rfc3339(t.published_at.unwrap_or(0));
            format!(
                "<entry><id>{url}</id><title>{}</title><link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\
                 <published>{published}</published><updated>{published}</updated><author><name>{}</name></author>\
                 <summary>{}</summary></entry>",
                xml(&t.title),
                xml(&t.buyer_name),
                xml(&format!(
                    "{} · {} {} · {} · deadline {}",
                    t.buyer_name,
                    t.currency,
                    t.value_amount,
                    t.main_cpv,
                    rfc3339(t.submission_deadline)
                )),
            )
        })
        .collect();
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <id>{}</id><title>PPI Hub tenders{}</title><updated>{}</updated>\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/><link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\
         {entries}</feed>\n",
        xml(&self_url),
        if q.text.is_empty() { String::new() } else { format!(": {}", xml(&q.text)) },
        rfc3339(updated),
        xml(&self_url),
        xml(&search_url),
    );
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body).into_response())
}

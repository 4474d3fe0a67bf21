//! Open data: each published tender as OCDS 1.1 releases (one per publication, amendment,
//! cancellation, closing and award, stored as published and never changed), a record per tender
//! that gathers them, and release packages of all tenders by date.

use super::api::json_response;
use super::model::{Procedure, Status};
use super::repo::{self, Tender};
use crate::db::now;
use crate::i18n::rfc3339;
use crate::reference::Code;
use crate::reference::{cpv, nuts};
use crate::state::AppState;
use crate::web::AppError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};

/// Releases per page of `/api/ocds/releases`.
pub const PAGE_SIZE: i64 = 100;

pub fn ocid(prefix: &str, tender_id: i64) -> String {
    format!("{prefix}-{tender_id}")
}

fn category(contract_type: &str) -> &'static str {
    match contract_type {
        "works" => "works",
        "supplies" => "goods",
        _ => "services",
    }
}

/// The release of a tender as it stands now, tagged `tag` and dated `date`; `seq` numbers the
/// tender's releases (1 for the first), so each release id is unique however close in time.
pub fn release(prefix: &str, base_url: &str, t: &Tender, tag: &str, date: i64, seq: usize) -> Value {
    let ocid = ocid(prefix, t.id);
    let d = &t.data;
    let org = format!("{prefix}-org-{}", t.organisation_id);
    let classification = |code: &str| json!({ "scheme": "CPV", "id": code.get(..8).unwrap_or(code), "description": cpv::lookup(code).map(|c| c.label.clone()).unwrap_or_default(), "uri": format!("https://op.europa.eu/web/eu-vocabularies/concept/-/resource?uri=http://data.europa.eu/cpv/cpv/{}", code.get(..8).unwrap_or(code)) });
    let status = t.status_now();
    let mut tender = json!({
        "id": t.id.to_string(),
        "title": d.title,
        "description": d.description,
        "status": status.ocds(),
        "procurementMethod": Procedure::parse(&d.procedure).map(|p| p.ocds_method()).unwrap_or("open"),
        "procurementMethodDetails": d.procedure,
        "mainProcurementCategory": category(&d.contract_type),
        "value": { "amount": d.value_amount, "currency": d.currency },
        "items": [{
            "id": "1",
            "description": d.title,
            "classification": classification(&d.main_cpv),
            "additionalClassifications": d.additional_cpv.iter().map(|c| classification(c)).collect::<Vec<_>>(),
        }],
        "enquiryPeriod": { "endDate": rfc3339(d.questions_deadline) },
        "tenderPeriod": { "endDate": rfc3339(d.submission_deadline) },
        "procuringEntity": { "id": org, "name": t.buyer_name },
    });
    if let Some(start) = t.published_at {
        tender["tenderPeriod"]["startDate"] = json!(rfc3339(start));
        tender["enquiryPeriod"]["startDate"] = json!(rfc3339(start));
    }
    let mut release = json!({
        "ocid": ocid,
        "id": format!("{ocid}-{seq:04}-{tag}"),
        "date": rfc3339(date),
        "tag": [tag],
        "initiationType": "tender",
        "language": "en",
        "parties": [{
            "id": org,
            "name": t.buyer_name,
            "roles": ["buyer", "procuringEntity"],
            "address": {
                "countryName": t.country,
                "region": nuts::region(&d.nuts_code).map(|r| format!("{} {}", r.code, r.label)).unwrap_or(d.nuts_code.clone()),
            },
            "contactPoint": { "name": d.contact_name, "email": d.contact_email, "url": format!("{base_url}/bodies/{}", t.organisation_id) },
        }],
        "buyer": { "id": org, "name": t.buyer_name },
        "tender": tender,
    });
    // An award names its winner (OCDS wants a supplier's name); a tender marked awarded without
    // one (as in generated data) has no award block.
    if let Some(winner) = t.awarded_to.clone().filter(|w| status == Status::Awarded && !w.trim().is_empty()) {
        let supplier_id = format!("{prefix}-supplier-{}-1", t.id);
        if let Some(parties) = release["parties"].as_array_mut() {
            parties.push(json!({ "id": supplier_id, "name": winner, "roles": ["supplier"] }));
        }
        release["awards"] = json!([{
            "id": format!("{}-1", t.id),
            "status": "active",
            "value": { "amount": t.awarded_value.unwrap_or(0), "currency": d.currency },
            "suppliers": [{ "id": supplier_id, "name": winner }],
        }]);
    }
    release
}

/// Stores the tender's release for what just happened to it (`tag`: tender, tenderAmendment,
/// tenderUpdate, tenderCancellation, award).
pub async fn publish_release(state: &AppState, tender_id: i64, tag: &str) -> Result<(), AppError> {
    let Some(t) = repo::find(&state.db, tender_id).await? else { return Ok(()) };
    let date = now();
    // Taken from the tender's own counter in one statement, so two changes in the same instant
    // still get different release ids.
    let seq = repo::next_release_seq(&state.db, tender_id).await? as usize;
    let body = release(&state.config.ocid_prefix, &state.config.base_url, &t, tag, date, seq);
    let release_id = body["id"].as_str().unwrap_or_default().to_string();
    repo::insert_release(&state.db, tender_id, &release_id, date, &body.to_string()).await?;
    Ok(())
}

fn package(state: &AppState, uri: String, key: &str, items: Vec<Value>, next: Option<String>) -> Value {
    let mut p = json!({
        "uri": uri,
        "version": "1.1",
        "publishedDate": rfc3339(now()),
        "publisher": { "name": "PPI Hub", "uri": state.config.base_url },
        "license": "https://creativecommons.org/publicdomain/zero/1.0/",
        "publicationPolicy": format!("{}/accessibility", state.config.base_url),
        key: items,
    });
    if let Some(next) = next {
        p["links"] = json!({ "next": next });
    }
    p
}

fn bad_request(what: &str) -> Response {
    json_response(StatusCode::BAD_REQUEST, json!({ "error": what }))
}

fn parse_stored(bodies: Vec<String>) -> Vec<Value> {
    bodies.iter().filter_map(|b| serde_json::from_str(b).ok()).collect()
}

#[derive(Deserialize)]
pub struct ReleasesQuery {
    /// Releases dated on or after this day (`YYYY-MM-DD`) or moment (RFC 3339).
    pub since: Option<String>,
    pub until: Option<String>,
    #[serde(default)]
    pub page: Option<i64>,
}

fn parse_when(s: &str) -> Option<i64> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Some(t.as_second());
    }
    let d = super::threshold::Date::parse(s)?;
    Some(crate::i18n::unix_of_date(d.year(), d.month(), d.day()))
}

/// `/api/ocds/releases`: a release package of every tender's releases, oldest first, paged.
pub async fn releases(State(state): State<AppState>, Query(q): Query<ReleasesQuery>) -> Result<Response, AppError> {
    let since = match q.since.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => match parse_when(s) {
            Some(t) => t,
            None => return Ok(bad_request("since: not a date (YYYY-MM-DD) or an RFC 3339 time")),
        },
        None => 0,
    };
    let until = match q.until.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => match parse_when(s) {
            Some(t) => t,
            None => return Ok(bad_request("until: not a date (YYYY-MM-DD) or an RFC 3339 time")),
        },
        None => i64::MAX,
    };
    let page = q.page.unwrap_or(1).clamp(1, 1_000_000);
    let (bodies, more) = repo::releases_between(&state.db, since, until, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    let base = format!("{}/api/ocds/releases", state.config.base_url);
    let mut params: Vec<(&str, String)> = Vec::new();
    if let Some(s) = q.since.filter(|s| !s.is_empty()) {
        params.push(("since", s));
    }
    if let Some(u) = q.until.filter(|s| !s.is_empty()) {
        params.push(("until", u));
    }
    let link = |page: i64| {
        let mut p = params.clone();
        p.push(("page", page.to_string()));
        format!("{base}?{}", serde_urlencoded::to_string(&p).unwrap_or_default())
    };
    let next = more.then(|| link(page + 1));
    // A release package holds at least one release (the schema says so): a range or page with
    // none is not found, rather than an invalid package.
    if bodies.is_empty() {
        return Ok(json_response(StatusCode::NOT_FOUND, json!({ "error": "no releases in this range" })));
    }
    Ok(json_response(StatusCode::OK, package(&state, link(page), "releases", parse_stored(bodies), next)))
}

/// The latest release of a tender, in a release package.
pub async fn tender_release(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let bodies = repo::releases_of(&state.db, id).await?;
    let Some(last) = bodies.last().cloned() else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    let uri = format!("{}/api/ocds/tenders/{id}/release", state.config.base_url);
    Ok(json_response(StatusCode::OK, package(&state, uri, "releases", parse_stored(vec![last]), None)))
}

/// The record of a tender: all its releases and the compiled release (its current state).
pub async fn tender_record(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let bodies = repo::releases_of(&state.db, id).await?;
    let releases = parse_stored(bodies);
    let Some(last) = releases.last().cloned() else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    let mut compiled = last;
    compiled["id"] = json!(format!("{}-compiled", compiled["ocid"].as_str().unwrap_or_default()));
    compiled["tag"] = json!(["compiled"]);
    let record = json!({
        "ocid": ocid(&state.config.ocid_prefix, id),
        "releases": releases,
        "compiledRelease": compiled,
    });
    let uri = format!("{}/api/ocds/tenders/{id}/record", state.config.base_url);
    Ok(json_response(StatusCode::OK, package(&state, uri, "records", vec![record], None)))
}

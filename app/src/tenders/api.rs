//! The JSON search API (`/api/tenders`, `/api/tenders/{id}`) and its OpenAPI description
//! (`/api/openapi.json`). The search takes exactly the parameters of the `/tenders` page.

use super::model::Status;
use super::repo::{self, TenderSummary};
use super::search::SearchQuery;
use crate::db::now;
use crate::i18n::rfc3339;
use crate::reference::cpv;
use crate::reference::Code;
use crate::state::AppState;
use crate::web::AppError;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// JSON that any site may read (open data).
pub fn json_response(status: StatusCode, v: Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json"), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], v.to_string()).into_response()
}

fn summary_json(base: &str, t: &TenderSummary, at: i64) -> Value {
    json!({
        "id": t.id,
        "url": format!("{base}/tenders/{}", t.id),
        "title": t.title,
        "buyer": t.buyer_name,
        "country": t.country,
        "nuts": t.nuts_code,
        "main_cpv": { "code": t.main_cpv, "label": cpv::lookup(&t.main_cpv).map(|c| c.label.clone()) },
        "contract_type": t.contract_type,
        "procedure": t.procedure,
        "value": { "amount": t.value_amount, "currency": t.currency },
        "above_eu_threshold": t.above_threshold,
        "status": t.status.at(t.submission_deadline, at).code(),
        "submission_deadline": rfc3339(t.submission_deadline),
        "published": t.published_at.map(rfc3339),
    })
}

/// `/api/tenders?…`: one page of a search, as JSON.
pub async fn search(State(state): State<AppState>, Query(params): Query<BTreeMap<String, String>>) -> Result<Response, AppError> {
    let q = SearchQuery::parse(&params);
    if !q.ignored.is_empty() {
        return Ok(json_response(StatusCode::BAD_REQUEST, json!({ "error": "parameters not understood", "parameters": q.ignored })));
    }
    let at = now();
    let (found, total) = repo::search(&state.db, &q, at).await?;
    let base = &state.config.base_url;
    let pages = ((total + q.per_page() - 1) / q.per_page()).max(1);
    let link = |page: i64| format!("{base}/api/tenders{}", q.query_string(page));
    let body = json!({
        "total": total,
        "page": q.page,
        "per_page": q.per_page(),
        "results": found.iter().map(|t| summary_json(base, t, at)).collect::<Vec<_>>(),
        "links": {
            "self": link(q.page),
            "next": (q.page < pages.min(super::search::MAX_PAGE)).then(|| link(q.page + 1)),
            "prev": (q.page > 1).then(|| link(q.page - 1)),
            "html": format!("{base}/tenders{}", q.query_string(q.page)),
            "atom": format!("{base}/tenders/feed{}", q.query_string(1)),
        },
    });
    Ok(json_response(StatusCode::OK, body))
}

/// `/api/tenders/{id}`: one public tender with every field.
pub async fn tender(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let Some(t) = repo::find(&state.db, id).await?.filter(|t| t.status != Status::Draft) else {
        return Ok(json_response(StatusCode::NOT_FOUND, json!({ "error": "no such tender" })));
    };
    let base = &state.config.base_url;
    let d = &t.data;
    let body = json!({
        "id": t.id,
        "url": format!("{base}/tenders/{}", t.id),
        "ocds_record": format!("{base}/api/ocds/tenders/{}/record", t.id),
        "title": d.title,
        "description": d.description,
        "buyer": { "id": t.organisation_id, "name": t.buyer_name, "url": format!("{base}/bodies/{}", t.organisation_id) },
        "country": t.country,
        "nuts": d.nuts_code,
        "main_cpv": d.main_cpv,
        "additional_cpv": d.additional_cpv,
        "contract_type": d.contract_type,
        "procedure": d.procedure,
        "innovation": d.innovation,
        "value": { "amount": d.value_amount, "currency": d.currency, "eur": d.value_eur },
        "above_eu_threshold": d.above_threshold,
        "lots": d.lots,
        "questions_deadline": rfc3339(d.questions_deadline),
        "submission_deadline": rfc3339(d.submission_deadline),
        "time_zone": t.time_zone,
        "status": t.status_now().code(),
        "notice_url": d.notice_url,
        "published": t.published_at.map(rfc3339),
    });
    Ok(json_response(StatusCode::OK, body))
}

/// The OpenAPI 3.1 description of the public API.
pub fn openapi(base_url: &str) -> Value {
    let param = |name: &str, description: &str, schema: Value| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema });
    let text = json!({ "type": "string" });
    let codes = |list: Vec<&str>| json!({ "type": "string", "enum": list });
    let search_params = vec![
        param("q", "Words searched in title, description, buyer and CPV labels (all must match).", text.clone()),
        param("country", "ISO country code of the buyer.", codes(crate::reference::Country::ALL.iter().map(|c| c.code()).collect())),
        param("nuts", "NUTS code; includes its sub-regions.", text.clone()),
        param("cpv", "CPV code or its leading digits; includes its children.", text.clone()),
        param("contract", "Contract type.", codes(vec!["works", "supplies", "services"])),
        param("procedure", "Procedure.", codes(super::model::Procedure::ALL.iter().map(|p| p.code()).collect())),
        param("innovation", "eForms BT-776 innovation code.", codes(super::model::Innovation::ALL.iter().map(|i| i.code()).collect())),
        param("threshold", "Above or below the EU threshold.", codes(vec!["above", "below"])),
        param("status", "Open (default), closed, awarded, cancelled or all.", codes(vec!["open", "closed", "awarded", "cancelled", "all"])),
        param("deadline_from", "Submission deadline on or after this day.", json!({ "type": "string", "format": "date" })),
        param("deadline_to", "Submission deadline on or before this day.", json!({ "type": "string", "format": "date" })),
        param("value_min", "Estimated value in EUR at least.", json!({ "type": "integer", "minimum": 0 })),
        param("value_max", "Estimated value in EUR at most.", json!({ "type": "integer", "minimum": 0 })),
        param("sort", "Sort order.", codes(vec!["deadline", "newest", "value"])),
        param("page", "Page (20 results each).", json!({ "type": "integer", "minimum": 1, "maximum": super::search::MAX_PAGE })),
    ];
    let error = json!({ "type": "object", "properties": { "error": { "type": "string" } }, "required": ["error"] });
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "PPI Hub open data API",
            "version": "1.0.0",
            "description": "Tenders of public buyers in the Baltic Sea region: search as JSON, and OCDS 1.1 releases and records; the knowledge centre's cases and materials.",
            "license": { "name": "CC0-1.0", "identifier": "CC0-1.0" },
        },
        "servers": [{ "url": base_url }],
        "paths": {
            "/api/tenders": { "get": {
                "summary": "Search tenders",
                "operationId": "searchTenders",
                "parameters": search_params,
                "responses": {
                    "200": { "description": "One page of results", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResult" } } } },
                    "400": { "description": "A parameter was not understood", "content": { "application/json": { "schema": error.clone() } } },
                },
            } },
            "/api/tenders/{id}": { "get": {
                "summary": "One tender",
                "operationId": "getTender",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                "responses": {
                    "200": { "description": "The tender", "content": { "application/json": { "schema": { "type": "object" } } } },
                    "404": { "description": "No such public tender", "content": { "application/json": { "schema": error.clone() } } },
                },
            } },
            "/api/ocds/releases": { "get": {
                "summary": "OCDS release packages of all tenders, oldest first",
                "operationId": "ocdsReleases",
                "parameters": [
                    param("since", "Releases dated on or after (YYYY-MM-DD or RFC 3339).", text.clone()),
                    param("until", "Releases dated before (YYYY-MM-DD or RFC 3339).", text.clone()),
                    param("page", "Page (100 releases each).", json!({ "type": "integer", "minimum": 1 })),
                ],
                "responses": {
                    "200": { "description": "An OCDS 1.1 release package", "content": { "application/json": { "schema": { "type": "object" } } } },
                    "400": { "description": "A date was not understood", "content": { "application/json": { "schema": error.clone() } } },
                },
            } },
            "/api/ocds/tenders/{id}/release": { "get": {
                "summary": "The latest OCDS release of a tender, in a release package",
                "operationId": "ocdsRelease",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                "responses": { "200": { "description": "An OCDS 1.1 release package" }, "404": { "description": "No published tender" } },
            } },
            "/api/ocds/tenders/{id}/record": { "get": {
                "summary": "The OCDS record of a tender",
                "operationId": "ocdsRecord",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                "responses": { "200": { "description": "An OCDS 1.1 record package" }, "404": { "description": "No published tender" } },
            } },
            "/api/cpv": { "get": {
                "summary": "CPV codes matching words or leading digits",
                "operationId": "cpvSuggestions",
                "parameters": [param("q", "Words or digits.", text.clone())],
                "responses": { "200": { "description": "Up to 12 codes", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Choices" } } } } },
            } },
            "/api/nuts": { "get": {
                "summary": "NUTS regions matching a name or code",
                "operationId": "nutsSuggestions",
                "parameters": [param("q", "Name or code.", text)],
                "responses": { "200": { "description": "Up to 12 regions", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Choices" } } } } },
            } },
        },
        "components": { "schemas": {
            "Choices": { "type": "array", "items": { "type": "object", "properties": { "value": { "type": "string" }, "label": { "type": "string" } }, "required": ["value", "label"] } },
            "SearchResult": {
                "type": "object",
                "required": ["total", "page", "per_page", "results", "links"],
                "properties": {
                    "total": { "type": "integer" },
                    "page": { "type": "integer" },
                    "per_page": { "type": "integer" },
                    "results": { "type": "array", "items": { "$ref": "#/components/schemas/TenderSummary" } },
                    "links": { "type": "object" },
                },
            },
            "TenderSummary": {
                "type": "object",
                "required": ["id", "url", "title", "buyer", "country", "status", "submission_deadline"],
                "properties": {
                    "id": { "type": "integer" }, "url": { "type": "string" }, "title": { "type": "string" },
                    "buyer": { "type": "string" }, "country": { "type": "string" }, "nuts": { "type": "string" },
                    "main_cpv": { "type": "object" }, "contract_type": { "type": "string" }, "procedure": { "type": "string" },
                    "value": { "type": "object" }, "above_eu_threshold": { "type": "boolean" }, "status": { "type": "string" },
                    "submission_deadline": { "type": "string", "format": "date-time" },
                    "published": { "type": ["string", "null"], "format": "date-time" },
                },
            },
        } },
    });
    // The knowledge centre describes its own part.
    let (paths, schemas) = crate::knowledge::api::openapi_paths();
    for (section, extra) in [("paths", paths), ("components", json!({ "schemas": schemas }))] {
        if let (Some(into), Value::Object(extra)) = (doc.get_mut(section).and_then(Value::as_object_mut), extra) {
            for (k, v) in extra {
                match (into.get_mut(&k).and_then(Value::as_object_mut), v) {
                    (Some(existing), Value::Object(more)) => existing.extend(more),
                    (_, v) => {
                        into.insert(k, v);
                    }
                }
            }
        }
    }
    doc
}

pub async fn openapi_json(State(state): State<AppState>) -> Response {
    json_response(StatusCode::OK, openapi(&state.config.base_url))
}

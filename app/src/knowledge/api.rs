//! Open data of the knowledge centre: the search as JSON (`/api/knowledge`, the parameters of the
//! `/knowledge` page), one item with every fact, text and source (`/api/knowledge/{slug}`), its
//! part of the OpenAPI document, and an Atom feed of new cases and materials.

use super::index::Found;
use super::repo::{self, Item};
use super::search::{Facet, KnowledgeQuery, MAX_PAGE, PER_PAGE};
use crate::i18n::rfc3339;
use crate::reference::Code;
use crate::state::AppState;
use crate::tenders::api::json_response;
use crate::web::{xml_text as xml, AppError};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn item_json(base: &str, item: &Item, snippet: Option<&str>) -> Value {
    let path = super::pages::item_path(item.kind(), &item.slug);
    json!({
        "id": item.id,
        "slug": item.slug,
        "kind": item.kind().code(),
        "url": format!("{base}{path}"),
        "original_language": item.original().lang,
        "languages": item.languages(),
        "texts": item.texts.iter().map(|t| json!({ "lang": t.lang, "title": t.title, "summary": t.summary })).collect::<Vec<_>>(),
        "facts": item.facts,
        "source": item.provenance,
        "version": item.version,
        "published": item.published_at.map(rfc3339),
        "snippet": snippet,
    })
}

fn facets_json(found: &Found) -> Value {
    let map: serde_json::Map<String, Value> = found
        .counts
        .iter()
        .map(|(facet, values)| (facet.param().to_string(), Value::Object(values.iter().map(|(v, n)| (v.clone(), json!(n))).collect())))
        .collect();
    Value::Object(map)
}

/// GET /api/knowledge: one page of a search, with the facet counts.
pub async fn search(State(state): State<AppState>, Query(params): Query<BTreeMap<String, String>>) -> Result<Response, AppError> {
    let q = KnowledgeQuery::parse(&params);
    state.knowledge.fresh(&state.db).await;
    let lang = params.get("reader").map(String::as_str).unwrap_or("en");
    let found = state.knowledge.search(&q, lang).map_err(AppError::from)?;
    let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
    let items = repo::published_by_ids(&state.db, &ids).await?;
    let base = &state.config.base_url;
    let results: Vec<Value> = found
        .hits
        .iter()
        .filter_map(|h| {
            items.iter().find(|i| i.id == h.id).map(|i| item_json(base, i, Some(&h.snippet).filter(|s| !s.is_empty()).map(|s| s.as_str())))
        })
        .collect();
    let link = |page: usize| format!("{base}/api/knowledge{}", crate::web::query_string(q.params(), page as i64));
    let pages = found.total.div_ceil(PER_PAGE).clamp(1, MAX_PAGE);
    let body = json!({
        "total": found.total,
        "page": q.page,
        "per_page": PER_PAGE,
        "results": results,
        "facets": facets_json(&found),
        "links": {
            "self": link(q.page),
            "next": (q.page < pages).then(|| link(q.page + 1)),
            "prev": (q.page > 1).then(|| link(q.page - 1)),
        },
    });
    Ok(json_response(StatusCode::OK, body))
}

/// GET /api/knowledge/{slug}: a published item, every fact and text.
pub async fn item(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    match repo::by_slug(&state.db, &slug).await?.filter(|i| i.status == super::model::Status::Published) {
        Some(i) => {
            let mut v = item_json(&state.config.base_url, &i, None);
            v["texts"] = json!(i.texts);
            Ok(json_response(StatusCode::OK, v))
        }
        None => Ok(json_response(StatusCode::NOT_FOUND, json!({ "error": "no such published knowledge item" }))),
    }
}

/// The knowledge centre's paths and schemas of the OpenAPI document.
pub fn openapi_paths() -> (Value, Value) {
    let param = |name: &str, description: &str, schema: Value| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema });
    let mut params = vec![param("q", "Words, ranked by relevance and stemmed per language (all must match).", json!({ "type": "string" }))];
    params.extend(Facet::ALL.iter().map(|f| {
        param(f.param(), "A facet's value (see `facets` in the answer for the values and their counts).", json!({ "type": "string" }))
    }));
    params.push(param(
        "population_under",
        "Buyers under this many inhabitants.",
        json!({ "type": "integer", "enum": [10000, 50000, 100000, 500000] }),
    ));
    params.push(param("awarded_from", "Cases awarded in this year or later.", json!({ "type": "integer" })));
    params.push(param("sort", "relevance (default) or newest.", json!({ "type": "string", "enum": ["relevance", "newest"] })));
    params.push(param("page", "Page (20 results each).", json!({ "type": "integer", "minimum": 1, "maximum": MAX_PAGE })));
    let paths = json!({
        "/api/knowledge": { "get": {
            "summary": "Search the knowledge centre (good-example cases and practical materials)",
            "operationId": "searchKnowledge",
            "parameters": params,
            "responses": { "200": { "description": "One page of results with facet counts", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KnowledgeResult" } } } } },
        } },
        "/api/knowledge/{slug}": { "get": {
            "summary": "One case or material: every fact, text and source",
            "operationId": "getKnowledgeItem",
            "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }],
            "responses": { "200": { "description": "The item" }, "404": { "description": "No such published item" } },
        } },
        "/knowledge/feed.atom": { "get": {
            "summary": "Atom feed of new and updated cases and materials",
            "operationId": "knowledgeFeed",
            "responses": { "200": { "description": "An Atom feed", "content": { "application/atom+xml": {} } } },
        } },
    });
    let schemas = json!({
        "KnowledgeResult": {
            "type": "object",
            "required": ["total", "page", "per_page", "results", "facets", "links"],
            "properties": {
                "total": { "type": "integer" }, "page": { "type": "integer" }, "per_page": { "type": "integer" },
                "results": { "type": "array", "items": { "type": "object", "required": ["id", "slug", "kind", "url", "texts", "facts", "source"] } },
                "facets": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": "integer" } } },
                "links": { "type": "object" },
            },
        },
    });
    (paths, schemas)
}

/// GET /knowledge/feed.atom: the 50 newest published cases and materials.
pub async fn feed(State(state): State<AppState>) -> Result<Response, AppError> {
    let items = repo::newest(&state.db, 50).await?;
    let base = &state.config.base_url;
    let updated = items.iter().filter_map(|i| i.published_at).max().unwrap_or(0);
    let entries: String = items
        .iter()
        .map(|i| {
            let url = format!("{base}{}", super::pages::item_path(i.kind(), &i.slug));
            let t = i.original();
            let at = rfc3339(i.published_at.unwrap_or(i.updated_at));
            format!(
                "<entry><id>{}</id><title>{}</title><link rel=\"alternate\" type=\"text/html\" href=\"{}\"/><updated>{at}</updated>\
                 <category term=\"{}\"/><author><name>PPI Hub</name></author><summary xml:lang=\"{}\">{}</summary></entry>",
                xml(&url),
                xml(&t.title),
                xml(&url),
                i.kind().code(),
                xml(&t.lang),
                xml(&t.summary)
            )
        })
        .collect();
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>{base}/knowledge/feed.atom</id>\
         <title>PPI Hub knowledge centre</title><updated>{}</updated><link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/knowledge/feed.atom\"/>\
         <link rel=\"alternate\" type=\"text/html\" href=\"{base}/knowledge\"/>{entries}</feed>\n",
        rfc3339(updated)
    );
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body).into_response())
}

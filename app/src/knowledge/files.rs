//! A material's file: a moderator attaches one (PDF, DOCX, XLSX, ODT, ODS or ZIP up to 25 MB, its
//! type told by its content), kept in the file storage under a random key; anyone downloads the
//! file of a published material. A new file replaces the old one as a new version (the old one
//! stays with the version that had it).

use super::access::{may_moderate, may_read};
use super::model::{Facts, Kind};
use super::repo;
use crate::forms::FormEcho;
use crate::state::AppState;
use crate::uploads::{self, clean_name, detect};
use crate::validation::FieldErrors;
use crate::web::{render_page, viewer_of, AppError};
use axum::extract::{Multipart, Path, State};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

const FOLDER: &str = "knowledge";

async fn refuse(state: &AppState, parts: Parts, slug: &str, code: &str, status: StatusCode) -> Response {
    let echo = FormEcho { form_id: "material-file".into(), values: Default::default(), errors: FieldErrors::from_field("file", code) };
    let mut res = render_page(state, parts, &format!("/knowledge/materials/{slug}"), move || provide_context(echo.clone())).await;
    *res.status_mut() = status;
    res
}

/// POST /knowledge/materials/{slug}/documents (multipart; the upload body limit applies to `…/documents`).
pub async fn upload(State(state): State<AppState>, Path(slug): Path<String>, req: axum::extract::Request) -> Response {
    let (parts, body) = req.into_parts();
    let Some(user) = viewer_of(&parts).user.filter(may_moderate) else { return StatusCode::FORBIDDEN.into_response() };
    let item = match repo::by_slug(&state.db, &slug).await {
        Ok(Some(i)) if i.kind() == Kind::Material => i,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    };
    let request = axum::extract::Request::from_parts(parts.clone(), body);
    let form = match <Multipart as axum::extract::FromRequest<()>>::from_request(request, &()).await {
        Ok(f) => f,
        Err(_) => return refuse(&state, parts, &slug, "err-file-required", StatusCode::BAD_REQUEST).await,
    };
    let (name, bytes) = match uploads::read_file(form, uploads::MAX_DOCUMENT_BYTES).await {
        Ok(file) => file,
        Err(code) => {
            let status = if code == "err-file-too-large" { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::UNPROCESSABLE_ENTITY };
            return refuse(&state, parts, &slug, code, status).await;
        }
    };
    let Some(content_type) = detect(&bytes) else {
        return refuse(&state, parts, &slug, "err-file-type", StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
    };
    let key = uploads::new_key(FOLDER);
    if let Err(e) = uploads::put(&state, &key, bytes).await {
        return AppError::from(e).into_response();
    }
    let Facts::Material(mut facts) = item.facts.clone() else { return StatusCode::NOT_FOUND.into_response() };
    facts.file_key = key;
    facts.file_name = clean_name(&name);
    facts.file_type = content_type.to_string();
    let saved = repo::save(&state.db, item.id, &Facts::Material(facts), &item.provenance, item.original(), Some(user.id)).await;
    if let Err(e) = saved {
        return AppError::from(e).into_response();
    }
    let _ = state.knowledge.catch_up(&state.db).await;
    Redirect::to(&format!("/knowledge/materials/{slug}?notice=knowledge-file-added")).into_response()
}

/// GET /knowledge/materials/{slug}/file.
pub async fn download(State(state): State<AppState>, Path(slug): Path<String>, parts: Parts) -> Result<Response, AppError> {
    let viewer = viewer_of(&parts);
    let Some(item) = repo::by_slug(&state.db, &slug).await?.filter(|i| may_read(viewer.user.as_ref(), i)) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let Facts::Material(f) = &item.facts else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    if f.file_key.is_empty() {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let bytes = uploads::get(&state, &f.file_key).await?;
    Ok(uploads::attachment(&f.file_name, &f.file_type, bytes))
}

/// Deletes stored files no material points to any more: a periodic job.
pub async fn sweep_orphans(state: &AppState) -> Result<u64, AppError> {
    let old = uploads::older_files(state, FOLDER).await?;
    if old.is_empty() {
        return Ok(0);
    }
    // The keys live in the materials' facts (and their versions, which keep the file they had).
    let mut used = std::collections::HashSet::new();
    for sql in [
        "SELECT facts FROM knowledge_items WHERE kind = 'material'",
        "SELECT v.facts FROM knowledge_versions v JOIN knowledge_items i ON i.id = v.item_id WHERE i.kind = 'material'",
    ] {
        for facts in sqlx::query_scalar::<_, String>(sql).fetch_all(&state.db.pool).await? {
            if let Ok(Facts::Material(f)) = serde_json::from_str::<Facts>(&facts) {
                used.insert(f.file_key);
            }
        }
    }
    uploads::sweep_unused(state, old, &used).await
}

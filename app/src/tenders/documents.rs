//! Tender documents: PDF, DOCX, XLSX, ODT, ODS and ZIP up to 25 MB, the type told by the
//! content (never the name), kept through object_store under a random key (no user-supplied
//! name ever becomes a path), served as attachments with a cleaned-up file name.

use super::access::owns;
use super::model::Status;
use super::repo;
use crate::forms::FormEcho;
use crate::state::AppState;
pub use crate::uploads::kind_label;
use crate::uploads::{self, clean_name, detect};
use crate::validation::FieldErrors;
use crate::web::{render_page, viewer_of, AppError};
use axum::extract::{Multipart, Path, State};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

pub use crate::uploads::{MAX_DOCUMENT_BYTES as MAX_BYTES, MAX_UPLOAD_BODY_BYTES};
/// A tender's documents are few; a cap keeps one buyer from filling the storage.
pub const MAX_PER_TENDER: i64 = 50;

/// The object store's folder of tender documents.
const FOLDER: &str = "documents";

/// Deletes stored documents whose tender (or row) is gone: a periodic job.
pub async fn sweep_orphans(state: &AppState) -> Result<u64, AppError> {
    uploads::sweep(state, FOLDER, "SELECT object_key FROM tender_documents").await
}

/// The tender page again, with the upload form's error, keeping the status.
async fn refuse(state: &AppState, parts: Parts, id: i64, code: &str, status: StatusCode) -> Response {
    let echo = FormEcho { form_id: "upload".into(), values: Default::default(), errors: FieldErrors::from_field("file", code) };
    let mut res = render_page(state, parts, &format!("/tenders/{id}"), move || provide_context(echo.clone())).await;
    *res.status_mut() = status;
    res
}

pub async fn upload(State(state): State<AppState>, Path(id): Path<i64>, req: axum::extract::Request) -> Response {
    let (parts, body) = req.into_parts();
    let viewer = viewer_of(&parts);
    let Some(user) = viewer.user else { return StatusCode::FORBIDDEN.into_response() };
    let tender = match repo::find(&state.db, id).await {
        Ok(Some(t)) if owns(&user, &t) => t,
        Ok(Some(_)) => return StatusCode::FORBIDDEN.into_response(),
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    };
    if !matches!(tender.status_now(), Status::Draft | Status::Published) {
        return refuse(&state, parts, id, "err-tender-not-editable", StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let request = axum::extract::Request::from_parts(parts.clone(), body);
    let form = match <Multipart as axum::extract::FromRequest<()>>::from_request(request, &()).await {
        Ok(f) => f,
        Err(_) => return refuse(&state, parts, id, "err-file-required", StatusCode::BAD_REQUEST).await,
    };
    let (name, bytes) = match uploads::read_file(form, MAX_BYTES).await {
        Ok(file) => file,
        Err(code) => {
            let status = if code == "err-file-too-large" { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::UNPROCESSABLE_ENTITY };
            return refuse(&state, parts, id, code, status).await;
        }
    };
    let Some(content_type) = detect(&bytes) else {
        return refuse(&state, parts, id, "err-file-type", StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
    };
    match repo::document_count(&state.db, id).await {
        Ok(n) if n >= MAX_PER_TENDER => return refuse(&state, parts, id, "err-too-many", StatusCode::UNPROCESSABLE_ENTITY).await,
        Ok(_) => {}
        Err(e) => return AppError::from(e).into_response(),
    }
    let key = uploads::new_key(FOLDER);
    let size = bytes.len() as i64;
    if let Err(e) = uploads::put(&state, &key, bytes).await {
        return AppError::from(e).into_response();
    }
    let name = clean_name(&name);
    let result = async {
        repo::insert_document(&state.db, id, &key, &name, content_type, size, user.id).await?;
        if tender.status == Status::Published {
            repo::record_change(&state.db, id, user.id, "documents", "", &name).await?;
            super::ocds::publish_release(&state, id, "tenderAmendment").await?;
        }
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => Redirect::to(&format!("/tenders/{id}?notice=document-added#documents")).into_response(),
        Err(e) => e.into_response(),
    }
}

/// A document of a tender the viewer may see (any but a draft's, which only its buyer sees).
pub async fn download(State(state): State<AppState>, Path((id, doc)): Path<(i64, i64)>, parts: Parts) -> Result<Response, AppError> {
    let viewer = viewer_of(&parts);
    let Some(tender) = repo::find(&state.db, id).await? else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    let may_see = tender.status != Status::Draft || viewer.user.as_ref().is_some_and(|u| owns(u, &tender));
    let Some(document) = repo::document(&state.db, id, doc).await?.filter(|_| may_see) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let bytes = uploads::get(&state, &document.object_key).await?;
    Ok(uploads::attachment(&document.file_name, &document.content_type, bytes))
}

pub async fn delete(State(state): State<AppState>, Path((id, doc)): Path<(i64, i64)>, parts: Parts) -> Result<Response, AppError> {
    let viewer = viewer_of(&parts);
    let Some(user) = viewer.user else { return Ok(StatusCode::FORBIDDEN.into_response()) };
    let Some(tender) = repo::find(&state.db, id).await? else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    if !owns(&user, &tender) {
        return Ok(StatusCode::FORBIDDEN.into_response());
    }
    if !matches!(tender.status_now(), Status::Draft | Status::Published) {
        return Ok(StatusCode::CONFLICT.into_response());
    }
    let Some(document) = repo::document(&state.db, id, doc).await? else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    repo::delete_document(&state.db, id, doc).await?;
    uploads::remove(&state, &document.object_key).await;
    if tender.status == Status::Published {
        repo::record_change(&state.db, id, user.id, "documents", &document.file_name, "").await?;
        super::ocds::publish_release(&state, id, "tenderAmendment").await?;
    }
    Ok(Redirect::to(&format!("/tenders/{id}?notice=document-removed#documents")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_comes_from_the_content() {
        assert_eq!(detect(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Some("application/pdf"));
        assert_eq!(detect(b"MZ\x90\x00\x03\x00\x00\x00"), None, "a Windows executable is refused, whatever its name");
        assert_eq!(detect(b"<html><script>alert(1)</script>"), None);
        assert_eq!(detect(b"PK\x03\x04\x14\x00\x00\x00\x08\x00"), Some("application/zip"));
        assert_eq!(detect(b""), None);
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\x\\Tarjouspyyntö \"final\".pdf"), "Tarjouspyyntö final.pdf");
        assert_eq!(clean_name(".hidden"), "hidden");
        assert_eq!(clean_name("\u{0}\u{1}"), "document");
        assert_eq!(clean_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(clean_name("\u{2066}a\u{2069}\u{200F}.pdf"), "a.pdf");
        assert_eq!(clean_name(&"a".repeat(300)).len(), 120);
    }
}

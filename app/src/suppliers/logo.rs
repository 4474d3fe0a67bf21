//! A company's logo: PNG, JPEG or WebP up to 512 KB, the type told by the content (no SVG: it
//! can carry script), kept through object_store under a random key like tender documents.

use super::access::may_edit;
use super::model::{ProfileStatus, Step};
use super::repo;
use crate::forms::FormEcho;
use crate::state::AppState;
use crate::uploads;
use crate::validation::FieldErrors;
use crate::web::{render_page, AppError};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

/// Well under the platform's 1 MB limit for a request body; a logo needs far less.
pub const MAX_BYTES: usize = 512 * 1024;
const ACCEPTED: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// The image type of an accepted logo, read from its bytes.
pub fn detect(bytes: &[u8]) -> Option<&'static str> {
    let found = infer::get(bytes)?.mime_type();
    ACCEPTED.iter().copied().find(|m| *m == found)
}

/// The object store's folder of logos.
const FOLDER: &str = "logos";

/// Deletes stored logos no profile points to any more (a deleted company's): a periodic job.
pub async fn sweep_orphans(state: &AppState) -> Result<u64, AppError> {
    uploads::sweep(state, FOLDER, "SELECT logo_key FROM supplier_profiles WHERE logo_key IS NOT NULL").await
}

async fn refuse(state: &AppState, parts: Parts, code: &str, status: StatusCode) -> Response {
    let echo = FormEcho { form_id: "logo".into(), values: Default::default(), errors: FieldErrors::from_field("logo", code) };
    let mut res = render_page(state, parts, "/suppliers/profile/logo", move || provide_context(echo.clone())).await;
    *res.status_mut() = status;
    res
}

async fn read_image(mut form: Multipart) -> Result<Vec<u8>, &'static str> {
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() != Some("logo") {
            continue;
        }
        let bytes = field.bytes().await.map_err(|_| "err-file-too-large")?;
        if bytes.is_empty() {
            return Err("err-file-required");
        }
        if bytes.len() > MAX_BYTES {
            return Err("err-file-too-large");
        }
        return Ok(bytes.to_vec());
    }
    Err("err-file-required")
}

/// POST `/suppliers/profile/logo` (multipart): stores the logo, replacing any earlier one.
pub async fn upload(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let (parts, body) = req.into_parts();
    let viewer = parts.extensions.get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default();
    let Some(org) = viewer.user.filter(may_edit).and_then(|u| u.organisation_id) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let request = axum::extract::Request::from_parts(parts.clone(), body);
    let form = match <Multipart as axum::extract::FromRequest<()>>::from_request(request, &()).await {
        Ok(f) => f,
        Err(_) => return refuse(&state, parts, "err-file-required", StatusCode::BAD_REQUEST).await,
    };
    let bytes = match read_image(form).await {
        Ok(b) => b,
        Err(code) => {
            let status = if code == "err-file-too-large" { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::UNPROCESSABLE_ENTITY };
            return refuse(&state, parts, code, status).await;
        }
    };
    let Some(content_type) = detect(&bytes) else {
        return refuse(&state, parts, "err-logo-type", StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
    };
    let key = uploads::new_key(FOLDER);
    if let Err(e) = uploads::put(&state, &key, bytes).await {
        return AppError::from(e).into_response();
    }
    let result = async {
        if let Some(old) = repo::set_logo(&state.db, org, Some((&key, content_type))).await? {
            uploads::remove(&state, &old).await;
        }
        repo::mark_step(&state.db, org, Step::Logo).await?;
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => Redirect::to("/suppliers/profile/logo?notice=logo-saved").into_response(),
        Err(e) => e.into_response(),
    }
}

/// GET `/suppliers/{id}/logo`: a published company's logo, or the company's own to its people.
pub async fn show(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Result<Response, AppError> {
    let viewer = parts.extensions.get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default();
    let own = viewer.user.as_ref().is_some_and(|u| may_edit(u) && u.organisation_id == Some(id));
    let Some(p) = repo::profile(&state.db, id).await?.filter(|p| own || p.status == ProfileStatus::Published) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let (Some(key), Some(kind)) = (p.logo_key, p.logo_type) else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    let bytes = uploads::get(&state, &key).await?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(&kind).unwrap_or(HeaderValue::from_static("application/octet-stream")));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=300"));
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_raster_images_are_logos() {
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(detect(b"\xff\xd8\xff\xe0\0\x10JFIF\0"), Some("image/jpeg"));
        assert_eq!(detect(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), None);
        assert_eq!(detect(b"%PDF-1.7"), None);
    }
}

//! A posted form as a handler reads it, and how a handler answers it.

use super::{FormEcho, FormReply};
use crate::identity::viewer::Viewer;
use crate::state::AppState;
use crate::validation::{FieldErrors, FormValues, FORM};
use crate::web::{render_page, AppError, ClientIp};
use axum::extract::{FromRequest, Request};
use axum::http::{header, request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use leptos::prelude::provide_context;
use std::net::IpAddr;
use tower_sessions::Session;

/// The largest form body accepted. It must hold every form the rules accept: the longest text
/// (a tender's description, 20,000 characters) in a script of 4-byte characters is 80 KB, which
/// URL encoding triples to 240 KB; with the other fields a tender form stays well under 512 KB.
/// So the cap is 1 MiB (the request-wide cap too): a form the rules accept is never cut off, and
/// one that is too long reaches its rule, which names the field and keeps what was typed.
pub const MAX_FORM_BYTES: usize = 1024 * 1024;

/// Where to go next, or what is wrong with the submission.
pub type Outcome = Result<String, FieldErrors>;

/// A posted HTML form, decoded, with the request it came in.
pub struct FormRequest {
    pub parts: Parts,
    pub values: FormValues,
    /// The island posts with `Accept: application/json`; a plain form post wants HTML.
    pub wants_json: bool,
}

impl FormRequest {
    pub fn value(&self, field: &str) -> &str {
        crate::validation::value(&self.values, field)
    }

    /// A field exactly as typed (passwords are not trimmed).
    pub fn raw(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn viewer(&self) -> Viewer {
        self.parts.extensions.get::<Viewer>().cloned().unwrap_or_default()
    }

    pub fn session(&self) -> Result<Session, AppError> {
        self.parts.extensions.get::<Session>().cloned().ok_or_else(|| AppError::new("no session layer"))
    }

    pub fn ip(&self) -> IpAddr {
        self.parts.extensions.get::<ClientIp>().map(|c| c.0).unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }
}

impl<S: Send + Sync> FromRequest<S> for FormRequest {
    type Rejection = StatusCode;

    async fn from_request(req: Request, _state: &S) -> Result<Self, StatusCode> {
        let (parts, body) = req.into_parts();
        let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        }
        let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES).await.map_err(|_| StatusCode::PAYLOAD_TOO_LARGE)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| StatusCode::BAD_REQUEST)?;
        let mut values = FormValues::new();
        for (k, v) in pairs {
            // A group of checkboxes sends one pair per ticked box: the values are joined with
            // commas, the very value the island posts for the group.
            values
                .entry(k)
                .and_modify(|all: &mut String| {
                    all.push(',');
                    all.push_str(&v);
                })
                .or_insert(v);
        }
        let wants_json = parts.headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.starts_with("application/json"));
        Ok(FormRequest { parts, values, wants_json })
    }
}

/// Answers a form: success redirects (303, or JSON for the island); errors render `page` again
/// with the form filled in as typed and a 4xx status. The island gets its errors as JSON with
/// status 200: they are an answer it expects, and a 4xx would log a failed request in the
/// browser's console at every mistyped field.
pub async fn respond(state: &AppState, req: FormRequest, page: &str, form_id: &str, outcome: Outcome) -> Response {
    match outcome {
        Ok(to) if req.wants_json => Json(FormReply::Redirect(to)).into_response(),
        Ok(to) => Redirect::to(&to).into_response(),
        Err(errors) => {
            let status =
                if errors.get(FORM) == Some("err-rate-limited") { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::UNPROCESSABLE_ENTITY };
            if req.wants_json {
                return Json(FormReply::Invalid(errors)).into_response();
            }
            let values = req.values.into_iter().filter(|(k, _)| !k.contains("password")).collect();
            let echo = FormEcho { form_id: form_id.to_string(), values, errors };
            let mut res = render_page(state, req.parts, page, move || provide_context(echo.clone())).await;
            *res.status_mut() = status;
            res
        }
    }
}

/// Answers a form handler's result: an `AppError` becomes the generic error page.
pub async fn finish(state: &AppState, req: FormRequest, page: &str, form_id: &str, result: Result<Outcome, AppError>) -> Response {
    match result {
        Ok(outcome) => respond(state, req, page, form_id, outcome).await,
        Err(e) => e.into_response(),
    }
}

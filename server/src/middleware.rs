//! Request-wide protections: CSRF checks, security headers, and error pages for bare statuses.

use app::state::AppState;
use app::web::{render_page, ErrorStatus};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Refuses a state-changing request that a browser says came from another site.
///
/// Browsers send `Sec-Fetch-Site` (and `Origin`) with every POST; a cross-site form or script
/// is told apart by them, whatever cookies it rides on. A request with neither header comes
/// from no browser (curl, a test client), so no victim's session can be abused through it.
pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let allowed = match (fetch_site, origin) {
        (Some(site), _) => site == "same-origin" || site == "none",
        (None, Some(origin)) => origin == state.config.origin(),
        (None, None) => true,
    };
    if allowed {
        next.run(req).await
    } else {
        tracing::warn!(?fetch_site, ?origin, path = %req.uri().path(), "cross-site request refused");
        StatusCode::FORBIDDEN.into_response()
    }
}

/// Request bodies larger than this are refused before any handler reads them: the cap a form is
/// read with (see `MAX_FORM_BYTES`). Document uploads (`…/documents`) may carry a 25 MB file.
pub const MAX_BODY_BYTES: usize = app::forms::MAX_FORM_BYTES;
pub const MAX_UPLOAD_BYTES: usize = app::uploads::MAX_UPLOAD_BODY_BYTES;

/// Caps every request body (413 beyond the cap), with the higher cap for document uploads.
pub async fn body_limit(req: Request, next: Next) -> Response {
    let limit = if req.method() == Method::POST && req.uri().path().ends_with("/documents") { MAX_UPLOAD_BYTES } else { MAX_BODY_BYTES };
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = req.into_parts();
    let limited = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, limited)).await
}

/// The session cookie's name: a request with it may get pages with private data.
pub const SESSION_COOKIE: &str = "ppi_session";

/// Headers every response carries.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let has_session = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.split(';').any(|kv| kv.trim().strip_prefix(SESSION_COOKIE).is_some_and(|rest| rest.starts_with('='))));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    // A page or answer made for a session (a signed-in inbox, an account) is kept by no cache:
    // not the browser's back-forward store of a shared computer, not a proxy.
    let dynamic = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if has_session && dynamic && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.config.base_url.starts_with("https://") {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    // Pages set their own policy with the nonce of their hydration script (app::app::shell).
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(
        "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'",
    ));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    res
}

/// A panic in a handler or a page answers 500 (which [`error_pages`] turns into the error page)
/// and is logged, instead of dropping the connection.
pub fn catch_panics() -> tower_http::catch_panic::CatchPanicLayer<fn(Box<dyn std::any::Any + Send>) -> Response> {
    tower_http::catch_panic::CatchPanicLayer::custom(panicked as fn(Box<dyn std::any::Any + Send>) -> Response)
}

fn panicked(err: Box<dyn std::any::Any + Send>) -> Response {
    let what = err.downcast_ref::<String>().map(String::as_str).or_else(|| err.downcast_ref::<&str>().copied()).unwrap_or("(no message)");
    tracing::error!(panic = what, "a request panicked");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Turns an error status without a page (413 from a body limit, 405, a refused CSRF check, a
/// missing file …) into the error page in the viewer's language, keeping the status.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let saved = parts.clone();
    let res = next.run(Request::from_parts(parts, body)).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let has_body = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if has_body || saved.method == Method::HEAD {
        return res;
    }
    let code = status.as_u16();
    let mut page = render_page(&state, saved, "/", move || provide_context(ErrorStatus(code))).await;
    *page.status_mut() = status;
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_panic_is_a_500_not_a_dropped_connection() {
        let router = axum::Router::new()
            .route("/boom", get(|| async { std::hint::black_box("€1").get(..2).expect("not a char boundary").to_string() }))
            .route("/fine", get(|| async { "fine" }))
            .layer(catch_panics());
        let res = router.clone().oneshot(Request::get("/boom").body(axum::body::Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let res = router.oneshot(Request::get("/fine").body(axum::body::Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }
}

use crate::state::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{request::Parts, Method, Uri};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Asks the app to show the error page for this status instead of the route's page.
#[derive(Clone, Copy, Debug)]
pub struct ErrorStatus(pub u16);

/// Renders the page at `path` for the request `parts` came from (same viewer, same language),
/// with extra context for the page, e.g. a refused form's echo.
pub async fn render_page(state: &AppState, mut parts: Parts, path: &str, context: impl Fn() + Clone + Send + Sync + 'static) -> Response {
    parts.method = Method::GET;
    parts.uri = path.parse::<Uri>().unwrap_or_else(|_| Uri::from_static("/"));
    let app_state = state.clone();
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(app_state.clone());
            context();
        },
        move || crate::app::shell(options.clone()),
    );
    handler(Request::from_parts(parts, Body::empty())).await.into_response()
}

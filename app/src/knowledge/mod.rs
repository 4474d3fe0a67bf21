//! The knowledge centre: good-example cases (completed innovative procurements told as
//! structured stories, each with a buyer one can ask) and practical materials (guides,
//! checklists, templates), in one ranked, faceted search over seven languages. Content is loaded
//! from version-controlled files (`content/knowledge`); public bodies contribute cases of their
//! own, moderators publish them, and every published version is kept. The code lists and rules
//! are shared with the browser; content files, storage, the search index, handlers and pages run
//! on the server.

pub mod form_values;
pub mod forms;
pub mod model;
pub mod rules;
pub mod similar;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod analysis;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod history;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod loader;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod search;

/// The knowledge centre's HTTP routes (form posts, files, the API and the feed; pages are in
/// `pages::KnowledgeRoutes`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/knowledge/cases/new", post(handlers::create_case))
        .route("/knowledge/cases/{slug}/edit", post(handlers::edit_case))
        .route("/knowledge/items/{id}/submit", post(handlers::submit))
        .route("/knowledge/items/{id}/publish", post(handlers::publish))
        .route("/knowledge/items/{id}/return", post(handlers::return_case))
        .route("/knowledge/items/{id}/retire", post(handlers::retire))
        .route("/knowledge/materials/new", post(handlers::create_material))
        .route("/knowledge/materials/{slug}/edit", post(handlers::edit_material))
        .route(
            "/knowledge/materials/{slug}/documents",
            post(files::upload).layer(DefaultBodyLimit::max(crate::uploads::MAX_UPLOAD_BODY_BYTES)),
        )
        .route("/knowledge/materials/{slug}/file", get(files::download))
        .route("/knowledge/feed.atom", get(api::feed))
        .route("/api/knowledge", get(api::search))
        .route("/api/knowledge/{slug}", get(api::item))
}

/// The daily sweep of material files no version names any more.
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, DAY};
    vec![Job {
        name: "sweep-knowledge-files",
        every: DAY,
        at_start: false,
        run: |s| Box::pin(async move { files::sweep_orphans(&s).await }),
    }]
}

//! Tenders: verified public buyers publish them, suppliers find them, ask questions and follow
//! them; each is open data (OCDS). The rules (model, form rules, EU threshold, search query) are
//! shared by server and browser; storage, handlers, pages and feeds run on the server.

pub mod forms;
pub mod model;
pub mod rules;
pub mod threshold;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
pub mod feed;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod ocds;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod saved;
#[cfg(feature = "ssr")]
pub mod search;

/// The tenders' HTTP routes (their pages are in the route table of `app.rs`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/tenders/new", post(handlers::create))
        .route("/tenders/feed", get(feed::feed))
        .route("/tenders/saved", post(saved::save))
        .route("/tenders/saved/{id}/delete", post(saved::delete))
        .route("/tenders/{id}/edit", post(handlers::edit))
        .route("/tenders/{id}/publish", post(handlers::publish))
        .route("/tenders/{id}/close", post(handlers::close))
        .route("/tenders/{id}/cancel", post(handlers::cancel))
        .route("/tenders/{id}/delete", post(handlers::delete_draft))
        .route("/tenders/{id}/award", post(handlers::award))
        .route("/tenders/{id}/questions", post(handlers::ask))
        .route("/tenders/{id}/questions/{question}/answer", post(handlers::answer))
        .route("/tenders/{id}/follow", post(handlers::follow))
        .route("/tenders/{id}/calendar.ics", get(handlers::calendar))
        .route("/tenders/{id}/documents", post(documents::upload).layer(DefaultBodyLimit::max(documents::MAX_UPLOAD_BODY_BYTES)))
        .route("/tenders/{id}/documents/{doc}", get(documents::download))
        .route("/tenders/{id}/documents/{doc}/delete", post(documents::delete))
        .route("/api/cpv", get(handlers::cpv_suggestions))
        .route("/api/nuts", get(handlers::nuts_suggestions))
        .route("/api/tenders", get(api::search))
        .route("/api/tenders/{id}", get(api::tender))
        .route("/api/openapi.json", get(api::openapi_json))
        .route("/api/ocds/releases", get(ocds::releases))
        .route("/api/ocds/tenders/{id}/release", get(ocds::tender_release))
        .route("/api/ocds/tenders/{id}/record", get(ocds::tender_record))
}

/// Closing tenders whose deadline passed, the saved-search digests, and removing the files of
/// deleted documents.
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, DAY, HOUR, MINUTE};
    vec![
        // The public sees a passed deadline as closed at once; this stores it.
        Job {
            name: "close-expired-tenders",
            every: MINUTE,
            at_start: true,
            run: |s| Box::pin(async move { Ok(repo::close_expired(&s.db).await?) }),
        },
        Job {
            name: "send-digests",
            every: HOUR,
            at_start: false,
            run: |s| Box::pin(async move { Ok(saved::send_digests(&s).await? as u64) }),
        },
        Job { name: "sweep-documents", every: DAY, at_start: false, run: |s| Box::pin(async move { documents::sweep_orphans(&s).await }) },
    ]
}

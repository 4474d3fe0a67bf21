//! The assistant: answers questions about innovative procurement from the knowledge centre's
//! passages, each sentence citing its source, in the language of the question; says plainly
//! when the knowledge does not cover a question (decided by calibrated retrieval scores, not by
//! a model); answers threshold, CPV and open-tender questions exactly from the platform's own
//! rules and data. A chat model is optional: without one the answer is extractive.
//!
//! Shared with the browser: the answer model, the question and citation rules, the rule-question
//! intents and the question box island. On the server: language detection, the glossary,
//! retrieval, the extractive and model answers, storage, handlers, pages and the evaluation.

pub mod ask_box;
pub mod forms;
pub mod intents;
pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod answer;
#[cfg(feature = "ssr")]
pub mod calibration;
#[cfg(feature = "ssr")]
pub mod embeddings;
#[cfg(feature = "ssr")]
pub mod eval;
#[cfg(feature = "ssr")]
pub mod extractive;
#[cfg(feature = "ssr")]
pub mod glossary;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod llm;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod retrieve;
#[cfg(feature = "ssr")]
pub mod tools;

/// The assistant's HTTP routes (its pages are in `pages::AssistantRoutes`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/assistant/ask", post(handlers::ask))
        .route("/assistant/turns/{id}/rate", post(handlers::rate))
        .route("/assistant/c/{id}/delete", post(handlers::delete))
        .route("/assistant/queue/{id}/resolve", post(handlers::resolve))
}

/// At sign-in, the visitor's conversations become the person's.
#[cfg(feature = "ssr")]
pub async fn signed_in(
    state: &crate::state::AppState,
    session: &tower_sessions::Session,
    user_id: i64,
) -> Result<(), crate::web::AppError> {
    access::claim_visitor_conversations(&state.db, session, user_id).await
}

/// Forgetting the addresses questions came from once the hourly limit no longer needs them.
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, HOUR};
    vec![
        Job {
            name: "forget-assistant-addresses",
            every: HOUR,
            at_start: false,
            run: |s| Box::pin(async move { Ok(repo::forget_addresses(&s.db).await?) }),
        },
        // Content changes by loading or publishing; the vectors follow within minutes (and the
        // first question after a change still finds the new text by BM25).
        Job {
            name: "embed-knowledge-passages",
            every: std::time::Duration::from_secs(300),
            at_start: true,
            run: |s| Box::pin(async move { embeddings::sync(&s).await.map_err(crate::web::AppError::new) }),
        },
    ]
}

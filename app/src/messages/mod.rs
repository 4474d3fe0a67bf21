//! Messages between organisations. A conversation is between two organisations, and every
//! member of either reads and writes in it; nobody else sees it (moderators see a message only
//! when it is reported to them). Either side may block the other; sending is rate-limited in the
//! database; people hear of new messages by e-mail as they chose. The form rules are shared with
//! the browser; storage, handlers, notices and pages run on the server.

pub mod forms;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod notify;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use handlers::start_conversation;
#[cfg(feature = "ssr")]
pub use notify::send_daily_notices;
#[cfg(feature = "ssr")]
pub use pages::{contact_form, InboxPage, MessagesLink, ReportedMessages, ThreadPage};

/// The messages' HTTP routes (their pages are in the route table of `app.rs`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/messages/start", post(handlers::start))
        .route("/messages/settings", post(handlers::settings))
        .route("/messages/{id}", post(handlers::reply))
        .route("/messages/{id}/block", post(handlers::block))
        .route("/messages/{id}/report/{message}", post(handlers::report))
        .route("/moderation/reports/{id}", post(handlers::resolve_report))
}

/// The daily e-mail notices of unread messages (checked hourly, each person's once a day).
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, HOUR};
    vec![Job {
        name: "send-message-notices",
        every: HOUR,
        at_start: false,
        run: |s| Box::pin(async move { Ok(send_daily_notices(&s).await? as u64) }),
    }]
}

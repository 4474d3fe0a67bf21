//! Suppliers: a company builds its profile in guided steps (left and resumed at will), publishes
//! it to the directory, brings in colleagues, and is matched with tenders, and tenders with it.
//! The rules (model, form rules, matching) are shared by server and browser; storage, handlers,
//! pages and e-mails run on the server.

pub mod forms;
pub mod matching;
pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod logo;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod suggestions;
#[cfg(feature = "ssr")]
pub mod team;
#[cfg(feature = "ssr")]
pub mod weekly;

/// The suppliers' HTTP routes (their pages are in the route table of `app.rs`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/suppliers/profile/logo/upload", post(logo::upload))
        .route("/suppliers/profile/references/add", post(handlers::add_reference))
        .route("/suppliers/profile/references/{id}/delete", post(handlers::delete_reference))
        .route("/suppliers/profile/review/{action}", post(handlers::change_status))
        .route("/suppliers/profile/{step}", post(handlers::save_step))
        .route("/suppliers/profile/{step}/next", post(handlers::next_step))
        .route("/suppliers/weekly", post(handlers::set_weekly))
        .route("/suppliers/team/invite", post(team::invite))
        .route("/suppliers/team/requests/{id}", post(team::decide))
        .route("/suppliers/{id}/logo", get(logo::show))
        .route("/join", post(team::accept))
}

/// The weekly "tenders for you" e-mails (checked hourly, each company's once a week) and
/// removing the logos of deleted companies.
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, DAY, HOUR};
    vec![
        Job {
            name: "send-weekly-matches",
            every: HOUR,
            at_start: false,
            run: |s| Box::pin(async move { Ok(weekly::send_weekly(&s).await? as u64) }),
        },
        Job { name: "sweep-logos", every: DAY, at_start: false, run: |s| Box::pin(async move { logo::sweep_orphans(&s).await }) },
    ]
}

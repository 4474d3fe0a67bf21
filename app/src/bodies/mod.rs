//! Public bodies and partner posts: a public body's page (procurement contact, interests, open
//! partner posts, tenders; suppliers may write to it), and posts in which a body describes a
//! need it wants to procure jointly or learn about, for other bodies to answer. The code lists
//! and form rules are shared by server and browser; storage, handlers and pages run on the server.

pub mod forms;
pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod team;

/// The public bodies' and partner posts' HTTP routes (their pages are in `app.rs`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/bodies/profile", post(handlers::save_profile))
        .route("/bodies/team/invite", post(team::invite))
        .route("/partners/new", post(handlers::create_post))
        .route("/partners/{id}/interest", post(handlers::express_interest))
        .route("/partners/{id}/close", post(handlers::close_post))
}

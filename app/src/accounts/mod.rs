//! Accounts: sign-up of buyers and suppliers with their organisation, e-mail verification,
//! sign-in, password reset, the account page (edit, export, delete) and moderation of public bodies.

pub mod forms;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod invitations;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod membership;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod tokens;

/// The accounts' HTTP routes (their pages are in the route table of `app.rs`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/signup/buyer", post(handlers::sign_up_buyer))
        .route("/signup/supplier", post(handlers::sign_up_supplier))
        .route("/signin", post(handlers::sign_in))
        .route("/signout", post(handlers::sign_out))
        .route("/verify-email", get(handlers::verify_email))
        .route("/password/forgot", post(handlers::forgot_password))
        .route("/password/reset", post(handlers::reset_password))
        .route("/account/profile", post(handlers::edit_profile))
        .route("/account/password", post(handlers::change_password))
        .route("/account/email", post(handlers::change_email))
        .route("/account/email/confirm", get(handlers::confirm_email_change))
        .route("/account/delete", post(handlers::delete_account))
        .route("/account/export", get(handlers::export))
        .route("/moderation/{id}", post(handlers::moderate))
        .route("/language", post(handlers::set_language))
}

//! Accounts: sign-up of buyers and suppliers with their organisation, e-mail verification,
//! sign-in, password reset, the account page (edit, export, delete) and moderation of public bodies.

pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod membership;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod tokens;

//! Suppliers: a company builds its profile in guided steps (left and resumed at will), publishes
//! it to the directory, brings in colleagues, and is matched with tenders, and tenders with it.
//! The rules (model, form rules, matching) are shared by server and browser; storage, handlers,
//! pages and e-mails run on the server.

pub mod matching;
pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod logo;
#[cfg(feature = "ssr")]
pub mod matches;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod team;
#[cfg(feature = "ssr")]
pub mod weekly;

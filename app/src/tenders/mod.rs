//! Tenders: verified public buyers publish them, suppliers find them, ask questions and follow
//! them; each is open data (OCDS). The rules (model, form rules, EU threshold, search query) are
//! shared by server and browser; storage, handlers, pages and feeds run on the server.

pub mod model;
pub mod rules;
pub mod threshold;

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

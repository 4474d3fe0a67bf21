//! PPI Hub: pages, components, islands and server logic, shared by the server binary and the
//! browser bundle. With the `ssr` feature this is the whole platform; with `hydrate` only the
//! interactive islands and the rules they check with are built for the browser.

pub mod accounts;
pub mod assistant;
pub mod bodies;
pub mod courses;
pub mod forms;
pub mod i18n;
pub mod identity;
pub mod knowledge;
pub mod messages;
pub mod reference;
pub mod shell;
pub mod suppliers;
pub mod tenders;
pub mod validation;

#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod capabilities;
#[cfg(feature = "ssr")]
pub mod config;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod uploads;
#[cfg(feature = "ssr")]
pub mod web;
#[cfg(feature = "ssr")]
pub mod words;

#[cfg(all(test, feature = "ssr"))]
mod unicode_input;

/// Browser entry point: hydrates the islands of the server-rendered page.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

//! The site's own pages: home, accessibility and privacy.

mod home;
mod legal;

pub use home::HomePage;
pub use legal::{AccessibilityPage, PrivacyPage};

use leptos::prelude::*;

/// The site's own pages: home and the legal pages: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn SiteRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
            <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
            <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async />
            <Route path=path!("/admin/outbox") view=crate::mail::OutboxPage ssr=SsrMode::Async />
    }
    .into_inner()
}

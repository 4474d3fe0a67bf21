//! The document shell and the route table.

use crate::accounts::pages::AccountRoutes;
use crate::assistant::pages::AssistantRoutes;
use crate::bodies::pages::BodyRoutes;
use crate::courses::pages::CoursesRoutes;
use crate::identity::viewer::use_viewer;
use crate::knowledge::pages::KnowledgeRoutes;
use crate::messages::pages::MessageRoutes;
use crate::shell::{Layout, StatusPage, SECTIONS};
use crate::site::SiteRoutes;
use crate::suppliers::pages::SupplierRoutes;
use crate::tenders::pages::TenderRoutes;
use crate::web::ErrorStatus;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{Router, Routes};

/// Pages without any island (no form) need no script, so they load none: the home page, the
/// legal pages and the sections still to come. Any other page loads the WASM, so a new page
/// with a form can never lose its interactivity.
fn has_no_islands(path: &str) -> bool {
    // `/bodies/…` is not here: the profile form, and the contact form a supplier sees.
    matches!(path, "/" | "/accessibility" | "/privacy" | "/reference/cpv" | "/reference/nuts" | "/tenders/mine" | "/partners")
        // The sections' own start pages have no form but the assistant's question box.
        || SECTIONS.iter().any(|(section, _)| *section == path && *section != "/assistant")
}

/// The whole HTML document, rendered on the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_viewer().locale.code();
    content_security_policy();
    let path = use_context::<http::request::Parts>().map(|p| p.uri.path().to_string()).unwrap_or_default();
    let needs_script = use_context::<ErrorStatus>().is_none() && !has_no_islands(&path);
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content="PPI Hub: innovative public procurement in the Baltic Sea region" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                {needs_script.then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Scripts run only from this site or inline with this response's nonce (the hydration
/// bootstrap); no other inline script, so injected markup could not run any.
fn content_security_policy() {
    leptos::nonce::provide_nonce();
    let (Some(nonce), Some(res)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        res.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let error = use_context::<ErrorStatus>();
    view! {
        <Stylesheet id="leptos" href="/pkg/ppi-hub.css" />
        <Router>
            <Layout>
                {match error {
                    Some(ErrorStatus(status)) => view! { <StatusPage status /> }.into_any(),
                    None => view! {
                        <Routes fallback=move || view! { <StatusPage status=404 /> }>
                            <SiteRoutes />
                            <AccountRoutes />
                            <TenderRoutes />
                            <SupplierRoutes />
                            <BodyRoutes />
                            <MessageRoutes />
                            <KnowledgeRoutes />
                            <AssistantRoutes />
                            <CoursesRoutes />
                        </Routes>
                    }
                    .into_any(),
                }}
            </Layout>
        </Router>
    }
}

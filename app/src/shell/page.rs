//! The parts of a page body: its title and heading, a notice after a redirect, and whole pages
//! that only report a status (not found, forbidden, bad request …).

use crate::i18n::use_tr;
use crate::identity::SessionUser;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A page: the document title, the visible heading, any notice, then the content. `lang` is the
/// heading's language when it is content text that may differ from the interface's (a case, a
/// lesson): screen readers then speak it with the right voice (WCAG 3.1.2).
#[component]
pub fn Page(#[prop(into)] title: String, #[prop(optional, into)] lang: Option<String>, children: Children) -> impl IntoView {
    view! {
        <Title text=document_title(&title) />
        <div class="page">
            <h1 lang=lang>{title}</h1>
            <Notice />
            {children()}
        </div>
    }
}

/// The document title. leptos_meta writes it into `<title>` as it is, and titles carry what
/// people wrote (a message's subject, a company's name), so it is escaped here.
pub fn document_title(title: &str) -> String {
    format!("{title} – PPI Hub").replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The page's `:id` from its path; 0 (which names nothing) when it is not a number.
pub fn id_param() -> i64 {
    leptos_router::hooks::use_params_map().get_untracked().get("id").and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// Sends the browser elsewhere instead of this page (a 302 with `Location`). Pages render in
/// async mode, so the status is still ours to set.
pub fn redirect(path: &str) {
    if let (Some(res), Ok(location)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(path)) {
        res.insert_header(http::header::LOCATION, location);
        res.set_status(http::StatusCode::FOUND);
    }
}

/// Lets a page through only for a signed-in user who `may` see it: anyone else is sent to sign
/// in (and back here afterwards) or, when signed in, gets 403: the `Err` is the page to show.
pub fn guard(here: &str, may: impl Fn(&SessionUser) -> bool) -> Result<SessionUser, AnyView> {
    let tr = use_tr();
    match crate::identity::viewer::use_viewer().user {
        None => {
            let to = format!("/signin?next={here}");
            redirect(&to);
            Err(view! { <Page title=tr.t("nav-sign-in")><p><a href=to>{tr.t("nav-sign-in")}</a></p></Page> }.into_any())
        }
        Some(u) if !may(&u) => Err(view! { <StatusPage status=403 /> }.into_any()),
        Some(u) => Ok(u),
    }
}

/// A notice asked for by the redirect that led here (`?notice=…`), if it is a known one.
#[component]
pub fn Notice() -> impl IntoView {
    let tr = use_tr();
    use_query_map()
        .get_untracked()
        .get("notice")
        .filter(|n| crate::validation::NOTICES.contains(&n.as_str()))
        .map(|n| view! { <div class="notice" role="status"><p>{tr.t(&format!("notice-{n}"))}</p></div> })
}

/// A page that only reports a status, with the right HTTP status code.
#[component]
pub fn StatusPage(status: u16) -> impl IntoView {
    let tr = use_tr();
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    let key = match status {
        400 | 403 | 404 | 405 | 413 | 415 | 429 => status.to_string(),
        _ => "500".to_string(),
    };
    view! {
        <Page title=tr.t(&format!("error-{key}-title"))>
            <p>{tr.t(&format!("error-{key}-text"))}</p>
            <p><a href="/">{tr.t("error-home-link")}</a></p>
        </Page>
    }
}

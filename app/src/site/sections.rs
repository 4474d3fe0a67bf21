use crate::i18n::use_tr;
use crate::shell::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A section of the platform that is not built yet. It says so plainly, with what it will do.
#[component]
pub fn UpcomingSectionPage() -> impl IntoView {
    let tr = use_tr();
    let section = use_location().pathname.get_untracked().trim_start_matches('/').to_string();
    view! {
        <Page title=tr.t(&format!("nav-{section}"))>
            <p class="notice">{tr.t("upcoming-not-yet")}</p>
            <p>{tr.t(&format!("upcoming-{section}"))}</p>
            <p><a href="/">{tr.t("error-home-link")}</a></p>
        </Page>
    }
}

//! The frame around every page: skip link, header with navigation, language switcher and
//! sign-in state, the page itself, and the footer.

use crate::i18n::{use_tr, Locale};
use crate::identity::viewer::use_viewer;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The platform's sections, in navigation order: (path, message key).
pub const SECTIONS: [(&str, &str); 5] = [
    ("/tenders", "nav-tenders"),
    ("/suppliers", "nav-suppliers"),
    ("/knowledge", "nav-knowledge"),
    ("/courses", "nav-courses"),
    ("/assistant", "nav-assistant"),
];

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let tr = use_tr();
    let path = use_location().pathname.get_untracked();
    let nav = SECTIONS
        .iter()
        .map(|(href, key)| {
            let current = (path == *href || path.starts_with(&format!("{href}/"))).then_some("page");
            view! { <li><a href=*href aria-current=current>{tr.t(key)}</a></li> }
        })
        .collect_view();

    view! {
        <a class="skip-link" href="#main">{tr.t("skip-to-content")}</a>
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"PPI"</span>
                    <span class="brand-name">"PPI Hub"</span>
                </a>
                <nav class="main-nav" aria-label=tr.t("nav-label")>
                    <ul>{nav}</ul>
                </nav>
                <div class="header-tools">
                    <LanguageSwitcher />
                    <AccountMenu />
                </div>
            </div>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="footer-inner">
                <p>{tr.t("footer-tagline")}</p>
                <ul class="footer-links">
                    <li><a href="/accessibility">{tr.t("footer-accessibility")}</a></li>
                    <li><a href="/privacy">{tr.t("footer-privacy")}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// A disclosure with one button per language. A plain form post, so it works without
/// JavaScript; the server remembers the choice in a cookie and returns to this page.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let tr = use_tr();
    let current = tr.locale();
    let location = use_location();
    let search = location.search.get_untracked();
    let path = location.pathname.get_untracked();
    let here = if search.is_empty() { path } else { format!("{path}?{}", search.trim_start_matches('?')) };
    let buttons = Locale::ALL
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <button type="submit" name="lang" value=l.code() lang=l.code()
                        aria-current=(l == current).then_some("true")>{l.native_name()}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="language-switcher">
            <summary>
                <span class="visually-hidden">{tr.t("language-label")}": "</span>
                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
                    <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
                {current.native_name()}
            </summary>
            <form method="post" action="/language">
                <input type="hidden" name="next" value=here />
                <ul>{buttons}</ul>
            </form>
        </details>
    }
}

#[component]
fn AccountMenu() -> impl IntoView {
    let tr = use_tr();
    match use_viewer().user {
        None => view! {
            <ul class="account-menu">
                <li><a href="/signin">{tr.t("nav-sign-in")}</a></li>
                <li><a class="button button-small" href="/signup">{tr.t("nav-sign-up")}</a></li>
            </ul>
        }
        .into_any(),
        Some(user) => {
            let moderation = user.role.can_moderate().then(|| view! { <li><a href="/moderation">{tr.t("nav-moderation")}</a></li> });
            let outbox =
                (user.role == crate::identity::Role::Admin).then(|| view! { <li><a href="/admin/outbox">{tr.t("nav-outbox")}</a></li> });
            view! {
                <ul class="account-menu">
                    {moderation}
                    {outbox}
                    <li><a href="/dashboard">{tr.t("nav-dashboard")}</a></li>
                    {user.organisation_id.is_some().then(|| view! { <li>{crate::messages::MessagesLink()}</li> })}
                    <li><a href="/account">{tr.t("nav-account")}<span class="visually-hidden">": "{user.name.clone()}</span></a></li>
                    <li>
                        <form method="post" action="/signout">
                            <button type="submit" class="link-button">{tr.t("nav-sign-out")}</button>
                        </form>
                    </li>
                </ul>
            }
            .into_any()
        }
    }
}

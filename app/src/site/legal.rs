use crate::i18n::use_tr;
use crate::shell::Page;
use leptos::prelude::*;

/// The accessibility statement the EU Web Accessibility Directive (2016/2102) requires.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Page title=tr.t("a11y-title")>
            <p>{tr.t("a11y-intro")}</p>
            <h2>{tr.t("a11y-status-heading")}</h2>
            <p>{tr.t("a11y-status")}</p>
            <h2>{tr.t("a11y-how-heading")}</h2>
            <ul>
                <li>{tr.t("a11y-how-1")}</li>
                <li>{tr.t("a11y-how-2")}</li>
                <li>{tr.t("a11y-how-3")}</li>
                <li>{tr.t("a11y-how-4")}</li>
            </ul>
            <h2>{tr.t("a11y-limits-heading")}</h2>
            <p>{tr.t("a11y-limits")}</p>
            <h2>{tr.t("a11y-feedback-heading")}</h2>
            <p>{tr.t("a11y-feedback")}" "<a href="mailto:accessibility@ppihub.eu">"accessibility@ppihub.eu"</a></p>
            <h2>{tr.t("a11y-enforcement-heading")}</h2>
            <p>{tr.t("a11y-enforcement")}</p>
            <p class="meta">{tr.t("a11y-prepared")}</p>
        </Page>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Page title=tr.t("privacy-title")>
            <p>{tr.t("privacy-intro")}</p>
            <h2>{tr.t("privacy-what-heading")}</h2>
            <ul>
                <li>{tr.t("privacy-what-1")}</li>
                <li>{tr.t("privacy-what-2")}</li>
                <li>{tr.t("privacy-what-3")}</li>
                <li>{tr.t("privacy-what-4")}</li>
            </ul>
            <h2>{tr.t("privacy-cookies-heading")}</h2>
            <p>{tr.t("privacy-cookies")}</p>
            <h2>{tr.t("privacy-rights-heading")}</h2>
            <p>{tr.t("privacy-rights")}</p>
            <h2>{tr.t("privacy-contact-heading")}</h2>
            <p>{tr.t("privacy-contact")}" "<a href="mailto:privacy@ppihub.eu">"privacy@ppihub.eu"</a></p>
        </Page>
    }
}

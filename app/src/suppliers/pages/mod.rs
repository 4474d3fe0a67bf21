//! The supplier pages: the guided profile, the public profile, the directory, the team, the
//! dashboard with tenders for you, and the suppliers who may fit a tender.

mod dashboard;
mod directory;
mod fit;
mod onboarding;
mod public;
mod team;

pub use dashboard::DashboardPage;
pub use directory::DirectoryPage;
pub use fit::SuppliersWhoMayFit;
pub use onboarding::{ProfileStepPage, SupplierProfilePage};
pub use public::SupplierPage;
pub use team::{JoinPage, TeamPage};

use super::matching::Reason;
use super::model::Size;
use super::repo::SupplierSummary;
use crate::i18n::Tr;
use crate::reference::Code;
use crate::reference::{cpv, nuts};
use leptos::prelude::*;

/// "34928500-3 Street-lighting equipment": a code with its label.
fn cpv_text(code: &str) -> String {
    cpv::lookup(code).map(|c| format!("{} {}", c.code, c.label)).unwrap_or_else(|| code.to_string())
}

/// "FI1B Helsinki-Uusimaa", or a country's name for a whole country.
pub fn region_text(tr: Tr, code: &str) -> String {
    match nuts::region(code) {
        Some(r) => format!("{} {}", r.code, r.label),
        None => tr.country(code),
    }
}

pub fn size_label(tr: Tr, code: &str) -> String {
    Size::parse(code).map(|s| tr.t(&s.message_key())).unwrap_or_default()
}

/// Why a match was suggested, in one sentence of the reader's language.
pub fn explain(tr: Tr, reason: &Reason) -> String {
    match reason {
        Reason::SameCode { code, main } => {
            tr.t_args(if *main { "fit-same-main-code" } else { "fit-same-code" }, &[("code", cpv_text(code))])
        }
        Reason::BroaderCode { supplier, tender, main } => tr.t_args(
            if *main { "fit-broader-main-code" } else { "fit-broader-code" },
            &[("supplier", cpv_text(supplier)), ("tender", cpv_text(tender))],
        ),
        Reason::SameGroup { supplier, tender } => {
            tr.t_args("fit-same-group", &[("supplier", cpv_text(supplier)), ("tender", cpv_text(tender))])
        }
        Reason::ServesRegion { region } => tr.t_args("fit-serves-region", &[("region", region_text(tr, region))]),
        Reason::ServesAllEu => tr.t("fit-serves-all-eu"),
        Reason::SharedWords { words } => tr.t_args("fit-shared-words", &[("words", words.join(", "))]),
    }
}

/// The first sentence or so of a long text, for a card.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut))
}

/// One company in a list: name as a link, country, size, and what it can do.
pub fn supplier_card(tr: Tr, s: SupplierSummary) -> impl IntoView {
    let sme = Size::parse(&s.size).is_some_and(Size::is_sme).then(|| view! { <span class="badge">{tr.t("supplier-sme")}</span> });
    let logo = s.has_logo.then(|| view! { <img class="logo-small" src=format!("/suppliers/{}/logo", s.organisation_id) alt="" /> });
    view! {
        <li class="card supplier-card">
            {logo}
            <h3><a href=format!("/suppliers/{}", s.organisation_id)>{s.name}</a></h3>
            <p class="tender-badges">
                <span class="badge">{tr.country(&s.country)}</span>
                <span class="badge">{size_label(tr, &s.size)}</span>
                {sme}
                {s.all_eu.then(|| view! { <span class="badge">{tr.t("supplier-all-eu")}</span> })}
            </p>
            <p>{excerpt(&s.capability, 220)}</p>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_end_at_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("street lighting with sensors", 18), "street lighting…");
    }
}

/// The suppliers' pages and the dashboard: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn SupplierRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async />
            <Route path=path!("/suppliers") view=DirectoryPage ssr=SsrMode::Async />
            <Route path=path!("/suppliers/profile") view=SupplierProfilePage ssr=SsrMode::Async />
            <Route path=path!("/suppliers/profile/:step") view=ProfileStepPage ssr=SsrMode::Async />
            <Route path=path!("/suppliers/team") view=TeamPage ssr=SsrMode::Async />
            <Route path=path!("/suppliers/:id") view=SupplierPage ssr=SsrMode::Async />
            <Route path=path!("/join") view=JoinPage ssr=SsrMode::Async />
    }
    .into_inner()
}

//! The pages of public bodies and partner posts: a body's public page and the form that edits
//! it, the partner search, a post, and the form that publishes one.

mod partner;
mod partners;
mod profile;
mod public;
mod team;

pub use partner::PartnerPostPage;
pub use partners::{NewPartnerPostPage, PartnerSearchPage};
pub use profile::BodyProfilePage;
pub use public::PublicBodyPage;
pub use team::BodyTeamPage;

use super::model::Theme;
use super::repo::PartnerPost;
use crate::forms::Choice;
use crate::i18n::Tr;
use crate::reference::Code;
use crate::reference::{cpv, Country};
use leptos::prelude::*;

fn theme_choices(tr: Tr) -> Vec<Choice> {
    Theme::ALL.iter().map(|t| Choice { value: t.code().into(), label: tr.t(&t.message_key()) }).collect()
}

fn country_choices(tr: Tr) -> Vec<Choice> {
    Country::ALL.iter().map(|c| Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect()
}

fn theme_name(tr: Tr, code: &str) -> String {
    Theme::parse(code).map(|t| tr.t(&t.message_key())).unwrap_or_else(|| code.to_string())
}

/// "45210000-2 – Building construction work", or the bare code if the list lacks it.
fn cpv_line(code: &str) -> String {
    cpv::lookup(code).map(|c| format!("{} – {}", c.code, c.label)).unwrap_or_else(|| code.to_string())
}

/// The countries a post seeks partners from, named; "any country" when it names none.
fn countries_sought(tr: Tr, codes: &[String]) -> String {
    if codes.is_empty() {
        tr.t("partner-countries-any")
    } else {
        codes.iter().map(|c| tr.country(c)).collect::<Vec<_>>().join(", ")
    }
}

/// One post in a list: its title as a link, then who, what and when.
fn post_card(tr: Tr, p: PartnerPost) -> impl IntoView {
    let d = p.data;
    view! {
        <li class="card">
            <h3 class="card-title"><a href=format!("/partners/{}", p.id)>{d.title}</a></h3>
            <p class="tender-buyer">{p.body_name}" · "{tr.country(&p.body_country)}</p>
            <p class="tender-badges"><span class="badge">{theme_name(tr, &d.theme)}</span></p>
            <dl class="facts facts-inline">
                <dt>{tr.t("partner-field-timeline")}</dt><dd>{d.timeline}</dd>
                <dt>{tr.t("partner-field-countries")}</dt><dd>{countries_sought(tr, &d.countries)}</dd>
                <dt>{tr.t("partner-published-on")}</dt><dd>{tr.date(p.created_at)}</dd>
            </dl>
        </li>
    }
}

/// The public bodies' pages and partner posts: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn BodyRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/bodies/profile") view=BodyProfilePage ssr=SsrMode::Async />
            <Route path=path!("/bodies/team") view=BodyTeamPage ssr=SsrMode::Async />
            <Route path=path!("/bodies/:id") view=PublicBodyPage ssr=SsrMode::Async />
            <Route path=path!("/partners") view=PartnerSearchPage ssr=SsrMode::Async />
            <Route path=path!("/partners/new") view=NewPartnerPostPage ssr=SsrMode::Async />
            <Route path=path!("/partners/:id") view=PartnerPostPage ssr=SsrMode::Async />
    }
    .into_inner()
}

//! The tender pages: search, a tender, the buyer's form, the buyer's list, and the plain code
//! searches that stand in for the pickers without JavaScript.

mod codes;
mod detail;
mod form;
mod mine;
mod search;

pub use codes::{CpvSearchPage, NutsSearchPage};
pub use detail::TenderPage;
pub use form::{EditTenderPage, NewTenderPage};
pub use mine::MyTendersPage;
pub use search::TenderSearchPage;

use super::repo::TenderSummary;
use crate::forms::{Choice, ChoiceGroup};
use crate::i18n::Tr;
use crate::reference::Code;
use leptos::prelude::*;

/// The choices of a code list, named in the reader's language.
fn code_choices<T: Code>(tr: Tr) -> Vec<Choice> {
    T::ALL.iter().map(|v| Choice { value: v.code().into(), label: tr.t(&v.message_key()) }).collect()
}

fn one_group(choices: Vec<Choice>) -> Vec<ChoiceGroup> {
    vec![ChoiceGroup { label: String::new(), choices }]
}

/// "3 days left", "5 hours left" or "closed": how long a supplier still has.
fn time_left(tr: Tr, deadline: i64, now: i64) -> String {
    let left = deadline - now;
    if left <= 0 {
        tr.t("tender-deadline-passed")
    } else if left >= 2 * 86_400 {
        tr.t_args("tender-days-left", &[("count", (left / 86_400).to_string())])
    } else {
        tr.t_args("tender-hours-left", &[("count", (left / 3_600).max(1).to_string())])
    }
}

/// One tender in a list: title as a link, then the facts a supplier scans for.
pub fn summary_card(tr: Tr, t: TenderSummary, now: i64) -> impl IntoView {
    let status = t.status.at(t.submission_deadline, now);
    let threshold = tr.t(if t.above_threshold { "tender-above-threshold" } else { "tender-below-threshold" });
    let cpv = crate::reference::cpv::lookup(&t.main_cpv).map(|c| format!("{} – {}", c.code, c.label)).unwrap_or(t.main_cpv.clone());
    let contract = super::threshold::ContractType::parse(&t.contract_type).map(|c| tr.t(&c.message_key())).unwrap_or_default();
    let procedure = super::model::Procedure::parse(&t.procedure).map(|p| tr.t(&p.message_key())).unwrap_or_default();
    view! {
        <li class="card tender-card">
            <h3><a href=format!("/tenders/{}", t.id)>{t.title}</a></h3>
            <p class="tender-buyer">{t.buyer_name}" · "{tr.country(&t.country)}" · "{t.nuts_code}</p>
            <p class="tender-badges">
                <span class=format!("badge status-{}", status.code())>{tr.t(&status.message_key())}</span>
                <span class="badge">{threshold}</span>
                <span class="badge">{contract}</span>
                <span class="badge">{procedure}</span>
            </p>
            <dl class="facts facts-inline">
                <dt>{tr.t("tender-field-value")}</dt><dd>{tr.money(t.value_amount, &t.currency)}</dd>
                <dt>{tr.t("tender-field-submission-deadline")}</dt>
                <dd>{crate::i18n::format_datetime_in(tr.locale(), t.submission_deadline, &t.time_zone)}" ("{time_left(tr, t.submission_deadline, now)}")"</dd>
                <dt>{tr.t("tender-field-main-cpv")}</dt><dd>{cpv}</dd>
            </dl>
        </li>
    }
}

/// The tenders' pages and the code searches behind their pickers: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn TenderRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/tenders") view=TenderSearchPage ssr=SsrMode::Async />
            <Route path=path!("/tenders/new") view=NewTenderPage ssr=SsrMode::Async />
            <Route path=path!("/tenders/mine") view=MyTendersPage ssr=SsrMode::Async />
            <Route path=path!("/tenders/saved") view=crate::tenders::saved::SavedSearchesPage ssr=SsrMode::Async />
            <Route path=path!("/tenders/:id") view=TenderPage ssr=SsrMode::Async />
            <Route path=path!("/tenders/:id/edit") view=EditTenderPage ssr=SsrMode::Async />
            <Route path=path!("/reference/cpv") view=CpvSearchPage ssr=SsrMode::Async />
            <Route path=path!("/reference/nuts") view=NutsSearchPage ssr=SsrMode::Async />
    }
    .into_inner()
}

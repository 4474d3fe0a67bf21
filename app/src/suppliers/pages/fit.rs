//! "Suppliers who may fit" on a tender's page, for its buyer: published companies whose codes,
//! regions and words meet the tender's, each with the reasons in words.

use super::{explain, size_label};
use crate::i18n::use_tr;
use crate::state::use_state;
use crate::suppliers::suggestions;
use crate::tenders::repo::Tender;
use leptos::prelude::*;

#[component]
pub fn SuppliersWhoMayFit(tender: Tender) -> impl IntoView {
    let tr = use_tr();
    let state = use_state();
    let list = move || {
        let state = state.clone();
        let tender = tender.clone();
        Suspend::new(async move {
            let found = match suggestions::suppliers_for(&state.db, &tender).await {
                Ok(found) => found,
                Err(e) => {
                    tracing::error!(error = %e, "matching suppliers failed");
                    return view! { <p>{tr.t("fit-unavailable")}</p> }.into_any();
                }
            };
            if found.is_empty() {
                return view! { <p>{tr.t("fit-none")}</p> }.into_any();
            }
            let items = found
                .into_iter()
                .map(|(c, m)| {
                    let reasons = m.reasons.iter().map(|r| view! { <li>{explain(tr, r)}</li> }).collect_view();
                    view! {
                        <li class="card">
                            <h3><a href=format!("/suppliers/{}", c.organisation_id)>{c.name.clone()}</a></h3>
                            <p>{tr.country(&c.country)}" · "{size_label(tr, &c.size)}</p>
                            <ul class="reasons">{reasons}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="plain results">{items}</ul> }.into_any()
        })
    };
    view! {
        <section aria-labelledby="fit-heading">
            <h2 id="fit-heading">{tr.t("fit-heading")}</h2>
            <p>{tr.t("fit-intro")}</p>
            <Suspense>{list}</Suspense>
        </section>
    }
}

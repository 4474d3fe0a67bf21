//! "Cases like this tender" on a tender's page: the good-example cases that fit it, each with
//! the reasons in words, so a buyer drafting a tender learns from those who did it before.

use super::{code_name, item_path};
use crate::i18n::{use_tr, Tr};
use crate::knowledge::similar::{cases_like, Reason};
use crate::reference::cpv;
use crate::state::use_state;
use crate::tenders::model::{Innovation, Procedure};
use crate::tenders::repo::Tender;
use leptos::prelude::*;

fn explain(tr: Tr, r: &Reason) -> String {
    match r {
        Reason::Division(d) => {
            let label = cpv::lookup(&format!("{d}000000"))
                .map(|c| c.label.clone())
                .or_else(|| cpv::all().find(|c| c.code.starts_with(d.as_str())).map(|c| c.label.clone()));
            tr.t_args("knowledge-like-division", &[("division", label.map(|l| format!("{d} – {l}")).unwrap_or(d.clone()))])
        }
        Reason::Procedure(p) => tr.t_args("knowledge-like-procedure", &[("procedure", code_name::<Procedure>(tr, p))]),
        Reason::Innovation(i) => tr.t_args("knowledge-like-innovation", &[("innovation", code_name::<Innovation>(tr, i))]),
        Reason::Words(w) => tr.t_args("knowledge-like-words", &[("words", w.join(", "))]),
    }
}

#[component]
pub fn CasesLikeTender(tender: Tender) -> impl IntoView {
    let tr = use_tr();
    let state = use_state();
    let list = move || {
        let state = state.clone();
        let tender = tender.clone();
        Suspend::new(async move {
            let found = cases_like(&state, &tender).await;
            if found.is_empty() {
                return view! { <p>{tr.t("knowledge-like-none")}" "<a href="/knowledge/cases">{tr.t("knowledge-back-to-cases")}</a></p> }
                    .into_any();
            }
            let items = found
                .into_iter()
                .map(|(item, reasons)| {
                    let t = item.text_in(tr.0.code()).clone();
                    let reasons = reasons.iter().map(|r| view! { <li>{explain(tr, r)}</li> }).collect_view();
                    view! {
                        <li class="card">
                            <h3><a href=item_path(item.kind(), &item.slug) lang=t.lang.clone()>{t.title.clone()}</a></h3>
                            <p lang=t.lang.clone()>{t.summary.clone()}</p>
                            <ul class="reasons">{reasons}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="plain results">{items}</ul> }.into_any()
        })
    };
    view! {
        <section aria-labelledby="cases-like-heading">
            <h2 id="cases-like-heading">{tr.t("knowledge-like-heading")}</h2>
            <p>{tr.t("knowledge-like-intro")}</p>
            <Suspense>{list}</Suspense>
        </section>
    }
}

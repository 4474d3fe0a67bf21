//! The buyer's own tenders, drafts included.

use super::summary_card;
use crate::db::now;
use crate::i18n::use_tr;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::access::may_draft;
use crate::tenders::repo;
use leptos::prelude::*;

#[component]
pub fn MyTendersPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/tenders/mine", may_draft) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::of_organisation(&state.db, user.organisation_id.unwrap_or_default()).await {
                Ok(found) if found.is_empty() => view! { <p>{tr.t("tenders-mine-empty")}</p> }.into_any(),
                Ok(found) => {
                    let at = now();
                    view! { <ul class="plain results">{found.into_iter().map(|t| summary_card(tr, t, at)).collect_view()}</ul> }.into_any()
                }
                Err(_) => view! { <StatusPage status=500 /> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("tenders-mine-title")>
            <p class="page-actions"><a class="button" href="/tenders/new">{tr.t("tender-new-title")}</a></p>
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

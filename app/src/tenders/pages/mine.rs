//! The buyer's own tenders, drafts included, and a public body's public page with its tenders.

use super::{country_name, summary_card};
use crate::accounts::model::{BodyType, Verification};
use crate::accounts::repo as accounts;
use crate::db::now;
use crate::i18n::use_tr;
use crate::reference::nuts;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::handlers::may_draft;
use crate::tenders::model::Status;
use crate::tenders::repo;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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

/// A verified public body's public page: who it is and its tenders.
#[component]
pub fn PublicBodyPage() -> impl IntoView {
    let tr = use_tr();
    let id: i64 = use_params_map().get_untracked().get("id").and_then(|v| v.parse().ok()).unwrap_or(0);
    let state = use_state();
    let page = move || {
        let state = state.clone();
        Suspend::new(async move {
            let org = match accounts::organisation(&state.db, id).await {
                Ok(Some(o)) if o.kind == "public_body" && o.verification == Verification::Verified => o,
                Ok(_) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let Ok(tenders) = repo::of_organisation(&state.db, id).await else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let at = now();
            let public: Vec<_> = tenders.into_iter().filter(|t| t.status != Status::Draft).collect();
            let body_type = org.body_type.as_deref().and_then(BodyType::parse).map(|b| tr.t(&b.message_key())).unwrap_or_default();
            let region = org.nuts_code.as_deref().map(|c| nuts::region(c).map(|r| format!("{c} – {}", r.label)).unwrap_or(c.to_string()));
            let list = if public.is_empty() {
                view! { <p>{tr.t("body-no-tenders")}</p> }.into_any()
            } else {
                view! { <ul class="plain results">{public.into_iter().map(|t| summary_card(tr, t, at)).collect_view()}</ul> }.into_any()
            };
            view! {
                <Page title=org.name.clone()>
                    <dl class="facts">
                        <dt>{tr.t("field-body-type")}</dt><dd>{body_type}</dd>
                        <dt>{tr.t("field-country")}</dt><dd>{country_name(tr, &org.country)}</dd>
                        {region.map(|r| view! { <dt>{tr.t("field-nuts")}</dt><dd>{r}</dd> })}
                    </dl>
                    <h2>{tr.t("body-tenders")}</h2>
                    {list}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

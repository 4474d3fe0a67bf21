//! `/dashboard`: where a signed-in person starts. A supplier sees how complete its profile is and
//! the tenders that may fit it (with the reasons); a buyer the way to its tenders, its public
//! body's page and partner search.

use super::explain;
use crate::accounts::membership;
use crate::db::now;
use crate::forms::FormKind;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::{Role, SessionUser};
use crate::reference::Code;
use crate::shell::{guard, Page, StatusPage};
use crate::state::{use_state, AppState};
use crate::suppliers::matches;
use crate::suppliers::model::{completeness, percent_complete, ProfileStatus, Step};
use crate::suppliers::repo;
use crate::tenders::pages::summary_card;
use leptos::prelude::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/dashboard", |_| true) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let content = match (user.role, user.organisation_id) {
                (Role::Supplier, Some(org)) => supplier_part(tr, &state, org).await,
                (Role::Supplier, None) => waiting_part(tr, &state, &user).await,
                (Role::Buyer, _) => buyer_part(tr, &user),
                _ => view! { <p><a href="/moderation">{tr.t("nav-moderation")}</a></p> }.into_any(),
            };
            view! {
                <Page title=tr.t("dashboard-title")>
                    <p class="lead">{tr.t_args("dashboard-hello", &[("name", user.name.clone())])}</p>
                    {content}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

async fn waiting_part(tr: Tr, state: &AppState, user: &SessionUser) -> AnyView {
    match membership::pending_request_of(&state.db, user.id).await {
        Ok(Some(company)) => view! { <p class="notice">{tr.t_args("dashboard-join-waiting", &[("company", company)])}</p> }.into_any(),
        Ok(None) => view! { <p>{tr.t("dashboard-no-company")}</p> }.into_any(),
        Err(_) => view! { <StatusPage status=500 /> }.into_any(),
    }
}

fn buyer_part(tr: Tr, user: &SessionUser) -> AnyView {
    let body = user.organisation_id.map(|id| view! { <li><a href=format!("/bodies/{id}")>{tr.t("dashboard-body-page")}</a></li> });
    view! {
        <ul class="link-list">
            <li><a href="/tenders/mine">{tr.t("tenders-mine-title")}</a></li>
            <li><a href="/tenders/new">{tr.t("tender-new-title")}</a></li>
            {body}
            <li><a href="/bodies/profile">{tr.t("dashboard-body-profile")}</a></li>
            <li><a href="/partners">{tr.t("dashboard-partners")}</a></li>
            <li><a href="/suppliers">{tr.t("directory-title")}</a></li>
            <li><a href="/messages">{tr.t("dashboard-messages")}</a></li>
        </ul>
    }
    .into_any()
}

async fn supplier_part(tr: Tr, state: &AppState, org: i64) -> AnyView {
    let profile = match repo::own_profile(&state.db, org).await {
        Ok(Some(p)) => p,
        _ => return view! { <StatusPage status=500 /> }.into_any(),
    };
    let percent = percent_complete(&completeness(&profile.facts()));
    let next = Step::resume(profile.steps_done);
    let status = tr.t(&profile.status.message_key());
    let profile_card = view! {
        <section class="card" aria-labelledby="dashboard-profile">
            <h2 id="dashboard-profile">{tr.t("dashboard-profile")}</h2>
            <p>{tr.t_args("profile-percent", &[("percent", percent.to_string())])}" · "{tr.t_args("profile-status-is", &[("status", status)])}</p>
            <meter min="0" max="100" value=percent.to_string() aria-label=tr.t("profile-completeness")></meter>
            <p>
                <a class="button" href=format!("/suppliers/profile/{}", next.code())>
                    {tr.t(if profile.status == ProfileStatus::Draft { "profile-continue" } else { "dashboard-edit-profile" })}
                </a>
            </p>
            <ul class="link-list">
                <li><a href="/suppliers/team">{tr.t("team-title")}</a></li>
                <li><a href="/messages">{tr.t("dashboard-messages")}</a></li>
            </ul>
        </section>
    };
    let tenders = match matches::tenders_for(&state.db, &profile, 0).await {
        Ok(found) if found.is_empty() => view! { <p>{tr.t("dashboard-no-tenders")}</p> }.into_any(),
        Ok(found) => {
            let at = now();
            let items = found
                .into_iter()
                .map(|(t, m)| {
                    let reasons = m.reasons.iter().map(|r| view! { <li>{explain(tr, r)}</li> }).collect_view();
                    view! {
                        <li class="match">
                            <ul class="plain">{summary_card(tr, t, at)}</ul>
                            <details class="reasons-details">
                                <summary>{tr.t("dashboard-why")}</summary>
                                <ul class="reasons">{reasons}</ul>
                            </details>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="plain results">{items}</ul> }.into_any()
        }
        Err(_) => view! { <p>{tr.t("fit-unavailable")}</p> }.into_any(),
    };
    let weekly = FormSpec::new(
        FormKind::Confirm,
        "weekly",
        "/suppliers/weekly",
        tr.t(if profile.weekly_tenders { "dashboard-weekly-off" } else { "dashboard-weekly-on" }),
        vec![Field::hidden("weekly", if profile.weekly_tenders { String::new() } else { "yes".into() })],
    );
    view! {
        {profile_card}
        <section aria-labelledby="dashboard-tenders">
            <h2 id="dashboard-tenders">{tr.t("dashboard-tenders-for-you")}</h2>
            <p>{tr.t(if profile.weekly_tenders { "dashboard-weekly-is-on" } else { "dashboard-weekly-is-off" })}</p>
            <SmartForm spec=weekly />
            {tenders}
        </section>
    }
    .into_any()
}

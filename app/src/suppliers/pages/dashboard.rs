//! `/dashboard`: where a signed-in person starts. A supplier sees how complete its profile is and
//! the tenders that may fit it (with the reasons); a buyer where its public body stands, what
//! waits for an answer, its tenders, and the way to its public body's page and partner search.

use super::explain;
use crate::accounts::membership;
use crate::db::now;
use crate::forms::FormKind;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::{Role, SessionUser, Verification};
use crate::reference::Code;
use crate::shell::{guard, Page, StatusPage};
use crate::state::{use_state, AppState};
use crate::suppliers::model::{completeness, percent_complete, ProfileStatus, Step};
use crate::suppliers::repo;
use crate::suppliers::suggestions;
use crate::tenders::model::Status;
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
                (Role::Buyer, _) => buyer_part(tr, &state, &user).await,
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

/// A buyer's day starts here: where its public body stands with the moderators, what waits for
/// an answer (questions, messages, interest in its partner posts), and its tenders.
async fn buyer_part(tr: Tr, state: &AppState, user: &SessionUser) -> AnyView {
    let links = buyer_links(tr, user);
    let Some(org) = user.organisation_id else { return links };
    let found = (
        crate::tenders::repo::of_organisation(&state.db, org).await,
        crate::tenders::repo::unanswered_of(&state.db, org).await,
        crate::messages::repo::unread_count(&state.db, user.id, org).await,
        crate::bodies::repo::interest_in_open_posts(&state.db, org).await,
    );
    let (Ok(tenders), Ok(waiting), Ok(unread), Ok(interest)) = found else {
        return view! { <StatusPage status=500 /> }.into_any();
    };
    let body = user.organisation_name.clone().unwrap_or_default();
    let standing = match user.verification {
        Some(Verification::Verified) => view! { <p>{tr.t_args("dashboard-body-verified", &[("body", body)])}</p> }.into_any(),
        Some(Verification::Rejected) => {
            view! { <div class="notice" role="status"><p>{tr.t_args("dashboard-body-rejected", &[("body", body)])}</p></div> }.into_any()
        }
        _ => view! { <div class="notice" role="status"><p>{tr.t_args("dashboard-body-pending", &[("body", body)])}</p></div> }.into_any(),
    };
    let mut items: Vec<AnyView> = waiting
        .into_iter()
        .map(|w| {
            let text = tr.t_args("dashboard-questions-waiting", &[("count", w.waiting.to_string()), ("title", w.title)]);
            view! { <li><a href=format!("/tenders/{}#questions", w.tender_id)>{text}</a></li> }.into_any()
        })
        .collect();
    if unread > 0 {
        items.push(view! { <li><a href="/messages">{tr.t_args("dashboard-unread", &[("count", unread.to_string())])}</a></li> }.into_any());
    }
    if interest > 0 {
        let text = tr.t_args("dashboard-interest", &[("count", interest.to_string())]);
        items.push(view! { <li><a href=format!("/bodies/{org}#posts-heading")>{text}</a></li> }.into_any());
    }
    let attention = if items.is_empty() {
        view! { <p>{tr.t("dashboard-nothing-waiting")}</p> }.into_any()
    } else {
        view! { <ul class="link-list">{items}</ul> }.into_any()
    };
    // What is still in play first: drafts and open tenders, then the rest, five at most.
    let at = now();
    let mut current: Vec<_> = tenders.into_iter().collect();
    current.sort_by_key(|t| !matches!(t.status.at(t.submission_deadline, at), Status::Draft | Status::Published));
    let total = current.len();
    current.truncate(5);
    let own = if total == 0 {
        view! { <p>{tr.t("tenders-mine-empty")}</p> }.into_any()
    } else {
        view! {
            <p>{tr.t("dashboard-suggestions-hint")}</p>
            <ul class="plain results">{current.into_iter().map(|t| summary_card(tr, t, at)).collect_view()}</ul>
            <p><a href="/tenders/mine">{tr.t("dashboard-all-tenders")}</a></p>
        }
        .into_any()
    };
    view! {
        {standing}
        <section aria-labelledby="attention-heading">
            <h2 id="attention-heading">{tr.t("dashboard-attention")}</h2>
            {attention}
        </section>
        <section aria-labelledby="own-tenders-heading">
            <h2 id="own-tenders-heading">{tr.t("dashboard-your-tenders")}</h2>
            {own}
        </section>
        {links}
    }
    .into_any()
}

fn buyer_links(tr: Tr, user: &SessionUser) -> AnyView {
    let body = user.organisation_id.map(|id| view! { <li><a href=format!("/bodies/{id}")>{tr.t("dashboard-body-page")}</a></li> });
    view! {
        <ul class="link-list">
            <li><a href="/tenders/new">{tr.t("tender-new-title")}</a></li>
            {body}
            <li><a href="/bodies/profile">{tr.t("dashboard-body-profile")}</a></li>
            <li><a href="/bodies/team">{tr.t("body-team-title")}</a></li>
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
    let tenders = match suggestions::tenders_for(&state.db, &profile, 0).await {
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

//! Reported messages, for the moderators: each message alone (its text, who sent it, who
//! reported it and why), never the rest of its conversation.

use super::time_view;
use crate::forms::FormKind;
use crate::forms::{FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::messages::repo::{self, Report};
use crate::state::use_state;
use leptos::prelude::*;

/// The open reports with a "Resolved" button each; nothing for anyone but moderators and admins.
#[component]
pub fn ReportedMessages() -> impl IntoView {
    let tr = use_tr();
    if !use_viewer().user.is_some_and(|u| u.role.can_moderate()) {
        return ().into_any();
    }
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::open_reports(&state.db).await {
                Ok(reports) if reports.is_empty() => view! { <p>{tr.t("reports-empty")}</p> }.into_any(),
                Ok(reports) => {
                    view! { <ul class="moderation-list">{reports.into_iter().map(|r| report_view(tr, r)).collect_view()}</ul> }.into_any()
                }
                Err(_) => view! { <p>{tr.t("error-500-text")}</p> }.into_any(),
            }
        })
    };
    view! {
        <section class="form-section" aria-labelledby="reports-heading">
            <h2 id="reports-heading">{tr.t("reports-title")}</h2>
            <Suspense>{list}</Suspense>
        </section>
    }
    .into_any()
}

fn report_view(tr: Tr, r: Report) -> impl IntoView {
    let reporter = match (r.reporter_name, r.reporter_org_name) {
        (Some(name), Some(org)) => format!("{name}, {org}"),
        (Some(name), None) => name,
        _ => tr.t("messages-former-member"),
    };
    let spec = FormSpec::new(
        FormKind::Confirm,
        &format!("resolve-{}", r.id),
        &format!("/moderation/reports/{}", r.id),
        tr.t("reports-resolve"),
        vec![],
    );
    view! {
        <li class="card">
            <h3 class="card-title">{tr.t_args("reports-from", &[("org", r.sender_org_name)])}</h3>
            <p class="prewrap message-body">{r.body}</p>
            <dl class="facts">
                <dt>{tr.t("reports-reporter")}</dt><dd>{reporter}</dd>
                <dt>{tr.t("reports-reason")}</dt><dd class="prewrap">{r.reason}</dd>
                <dt>{tr.t("reports-when")}</dt><dd>{time_view(tr, r.created_at)}</dd>
            </dl>
            <SmartForm spec />
        </li>
    }
}

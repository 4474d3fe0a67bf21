use super::repo::{self, OutboxEntry};
use crate::i18n::{use_tr, Tr};
use crate::identity::Role;
use crate::shell::{guard, Page};
use crate::state::use_state;
use leptos::prelude::*;

/// The outbox, for admins: every mail the platform sent or would have sent.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let tr = use_tr();
    if let Err(refused) = guard("/admin/outbox", |u| u.role == Role::Admin) {
        return refused;
    }
    let state = use_state();
    let base = state.config.base_url.clone();
    let list = move || {
        let (state, base) = (state.clone(), base.clone());
        Suspend::new(async move {
            match repo::latest(&state.db, None, 100).await {
                Ok(mails) if mails.is_empty() => view! { <p>{tr.t("outbox-empty")}</p> }.into_any(),
                Ok(mails) => mails.into_iter().map(|m| mail_view(tr, &base, m)).collect_view().into_any(),
                Err(_) => view! { <p>{tr.t("error-500-text")}</p> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("outbox-title")>
            <p class="lead">{tr.t("outbox-intro")}</p>
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

fn mail_view(tr: Tr, base: &str, m: OutboxEntry) -> impl IntoView {
    let heading = format!("mail-{}", m.id);
    // Links to this platform are made clickable; every other line stays text.
    let lines = m
        .body
        .lines()
        .map(|line| {
            let line = line.to_string();
            if line.starts_with(base) && !line.contains(char::is_whitespace) {
                let href = line.clone();
                view! { <a href=href>{line}</a><br /> }.into_any()
            } else {
                view! { {line}<br /> }.into_any()
            }
        })
        .collect_view();
    let labelled_by = heading.clone();
    view! {
        <article class="card mail" aria-labelledby=labelled_by>
            <h2 id=heading>{m.subject}</h2>
            <dl class="facts">
                <dt>{tr.t("outbox-to")}</dt><dd class="mail-to">{m.to}</dd>
                <dt>{tr.t("outbox-when")}</dt><dd>{tr.local_datetime(m.created_at)}</dd>
                <dt>{tr.t("outbox-status")}</dt><dd>{tr.t(&format!("outbox-status-{}", m.status))}{m.error.map(|e| format!(" ({e})"))}</dd>
            </dl>
            <p class="mail-body">{lines}</p>
        </article>
    }
}

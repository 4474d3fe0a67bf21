//! `/assistant/queue`: the moderators' queue of questions the assistant could not answer and
//! answers people rated unhelpful, oldest first, so they become new content. Moderators see the
//! question, its language, the score and the reason given, never who asked.

use crate::assistant::access::may_moderate;
use crate::assistant::model::Outcome;
use crate::assistant::repo::{self, Turn};
use crate::forms::{FormKind, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::knowledge::pages::language_name;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

fn queued(tr: Tr, t: &Turn) -> impl IntoView + use<> {
    let why = match t.answer.as_ref().map(|a| a.outcome) {
        Some(Outcome::Refused) => tr.t("assistant-queue-refused"),
        _ => tr.t("assistant-queue-unhelpful"),
    };
    let score = t.answer.as_ref().map(|a| format!("{:.2}", a.score)).unwrap_or_default();
    let reason =
        (!t.rating_reason.is_empty()).then(|| view! { <p class="meta">{tr.t("assistant-queue-reason")}": "{t.rating_reason.clone()}</p> });
    let spec = FormSpec::new(
        FormKind::Confirm,
        &format!("resolve-{}", t.id),
        &format!("/assistant/queue/{}/resolve", t.id),
        tr.t("assistant-queue-resolve"),
        vec![],
    );
    view! {
        <li class="queued">
            <p class="question" lang=t.lang.clone()>{t.question.clone()}</p>
            <p class="meta">{why}" · "{language_name(tr, &t.lang)}" · "{tr.t("assistant-queue-score")}" "{score}" · "{crate::i18n::format_date(tr.locale(), t.created_at)}</p>
            {reason}
            <SmartForm spec />
        </li>
    }
}

#[component]
pub fn QueuePage() -> impl IntoView {
    let tr = use_tr();
    if let Err(refused) = guard("/assistant/queue", may_moderate) {
        return refused;
    }
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::queue(&state.db).await {
                Ok(turns) if turns.is_empty() => view! { <p>{tr.t("assistant-queue-none")}</p> }.into_any(),
                Ok(turns) => view! { <ul class="plain results">{turns.iter().map(|t| queued(tr, t)).collect_view()}</ul> }.into_any(),
                Err(_) => view! { <StatusPage status=500 /> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("assistant-queue-title")>
            <p>{tr.t("assistant-queue-intro")}</p>
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

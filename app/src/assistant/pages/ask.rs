//! `/assistant`: what the assistant does and does not do, the question box, and one's own
//! earlier conversations (a visitor's are kept with their session and become their account's when
//! they sign in).

use super::{ask_box, session};
use crate::assistant::access::{self, may_moderate};
use crate::assistant::repo;
use crate::i18n::use_tr;
use crate::identity::viewer::use_viewer;
use crate::shell::Page;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AssistantPage() -> impl IntoView {
    let tr = use_tr();
    let state = use_state();
    let user = use_viewer().user;
    let moderator = user.as_ref().is_some_and(may_moderate).then(|| {
        view! { <p><a href="/assistant/queue">{tr.t("assistant-queue-link")}</a></p> }
    });
    let past = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let session = session();
            let owner = access::owner(user.as_ref(), session.as_ref(), false).await;
            let list = repo::conversations_of(&state.db, &owner).await.unwrap_or_default();
            if list.is_empty() {
                return ().into_any();
            }
            let when = move |t: i64| crate::i18n::format_date(tr.locale(), t);
            let items = list
                .into_iter()
                .map(|c| view! { <li><a href=format!("/assistant/c/{}", c.id)>{c.title}</a>" "<span class="meta">{when(c.updated_at)}</span></li> })
                .collect_view();
            view! {
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">{tr.t("assistant-past")}</h2>
                    <ul class="plain conversations">{items}</ul>
                </section>
            }
            .into_any()
        })
    };
    let examples = ["assistant-example-1", "assistant-example-2", "assistant-example-3", "assistant-example-4"]
        .map(|k| view! { <li>{tr.t(k)}</li> })
        .collect_view();
    let ask = ask_box(tr, 0);
    view! {
        <Page title=tr.t("assistant-title")>
            <p class="lead">{tr.t("assistant-intro")}</p>
            {ask}
            <section aria-labelledby="how-heading" class="assistant-how">
                <h2 id="how-heading">{tr.t("assistant-how")}</h2>
                <p>{tr.t("assistant-how-text")}</p>
                <p>{tr.t("assistant-examples")}</p>
                <ul>{examples}</ul>
            </section>
            {moderator}
            <Suspense>{past}</Suspense>
        </Page>
    }
    .into_any()
}

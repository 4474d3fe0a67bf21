//! A conversation: its messages oldest first, the reply form, reporting a message from the other
//! side, and blocking the other organisation. Only the people of the two organisations see it;
//! to anyone else (moderators too) it does not exist. Opening it marks it read.

use super::time_view;
use crate::accounts::repo as accounts;
use crate::forms::FormKind;
use crate::forms::{Field, FormEcho, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::SessionUser;
use crate::messages::access::participates;
use crate::messages::forms::MessageForm;
use crate::messages::repo::{self, Conversation, Message};
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ThreadPage() -> impl IntoView {
    let tr = use_tr();
    let id = crate::shell::id_param();
    let user = match guard(&format!("/messages/{id}"), |_| true) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let conversation = match repo::find(&state.db, id).await {
                Ok(Some(c)) if participates(&user, &c) => c,
                Ok(_) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let org = user.organisation_id.unwrap_or_default();
            let other = conversation.other_side(org);
            let (Ok(messages), Ok(Some(other_org)), Ok(blocks)) = (
                repo::messages(&state.db, id).await,
                accounts::organisation(&state.db, other).await,
                repo::blocks_between(&state.db, org, other).await,
            ) else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            if let Some(last) = messages.last() {
                if repo::mark_read(&state.db, id, user.id, last.id).await.is_err() {
                    return view! { <StatusPage status=500 /> }.into_any();
                }
            }
            thread_view(tr, &user, conversation, messages, other_org.name, blocks).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

fn thread_view(
    tr: Tr,
    user: &SessionUser,
    c: Conversation,
    messages: Vec<Message>,
    other_name: String,
    blocks: (bool, bool),
) -> impl IntoView {
    let org = user.organisation_id.unwrap_or_default();
    let id = c.id;
    let items = messages.into_iter().map(|m| message_view(tr, id, org, m)).collect_view();
    let (we_blocked, they_blocked) = blocks;
    let reply = if we_blocked {
        view! { <p class="notice">{tr.t_args("messages-you-blocked", &[("org", other_name.clone())])}</p> }.into_any()
    } else if they_blocked {
        view! { <p class="notice">{tr.t_args("messages-they-blocked", &[("org", other_name.clone())])}</p> }.into_any()
    } else {
        let spec = FormSpec::new(
            MessageForm::Message,
            "reply",
            &format!("/messages/{id}"),
            tr.t("messages-send"),
            vec![Field::textarea("body", tr.t("messages-field-reply")).hint(tr.t("hint-messages-body"))],
        );
        view! { <SmartForm spec /> }.into_any()
    };
    let (value, label) = if we_blocked { ("no", "messages-unblock") } else { ("yes", "messages-block") };
    let block = FormSpec::new(
        FormKind::Confirm,
        "block",
        &format!("/messages/{id}/block"),
        tr.t_args(label, &[("org", other_name.clone())]),
        vec![Field::hidden("block", value.into())],
    );
    let block = if we_blocked { block } else { block.danger() };
    view! {
        <Page title=c.subject.clone()>
            <p class="meta">{tr.t_args("messages-with", &[("org", other_name.clone())])}</p>
            <section aria-labelledby="thread-heading">
                <h2 id="thread-heading" class="visually-hidden">{tr.t("messages-thread")}</h2>
                <ol class="plain thread">{items}</ol>
            </section>
            <section aria-labelledby="reply-heading">
                <h2 id="reply-heading">{tr.t("messages-reply-heading")}</h2>
                {reply}
            </section>
            <section class="form-section" aria-labelledby="block-heading">
                <h2 id="block-heading">{tr.t("messages-block-heading")}</h2>
                <p>{tr.t("messages-block-explain")}</p>
                <SmartForm spec=block />
            </section>
        </Page>
    }
}

fn message_view(tr: Tr, conversation_id: i64, org: i64, m: Message) -> impl IntoView {
    let mine = m.sender_org == org;
    let sender = m.sender_name.clone().unwrap_or_else(|| tr.t("messages-former-member"));
    // A message from the other side can be reported; the form opens again if it was refused.
    let report = (!mine).then(|| {
        let form_id = format!("report-{}", m.id);
        let open = use_context::<FormEcho>().is_some_and(|e| e.form_id == form_id);
        let spec = FormSpec::new(
            MessageForm::Report,
            &form_id,
            &format!("/messages/{conversation_id}/report/{}", m.id),
            tr.t("messages-report-submit"),
            vec![Field::textarea("reason", tr.t("messages-report-reason")).hint(tr.t("hint-messages-report"))],
        );
        let which = tr.t_args("messages-report-which", &[("name", sender.clone()), ("time", tr.local_datetime(m.created_at))]);
        view! {
            <details class="message-report" open=open>
                <summary>{tr.t("messages-report")}<span class="visually-hidden">" "{which}</span></summary>
                <SmartForm spec />
            </details>
        }
    });
    view! {
        <li class="card message" class:message-mine=mine id=format!("message-{}", m.id)>
            <p class="message-meta"><strong>{sender}</strong>", "{m.sender_org_name}" · "{time_view(tr, m.created_at)}</p>
            <p class="prewrap message-body">{m.body}</p>
            {report}
        </li>
    }
}

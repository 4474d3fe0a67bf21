//! The inbox: the conversations of the user's organisation, the newest activity first, with
//! what this user has not read; and how they want to hear of new messages by e-mail.

use super::time_view;
use crate::forms::{Choice, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::messages::access::may_message;
use crate::messages::forms::MessageForm;
use crate::messages::repo::{self, InboxItem};
use crate::messages::rules::{MAIL_CHOICES, MAIL_IMMEDIATELY};
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn InboxPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/messages", may_message) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let org = user.organisation_id.unwrap_or_default();
            let (Ok(items), Ok(setting)) = (repo::inbox(&state.db, user.id, org).await, repo::message_mail(&state.db, user.id).await)
            else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let list = if items.is_empty() {
                view! { <p>{tr.t("messages-empty")}</p> }.into_any()
            } else {
                view! { <ul class="plain results conversations">{items.into_iter().map(|i| item_view(tr, i)).collect_view()}</ul> }
                    .into_any()
            };
            let spec = settings_form(tr, &setting);
            view! {
                <Page title=tr.t("messages-title")>
                    <p class="lead">{tr.t("messages-intro")}</p>
                    {list}
                    <section class="form-section" aria-labelledby="message-mail-heading">
                        <h2 id="message-mail-heading">{tr.t("messages-mail-heading")}</h2>
                        <SmartForm spec />
                    </section>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

/// One conversation: unread ones in bold and with the number in words, not by colour alone.
fn item_view(tr: Tr, i: InboxItem) -> impl IntoView {
    let unread = i.unread > 0;
    let subject = if unread { view! { <strong>{i.subject}</strong> }.into_any() } else { view! { <span>{i.subject}</span> }.into_any() };
    let count = unread.then(|| {
        view! { <strong class="badge unread-badge">{tr.t_args("messages-unread", &[("count", i.unread.to_string())])}</strong> }
    });
    view! {
        <li class="card conversation" class:conversation-unread=unread>
            <h2 class="card-title"><a href=format!("/messages/{}", i.id)>{subject}</a></h2>
            <p class="meta">{i.other_org_name}" · "{time_view(tr, i.last_message_at)}" "{count}</p>
        </li>
    }
}

/// "E-mail me about new messages: at once / once a day / never".
fn settings_form(tr: Tr, current: &str) -> FormSpec {
    let current = if MAIL_CHOICES.contains(&current) { current } else { MAIL_IMMEDIATELY };
    let choices = MAIL_CHOICES.iter().map(|c| Choice { value: c.to_string(), label: tr.t(&format!("messages-mail-{c}")) }).collect();
    FormSpec::new(
        MessageForm::MailSetting,
        "message-mail",
        "/messages/settings",
        tr.t("messages-mail-save"),
        vec![Field::radio("message_mail", tr.t("messages-mail-label"), choices).value(current)],
    )
}

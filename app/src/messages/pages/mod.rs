//! The message pages: the inbox and a conversation; the contact form other pages embed, the
//! unread count in the header, and the reported messages on the moderation page.

mod inbox;
mod reports;
mod thread;

pub use inbox::InboxPage;
pub use reports::ReportedMessages;
pub use thread::ThreadPage;

use crate::forms::{Field, FormSpec};
use crate::i18n::{rfc3339, use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::messages::forms::MessageForm;
use crate::state::AppState;
use leptos::prelude::*;

/// The "contact" form other pages embed (on a supplier's profile, a public body's page, a
/// partner post, a tender): subject and text, with whom and what about as hidden fields. It posts
/// to /messages/start, which shows the embedding page again if something is wrong (form id
/// "contact"). `subject` is the suggested subject.
pub fn contact_form(to_org: i64, about_kind: &str, about_id: i64, subject: String) -> FormSpec {
    let tr = use_tr();
    FormSpec::new(
        MessageForm::Contact,
        "contact",
        "/messages/start",
        tr.t("messages-send"),
        vec![
            Field::hidden("to", to_org.to_string()),
            Field::hidden("about_kind", about_kind.to_string()),
            Field::hidden("about_id", about_id.to_string()),
            Field::text("subject", tr.t("messages-field-subject")).value(subject),
            Field::textarea("body", tr.t("messages-field-body")).hint(tr.t("hint-messages-body")),
        ],
    )
}

/// A moment in the reader's language, machine-readable too.
fn time_view(tr: Tr, unix: i64) -> impl IntoView {
    view! { <time datetime=rfc3339(unix)>{tr.local_datetime(unix)}</time> }
}

/// The header's "Messages" link: with a badge of how many messages the user has not read. The
/// conversation on screen (`/messages/{id}`) is left out: the page marks it read as it renders.
#[component]
pub fn MessagesLink() -> impl IntoView {
    let tr = use_tr();
    let Some(user) = use_viewer().user.filter(|u| u.organisation_id.is_some()) else {
        return ().into_any();
    };
    let path = leptos_router::hooks::use_location().pathname.get_untracked();
    let on_screen = path.strip_prefix("/messages/").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    let current = (path == "/messages").then_some("page");
    // Without the server state (nothing to count with) the link stands alone.
    let Some(state) = use_context::<AppState>() else {
        return view! { <a href="/messages" aria-current=current>{tr.t("nav-messages")}</a> }.into_any();
    };
    let badge = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let org = user.organisation_id.unwrap_or_default();
            let count = crate::messages::repo::unread_count_except(&state.db, user.id, org, on_screen).await.unwrap_or(0);
            (count > 0).then(|| {
                view! {
                    " "<span class="badge unread-count">{tr.number(count)}<span class="visually-hidden">" "{tr.t("messages-unread-hidden")}</span></span>
                }
            })
        })
    };
    view! { <a href="/messages" aria-current=current>{tr.t("nav-messages")}<Suspense>{badge}</Suspense></a> }.into_any()
}

/// The messages' pages: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn MessageRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/messages") view=InboxPage ssr=SsrMode::Async />
            <Route path=path!("/messages/:id") view=ThreadPage ssr=SsrMode::Async />
    }
    .into_inner()
}

//! The assistant's pages: the question page with one's past conversations (`/assistant`), a
//! conversation with its answers, sources and ratings (`/assistant/c/{id}`), and the moderators'
//! queue of unanswered and poorly rated questions (`/assistant/queue`).

mod answer_view;
mod ask;
mod conversation;
mod queue;

pub use ask::AssistantPage;
pub use conversation::ConversationPage;
pub use queue::QueuePage;

use super::ask_box::{AskBox, AskEcho, AskTexts};
use crate::forms::FormEcho;
use crate::i18n::Tr;
use leptos::prelude::*;

/// The assistant's pages: a transparent route group, which the route table names in one line.
#[component(transparent)]
pub fn AssistantRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/assistant") view=AssistantPage ssr=SsrMode::Async />
        <Route path=path!("/assistant/c/:id") view=ConversationPage ssr=SsrMode::Async />
        <Route path=path!("/assistant/queue") view=QueuePage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// The request's session (visitors' conversations are known by a token in it).
pub fn session() -> Option<tower_sessions::Session> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned())
}

/// The question box, with what was typed when a plain post came back refused.
pub fn ask_box(tr: Tr, conversation: i64) -> impl IntoView {
    let codes = ["err-assistant-empty", "err-assistant-too-long", "err-assistant-binary", "err-assistant-no-words", "err-rate-limited"];
    let texts = AskTexts {
        label: tr.t(if conversation > 0 { "assistant-follow-up" } else { "assistant-question" }),
        hint: tr.t("assistant-question-hint"),
        submit: tr.t("assistant-ask"),
        writing: tr.t("assistant-writing"),
        failed: tr.t("assistant-stream-failed"),
        errors: codes.iter().map(|c| (c.to_string(), tr.t(c))).collect(),
    };
    let echo = use_context::<FormEcho>()
        .filter(|e| e.form_id == "ask")
        .map(|e| AskEcho {
            question: e.values.get("question").cloned().unwrap_or_default(),
            error: e.errors.get("question").or(e.errors.get(crate::validation::FORM)).map(str::to_string),
        })
        .unwrap_or_default();
    view! { <AskBox action="/assistant/ask".to_string() conversation texts echo /> }
}

//! The question box: a plain form that posts and comes back with the answer page; with
//! JavaScript an island that checks the question with the same rule as the server, then posts
//! it asking for a stream and shows each sentence of the answer as it is written, in a live
//! region, before opening the stored answer.

use super::rules::question_error;
use crate::forms::textarea_content;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The texts the box needs, in the reader's language (an island cannot read the catalogue).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AskTexts {
    pub label: String,
    pub hint: String,
    pub submit: String,
    pub writing: String,
    pub failed: String,
    /// The question rule's message ids and their texts.
    pub errors: Vec<(String, String)>,
}

/// What was typed and what was wrong with it, when a plain post came back refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AskEcho {
    pub question: String,
    pub error: Option<String>,
}

#[island]
pub fn AskBox(action: String, conversation: i64, texts: AskTexts, echo: AskEcho) -> impl IntoView {
    let message = {
        let errors = texts.errors.clone();
        move |code: &str| errors.iter().find(|(c, _)| c == code).map(|(_, t)| t.clone()).unwrap_or_else(|| code.to_string())
    };
    let (error, set_error) = signal(echo.error.as_deref().map(&message));
    let (streamed, set_streamed) = signal(Vec::<String>::new());
    let (status, set_status) = signal(String::new());
    let (busy, set_busy) = signal(false);
    // Set once the island runs in the browser, so tests (and styles) can tell.
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let content = textarea_content(echo.question.clone());
    let writing = texts.writing.clone();
    let failed = texts.failed.clone();
    let action_post = action.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        let Some(q) = question_value() else { return };
        if let Some(code) = question_error(&q) {
            ev.prevent_default();
            set_error.set(Some(message(code)));
            focus_question();
            return;
        }
        if busy.get_untracked() {
            ev.prevent_default();
            return;
        }
        ev.prevent_default();
        set_error.set(None);
        set_busy.set(true);
        set_status.set(writing.clone());
        set_streamed.set(Vec::new());
        let (action, failed, message) = (action_post.clone(), failed.clone(), message.clone());
        leptos::task::spawn_local(async move {
            match stream_answer(&action, conversation, &q, move |s| set_streamed.update(|v| v.push(s))).await {
                Ok(Outcome::Go(to)) => go(&to),
                Ok(Outcome::Refused(code)) => {
                    set_error.set(Some(message(&code)));
                    set_status.set(String::new());
                    set_busy.set(false);
                }
                Err(()) => {
                    set_status.set(failed);
                    set_busy.set(false);
                }
            }
        });
    };
    let described = move || if error.get().is_some() { "ask-question-hint ask-question-error" } else { "ask-question-hint" };
    view! {
        <form id="ask" class="ask-form" method="post" action=action on:submit=on_submit data-ready=move || ready.get().to_string()>
            <input type="hidden" name="conversation" value=conversation.to_string() />
            <div class="field" class:field-invalid=move || error.get().is_some()>
                <label for="ask-question">{texts.label}</label>
                <p id="ask-question-hint" class="hint">{texts.hint}</p>
                <textarea id="ask-question" name="question" rows="3" required=true
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    aria-describedby=described>{content}</textarea>
                {move || error.get().map(|e| view! { <p id="ask-question-error" class="field-error">{e}</p> })}
            </div>
            <button type="submit" class="button" aria-disabled=move || if busy.get() { "true" } else { "false" }>{texts.submit}</button>
            <div class="ask-live" aria-live="polite">
                {move || (!status.get().is_empty()).then(|| view! { <p class="ask-status">{status.get()}</p> })}
                {move || {
                    let s = streamed.get();
                    (!s.is_empty()).then(|| view! { <div class="answer-streaming">{s.into_iter().map(|t| view! { <p>{t}</p> }).collect_view()}</div> })
                }}
            </div>
        </form>
    }
}

/// What a streamed answer ended in: the page to open, or the rule's refusal (e.g. rate limit).
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Outcome {
    Go(String),
    Refused(String),
}

#[cfg(feature = "hydrate")]
fn question_value() -> Option<String> {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()?.document()?.get_element_by_id("ask-question")?;
    el.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|t| t.value())
}
#[cfg(not(feature = "hydrate"))]
fn question_value() -> Option<String> {
    None
}

fn focus_question() {
    #[cfg(feature = "hydrate")]
    crate::forms::submit::focus("ask-question");
}

fn go(to: &str) {
    #[cfg(feature = "hydrate")]
    crate::forms::submit::go(to);
    #[cfg(not(feature = "hydrate"))]
    let _ = to;
}

/// Posts the question asking for server-sent events and reads them as they come.
#[cfg(feature = "hydrate")]
async fn stream_answer(action: &str, conversation: i64, question: &str, on_sentence: impl Fn(String)) -> Result<Outcome, ()> {
    use super::model::StreamEvent;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let params = web_sys::UrlSearchParams::new().map_err(|_| ())?;
    params.append("conversation", &conversation.to_string());
    params.append("question", question);
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let headers = web_sys::Headers::new().map_err(|_| ())?;
    headers.set("Accept", "text/event-stream").map_err(|_| ())?;
    headers.set("Content-Type", "application/x-www-form-urlencoded").map_err(|_| ())?;
    init.set_headers(&headers);
    let body: String = params.to_string().into();
    init.set_body(&wasm_bindgen::JsValue::from_str(&body));
    let window = web_sys::window().ok_or(())?;
    let res: web_sys::Response =
        JsFuture::from(window.fetch_with_str_and_init(action, &init)).await.map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    if !res.ok() {
        return Err(());
    }
    let reader: web_sys::ReadableStreamDefaultReader = res.body().ok_or(())?.get_reader().dyn_into().map_err(|_| ())?;
    let mut buffer = String::new();
    let mut to = None;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| ())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
            if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
                buffer.push_str(&String::from_utf8_lossy(&bytes.to_vec()));
            }
        }
        // Server-sent events are separated by a blank line.
        while let Some(end) = buffer.find("\n\n") {
            let frame: String = buffer.drain(..end + 2).collect();
            let event = frame.lines().find_map(|l| l.strip_prefix("event:")).map(str::trim).unwrap_or("message").to_string();
            let data: String = frame
                .lines()
                .filter_map(|l| l.strip_prefix("data:"))
                .map(|d| d.strip_prefix(' ').unwrap_or(d))
                .collect::<Vec<_>>()
                .join("\n");
            if event == "started" {
                to = Some(data);
                continue;
            }
            match serde_json::from_str::<StreamEvent>(&data) {
                Ok(StreamEvent::Sentence(s)) => on_sentence(s.text),
                Ok(StreamEvent::Done(_)) => return to.map(Outcome::Go).ok_or(()),
                Ok(StreamEvent::Failed(code)) => return Ok(Outcome::Refused(code)),
                Err(_) => {}
            }
        }
        if done {
            return to.map(Outcome::Go).ok_or(());
        }
    }
}
#[cfg(not(feature = "hydrate"))]
async fn stream_answer(_action: &str, _conversation: i64, _question: &str, _on_sentence: impl Fn(String)) -> Result<Outcome, ()> {
    Err(())
}

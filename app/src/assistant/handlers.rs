//! What happens when an assistant form is posted: a question (answered at once for a plain form
//! post, streamed as server-sent events for the island), a rating, deleting a conversation, and a
//! moderator resolving a queued question. Every action checks its owner or role here.

use super::access::{self, may_moderate, may_read};
use super::answer::{self, Asked};
use super::forms::AssistantForm;
use super::language;
use super::model::StreamEvent;
use super::repo::{self, Owner};
use crate::db::now;
use crate::forms::{finish, respond, FormRequest, FormRule};
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;

fn conversation_path(id: i64) -> String {
    format!("/assistant/c/{id}")
}

/// A question recorded in its conversation, before its answer is written.
struct Prepared {
    conversation: i64,
    turn: i64,
    /// The conversation's previous question, the context of a follow-up.
    previous: Option<String>,
}

/// POST /assistant/ask: a question, in a new conversation or (with `conversation`) a follow-up.
pub async fn ask(State(state): State<AppState>, req: FormRequest) -> Response {
    let conversation_id: Option<i64> = req.value("conversation").parse().ok().filter(|id| *id > 0);
    let page = conversation_id.map(conversation_path).unwrap_or_else(|| "/assistant".into());
    let streams = req.parts.headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/event-stream"));
    let errors = AssistantForm::Ask.validate(&req.values);
    if !errors.is_empty() {
        return respond(&state, req, &page, "ask", Err(errors)).await;
    }
    let viewer = req.viewer();
    let session = req.session().ok();
    let owner = access::owner(viewer.user.as_ref(), session.as_ref(), true).await;
    let question = req.value("question").to_string();
    let ip = req.ip().to_string();
    let user_id = viewer.user.as_ref().map(|u| u.id);
    let lang = language::of_question(&question, viewer.locale);
    let prepared: Result<Result<Prepared, FieldErrors>, AppError> = async {
        let (by_user, by_ip) = repo::asked_since(&state.db, user_id, &ip, now() - 3600).await?;
        let limit = state.config.assistant_questions_per_hour;
        if by_user >= limit || by_ip >= limit {
            return Ok(Err(FieldErrors::form("err-rate-limited")));
        }
        let (conversation, previous) = match conversation_id {
            Some(id) => {
                let c = owned_conversation(&state, &owner, id).await?;
                let previous = repo::turns(&state.db, c.id).await?.last().map(|t| t.question.clone());
                (c.id, previous)
            }
            None => (repo::create_conversation(&state.db, &owner, &question).await?, None),
        };
        let turn = repo::add_turn(&state.db, conversation, question.trim(), lang, user_id, &ip).await?;
        Ok(Ok(Prepared { conversation, turn, previous }))
    }
    .await;
    let Prepared { conversation, turn, previous } = match prepared {
        Ok(Ok(p)) => p,
        Ok(Err(errors)) if streams => return failed_stream(errors.get(crate::validation::FORM).unwrap_or("err-rate-limited")),
        Ok(Err(errors)) => return respond(&state, req, &page, "ask", Err(errors)).await,
        Err(e) => return e.into_response(),
    };
    let to = format!("{}#turn-{turn}", conversation_path(conversation));
    if streams {
        return stream(state, question, lang, previous, turn, to);
    }
    let asked = Asked { question: question.trim(), lang, previous: previous.as_deref() };
    let a = answer::answer(&state, &asked, None).await;
    let saved = repo::save_answer(&state.db, turn, &a).await.map(|_| Ok(to)).map_err(AppError::from);
    finish(&state, req, &page, "ask", saved).await
}

/// The answer as server-sent events: `started` (where the conversation is), each sentence as it
/// is written, then `done` with the whole answer. The answer is saved when it is complete, even
/// if the browser went away meanwhile.
fn stream(state: AppState, question: String, lang: &'static str, previous: Option<String>, turn: i64, to: String) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel::<StreamEvent>(64);
    tokio::spawn(async move {
        let asked = Asked { question: question.trim(), lang, previous: previous.as_deref() };
        let a = answer::answer(&state, &asked, Some(&tx)).await;
        if let Err(e) = repo::save_answer(&state.db, turn, &a).await {
            tracing::error!(error = %e, "assistant answer not saved");
        }
    });
    let started = futures_util::stream::once(async move { Ok::<Event, Infallible>(Event::default().event("started").data(to)) });
    let events = futures_util::stream::unfold(rx, |mut rx| async move {
        let event = rx.recv().await?;
        let data = serde_json::to_string(&event).unwrap_or_default();
        Some((Ok::<Event, Infallible>(Event::default().data(data)), rx))
    });
    use futures_util::StreamExt;
    Sse::new(started.chain(events)).into_response()
}

fn failed_stream(code: &str) -> Response {
    let data = serde_json::to_string(&StreamEvent::Failed(code.to_string())).unwrap_or_default();
    Sse::new(futures_util::stream::once(async move { Ok::<Event, Infallible>(Event::default().data(data)) })).into_response()
}

/// A conversation of `owner`'s: anyone else's is "not found", as a missing one.
async fn owned_conversation(state: &AppState, owner: &Owner, id: i64) -> Result<repo::Conversation, AppError> {
    repo::conversation(&state.db, id).await?.filter(|c| may_read(owner, c)).ok_or(AppError::NotFound)
}

/// Whom a request speaks for, without making a visitor's token.
async fn requester(req: &FormRequest) -> Owner {
    access::owner(req.viewer().user.as_ref(), req.session().ok().as_ref(), false).await
}

/// A turn of a conversation the requester owns (404 for anyone else).
async fn owned_turn(state: &AppState, req: &FormRequest, turn: i64) -> Result<repo::Turn, AppError> {
    let t = repo::turn(&state.db, turn).await?.ok_or(AppError::NotFound)?;
    owned_conversation(state, &requester(req).await, t.conversation_id).await?;
    Ok(t)
}

/// POST /assistant/turns/{id}/rate: helpful or not, with a reason.
pub async fn rate(State(state): State<AppState>, Path(turn): Path<i64>, req: FormRequest) -> Response {
    let result: Result<(String, crate::forms::Outcome), AppError> = async {
        let t = owned_turn(&state, &req, turn).await?;
        let page = conversation_path(t.conversation_id);
        let errors = AssistantForm::Rate.validate(&req.values);
        if !errors.is_empty() || t.answer.is_none() {
            return Ok((page, Err(errors)));
        }
        let reason: String = req.value("reason").chars().take(super::rules::MAX_REASON_CHARS).collect();
        repo::rate(&state.db, t.id, req.value("helpful") == "yes", &reason).await?;
        Ok((page.clone(), Ok(format!("{page}?notice=assistant-rated#turn-{turn}"))))
    }
    .await;
    match result {
        Ok((page, outcome)) => respond(&state, req, &page, &format!("rate-{turn}"), outcome).await,
        Err(e) => e.into_response(),
    }
}

/// POST /assistant/c/{id}/delete: the owner deletes a conversation and all its turns.
pub async fn delete(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let result = async {
        let c = owned_conversation(&state, &requester(&req).await, id).await?;
        repo::delete_conversation(&state.db, c.id).await?;
        Ok(Ok("/assistant?notice=assistant-deleted".to_string()))
    }
    .await;
    finish(&state, req, "/assistant", "delete", result).await
}

/// POST /assistant/queue/{id}/resolve: a moderator took care of a queued question.
pub async fn resolve(State(state): State<AppState>, Path(turn): Path<i64>, req: FormRequest) -> Response {
    let result = async {
        let user = req.viewer().user.ok_or(AppError::Forbidden)?;
        if !may_moderate(&user) {
            return Err(AppError::Forbidden);
        }
        if !repo::resolve(&state.db, turn).await? {
            return Err(AppError::NotFound);
        }
        Ok(Ok("/assistant/queue?notice=assistant-resolved".to_string()))
    }
    .await;
    finish(&state, req, "/assistant/queue", &format!("resolve-{turn}"), result).await
}

//! What happens when a message form is posted: starting a conversation, replying, reporting a
//! message, blocking an organisation, the e-mail setting, and a moderator resolving a report.
//! Only the people of the two organisations may touch a conversation: anyone else gets 403,
//! whatever the page showed.

use super::access::{may_message, participates};
use super::notify;
use super::repo::{self, Conversation};
use super::rules::ABOUT_KINDS;
use crate::accounts::repo as accounts;
use crate::db::now;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest};
use crate::identity::{SessionUser, Verification};
use crate::messages::forms::MessageForm;
use crate::state::AppState;
use crate::validation::{FieldErrors, FormValues};
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Messages one person may write in an hour (replies and first messages alike).
pub const MESSAGES_PER_HOUR: i64 = 30;
/// Conversations one person may start in a day: contacting many strangers is what spam does.
pub const CONVERSATIONS_PER_DAY: i64 = 10;

/// A form's text as stored: trimmed, line breaks as `\n`.
fn clean(text: &str) -> String {
    text.trim().replace("\r\n", "\n").replace('\r', "\n")
}

/// `err-rate-limited` if the sender wrote too much lately (and, for a new conversation, started
/// too many today). Counted in the database, so the limits hold across app servers.
async fn over_limit(state: &AppState, user_id: i64, starting: bool) -> Result<bool, AppError> {
    let at = now();
    if repo::messages_sent_since(&state.db, user_id, at - 3600).await? >= MESSAGES_PER_HOUR {
        return Ok(true);
    }
    Ok(starting && repo::conversations_started_since(&state.db, user_id, at - 86_400).await? >= CONVERSATIONS_PER_DAY)
}

/// `err-blocked` if either organisation blocked the other.
async fn blocked(state: &AppState, a: i64, b: i64) -> Result<bool, AppError> {
    let (one, other) = repo::blocks_between(&state.db, a, b).await?;
    Ok(one || other)
}

/// Starts a conversation from the signed-in user's organisation to `to_org` with a first message.
/// Ok(Ok(conversation_id)) or Ok(Err(field errors)) for the user (err-message-self, err-blocked,
/// err-rate-limited, err-recipient-unavailable, rule errors on "subject"/"body"). The caller
/// checks `may_message` first: a sender without an organisation is an `AppError` here.
pub async fn start_conversation(
    state: &AppState,
    sender: &SessionUser,
    to_org: i64,
    subject: &str,
    body: &str,
    about: Option<(&str, i64)>,
) -> Result<Result<i64, FieldErrors>, AppError> {
    let Some(from_org) = sender.organisation_id else { return Err(AppError::new("sender without organisation")) };
    let values: FormValues = [("subject", subject), ("body", body)].into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let errors = MessageForm::Contact.validate(&values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if to_org == from_org {
        return Ok(Err(FieldErrors::form("err-message-self")));
    }
    // A public body speaks first only once verified: otherwise anyone could pose as a city.
    if sender.role == crate::identity::Role::Buyer && sender.verification != Some(Verification::Verified) {
        return Ok(Err(FieldErrors::form("err-sender-unverified")));
    }
    // Companies, and public bodies the moderators verified, can be written to.
    let reachable = accounts::organisation(&state.db, to_org)
        .await?
        .is_some_and(|o| o.kind == "company" || (o.kind == "public_body" && o.verification == Verification::Verified));
    if !reachable {
        return Ok(Err(FieldErrors::form("err-recipient-unavailable")));
    }
    if blocked(state, from_org, to_org).await? {
        return Ok(Err(FieldErrors::form("err-blocked")));
    }
    if over_limit(state, sender.id, true).await? {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    let about = about.filter(|(kind, _)| ABOUT_KINDS.contains(kind));
    let (id, _) = repo::start(&state.db, from_org, to_org, sender.id, subject.trim(), &clean(body), about).await?;
    if let Some(conversation) = repo::find(&state.db, id).await? {
        notify::new_message(state, &conversation, from_org, &sender_org_name(state, sender).await?).await?;
    }
    Ok(Ok(id))
}

async fn sender_org_name(state: &AppState, sender: &SessionUser) -> Result<String, AppError> {
    if let Some(name) = &sender.organisation_name {
        return Ok(name.clone());
    }
    let org = match sender.organisation_id {
        Some(id) => accounts::organisation(&state.db, id).await?,
        None => None,
    };
    Ok(org.map(|o| o.name).unwrap_or_default())
}

/// The page a contact form is on, to show it again with the errors: by what it is about.
pub fn contact_page(about_kind: &str, to_org: i64, about_id: i64) -> String {
    match about_kind {
        "supplier" => format!("/suppliers/{to_org}"),
        "body" => format!("/bodies/{to_org}"),
        "partner_post" => format!("/partners/{about_id}"),
        "tender" => format!("/tenders/{about_id}"),
        // A case page answers to its id as well as its slug.
        "case" => format!("/knowledge/cases/{about_id}"),
        _ => "/messages".to_string(),
    }
}

/// POST /messages/start: the contact form.
pub async fn start(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_message) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let Ok(to_org) = req.value("to").parse::<i64>() else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let about_kind = req.value("about_kind").to_string();
    let about_id = req.value("about_id").parse::<i64>().unwrap_or(0);
    let about = Some((about_kind.as_str(), about_id)).filter(|(kind, _)| !kind.is_empty());
    let result = start_conversation(&state, &user, to_org, req.value("subject"), req.value("body"), about)
        .await
        .map(|outcome| outcome.map(|id| format!("/messages/{id}?notice=message-sent")));
    finish(&state, req, &contact_page(&about_kind, to_org, about_id), "contact", result).await
}

/// The conversation `id` and the user, if they may write in it; otherwise the refusal (403,
/// whether or not the conversation exists, so its existence is not given away).
async fn conversation_for(state: &AppState, req: &FormRequest, id: i64) -> Result<(SessionUser, Conversation), Response> {
    let Some(user) = req.viewer().user else { return Err(StatusCode::FORBIDDEN.into_response()) };
    match repo::find(&state.db, id).await {
        Ok(Some(c)) if participates(&user, &c) => Ok((user, c)),
        Ok(_) => Err(StatusCode::FORBIDDEN.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// POST /messages/{id}: a reply.
pub async fn reply(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (user, conversation) = match conversation_for(&state, &req, id).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = async {
        let errors = MessageForm::Message.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let org = user.organisation_id.unwrap_or_default();
        if blocked(&state, org, conversation.other_side(org)).await? {
            return Ok(Err(FieldErrors::form("err-blocked")));
        }
        if over_limit(&state, user.id, false).await? {
            return Ok(Err(FieldErrors::form("err-rate-limited")));
        }
        let message_id = repo::add_message(&state.db, id, user.id, org, &clean(req.value("body"))).await?;
        // Who writes has read what came before.
        repo::mark_read(&state.db, id, user.id, message_id).await?;
        notify::new_message(&state, &conversation, org, &sender_org_name(&state, &user).await?).await?;
        Ok(Ok(format!("/messages/{id}?notice=message-sent#message-{message_id}")))
    }
    .await;
    finish(&state, req, &format!("/messages/{id}"), "reply", result).await
}

/// POST /messages/{id}/report/{message_id}: a message from the other side, to the moderators.
pub async fn report(State(state): State<AppState>, Path((id, message_id)): Path<(i64, i64)>, req: FormRequest) -> Response {
    let (user, _) = match conversation_for(&state, &req, id).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    // Only a message of this conversation from the other organisation can be reported.
    match repo::message_sender_org(&state.db, id, message_id).await {
        Ok(Some(sender)) if Some(sender) != user.organisation_id => {}
        Ok(_) => return StatusCode::FORBIDDEN.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    }
    let result = async {
        let errors = MessageForm::Report.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        repo::report(&state.db, message_id, user.id, &clean(req.value("reason"))).await?;
        Ok(Ok(format!("/messages/{id}?notice=message-reported")))
    }
    .await;
    finish(&state, req, &format!("/messages/{id}"), &format!("report-{message_id}"), result).await
}

/// POST /messages/{id}/block: `block=yes` blocks the other organisation, anything else unblocks.
pub async fn block(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (user, conversation) = match conversation_for(&state, &req, id).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = async {
        let org = user.organisation_id.unwrap_or_default();
        let on = req.value("block") == "yes";
        repo::set_block(&state.db, org, conversation.other_side(org), on).await?;
        Ok(Ok(format!("/messages/{id}?notice={}", if on { "organisation-blocked" } else { "organisation-unblocked" })))
    }
    .await;
    finish(&state, req, &format!("/messages/{id}"), "block", result).await
}

/// POST /messages/settings: how the user hears of new messages by e-mail.
pub async fn settings(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user else { return StatusCode::FORBIDDEN.into_response() };
    let result = async {
        let errors = MessageForm::MailSetting.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        repo::set_message_mail(&state.db, user.id, req.value("message_mail")).await?;
        Ok(Ok("/messages?notice=message-mail-saved".to_string()))
    }
    .await;
    finish(&state, req, "/messages", "message-mail", result).await
}

/// POST /moderation/reports/{id}: a moderator has dealt with a report.
pub async fn resolve_report(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    if !req.viewer().user.is_some_and(|u| u.role.can_moderate()) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let result = async {
        repo::resolve_report(&state.db, id).await?;
        Ok(Ok("/moderation?notice=report-resolved".to_string()))
    }
    .await;
    finish(&state, req, "/moderation", &format!("resolve-{id}"), result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_contact_form_shows_the_page_it_was_on() {
        assert_eq!(contact_page("supplier", 7, 0), "/suppliers/7");
        assert_eq!(contact_page("body", 7, 0), "/bodies/7");
        assert_eq!(contact_page("partner_post", 7, 3), "/partners/3");
        assert_eq!(contact_page("tender", 7, 3), "/tenders/3");
        assert_eq!(contact_page("", 7, 3), "/messages");
    }

    #[test]
    fn text_is_stored_with_plain_line_breaks() {
        assert_eq!(clean("  Hello\r\nthere\r "), "Hello\nthere");
    }
}

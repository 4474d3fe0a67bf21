//! E-mail notices of new messages, as each person chose: at once (but not a mail per message
//! of a lively exchange), once a day, or never. The time of a user's last notice
//! (`users.message_mail_sent_at`) is claimed in one statement, so several app servers never
//! send the same notice twice.

use super::repo::{self, Conversation};
use super::rules::MAIL_IMMEDIATELY;
use crate::db::now;
use crate::mail::Mail;
use crate::state::AppState;
use crate::web::AppError;

/// The least time between two "new message" mails to one person: one mail tells of a
/// conversation going on, and the next one only after a pause. Kept per user (the one time the
/// schema keeps), so it also holds per conversation.
pub const IMMEDIATE_NOTICE_GAP_SECONDS: i64 = 15 * 60;

/// The daily notice comes at most once in this time.
pub const DAILY_NOTICE_GAP_SECONDS: i64 = 24 * 60 * 60;

/// Tells the people of the organisation that did not send the message who want to hear at once.
pub async fn new_message(state: &AppState, conversation: &Conversation, sender_org: i64, sender_org_name: &str) -> Result<(), AppError> {
    let to_org = conversation.other_side(sender_org);
    let link = format!("{}/messages/{}", state.config.base_url, conversation.id);
    let at = now();
    for r in repo::recipients(&state.db, to_org).await? {
        if r.message_mail != MAIL_IMMEDIATELY || !repo::claim_notice(&state.db, r.id, at, at - IMMEDIATE_NOTICE_GAP_SECONDS).await? {
            continue;
        }
        let args = vec![
            ("name", r.name.clone()),
            ("org", sender_org_name.to_string()),
            ("subject", conversation.subject.clone()),
            ("link", link.clone()),
        ];
        state.mailer.send(Mail { to: &r.email, locale: r.locale, kind: "message-received", args }).await?;
    }
    Ok(())
}

/// One mail to each person who chose a daily notice and has unread messages that came after
/// their last notice (at most one a day); how many mails went out.
pub async fn send_daily_notices(state: &AppState) -> Result<usize, AppError> {
    let at = now();
    let not_after = at - DAILY_NOTICE_GAP_SECONDS;
    let link = format!("{}/messages", state.config.base_url);
    let mut sent = 0;
    for target in repo::daily_targets(&state.db, not_after).await? {
        let r = target.recipient;
        if !repo::claim_notice(&state.db, r.id, at, not_after).await? {
            continue;
        }
        let args = vec![("name", r.name.clone()), ("count", target.count.to_string()), ("link", link.clone())];
        state.mailer.send(Mail { to: &r.email, locale: r.locale, kind: "messages-daily", args }).await?;
        sent += 1;
    }
    Ok(sent)
}

//! Every SQL statement about messages: conversations and their messages, who has read what,
//! blocks between organisations, reports to the moderators, the counts the rate limits read and
//! the e-mail notices' bookkeeping.

use crate::db::{now, Db};
use crate::i18n::Locale;

pub type DbResult<T> = Result<T, sqlx::Error>;

/// The most conversations the inbox lists (the newest activity first).
pub const INBOX_LIMIT: i64 = 200;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Conversation {
    pub id: i64,
    pub subject: String,
    pub from_org: i64,
    pub to_org: i64,
    pub about_kind: Option<String>,
    pub about_id: Option<i64>,
    pub created_at: i64,
    pub last_message_at: i64,
}

impl Conversation {
    /// Whether the organisation is one of the two sides.
    pub fn involves(&self, org: i64) -> bool {
        self.from_org == org || self.to_org == org
    }

    /// The side that is not `org`.
    pub fn other_side(&self, org: i64) -> i64 {
        if self.from_org == org {
            self.to_org
        } else {
            self.from_org
        }
    }
}

/// One line of the inbox.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct InboxItem {
    pub id: i64,
    pub subject: String,
    pub other_org_id: i64,
    pub other_org_name: String,
    pub last_message_at: i64,
    /// Messages from the other side this user has not seen.
    pub unread: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    /// None once the sender's account is deleted.
    pub sender_name: Option<String>,
    pub sender_org: i64,
    pub sender_org_name: String,
    pub body: String,
    pub created_at: i64,
}

/// An open report as the moderators see it: the one message, nothing else of its conversation.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Report {
    pub id: i64,
    pub body: String,
    pub sender_org_name: String,
    pub reporter_name: Option<String>,
    pub reporter_org_name: Option<String>,
    pub reason: String,
    pub created_at: i64,
}

/// A member of an organisation, with their e-mail setting for messages.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub locale: Locale,
    pub message_mail: String,
}

/// Who should hear of unread messages in the daily notice, and how many there are.
#[derive(Clone, Debug)]
pub struct DailyTarget {
    pub recipient: Recipient,
    pub count: i64,
}

/// The fields of `Conversation`, by name.
const CONVERSATION_COLUMNS: &str = "id, subject, from_org, to_org, about_kind, about_id, created_at, last_message_at";

/// The columns of a `Recipient`.
#[derive(sqlx::FromRow)]
struct RecipientRow {
    id: i64,
    email: String,
    name: String,
    locale: String,
    message_mail: String,
}

impl From<RecipientRow> for Recipient {
    fn from(r: RecipientRow) -> Recipient {
        Recipient {
            id: r.id,
            email: r.email,
            name: r.name,
            locale: Locale::from_code(&r.locale).unwrap_or_default(),
            message_mail: r.message_mail,
        }
    }
}

pub async fn find(db: &Db, id: i64) -> DbResult<Option<Conversation>> {
    let sql = format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = $1");
    sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await
}

/// Starts a conversation with its first message; its id and the message's.
pub async fn start(
    db: &Db,
    from_org: i64,
    to_org: i64,
    sender_id: i64,
    subject: &str,
    body: &str,
    about: Option<(&str, i64)>,
) -> DbResult<(i64, i64)> {
    let at = now();
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO conversations (subject, from_org, to_org, about_kind, about_id, created_at, last_message_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(subject)
    .bind(from_org)
    .bind(to_org)
    .bind(about.map(|(kind, _)| kind.to_string()))
    .bind(about.map(|(_, id)| id))
    .bind(at)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let message_id = insert_message(&mut tx, id, sender_id, from_org, body, at).await?;
    tx.commit().await?;
    Ok((id, message_id))
}

/// Adds a message to a conversation; its id.
pub async fn add_message(db: &Db, conversation_id: i64, sender_id: i64, sender_org: i64, body: &str) -> DbResult<i64> {
    let at = now();
    let mut tx = db.pool.begin().await?;
    let id = insert_message(&mut tx, conversation_id, sender_id, sender_org, body, at).await?;
    sqlx::query("UPDATE conversations SET last_message_at = $1 WHERE id = $2").bind(at).bind(conversation_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(id)
}

async fn insert_message(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    conversation_id: i64,
    sender_id: i64,
    sender_org: i64,
    body: &str,
    at: i64,
) -> DbResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO messages (conversation_id, sender_id, sender_org, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(conversation_id)
    .bind(sender_id)
    .bind(sender_org)
    .bind(body)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// A conversation's messages, oldest first.
pub async fn messages(db: &Db, conversation_id: i64) -> DbResult<Vec<Message>> {
    sqlx::query_as(
        "SELECT m.id, u.name AS sender_name, m.sender_org, o.name AS sender_org_name, m.body, m.created_at
         FROM messages m LEFT JOIN users u ON u.id = m.sender_id JOIN organisations o ON o.id = m.sender_org
         WHERE m.conversation_id = $1 ORDER BY m.id",
    )
    .bind(conversation_id)
    .fetch_all(&db.pool)
    .await
}

/// The sender's organisation of message `message_id`, if it belongs to the conversation.
pub async fn message_sender_org(db: &Db, conversation_id: i64, message_id: i64) -> DbResult<Option<i64>> {
    sqlx::query_scalar("SELECT sender_org FROM messages WHERE id = $1 AND conversation_id = $2")
        .bind(message_id)
        .bind(conversation_id)
        .fetch_optional(&db.pool)
        .await
}

/// Records that the user has seen the conversation up to message `last_id` (never backwards).
pub async fn mark_read(db: &Db, conversation_id: i64, user_id: i64, last_id: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO conversation_reads (conversation_id, user_id, last_read_id) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_id = excluded.last_read_id
         WHERE conversation_reads.last_read_id < excluded.last_read_id",
    )
    .bind(conversation_id)
    .bind(user_id)
    .bind(last_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The conversations of the user's organisation, the newest activity first, with how many
/// messages from the other side this user has not read.
pub async fn inbox(db: &Db, user_id: i64, organisation_id: i64) -> DbResult<Vec<InboxItem>> {
    sqlx::query_as(
        "SELECT c.id, c.subject, o.id AS other_org_id, o.name AS other_org_name, c.last_message_at,
                (SELECT COUNT(*) FROM messages m
                  WHERE m.conversation_id = c.id AND m.sender_org <> $1
                    AND m.id > COALESCE((SELECT r.last_read_id FROM conversation_reads r
                                          WHERE r.conversation_id = c.id AND r.user_id = $2), 0)) AS unread
         FROM conversations c
         JOIN organisations o ON o.id = CASE WHEN c.from_org = $1 THEN c.to_org ELSE c.from_org END
         WHERE c.from_org = $1 OR c.to_org = $1
         ORDER BY c.last_message_at DESC, c.id DESC
         LIMIT $3",
    )
    .bind(organisation_id)
    .bind(user_id)
    .bind(INBOX_LIMIT)
    .fetch_all(&db.pool)
    .await
}

/// Messages from other organisations in the conversations of the user's organisation that the
/// user has not read (a conversation without a read row is unread from its first message).
pub async fn unread_count(db: &Db, user_id: i64, organisation_id: i64) -> DbResult<i64> {
    unread_count_except(db, user_id, organisation_id, 0).await
}

/// `unread_count` leaving out one conversation: the one being read while the count is shown.
pub async fn unread_count_except(db: &Db, user_id: i64, organisation_id: i64, except: i64) -> DbResult<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM conversations c
         JOIN messages m ON m.conversation_id = c.id
         LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = $1
         WHERE (c.from_org = $2 OR c.to_org = $2) AND c.id <> $3
           AND m.sender_org <> $2 AND m.id > COALESCE(r.last_read_id, 0)",
    )
    .bind(user_id)
    .bind(organisation_id)
    .bind(except)
    .fetch_one(&db.pool)
    .await
}

// ---- blocks ----

/// Whether `org` blocked `other`, and whether `other` blocked `org`.
pub async fn blocks_between(db: &Db, org: i64, other: i64) -> DbResult<(bool, bool)> {
    let blockers: Vec<i64> = sqlx::query_scalar(
        "SELECT organisation_id FROM organisation_blocks
         WHERE (organisation_id = $1 AND blocked_id = $2) OR (organisation_id = $2 AND blocked_id = $1)",
    )
    .bind(org)
    .bind(other)
    .fetch_all(&db.pool)
    .await?;
    let by = |who: i64| blockers.contains(&who);
    Ok((by(org), by(other)))
}

pub async fn set_block(db: &Db, org: i64, other: i64, on: bool) -> DbResult<()> {
    if on {
        sqlx::query("INSERT INTO organisation_blocks (organisation_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(org)
            .bind(other)
            .bind(now())
            .execute(&db.pool)
            .await?;
    } else {
        sqlx::query("DELETE FROM organisation_blocks WHERE organisation_id = $1 AND blocked_id = $2")
            .bind(org)
            .bind(other)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

// ---- rate limits: counted here, so they hold across several app servers ----

/// Messages the user has written since `since`.
#[derive(sqlx::FromRow)]
struct WrittenRow {
    subject: String,
    body: String,
    created_at: i64,
}

/// Every message a person wrote, with its conversation's subject (for their data export).
pub async fn written_by(db: &Db, user_id: i64) -> DbResult<Vec<serde_json::Value>> {
    let rows = sqlx::query_as::<_, WrittenRow>(
        "SELECT c.subject, m.body, m.created_at FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.sender_id = $1 ORDER BY m.id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().map(|r| serde_json::json!({ "conversation": r.subject, "body": r.body, "created_at": r.created_at })).collect())
}

pub async fn messages_sent_since(db: &Db, user_id: i64, since: i64) -> DbResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE sender_id = $1 AND created_at >= $2")
        .bind(user_id)
        .bind(since)
        .fetch_one(&db.pool)
        .await
}

/// Conversations the user has started since `since`: those whose first message is theirs.
pub async fn conversations_started_since(db: &Db, user_id: i64, since: i64) -> DbResult<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM messages m
         WHERE m.sender_id = $1 AND m.created_at >= $2
           AND m.id = (SELECT MIN(f.id) FROM messages f WHERE f.conversation_id = m.conversation_id)",
    )
    .bind(user_id)
    .bind(since)
    .fetch_one(&db.pool)
    .await
}

// ---- reports ----

/// Reports a message; a second open report of the same message by the same person adds nothing.
pub async fn report(db: &Db, message_id: i64, reporter_id: i64, reason: &str) -> DbResult<()> {
    let open: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM message_reports WHERE message_id = $1 AND reporter_id = $2 AND resolved_at IS NULL")
            .bind(message_id)
            .bind(reporter_id)
            .fetch_one(&db.pool)
            .await?;
    if open == 0 {
        sqlx::query("INSERT INTO message_reports (message_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4)")
            .bind(message_id)
            .bind(reporter_id)
            .bind(reason)
            .bind(now())
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// Reports not yet resolved, the oldest first.
pub async fn open_reports(db: &Db) -> DbResult<Vec<Report>> {
    sqlx::query_as(
        "SELECT r.id, m.body, so.name AS sender_org_name, u.name AS reporter_name, ro.name AS reporter_org_name, r.reason, r.created_at
         FROM message_reports r
         JOIN messages m ON m.id = r.message_id
         JOIN organisations so ON so.id = m.sender_org
         LEFT JOIN users u ON u.id = r.reporter_id
         LEFT JOIN organisations ro ON ro.id = u.organisation_id
         WHERE r.resolved_at IS NULL ORDER BY r.created_at, r.id",
    )
    .fetch_all(&db.pool)
    .await
}

/// Marks a report resolved; false if there is no such open report.
pub async fn resolve_report(db: &Db, id: i64) -> DbResult<bool> {
    Ok(sqlx::query("UPDATE message_reports SET resolved_at = $1 WHERE id = $2 AND resolved_at IS NULL")
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

// ---- e-mail settings and notices ----

pub async fn message_mail(db: &Db, user_id: i64) -> DbResult<String> {
    Ok(sqlx::query_scalar("SELECT message_mail FROM users WHERE id = $1").bind(user_id).fetch_optional(&db.pool).await?.unwrap_or_default())
}

pub async fn set_message_mail(db: &Db, user_id: i64, setting: &str) -> DbResult<()> {
    sqlx::query("UPDATE users SET message_mail = $1 WHERE id = $2").bind(setting).bind(user_id).execute(&db.pool).await?;
    Ok(())
}

/// The members of an organisation with their e-mail setting.
pub async fn recipients(db: &Db, organisation_id: i64) -> DbResult<Vec<Recipient>> {
    let rows =
        sqlx::query_as::<_, RecipientRow>("SELECT id, email, name, locale, message_mail FROM users WHERE organisation_id = $1 ORDER BY id")
            .bind(organisation_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(Recipient::from).collect())
}

/// Takes the user's turn for a notice: records `at` as the last notice if the previous one was
/// no later than `not_after`. One statement, so two servers never both send.
pub async fn claim_notice(db: &Db, user_id: i64, at: i64, not_after: i64) -> DbResult<bool> {
    Ok(sqlx::query("UPDATE users SET message_mail_sent_at = $1 WHERE id = $2 AND message_mail_sent_at <= $3")
        .bind(at)
        .bind(user_id)
        .bind(not_after)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

#[derive(sqlx::FromRow)]
struct TargetRow {
    #[sqlx(flatten)]
    recipient: RecipientRow,
    count: i64,
}

/// Users who chose a daily notice, last had one no later than `not_after`, and have unread
/// messages that arrived after it; with how many.
pub async fn daily_targets(db: &Db, not_after: i64) -> DbResult<Vec<DailyTarget>> {
    let rows = sqlx::query_as::<_, TargetRow>(
        "SELECT u.id, u.email, u.name, u.locale, u.message_mail, COUNT(m.id) AS count
         FROM users u
         JOIN conversations c ON c.from_org = u.organisation_id OR c.to_org = u.organisation_id
         JOIN messages m ON m.conversation_id = c.id
         LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = u.id
         WHERE u.message_mail = 'daily' AND u.message_mail_sent_at <= $1
           AND m.sender_org <> u.organisation_id AND m.created_at > u.message_mail_sent_at
           AND m.id > COALESCE(r.last_read_id, 0)
         GROUP BY u.id, u.email, u.name, u.locale, u.message_mail
         ORDER BY u.id",
    )
    .bind(not_after)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|r| DailyTarget { recipient: r.recipient.into(), count: r.count }).collect())
}

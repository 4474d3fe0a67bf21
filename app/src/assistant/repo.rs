//! The assistant's storage: conversations, their turns (each answer as JSON), ratings, the
//! moderators' queue, and the counts the hourly limits need.

use super::model::{Answer, Outcome};
use crate::db::{now, Db};

pub type DbResult<T> = Result<T, sqlx::Error>;

/// Who a conversation belongs to: a signed-in person, or a visitor's session token.
#[derive(Clone, Debug, PartialEq)]
pub enum Owner {
    User(i64),
    Visitor(String),
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Conversation {
    pub id: i64,
    pub user_id: Option<i64>,
    pub owner_token: String,
    pub title: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Conversation {
    pub fn belongs_to(&self, owner: &Owner) -> bool {
        match owner {
            Owner::User(id) => self.user_id == Some(*id),
            Owner::Visitor(token) => self.user_id.is_none() && !token.is_empty() && self.owner_token == *token,
        }
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
struct TurnRow {
    id: i64,
    conversation_id: i64,
    question: String,
    lang: String,
    outcome: String,
    answer: String,
    rating: i64,
    rating_reason: String,
    queue: String,
    created_at: i64,
}

/// A question and, once written, its answer.
#[derive(Clone, Debug)]
pub struct Turn {
    pub id: i64,
    pub conversation_id: i64,
    pub question: String,
    pub lang: String,
    pub answer: Option<Answer>,
    pub rating: i64,
    pub rating_reason: String,
    pub queue: String,
    pub created_at: i64,
}

impl From<TurnRow> for Turn {
    fn from(r: TurnRow) -> Turn {
        // An answer that does not decode (written by an older version) shows as not written.
        let answer = Outcome::parse(&r.outcome).and_then(|_| serde_json::from_str(&r.answer).ok());
        Turn {
            id: r.id,
            conversation_id: r.conversation_id,
            question: r.question,
            lang: r.lang,
            answer,
            rating: r.rating,
            rating_reason: r.rating_reason,
            queue: r.queue,
            created_at: r.created_at,
        }
    }
}

const CONVERSATION_COLUMNS: &str = "id, user_id, owner_token, title, created_at, updated_at";
const TURN_COLUMNS: &str = "id, conversation_id, question, lang, outcome, answer, rating, rating_reason, queue, created_at";

/// The longest title of a conversation (its first question), in characters.
const TITLE_CHARS: usize = 120;

pub async fn create_conversation(db: &Db, owner: &Owner, first_question: &str) -> DbResult<i64> {
    let at = now();
    let title: String = first_question.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(TITLE_CHARS).collect();
    let (user, token) = match owner {
        Owner::User(id) => (Some(*id), String::new()),
        Owner::Visitor(t) => (None, t.clone()),
    };
    sqlx::query_scalar(
        "INSERT INTO assistant_conversations (user_id, owner_token, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(user)
    .bind(token)
    .bind(title)
    .bind(at)
    .bind(at)
    .fetch_one(&db.pool)
    .await
}

pub async fn conversation(db: &Db, id: i64) -> DbResult<Option<Conversation>> {
    sqlx::query_as(&format!("SELECT {CONVERSATION_COLUMNS} FROM assistant_conversations WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// An owner's conversations, newest first.
pub async fn conversations_of(db: &Db, owner: &Owner) -> DbResult<Vec<Conversation>> {
    let sql = format!("SELECT {CONVERSATION_COLUMNS} FROM assistant_conversations");
    match owner {
        Owner::User(id) => {
            sqlx::query_as(&format!("{sql} WHERE user_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 200"))
                .bind(*id)
                .fetch_all(&db.pool)
                .await
        }
        Owner::Visitor(t) if !t.is_empty() => {
            sqlx::query_as(&format!("{sql} WHERE user_id IS NULL AND owner_token = $1 ORDER BY updated_at DESC, id DESC LIMIT 200"))
                .bind(t)
                .fetch_all(&db.pool)
                .await
        }
        Owner::Visitor(_) => Ok(Vec::new()),
    }
}

/// A visitor's conversations become the account's when they sign in or sign up.
pub async fn claim(db: &Db, token: &str, user_id: i64) -> DbResult<u64> {
    if token.is_empty() {
        return Ok(0);
    }
    let r = sqlx::query("UPDATE assistant_conversations SET user_id = $1, owner_token = '' WHERE user_id IS NULL AND owner_token = $2")
        .bind(user_id)
        .bind(token)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected())
}

pub async fn delete_conversation(db: &Db, id: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM assistant_conversations WHERE id = $1").bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Records a question before its answer is written; the turn's id.
pub async fn add_turn(db: &Db, conversation_id: i64, question: &str, lang: &str, user_id: Option<i64>, ip: &str) -> DbResult<i64> {
    let at = now();
    let id = sqlx::query_scalar(
        "INSERT INTO assistant_turns (conversation_id, question, lang, user_id, asker_ip, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(conversation_id)
    .bind(question)
    .bind(lang)
    .bind(user_id)
    .bind(ip)
    .bind(at)
    .fetch_one(&db.pool)
    .await?;
    sqlx::query("UPDATE assistant_conversations SET updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(conversation_id)
        .execute(&db.pool)
        .await?;
    Ok(id)
}

/// Stores a turn's answer; a refusal goes to the moderators' queue.
pub async fn save_answer(db: &Db, turn_id: i64, answer: &Answer) -> DbResult<()> {
    let json = serde_json::to_string(answer).unwrap_or_default();
    let queue = if answer.outcome == Outcome::Refused { "open" } else { "" };
    sqlx::query("UPDATE assistant_turns SET outcome = $1, answer = $2, score = $3, queue = $4, answered_at = $5 WHERE id = $6")
        .bind(answer.outcome.code())
        .bind(json)
        .bind((answer.score * 1000.0).round() as i64)
        .bind(queue)
        .bind(now())
        .bind(turn_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn turn(db: &Db, id: i64) -> DbResult<Option<Turn>> {
    let row: Option<TurnRow> =
        sqlx::query_as(&format!("SELECT {TURN_COLUMNS} FROM assistant_turns WHERE id = $1")).bind(id).fetch_optional(&db.pool).await?;
    Ok(row.map(Turn::from))
}

pub async fn turns(db: &Db, conversation_id: i64) -> DbResult<Vec<Turn>> {
    let rows: Vec<TurnRow> = sqlx::query_as(&format!("SELECT {TURN_COLUMNS} FROM assistant_turns WHERE conversation_id = $1 ORDER BY id"))
        .bind(conversation_id)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(Turn::from).collect())
}

/// Rates an answer; an unhelpful one goes to the moderators' queue.
pub async fn rate(db: &Db, turn_id: i64, helpful: bool, reason: &str) -> DbResult<()> {
    sqlx::query(
        "UPDATE assistant_turns SET rating = $1, rating_reason = $2, queue = CASE WHEN $3 = 1 THEN 'open' WHEN queue = 'open' AND outcome <> 'refused' THEN '' ELSE queue END WHERE id = $4",
    )
    .bind(if helpful { 1_i64 } else { -1 })
    .bind(reason)
    .bind(if helpful { 0_i64 } else { 1 })
    .bind(turn_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The moderators' queue: unanswered and poorly rated questions, oldest first.
pub async fn queue(db: &Db) -> DbResult<Vec<Turn>> {
    let rows: Vec<TurnRow> =
        sqlx::query_as(&format!("SELECT {TURN_COLUMNS} FROM assistant_turns WHERE queue = 'open' ORDER BY created_at, id LIMIT 500"))
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(Turn::from).collect())
}

/// A moderator took care of a queued question (wrote content for it, or judged it off topic).
pub async fn resolve(db: &Db, turn_id: i64) -> DbResult<bool> {
    let r =
        sqlx::query("UPDATE assistant_turns SET queue = 'done' WHERE id = $1 AND queue = 'open'").bind(turn_id).execute(&db.pool).await?;
    Ok(r.rows_affected() == 1)
}

/// Questions asked since a moment by a person, and from an address.
pub async fn asked_since(db: &Db, user_id: Option<i64>, ip: &str, since: i64) -> DbResult<(i64, i64)> {
    let by_user: i64 = match user_id {
        Some(u) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM assistant_turns WHERE user_id = $1 AND created_at >= $2")
                .bind(u)
                .bind(since)
                .fetch_one(&db.pool)
                .await?
        }
        None => 0,
    };
    let by_ip: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM assistant_turns WHERE asker_ip = $1 AND created_at >= $2")
        .bind(ip)
        .bind(since)
        .fetch_one(&db.pool)
        .await?;
    Ok((by_user, by_ip))
}

/// Forgets the addresses of questions older than a day (they only serve the hourly limit).
pub async fn forget_addresses(db: &Db) -> DbResult<u64> {
    let r = sqlx::query("UPDATE assistant_turns SET asker_ip = '' WHERE asker_ip <> '' AND created_at < $1")
        .bind(now() - 86_400)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected())
}

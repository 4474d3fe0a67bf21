//! Questions about a tender and the buyer's answers; the users following a tender.

use super::DbResult;
use crate::db::{now, Db};
use crate::i18n::Locale;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    pub question: String,
    pub answer: Option<String>,
    pub asked_at: i64,
    pub answered_at: Option<i64>,
}

/// A follower as `followers` reads them.
#[derive(sqlx::FromRow)]
struct FollowerRow {
    email: String,
    name: String,
    locale: String,
}

pub async fn ask(db: &Db, tender_id: i64, asker_id: i64, question: &str) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO tender_questions (tender_id, asker_id, question, asked_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(tender_id)
    .bind(asker_id)
    .bind(question)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

/// What answering a question did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answering {
    /// Answered now; the asker, unless their account is gone.
    Answered { asker_id: Option<i64> },
    /// Answered before (or no such question of this tender): nothing changed.
    AlreadyAnswered,
}

/// Answers a question of the tender, once.
pub async fn answer(db: &Db, tender_id: i64, question_id: i64, answer: &str) -> DbResult<Answering> {
    let asker = sqlx::query_scalar::<_, Option<i64>>(
        "UPDATE tender_questions SET answer = $1, answered_at = $2 WHERE id = $3 AND tender_id = $4 AND answer IS NULL RETURNING asker_id",
    )
    .bind(answer)
    .bind(now())
    .bind(question_id)
    .bind(tender_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(match asker {
        Some(asker_id) => Answering::Answered { asker_id },
        None => Answering::AlreadyAnswered,
    })
}

pub async fn questions(db: &Db, tender_id: i64) -> DbResult<Vec<Question>> {
    sqlx::query_as::<_, Question>(
        "SELECT id, question, answer, asked_at, answered_at FROM tender_questions WHERE tender_id = $1 ORDER BY asked_at, id",
    )
    .bind(tender_id)
    .fetch_all(&db.pool)
    .await
}

pub async fn follow(db: &Db, tender_id: i64, user_id: i64, on: bool) -> DbResult<()> {
    if on {
        sqlx::query("INSERT INTO tender_followers (tender_id, user_id, followed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(tender_id)
            .bind(user_id)
            .bind(now())
            .execute(&db.pool)
            .await?;
    } else {
        sqlx::query("DELETE FROM tender_followers WHERE tender_id = $1 AND user_id = $2")
            .bind(tender_id)
            .bind(user_id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

pub async fn is_following(db: &Db, tender_id: i64, user_id: i64) -> DbResult<bool> {
    let n = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tender_followers WHERE tender_id = $1 AND user_id = $2")
        .bind(tender_id)
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}

/// Someone to tell of a change to a tender they follow.
#[derive(Clone, Debug)]
pub struct Follower {
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

/// Followers to tell of a change.
pub async fn followers(db: &Db, tender_id: i64) -> DbResult<Vec<Follower>> {
    let rows = sqlx::query_as::<_, FollowerRow>(
        "SELECT u.email, u.name, u.locale FROM tender_followers f JOIN users u ON u.id = f.user_id WHERE f.tender_id = $1",
    )
    .bind(tender_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Follower { email: r.email, name: r.name, locale: Locale::from_code(&r.locale).unwrap_or_default() })
        .collect())
}

/// A tender of the buyer with questions still waiting for an answer, and how many.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Unanswered {
    pub tender_id: i64,
    pub title: String,
    pub waiting: i64,
}

/// The buyer's tenders with unanswered questions, the longest-waiting first.
pub async fn unanswered_of(db: &Db, organisation_id: i64) -> DbResult<Vec<Unanswered>> {
    sqlx::query_as::<_, Unanswered>(
        "SELECT t.id AS tender_id, t.title, COUNT(*) AS waiting FROM tender_questions q JOIN tenders t ON t.id = q.tender_id
         WHERE t.organisation_id = $1 AND q.answer IS NULL GROUP BY t.id, t.title ORDER BY MIN(q.asked_at)",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await
}

//! SQL of the outbox.

use crate::db::{now, Db};

pub async fn insert(db: &Db, to: &str, subject: &str, body: &str, status: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO outbox (to_address, subject, body, status, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(status)
        .bind(now())
        .fetch_one(&db.pool)
        .await
}

pub async fn mark(db: &Db, id: i64, status: &str, error: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET status = $1, error = $2, sent_at = $3 WHERE id = $4")
        .bind(status)
        .bind(error)
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OutboxEntry {
    pub id: i64,
    #[sqlx(rename = "to_address")]
    pub to: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub error: Option<String>,
    pub created_at: i64,
}

/// The newest messages first, optionally only those to one address.
pub async fn latest(db: &Db, to: Option<&str>, limit: i64) -> Result<Vec<OutboxEntry>, sqlx::Error> {
    match to {
        Some(to) => sqlx::query_as::<_, OutboxEntry>(
            "SELECT id, to_address, subject, body, status, error, created_at FROM outbox WHERE to_address = $1
             ORDER BY id DESC LIMIT $2",
        )
        .bind(to.trim().to_lowercase())
        .bind(limit),
        None => sqlx::query_as("SELECT id, to_address, subject, body, status, error, created_at FROM outbox ORDER BY id DESC LIMIT $1")
            .bind(limit),
    }
    .fetch_all(&db.pool)
    .await
}

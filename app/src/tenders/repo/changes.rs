//! A published tender's change history: one entry per amended field.

use super::DbResult;
use crate::db::{now, Db};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Change {
    pub field: String,
    pub old_value: String,
    pub new_value: String,
    pub changed_at: i64,
}

/// A field an amendment changed, with the values as the form shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

pub async fn changes(db: &Db, id: i64) -> DbResult<Vec<Change>> {
    sqlx::query_as::<_, Change>(
        "SELECT field, old_value, new_value, changed_at FROM tender_changes WHERE tender_id = $1 ORDER BY changed_at, id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
}

pub(super) async fn insert_change<'e>(
    e: impl sqlx::Executor<'e, Database = sqlx::Any>,
    tender_id: i64,
    user_id: i64,
    field: &str,
    old: &str,
    new: &str,
    at: i64,
) -> DbResult<()> {
    sqlx::query("INSERT INTO tender_changes (tender_id, user_id, field, old_value, new_value, changed_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(tender_id)
        .bind(user_id)
        .bind(field)
        .bind(old)
        .bind(new)
        .bind(at)
        .execute(e)
        .await?;
    Ok(())
}

/// One entry of a published tender's change history outside the form (documents).
pub async fn record_change(db: &Db, tender_id: i64, user_id: i64, field: &str, old: &str, new: &str) -> DbResult<()> {
    insert_change(&db.pool, tender_id, user_id, field, old, new, now()).await
}

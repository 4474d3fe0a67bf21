//! The company's references: past contracts it lists on its profile.

use super::DbResult;
use crate::db::{now, Db};

#[derive(Clone, Debug, PartialEq, serde::Serialize, sqlx::FromRow)]
pub struct Reference {
    pub id: i64,
    pub buyer: String,
    pub year: i64,
    pub value_eur: i64,
    pub description: String,
}

pub async fn add_reference(db: &Db, organisation_id: i64, buyer: &str, year: i64, value_eur: i64, description: &str) -> DbResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO supplier_references (organisation_id, buyer, year, value_eur, description, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(organisation_id)
    .bind(buyer)
    .bind(year)
    .bind(value_eur)
    .bind(description)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn reference_count(db: &Db, organisation_id: i64) -> DbResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM supplier_references WHERE organisation_id = $1")
        .bind(organisation_id)
        .fetch_one(&db.pool)
        .await
}

/// Removes one of the company's own references (another company's id removes nothing).
pub async fn delete_reference(db: &Db, organisation_id: i64, id: i64) -> DbResult<bool> {
    let done = sqlx::query("DELETE FROM supplier_references WHERE id = $1 AND organisation_id = $2")
        .bind(id)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

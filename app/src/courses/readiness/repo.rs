//! The readiness questionnaire as loaded, and public bodies' assessments.

use super::Questionnaire;
use crate::db::{now, Db};
use std::collections::BTreeMap;

pub type DbResult<T> = Result<T, sqlx::Error>;

fn decode<T: serde::de::DeserializeOwned>(s: &str) -> DbResult<T> {
    serde_json::from_str(s).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// Stores the questionnaire's version unless that version is stored with the same text; a
/// changed text under the same version replaces it (the ids are what answers refer to).
pub async fn load(db: &Db, q: &Questionnaire, hash: &str) -> DbResult<bool> {
    let stored: Option<String> = sqlx::query_scalar("SELECT content_hash FROM readiness_questionnaires WHERE version = $1")
        .bind(q.version)
        .fetch_optional(&db.pool)
        .await?;
    if stored.as_deref() == Some(hash) {
        return Ok(false);
    }
    let document = serde_json::to_string(q).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query("DELETE FROM readiness_questionnaires WHERE version = $1").bind(q.version).execute(&db.pool).await?;
    sqlx::query("INSERT INTO readiness_questionnaires (version, document, content_hash, loaded_at) VALUES ($1, $2, $3, $4)")
        .bind(q.version)
        .bind(document)
        .bind(hash)
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(true)
}

pub async fn current(db: &Db) -> DbResult<Option<Questionnaire>> {
    let doc: Option<String> =
        sqlx::query_scalar("SELECT document FROM readiness_questionnaires ORDER BY version DESC LIMIT 1").fetch_optional(&db.pool).await?;
    doc.map(|d| decode(&d)).transpose()
}

#[derive(Clone, Debug)]
pub struct Assessment {
    pub id: i64,
    pub organisation_id: i64,
    pub answers: BTreeMap<String, u8>,
    pub scores: Vec<(String, u32)>,
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    organisation_id: i64,
    answers: String,
    scores: String,
    created_at: i64,
}

impl Row {
    fn decode(self) -> DbResult<Assessment> {
        Ok(Assessment {
            id: self.id,
            organisation_id: self.organisation_id,
            answers: decode(&self.answers)?,
            scores: decode(&self.scores)?,
            created_at: self.created_at,
        })
    }
}

pub async fn add(
    db: &Db,
    organisation_id: i64,
    user_id: i64,
    version: i64,
    answers: &BTreeMap<String, u8>,
    scores: &[(String, u32)],
) -> DbResult<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO readiness_assessments (organisation_id, user_id, version, answers, scores, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(organisation_id)
    .bind(user_id)
    .bind(version)
    .bind(serde_json::to_string(answers).unwrap_or_default())
    .bind(serde_json::to_string(scores).unwrap_or_default())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(id)
}

/// A body's assessments, the newest first.
pub async fn history(db: &Db, organisation_id: i64) -> DbResult<Vec<Assessment>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, organisation_id, answers, scores, created_at FROM readiness_assessments WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(Row::decode).collect()
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Assessment>> {
    let row: Option<Row> =
        sqlx::query_as("SELECT id, organisation_id, answers, scores, created_at FROM readiness_assessments WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    row.map(Row::decode).transpose()
}

/// The latest scores of every other public body of the same country, or of the same type.
pub async fn peers(db: &Db, organisation_id: i64, by_country: bool) -> DbResult<Vec<Vec<(String, u32)>>> {
    let column = if by_country { "country" } else { "body_type" };
    let sql = format!(
        "SELECT a.scores FROM readiness_assessments a JOIN organisations o ON o.id = a.organisation_id
         WHERE a.organisation_id <> $1
           AND o.{column} = (SELECT {column} FROM organisations WHERE id = $1)
           AND a.id = (SELECT MAX(b.id) FROM readiness_assessments b WHERE b.organisation_id = a.organisation_id)"
    );
    let rows: Vec<(String,)> = sqlx::query_as(&sql).bind(organisation_id).fetch_all(&db.pool).await?;
    rows.iter().map(|(s,)| decode(s)).collect()
}

//! The weekly "tenders for you" e-mail: who is due, and who has had it.

use super::profile::ensure;
use super::DbResult;
use crate::db::Db;

#[derive(sqlx::FromRow)]
struct WeeklyRow {
    organisation_id: i64,
    tenders_mail_sent_at: i64,
}

/// Companies whose people want the weekly "tenders for you" e-mail and last had it before `due`.
pub async fn weekly_due(db: &Db, due: i64) -> DbResult<Vec<(i64, i64)>> {
    let rows = sqlx::query_as::<_, WeeklyRow>(
        "SELECT organisation_id, tenders_mail_sent_at FROM supplier_profiles
         WHERE weekly_tenders = 1 AND status <> 'draft' AND tenders_mail_sent_at < $1",
    )
    .bind(due)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.organisation_id, r.tenders_mail_sent_at)).collect())
}

pub async fn mark_weekly_sent(db: &Db, organisation_id: i64, at: i64) -> DbResult<()> {
    sqlx::query("UPDATE supplier_profiles SET tenders_mail_sent_at = $1 WHERE organisation_id = $2")
        .bind(at)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_weekly(db: &Db, organisation_id: i64, on: bool) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    sqlx::query("UPDATE supplier_profiles SET weekly_tenders = $1 WHERE organisation_id = $2")
        .bind(on as i64)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

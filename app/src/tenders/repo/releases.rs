//! The tenders' OCDS releases: stored as published, numbered per tender, paged by date.

use super::DbResult;
use crate::db::Db;

pub async fn insert_release(db: &Db, tender_id: i64, release_id: &str, at: i64, body: &str) -> DbResult<()> {
    sqlx::query("INSERT INTO tender_releases (tender_id, release_id, released_at, body) VALUES ($1, $2, $3, $4)")
        .bind(tender_id)
        .bind(release_id)
        .bind(at)
        .bind(body)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Stores many releases in one transaction: (tender, release id, date, body).
pub async fn insert_releases(db: &Db, releases: &[(i64, String, i64, String)]) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    for (tender_id, release_id, at, body) in releases {
        sqlx::query("INSERT INTO tender_releases (tender_id, release_id, released_at, body) VALUES ($1, $2, $3, $4)")
            .bind(tender_id)
            .bind(release_id)
            .bind(at)
            .bind(body)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE tenders SET release_seq = release_seq + 1 WHERE id = $1").bind(tender_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The next number in the tender's release sequence (1, 2, …), counted up atomically.
pub async fn next_release_seq(db: &Db, tender_id: i64) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>("UPDATE tenders SET release_seq = release_seq + 1 WHERE id = $1 RETURNING release_seq")
        .bind(tender_id)
        .fetch_one(&db.pool)
        .await
}

pub async fn releases_of(db: &Db, tender_id: i64) -> DbResult<Vec<String>> {
    sqlx::query_scalar::<_, String>("SELECT body FROM tender_releases WHERE tender_id = $1 ORDER BY released_at, id")
        .bind(tender_id)
        .fetch_all(&db.pool)
        .await
}

/// Releases dated `since <= date < until`, oldest first: one page, and whether more follow.
pub async fn releases_between(db: &Db, since: i64, until: i64, limit: i64, offset: i64) -> DbResult<(Vec<String>, bool)> {
    let mut bodies = sqlx::query_scalar::<_, String>(
        "SELECT body FROM tender_releases WHERE released_at >= $1 AND released_at < $2 ORDER BY released_at, id LIMIT $3 OFFSET $4",
    )
    .bind(since)
    .bind(until)
    .bind(limit + 1)
    .bind(offset)
    .fetch_all(&db.pool)
    .await?;
    let more = bodies.len() as i64 > limit;
    bodies.truncate(limit as usize);
    Ok((bodies, more))
}

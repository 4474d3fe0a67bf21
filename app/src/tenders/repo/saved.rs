//! Users' saved searches and the digests of new tenders sent for them.

use super::DbResult;
use crate::db::{now, Db};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SavedSearch {
    pub id: i64,
    pub name: String,
    /// The query string, without `?`.
    pub query: String,
    pub created_at: i64,
    pub last_sent_at: i64,
}

/// A saved search with its owner, for the digest.
#[derive(Clone, Debug)]
pub struct DigestTarget {
    pub search: SavedSearch,
    pub email: String,
    pub name: String,
    pub locale: String,
}

/// The columns `digest_targets` reads: the search's, then its owner's.
#[derive(sqlx::FromRow)]
struct DigestRow {
    #[sqlx(flatten)]
    search: SavedSearch,
    email: String,
    user_name: String,
    locale: String,
}

impl From<DigestRow> for DigestTarget {
    fn from(r: DigestRow) -> DigestTarget {
        DigestTarget { search: r.search, email: r.email, name: r.user_name, locale: r.locale }
    }
}

pub async fn save_search(db: &Db, user_id: i64, name: &str, query: &str) -> DbResult<i64> {
    let t = now();
    // New to the user: tenders published from this second on (digests count whole seconds).
    let seen_until = t - 1;
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO saved_searches (user_id, name, query, created_at, last_sent_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(user_id)
    .bind(name)
    .bind(query)
    .bind(t)
    .bind(seen_until)
    .fetch_one(&db.pool)
    .await
}

pub async fn saved_searches(db: &Db, user_id: i64) -> DbResult<Vec<SavedSearch>> {
    sqlx::query_as::<_, SavedSearch>(
        "SELECT id, name, query, created_at, last_sent_at FROM saved_searches WHERE user_id = $1 ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await
}

pub async fn saved_search_count(db: &Db, user_id: i64) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM saved_searches WHERE user_id = $1").bind(user_id).fetch_one(&db.pool).await
}

/// Deletes a user's saved search; whether it was theirs (and is gone).
pub async fn delete_saved_search(db: &Db, user_id: i64, id: i64) -> DbResult<bool> {
    Ok(sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn digest_targets(db: &Db) -> DbResult<Vec<DigestTarget>> {
    let rows = sqlx::query_as::<_, DigestRow>(
        "SELECT s.id, s.name, s.query, s.created_at, s.last_sent_at, u.email, u.name AS user_name, u.locale
         FROM saved_searches s JOIN users u ON u.id = s.user_id WHERE u.email_verified_at IS NOT NULL ORDER BY s.id",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(DigestTarget::from).collect())
}

pub async fn mark_digest_sent(db: &Db, id: i64, at: i64) -> DbResult<()> {
    sqlx::query("UPDATE saved_searches SET last_sent_at = $1 WHERE id = $2").bind(at).bind(id).execute(&db.pool).await?;
    Ok(())
}

//! The documents attached to a tender (the files themselves are in object storage).

use super::DbResult;
use crate::db::{now, Db};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub object_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: i64,
}

pub async fn insert_document(db: &Db, tender_id: i64, key: &str, name: &str, content_type: &str, size: i64, user_id: i64) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO tender_documents (tender_id, object_key, file_name, content_type, size, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(tender_id)
    .bind(key)
    .bind(name)
    .bind(content_type)
    .bind(size)
    .bind(user_id)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn documents_of(db: &Db, tender_id: i64) -> DbResult<Vec<Document>> {
    sqlx::query_as::<_, Document>(
        "SELECT id, object_key, file_name, content_type, size, uploaded_at FROM tender_documents WHERE tender_id = $1 ORDER BY uploaded_at, id",
    )
    .bind(tender_id)
    .fetch_all(&db.pool)
    .await
}

pub async fn document(db: &Db, tender_id: i64, id: i64) -> DbResult<Option<Document>> {
    sqlx::query_as::<_, Document>(
        "SELECT id, object_key, file_name, content_type, size, uploaded_at FROM tender_documents WHERE tender_id = $1 AND id = $2",
    )
    .bind(tender_id)
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn document_count(db: &Db, tender_id: i64) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tender_documents WHERE tender_id = $1").bind(tender_id).fetch_one(&db.pool).await
}

pub async fn delete_document(db: &Db, tender_id: i64, id: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM tender_documents WHERE tender_id = $1 AND id = $2").bind(tender_id).bind(id).execute(&db.pool).await?;
    Ok(())
}

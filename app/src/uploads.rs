//! Stored files (tender documents, logos, and the knowledge centre's files next): the bytes live
//! in the object store under a random key in the capability's folder; a row of the capability
//! points to them. Keys are never made from what a user typed.

use crate::state::AppState;
use crate::web::AppError;
use futures_util::TryStreamExt;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, PutPayload};
use std::sync::Arc;

/// Opens the configured storage: `s3://…` or a local folder (created if missing).
pub fn open_storage(setting: &str) -> Result<Arc<dyn ObjectStore>, String> {
    if setting.starts_with("s3://") {
        let store = object_store::aws::AmazonS3Builder::from_env().with_url(setting).build().map_err(|e| format!("FILE_STORAGE: {e}"))?;
        return Ok(Arc::new(store));
    }
    std::fs::create_dir_all(setting).map_err(|e| format!("FILE_STORAGE {setting}: {e}"))?;
    let store = object_store::local::LocalFileSystem::new_with_prefix(setting).map_err(|e| format!("FILE_STORAGE {setting}: {e}"))?;
    Ok(Arc::new(store))
}

/// A fresh random key in `folder` (`documents/3f9a…`).
pub fn new_key(folder: &str) -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::thread_rng().r#gen();
    format!("{folder}/{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

pub async fn put(state: &AppState, key: &str, bytes: impl Into<bytes::Bytes>) -> Result<(), object_store::Error> {
    state.files.put(&StorePath::from(key), PutPayload::from(bytes.into())).await.map(|_| ())
}

pub async fn get(state: &AppState, key: &str) -> Result<bytes::Bytes, object_store::Error> {
    state.files.get(&StorePath::from(key)).await?.bytes().await
}

/// Removes bytes whose row is gone. A failure leaves an orphan (logged, and swept later), never
/// a broken link: the row, which pages read, is already deleted.
pub async fn remove(state: &AppState, key: &str) {
    if let Err(e) = state.files.delete(&StorePath::from(key)).await {
        tracing::warn!(error = %e, key, "could not delete stored bytes");
    }
}

/// Files in `folder` older than this and pointed to by no row are orphans. The grace keeps an
/// upload whose row is still being written.
const SWEEP_GRACE_SECONDS: i64 = 3600;

/// Deletes the files of `folder` that no row points to any more (a deleted company's logo, the
/// documents of an organisation erased with its last member …). `in_use` is a query answering
/// every key still in use, read once. How many were deleted.
pub async fn sweep(state: &AppState, folder: &str, in_use: &str) -> Result<u64, AppError> {
    let cutoff = crate::db::now() - SWEEP_GRACE_SECONDS;
    let old: Vec<String> = state
        .files
        .list(Some(&StorePath::from(folder)))
        .try_filter(|meta| std::future::ready(meta.last_modified.timestamp() < cutoff))
        .map_ok(|meta| meta.location.to_string())
        .try_collect()
        .await?;
    if old.is_empty() {
        return Ok(0);
    }
    let used: std::collections::HashSet<String> =
        sqlx::query_scalar::<_, String>(in_use).fetch_all(&state.db.pool).await?.into_iter().collect();
    let mut deleted = 0;
    for key in old.iter().filter(|k| !used.contains(*k)) {
        remove(state, key).await;
        deleted += 1;
    }
    Ok(deleted)
}

//! Stored files (tender documents, logos, and the knowledge centre's files next): the bytes live
//! in the object store under a random key in the capability's folder; a row of the capability
//! points to them. Keys are never made from what a user typed. A document's type is told by its
//! content (never its name), and its name is cleaned before it is shown or offered.

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
    let old = older_files(state, folder).await?;
    if old.is_empty() {
        return Ok(0);
    }
    let used: std::collections::HashSet<String> =
        sqlx::query_scalar::<_, String>(in_use).fetch_all(&state.db.pool).await?.into_iter().collect();
    sweep_unused(state, old, &used).await
}

/// The files of `folder` older than the grace period: candidates for a sweep.
pub async fn older_files(state: &AppState, folder: &str) -> Result<Vec<String>, AppError> {
    let cutoff = crate::db::now() - SWEEP_GRACE_SECONDS;
    let old: Vec<String> = state
        .files
        .list(Some(&StorePath::from(folder)))
        .try_filter(|meta| std::future::ready(meta.last_modified.timestamp() < cutoff))
        .map_ok(|meta| meta.location.to_string())
        .try_collect()
        .await?;
    Ok(old)
}

/// Deletes the files of `old` that are not in `used`; how many.
pub async fn sweep_unused(state: &AppState, old: Vec<String>, used: &std::collections::HashSet<String>) -> Result<u64, AppError> {
    let mut deleted = 0;
    for key in old.iter().filter(|k| !used.contains(*k)) {
        remove(state, key).await;
        deleted += 1;
    }
    Ok(deleted)
}

/// The largest document accepted (a tender's document, a material's file).
pub const MAX_DOCUMENT_BYTES: usize = 25 * 1024 * 1024;
/// An upload's whole request: the file and the multipart framing around it.
pub const MAX_UPLOAD_BODY_BYTES: usize = MAX_DOCUMENT_BYTES + 64 * 1024;

/// The kinds of document accepted (tender documents, knowledge materials), by the type their content shows.
const ACCEPTED: [(&str, &str); 6] = [
    ("application/pdf", "PDF"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
    ("application/vnd.oasis.opendocument.text", "ODT"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
    ("application/zip", "ZIP"),
];

/// The content type of an accepted document, read from its bytes; `None` for anything else
/// (an executable renamed to `.pdf` stays an executable).
pub fn detect(bytes: &[u8]) -> Option<&'static str> {
    let found = infer::get(bytes)?.mime_type();
    ACCEPTED.iter().find(|(mime, _)| *mime == found).map(|(mime, _)| *mime)
}

/// The short name of an accepted type ("PDF"), for lists.
pub fn kind_label(mime: &str) -> &'static str {
    ACCEPTED.iter().find(|(m, _)| *m == mime).map(|(_, l)| *l).unwrap_or("")
}

/// A file name fit to show and to offer in Content-Disposition: the last path segment, without
/// control characters, quotes or separators, at most 120 characters; never empty. Bidirectional
/// controls go too: with them "invoice\u{202e}fdp.exe" reads as "invoiceexe.pdf".
pub fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c) && !matches!(c, '"' | '\'' | ';' | '<' | '>' | '|' | '*' | '?' | ':'))
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .chars()
        .take(120)
        .collect();
    if cleaned.is_empty() {
        "document".into()
    } else {
        cleaned
    }
}

/// The marks and embeddings that reorder text (Unicode's Bidi_Control property).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Reads the one file of an upload form: its name and bytes, or the error code to show.
pub async fn read_file(mut form: axum::extract::Multipart, max_bytes: usize) -> Result<(String, Vec<u8>), &'static str> {
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("").to_string();
        let bytes = field.bytes().await.map_err(|_| "err-file-too-large")?;
        if bytes.is_empty() {
            return Err("err-file-required");
        }
        if bytes.len() > max_bytes {
            return Err("err-file-too-large");
        }
        return Ok((name, bytes.to_vec()));
    }
    Err("err-file-required")
}

/// The response for a document: its detected type and a safe Content-Disposition.
pub fn attachment(file_name: &str, content_type: &str, bytes: bytes::Bytes) -> axum::response::Response {
    use axum::http::{header, HeaderValue};
    use axum::response::IntoResponse;
    let ascii: String = file_name.chars().map(|c| if c.is_ascii() && !c.is_ascii_control() { c } else { '_' }).collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")));
    res
}

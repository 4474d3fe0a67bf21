//! `ppi-hub load-knowledge`: the content files into the database, idempotently. A changed file
//! becomes a new published version; a removed file retires its item (its history stays).

use super::content::{read_dir, ContentItem};
use super::model::Kind;
use super::repo::{self, Loaded};
use crate::db::{now, Db};
use std::path::Path;

/// What a load did, to print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub retired: usize,
}

/// Reads every case and material under `root` (`cases/`, `materials/`): all or nothing, so a
/// broken file loads none and says which it is.
pub fn read_all(root: &Path) -> Result<Vec<ContentItem>, String> {
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for (kind, folder) in [(Kind::Case, "cases"), (Kind::Material, "materials")] {
        match read_dir(kind, &root.join(folder)) {
            Ok(items) => all.extend(items),
            Err(errors) => problems.extend(errors.into_iter().map(|e| e.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems.join("\n"))
    }
}

pub async fn load(db: &Db, root: &Path) -> Result<LoadReport, String> {
    let items = read_all(root)?;
    let mut report = LoadReport::default();
    for item in &items {
        match repo::load_content(db, item).await.map_err(|e| format!("{}: {e}", item.slug))? {
            Loaded::Added => report.added += 1,
            Loaded::Updated => report.updated += 1,
            Loaded::Unchanged => report.unchanged += 1,
        }
    }
    let slugs: Vec<&str> = items.iter().map(|i| i.slug.as_str()).collect();
    let loaded: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, slug FROM knowledge_items WHERE content_hash <> '' AND status = 'published'")
            .fetch_all(&db.pool)
            .await
            .map_err(|e| e.to_string())?;
    for (id, slug) in loaded {
        if !slugs.contains(&slug.as_str()) {
            sqlx::query("UPDATE knowledge_items SET status = 'retired', updated_at = $1, revision = revision + 1 WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(&db.pool)
                .await
                .map_err(|e| e.to_string())?;
            report.retired += 1;
        }
    }
    Ok(report)
}

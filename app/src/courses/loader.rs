//! `ppi-hub load-courses`: the course folders into the database, idempotently. A changed folder
//! becomes a new version; a removed folder retires its course (progress and certificates stay).

use super::content::read_all;
use super::repo::{self, Loaded};
use crate::db::Db;
use sha2::Digest;
use std::path::Path;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub retired: usize,
    /// The readiness questionnaire was (re)loaded.
    pub readiness: bool,
}

pub async fn load(db: &Db, root: &Path) -> Result<LoadReport, String> {
    load_all(db, &[root.to_path_buf()]).await
}

/// Loads the courses of several folders as one set (a course in none of them is retired).
pub async fn load_all(db: &Db, roots: &[std::path::PathBuf]) -> Result<LoadReport, String> {
    let mut courses = Vec::new();
    for root in roots {
        courses.extend(read_all(root)?);
    }
    let mut seen = std::collections::BTreeSet::new();
    if let Some(twice) = courses.iter().find(|c| !seen.insert(c.course.slug.clone())) {
        return Err(format!("{}: the course is in two folders", twice.course.slug));
    }
    let mut report = LoadReport::default();
    for c in &courses {
        match repo::load(db, c).await.map_err(|e| format!("{}: {e}", c.course.slug))? {
            Loaded::Added => report.added += 1,
            Loaded::Updated => report.updated += 1,
            Loaded::Unchanged => report.unchanged += 1,
        }
    }
    for readiness in roots.iter().map(|r| r.join("readiness.toml")).filter(|p| p.exists()) {
        let q = super::readiness::content::read(&readiness)?;
        let text = std::fs::read(&readiness).map_err(|e| e.to_string())?;
        let hash: String = sha2::Sha256::digest(&text).iter().map(|b| format!("{b:02x}")).collect();
        report.readiness = super::readiness::repo::load(db, &q, &hash).await.map_err(|e| e.to_string())?;
    }
    let slugs: Vec<&str> = courses.iter().map(|c| c.course.slug.as_str()).collect();
    report.retired = repo::retire_missing(db, &slugs).await.map_err(|e| e.to_string())?;
    Ok(report)
}

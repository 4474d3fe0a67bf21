//! The public supplier directory: its filter, one page of results and the count of all matches.

use super::DbResult;
use crate::db::{prefix_end, Binds, Db};
use crate::reference::Code;
use crate::suppliers::search::DirectoryQuery;
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

/// One company in the directory's results.
#[derive(Clone, Debug)]
pub struct SupplierSummary {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    pub size: String,
    pub capability: String,
    pub all_eu: bool,
    pub has_logo: bool,
}

const SUMMARY_COLUMNS: &str = "o.id AS organisation_id, o.name, o.country, p.size, p.capability, p.all_eu, p.logo_key";

/// The columns of `SUMMARY_COLUMNS`.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    organisation_id: i64,
    name: String,
    country: String,
    size: String,
    capability: String,
    all_eu: i64,
    logo_key: Option<String>,
}

impl From<SummaryRow> for SupplierSummary {
    fn from(r: SummaryRow) -> SupplierSummary {
        SupplierSummary {
            organisation_id: r.organisation_id,
            name: r.name,
            country: r.country,
            size: r.size,
            capability: r.capability,
            all_eu: r.all_eu == 1,
            has_logo: r.logo_key.is_some(),
        }
    }
}

/// The WHERE clause of a directory search: published profiles only.
fn directory_filter(q: &DirectoryQuery, b: &mut Binds) -> String {
    let mut w: Vec<String> = vec!["p.status = 'published'".into()];
    for word in q.words() {
        let (from, to) = (b.text(word.clone()), b.text(prefix_end(&word)));
        w.push(format!("p.organisation_id IN (SELECT x.organisation_id FROM supplier_words x WHERE x.word >= {from} AND x.word < {to})"));
    }
    if let Some(c) = q.country {
        // Through a set rather than the join, so counting all matches needs no join.
        w.push(format!(
            "p.organisation_id IN (SELECT o2.id FROM organisations o2 WHERE o2.kind = 'company' AND o2.country = {})",
            b.text(c.code())
        ));
    }
    if let Some(region) = &q.region {
        // Serves the region: names it, a region containing it (FI1 for FI1B1), a part of it
        // (FI1B1 for FI1B), or the whole EU.
        let containing: Vec<String> = (2..region.len()).map(|n| b.text(region[..n].to_string())).collect();
        let mut served = vec![format!("r.nuts_code >= {} AND r.nuts_code < {}", b.text(region.clone()), b.text(prefix_end(region)))];
        if !containing.is_empty() {
            served.push(format!("r.nuts_code IN ({})", containing.join(", ")));
        }
        // Not correlated: the database gathers the companies serving it once, then checks
        // each profile against that set (a correlated EXISTS looked up every profile).
        w.push(format!(
            "(p.all_eu = 1 OR p.organisation_id IN (SELECT r.organisation_id FROM supplier_regions r WHERE ({})))",
            served.join(") OR (")
        ));
    }
    if let Some(stem) = q.cpv_stem() {
        w.push(format!(
            "p.organisation_id IN (SELECT c.organisation_id FROM organisation_cpv c WHERE c.code >= {} AND c.code < {})",
            b.text(stem.clone()),
            b.text(prefix_end(&stem))
        ));
    }
    if let Some(size) = q.size {
        w.push(format!("p.size = {}", b.text(size.code())));
    } else if q.sme {
        w.push("p.size IN ('micro', 'small', 'medium')".into());
    }
    if let Some(lang) = &q.language {
        w.push(format!(
            "EXISTS (SELECT 1 FROM supplier_languages l WHERE l.organisation_id = p.organisation_id AND l.language = {})",
            b.text(lang.clone())
        ));
    }
    w.join(" AND ")
}

/// One page of the directory, newest profiles first, and the number of all matches.
pub async fn search(db: &Db, q: &DirectoryQuery) -> DbResult<(Vec<SupplierSummary>, i64)> {
    let mut b = Binds::default();
    let filter = directory_filter(q, &mut b);
    let count_sql = format!("SELECT COUNT(*) AS total FROM supplier_profiles p WHERE {filter}");
    let total: i64 = b.apply(sqlx::query(&count_sql)).try_map(|r: AnyRow| r.try_get("total")).fetch_one(&db.pool).await?;
    let limit = b.int(q.per_page());
    let offset = b.int(q.offset());
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM supplier_profiles p JOIN organisations o ON o.id = p.organisation_id
         WHERE {filter} ORDER BY p.published_at DESC, p.organisation_id DESC LIMIT {limit} OFFSET {offset}"
    );
    let rows = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| SummaryRow::from_row(&r)).fetch_all(&db.pool).await?;
    Ok((rows.into_iter().map(SupplierSummary::from).collect(), total))
}

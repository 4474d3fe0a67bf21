//! The candidates for matching: published companies for a tender, open tenders for a company.

use super::DbResult;
use crate::db::{now, prefix_end, Binds, Db};
use crate::words::index_words;
use sqlx::any::AnyRow;
use sqlx::FromRow;
use std::collections::HashMap;

/// How many candidates are scored at most: enough for the best ten, bounded for speed.
const CANDIDATES_MAX: i64 = 300;

/// `c.code` in the CPV division (first two digits) of any of `codes`, as one condition; `None`
/// without codes. Matching starts from these candidates and scores them in Rust.
fn division_ranges(codes: &[String], b: &mut Binds) -> Option<String> {
    let mut divisions: Vec<String> = codes.iter().filter_map(|c| c.get(..2)).map(String::from).collect();
    divisions.sort();
    divisions.dedup();
    let ranges: Vec<String> =
        divisions.iter().map(|d| format!("(c.code >= {} AND c.code < {})", b.text(d.clone()), b.text(prefix_end(d)))).collect();
    (!ranges.is_empty()).then(|| ranges.join(" OR "))
}

/// A published profile as matching reads it.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    pub size: String,
    pub all_eu: bool,
    pub cpv: Vec<String>,
    pub regions: Vec<String>,
    pub words: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct CandidateRow {
    id: i64,
    name: String,
    country: String,
    size: String,
    all_eu: i64,
    capability: String,
    innovation: String,
}

/// Published companies naming a code in the same CPV division as any of `codes`.
pub async fn candidates_for(db: &Db, codes: &[String]) -> DbResult<Vec<Candidate>> {
    let mut b = Binds::default();
    let Some(ranges) = division_ranges(codes, &mut b) else { return Ok(Vec::new()) };
    let limit = b.int(CANDIDATES_MAX);
    let sql = format!(
        "SELECT o.id, o.name, o.country, p.size, p.all_eu, p.capability, p.innovation
         FROM supplier_profiles p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.status = 'published' AND EXISTS (SELECT 1 FROM organisation_cpv c WHERE c.organisation_id = p.organisation_id AND ({}))
         ORDER BY p.published_at DESC LIMIT {limit}",
        ranges
    );
    let rows = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| CandidateRow::from_row(&r)).fetch_all(&db.pool).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut cpv = lists_of(db, "organisation_cpv", "organisation_id", "code", &ids, "").await?;
    let mut regions = lists_of(db, "supplier_regions", "organisation_id", "nuts_code", &ids, "").await?;
    Ok(rows
        .into_iter()
        .map(|r| Candidate {
            organisation_id: r.id,
            name: r.name,
            country: r.country,
            size: r.size,
            all_eu: r.all_eu == 1,
            words: index_words(&format!("{} {}", r.capability, r.innovation)),
            cpv: cpv.remove(&r.id).unwrap_or_default(),
            regions: regions.remove(&r.id).unwrap_or_default(),
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct ListRow {
    owner_id: i64,
    item: String,
}

/// The values of `column` in `table` for each of `owners` (by `owner`), in one query rather than
/// one per owner.
async fn lists_of(db: &Db, table: &str, owner: &str, column: &str, owners: &[i64], and: &str) -> DbResult<HashMap<i64, Vec<String>>> {
    let mut lists: HashMap<i64, Vec<String>> = HashMap::new();
    if owners.is_empty() {
        return Ok(lists);
    }
    let mut b = Binds::default();
    let placeholders: Vec<String> = owners.iter().map(|id| b.int(*id)).collect();
    let sql = format!(
        "SELECT {owner} AS owner_id, {column} AS item FROM {table} WHERE {owner} IN ({}){and} ORDER BY {column}",
        placeholders.join(", ")
    );
    for r in b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| ListRow::from_row(&r)).fetch_all(&db.pool).await? {
        lists.entry(r.owner_id).or_default().push(r.item);
    }
    Ok(lists)
}

/// An open tender as matching reads it.
#[derive(Clone, Debug)]
pub struct OpenTender {
    pub id: i64,
    pub cpv: Vec<String>,
    pub nuts: String,
    pub words: Vec<String>,
    pub published_at: i64,
}

#[derive(sqlx::FromRow)]
struct OpenTenderRow {
    id: i64,
    main_cpv: String,
    nuts_code: String,
    search_text: String,
    published_at: i64,
}

/// Open tenders (published, deadline ahead) with a code in the same CPV division as any of
/// `codes`, published after `since`; the newest first.
pub async fn open_tenders_for(db: &Db, codes: &[String], since: i64) -> DbResult<Vec<OpenTender>> {
    let mut b = Binds::default();
    let Some(ranges) = division_ranges(codes, &mut b) else { return Ok(Vec::new()) };
    let at = b.int(now());
    let since = b.int(since);
    let limit = b.int(CANDIDATES_MAX);
    let sql = format!(
        "SELECT t.id, t.main_cpv, t.nuts_code, t.search_text, t.published_at FROM tenders t
         WHERE t.status = 'published' AND t.submission_deadline > {at} AND t.published_at > {since}
           AND EXISTS (SELECT 1 FROM tender_cpv c WHERE c.tender_id = t.id AND ({}))
         ORDER BY t.published_at DESC LIMIT {limit}",
        ranges
    );
    let rows = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| OpenTenderRow::from_row(&r)).fetch_all(&db.pool).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut additional = lists_of(db, "tender_cpv", "tender_id", "code", &ids, " AND is_main = 0").await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            // The main code first, as matching reads it.
            let mut cpv = vec![r.main_cpv];
            cpv.extend(additional.remove(&r.id).unwrap_or_default());
            OpenTender { id: r.id, cpv, nuts: r.nuts_code, words: index_words(&r.search_text), published_at: r.published_at }
        })
        .collect())
}

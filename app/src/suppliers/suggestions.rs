//! Suggestions from the database: suppliers who may fit a tender, and tenders for a supplier.
//! The candidates on each side come from the repository (codes in the same CPV division), the
//! score and its reasons from `matching`.

use super::matching::{best, score, Match, SupplierSide, TenderSide};
use super::repo::{self, Candidate, Profile};
use crate::db::Db;
use crate::tenders::repo::{self as tenders, Tender, TenderSummary};
use crate::words::index_words;

pub type DbResult<T> = Result<T, sqlx::Error>;

/// How many matches a page or an e-mail shows.
pub const SHOWN: usize = 10;

/// Published companies that may fit `t`, best first, each with its reasons.
pub async fn suppliers_for(db: &Db, t: &Tender) -> DbResult<Vec<(Candidate, Match)>> {
    let mut codes = vec![t.data.main_cpv.clone()];
    codes.extend(t.data.additional_cpv.iter().cloned());
    let words = index_words(&t.data.search_text);
    let side = TenderSide { cpv: &codes, nuts: &t.data.nuts_code, words: &words };
    let scored = repo::candidates_for(db, &codes)
        .await?
        .into_iter()
        .filter(|c| c.organisation_id != t.organisation_id)
        .filter_map(|c| {
            let m = score(&SupplierSide { cpv: &c.cpv, regions: &c.regions, all_eu: c.all_eu, words: &c.words }, &side)?;
            Some((c, m))
        })
        .collect();
    Ok(best(scored, SHOWN))
}

/// Open tenders published after `since` that may fit the company, best first.
pub async fn tenders_for(db: &Db, p: &Profile, since: i64) -> DbResult<Vec<(TenderSummary, Match)>> {
    let words = p.words();
    let side = SupplierSide { cpv: &p.cpv, regions: &p.regions, all_eu: p.all_eu, words: &words };
    let scored: Vec<(i64, Match)> = repo::open_tenders_for(db, &p.cpv, since)
        .await?
        .into_iter()
        .filter_map(|t| Some((t.id, score(&side, &TenderSide { cpv: &t.cpv, nuts: &t.nuts, words: &t.words })?)))
        .collect();
    let ranked = best(scored, SHOWN);
    let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
    let summaries = tenders::summaries(db, &ids).await?;
    Ok(summaries.into_iter().zip(ranked.into_iter().map(|(_, m)| m)).collect())
}

//! Bulk loading of whole published profiles (the generator, the benchmark).

use super::steps::replace_list;
use super::DbResult;
use crate::db::Db;
use crate::reference::Code;
use crate::suppliers::model::Step;
use crate::words::index_words;

/// A company with its whole published profile, to insert at once.
pub struct NewProfile {
    pub name: String,
    pub country: String,
    pub registration_number: String,
    pub size: String,
    pub year_founded: i64,
    pub website: String,
    pub all_eu: bool,
    pub capability: String,
    pub innovation: String,
    pub contact_name: String,
    pub contact_email: String,
    pub cpv: Vec<String>,
    pub regions: Vec<String>,
    pub languages: Vec<String>,
    pub published_at: i64,
}

pub async fn insert_published(db: &Db, profiles: &[NewProfile]) -> DbResult<()> {
    let all_steps = Step::ALL.iter().fold(0, |acc, s| acc | s.bit());
    let mut tx = db.pool.begin().await?;
    for p in profiles {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (kind, name, country, registration_number, verification, created_at)
             VALUES ('company', $1, $2, $3, 'not_required', $4) RETURNING id",
        )
        .bind(&p.name)
        .bind(&p.country)
        .bind(&p.registration_number)
        .bind(p.published_at)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO supplier_profiles (organisation_id, status, size, year_founded, website, all_eu, capability, innovation,
                contact_name, contact_email, steps_done, published_at, updated_at)
             VALUES ($1, 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
        )
        .bind(id)
        .bind(&p.size)
        .bind(p.year_founded)
        .bind(&p.website)
        .bind(p.all_eu as i64)
        .bind(&p.capability)
        .bind(&p.innovation)
        .bind(&p.contact_name)
        .bind(&p.contact_email)
        .bind(all_steps)
        .bind(p.published_at)
        .execute(&mut *tx)
        .await?;
        replace_list(&mut tx, "organisation_cpv", "code", id, &p.cpv).await?;
        replace_list(&mut tx, "supplier_regions", "nuts_code", id, &p.regions).await?;
        replace_list(&mut tx, "supplier_languages", "language", id, &p.languages).await?;
        for w in index_words(&format!("{} {} {}", p.name, p.capability, p.innovation)) {
            sqlx::query("INSERT INTO supplier_words (word, organisation_id) VALUES ($1, $2)").bind(w).bind(id).execute(&mut *tx).await?;
        }
    }
    tx.commit().await
}

pub async fn published_count(db: &Db) -> DbResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM supplier_profiles WHERE status = 'published'").fetch_one(&db.pool).await
}

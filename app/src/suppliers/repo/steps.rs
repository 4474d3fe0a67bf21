//! The onboarding steps: saving each one and recording it as done.

use super::profile::{ensure, reindex};
use super::DbResult;
use crate::db::{now, Db};
use crate::suppliers::model::Step;

pub struct CompanyStep {
    pub name: String,
    pub country: String,
    pub registration_number: String,
    pub vat_number: String,
    pub size: String,
    pub year_founded: Option<i64>,
    pub website: String,
}

/// Records a step as done and the profile as changed; a published profile's index follows.
async fn step_done(tx: &mut sqlx::Transaction<'_, sqlx::Any>, organisation_id: i64, step: Step) -> DbResult<()> {
    // Bit sets without bitwise SQL (the engines spell it alike, but keep to plain arithmetic):
    // add the bit only when it is not set yet.
    sqlx::query(
        "UPDATE supplier_profiles SET updated_at = $1,
            steps_done = CASE WHEN (steps_done / $2) % 2 = 1 THEN steps_done ELSE steps_done + $2 END
         WHERE organisation_id = $3",
    )
    .bind(now())
    .bind(step.bit())
    .bind(organisation_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn save_company(db: &Db, organisation_id: i64, c: &CompanyStep) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE organisations SET name = $1, country = $2, registration_number = $3 WHERE id = $4")
        .bind(&c.name)
        .bind(&c.country)
        .bind(&c.registration_number)
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE supplier_profiles SET vat_number = $1, size = $2, year_founded = $3, website = $4 WHERE organisation_id = $5")
        .bind(&c.vat_number)
        .bind(&c.size)
        .bind(c.year_founded)
        .bind(&c.website)
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    step_done(&mut tx, organisation_id, Step::Company).await?;
    tx.commit().await?;
    reindex(db, organisation_id).await
}

/// Marks a step done that stores nothing itself (the logo step skipped, references finished).
pub async fn mark_step(db: &Db, organisation_id: i64, step: Step) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    step_done(&mut tx, organisation_id, step).await?;
    tx.commit().await
}

pub(super) async fn replace_list(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
    column: &str,
    organisation_id: i64,
    values: &[String],
) -> DbResult<()> {
    sqlx::query(&format!("DELETE FROM {table} WHERE organisation_id = $1")).bind(organisation_id).execute(&mut **tx).await?;
    for v in values {
        sqlx::query(&format!("INSERT INTO {table} (organisation_id, {column}) VALUES ($1, $2)"))
            .bind(organisation_id)
            .bind(v)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn save_offer(
    db: &Db,
    organisation_id: i64,
    cpv: &[String],
    regions: &[String],
    all_eu: bool,
    languages: &[String],
) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    replace_list(&mut tx, "organisation_cpv", "code", organisation_id, cpv).await?;
    replace_list(&mut tx, "supplier_regions", "nuts_code", organisation_id, regions).await?;
    replace_list(&mut tx, "supplier_languages", "language", organisation_id, languages).await?;
    sqlx::query("UPDATE supplier_profiles SET all_eu = $1 WHERE organisation_id = $2")
        .bind(all_eu as i64)
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    step_done(&mut tx, organisation_id, Step::Offer).await?;
    tx.commit().await
}

pub async fn save_about(db: &Db, organisation_id: i64, capability: &str, innovation: &str, certifications: &str) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE supplier_profiles SET capability = $1, innovation = $2, certifications = $3 WHERE organisation_id = $4")
        .bind(capability)
        .bind(innovation)
        .bind(certifications)
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    step_done(&mut tx, organisation_id, Step::About).await?;
    tx.commit().await?;
    reindex(db, organisation_id).await
}

pub async fn save_contact(db: &Db, organisation_id: i64, name: &str, email: &str, phone: &str, weekly_tenders: bool) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "UPDATE supplier_profiles SET contact_name = $1, contact_email = $2, contact_phone = $3, weekly_tenders = $4
         WHERE organisation_id = $5",
    )
    .bind(name)
    .bind(email)
    .bind(phone)
    .bind(weekly_tenders as i64)
    .bind(organisation_id)
    .execute(&mut *tx)
    .await?;
    step_done(&mut tx, organisation_id, Step::Contact).await?;
    tx.commit().await
}

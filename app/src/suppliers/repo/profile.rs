//! The company profile: its types, reading it, the logo, publishing or hiding, deleting, its words in the index.

use super::references::Reference;
use super::DbResult;
use crate::db::{now, Db};
use crate::reference::Code;
use crate::suppliers::model::{ProfileFacts, ProfileStatus};
use crate::words::index_words;

/// A company and its profile, as the owner edits it and the public page shows it (and, whole,
/// in its people's data export).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Profile {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    pub registration_number: String,
    pub status: ProfileStatus,
    pub vat_number: String,
    pub size: String,
    pub year_founded: Option<i64>,
    pub website: String,
    pub logo_key: Option<String>,
    pub logo_type: Option<String>,
    pub all_eu: bool,
    pub capability: String,
    pub innovation: String,
    pub certifications: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub steps_done: i64,
    pub weekly_tenders: bool,
    pub published_at: Option<i64>,
    pub updated_at: i64,
    pub cpv: Vec<String>,
    pub regions: Vec<String>,
    pub languages: Vec<String>,
    pub references: Vec<Reference>,
}

impl Profile {
    pub fn facts(&self) -> ProfileFacts {
        ProfileFacts {
            size: !self.size.is_empty(),
            vat_number: !self.vat_number.is_empty(),
            year_founded: self.year_founded.is_some(),
            website: !self.website.is_empty(),
            logo: self.logo_key.is_some(),
            cpv_codes: self.cpv.len(),
            serves_somewhere: self.all_eu || !self.regions.is_empty(),
            languages: self.languages.len(),
            capability: !self.capability.is_empty(),
            innovation: !self.innovation.is_empty(),
            references: self.references.len(),
            certifications: !self.certifications.is_empty(),
            contact: !self.contact_name.is_empty() && !self.contact_email.is_empty(),
        }
    }

    /// The words the directory finds the company by, and matching compares with tenders.
    pub fn words(&self) -> Vec<String> {
        index_words(&format!("{} {} {}", self.name, self.capability, self.innovation))
    }
}

const PROFILE_COLUMNS: &str =
    "o.id AS organisation_id, o.name, o.country, o.registration_number, p.status, p.vat_number, p.size, p.year_founded, p.website,
    p.logo_key, p.logo_type, p.all_eu, p.capability, p.innovation, p.certifications, p.contact_name, p.contact_email,
    p.contact_phone, p.steps_done, p.weekly_tenders, p.published_at, p.updated_at";

/// The columns of `PROFILE_COLUMNS`.
#[derive(sqlx::FromRow)]
struct ProfileRow {
    organisation_id: i64,
    name: String,
    country: String,
    registration_number: Option<String>,
    status: String,
    vat_number: String,
    size: String,
    year_founded: Option<i64>,
    website: String,
    logo_key: Option<String>,
    logo_type: Option<String>,
    all_eu: i64,
    capability: String,
    innovation: String,
    certifications: String,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    steps_done: i64,
    weekly_tenders: i64,
    published_at: Option<i64>,
    updated_at: i64,
}

impl From<ProfileRow> for Profile {
    fn from(r: ProfileRow) -> Profile {
        Profile {
            organisation_id: r.organisation_id,
            name: r.name,
            country: r.country,
            registration_number: r.registration_number.unwrap_or_default(),
            status: ProfileStatus::parse(&r.status).unwrap_or(ProfileStatus::Draft),
            vat_number: r.vat_number,
            size: r.size,
            year_founded: r.year_founded,
            website: r.website,
            logo_key: r.logo_key,
            logo_type: r.logo_type,
            all_eu: r.all_eu == 1,
            capability: r.capability,
            innovation: r.innovation,
            certifications: r.certifications,
            contact_name: r.contact_name,
            contact_email: r.contact_email,
            contact_phone: r.contact_phone,
            steps_done: r.steps_done,
            weekly_tenders: r.weekly_tenders == 1,
            published_at: r.published_at,
            updated_at: r.updated_at,
            cpv: Vec::new(),
            regions: Vec::new(),
            languages: Vec::new(),
            references: Vec::new(),
        }
    }
}

async fn strings(db: &Db, sql: &str, id: i64) -> DbResult<Vec<String>> {
    sqlx::query_scalar(sql).bind(id).fetch_all(&db.pool).await
}

/// The company's own profile, for its people: started (as a draft) the first time they look.
pub async fn own_profile(db: &Db, organisation_id: i64) -> DbResult<Option<Profile>> {
    ensure(db, organisation_id).await?;
    profile(db, organisation_id).await
}

/// The company's profile with its codes, regions, languages and references (`None`: no profile
/// yet, or the organisation is not a company).
pub async fn profile(db: &Db, organisation_id: i64) -> DbResult<Option<Profile>> {
    let sql = format!(
        "SELECT {PROFILE_COLUMNS} FROM organisations o JOIN supplier_profiles p ON p.organisation_id = o.id
         WHERE o.id = $1 AND o.kind = 'company'"
    );
    let Some(row) = sqlx::query_as::<_, ProfileRow>(&sql).bind(organisation_id).fetch_optional(&db.pool).await? else { return Ok(None) };
    let mut p = Profile::from(row);
    p.cpv = strings(db, "SELECT code FROM organisation_cpv WHERE organisation_id = $1 ORDER BY code", organisation_id).await?;
    p.regions =
        strings(db, "SELECT nuts_code FROM supplier_regions WHERE organisation_id = $1 ORDER BY nuts_code", organisation_id).await?;
    p.languages =
        strings(db, "SELECT language FROM supplier_languages WHERE organisation_id = $1 ORDER BY language", organisation_id).await?;
    p.references = sqlx::query_as(
        "SELECT id, buyer, year, value_eur, description FROM supplier_references WHERE organisation_id = $1 ORDER BY year DESC, id DESC",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some(p))
}

/// A company gets its (draft) profile row the first time its people look at it or save it.
pub(super) async fn ensure(db: &Db, organisation_id: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO supplier_profiles (organisation_id, status, updated_at)
         SELECT id, 'draft', $1 FROM organisations WHERE id = $2 AND kind = 'company'
         ON CONFLICT (organisation_id) DO NOTHING",
    )
    .bind(now())
    .bind(organisation_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CompanyRow {
    id: i64,
    name: String,
}

/// The company registered in `country` under `registration_number` (as normalised), if any.
pub async fn company_by_registration(db: &Db, country: &str, registration_number: &str) -> DbResult<Option<(i64, String)>> {
    let row = sqlx::query_as::<_, CompanyRow>(
        "SELECT id, name FROM organisations WHERE kind = 'company' AND country = $1 AND registration_number = $2",
    )
    .bind(country)
    .bind(registration_number)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (r.id, r.name)))
}

/// The logo's storage key and type; the old key, if any, for the caller to delete.
pub async fn set_logo(db: &Db, organisation_id: i64, logo: Option<(&str, &str)>) -> DbResult<Option<String>> {
    ensure(db, organisation_id).await?;
    let old: Option<String> = sqlx::query_scalar::<_, Option<String>>("SELECT logo_key FROM supplier_profiles WHERE organisation_id = $1")
        .bind(organisation_id)
        .fetch_optional(&db.pool)
        .await?
        .flatten();
    sqlx::query("UPDATE supplier_profiles SET logo_key = $1, logo_type = $2, updated_at = $3 WHERE organisation_id = $4")
        .bind(logo.map(|l| l.0))
        .bind(logo.map(|l| l.1))
        .bind(now())
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(old)
}

pub async fn set_status(db: &Db, organisation_id: i64, status: ProfileStatus) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    let t = now();
    sqlx::query(
        "UPDATE supplier_profiles SET status = $1, updated_at = $2,
            published_at = CASE WHEN $1 = 'published' THEN $2 ELSE published_at END
         WHERE organisation_id = $3",
    )
    .bind(status.code())
    .bind(t)
    .bind(organisation_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Deletes the profile and all it lists (the company and its people stay); the logo's key, for
/// the caller to delete from storage.
pub async fn delete_profile(db: &Db, organisation_id: i64) -> DbResult<Option<String>> {
    let logo = set_logo(db, organisation_id, None).await?;
    let mut tx = db.pool.begin().await?;
    for table in
        ["organisation_cpv", "supplier_regions", "supplier_languages", "supplier_references", "supplier_words", "supplier_profiles"]
    {
        sqlx::query(&format!("DELETE FROM {table} WHERE organisation_id = $1")).bind(organisation_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(logo)
}

/// Rebuilds the company's entries in the directory's word index.
pub async fn reindex(db: &Db, organisation_id: i64) -> DbResult<()> {
    let Some(p) = profile(db, organisation_id).await? else { return Ok(()) };
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM supplier_words WHERE organisation_id = $1").bind(organisation_id).execute(&mut *tx).await?;
    for w in p.words() {
        sqlx::query("INSERT INTO supplier_words (word, organisation_id) VALUES ($1, $2)")
            .bind(w)
            .bind(organisation_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

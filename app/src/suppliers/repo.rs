//! Every SQL statement about supplier profiles: the onboarding steps, publishing, the word index
//! of the directory, directory search and the candidates for matching.

use super::model::{ProfileFacts, ProfileStatus, Step};
use super::search::DirectoryQuery;
use crate::db::{now, prefix_end, Binds, Db};
use crate::reference::Code;
use crate::words::index_words;
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};
use std::collections::HashMap;

pub type DbResult<T> = Result<T, sqlx::Error>;

#[derive(Clone, Debug, PartialEq, serde::Serialize, sqlx::FromRow)]
pub struct Reference {
    pub id: i64,
    pub buyer: String,
    pub year: i64,
    pub value_eur: i64,
    pub description: String,
}

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
async fn ensure(db: &Db, organisation_id: i64) -> DbResult<()> {
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

async fn replace_list(
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

pub async fn add_reference(db: &Db, organisation_id: i64, buyer: &str, year: i64, value_eur: i64, description: &str) -> DbResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO supplier_references (organisation_id, buyer, year, value_eur, description, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(organisation_id)
    .bind(buyer)
    .bind(year)
    .bind(value_eur)
    .bind(description)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn reference_count(db: &Db, organisation_id: i64) -> DbResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM supplier_references WHERE organisation_id = $1")
        .bind(organisation_id)
        .fetch_one(&db.pool)
        .await
}

/// Removes one of the company's own references (another company's id removes nothing).
pub async fn delete_reference(db: &Db, organisation_id: i64, id: i64) -> DbResult<bool> {
    let done = sqlx::query("DELETE FROM supplier_references WHERE id = $1 AND organisation_id = $2")
        .bind(id)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
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

// ---- the directory ----

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

// ---- matching ----

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

// ---- bulk loading (generator, benchmark) ----

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

// ---- the weekly e-mail ----

#[derive(sqlx::FromRow)]
struct WeeklyRow {
    organisation_id: i64,
    tenders_mail_sent_at: i64,
}

/// Companies whose people want the weekly "tenders for you" e-mail and last had it before `due`.
pub async fn weekly_due(db: &Db, due: i64) -> DbResult<Vec<(i64, i64)>> {
    let rows = sqlx::query_as::<_, WeeklyRow>(
        "SELECT organisation_id, tenders_mail_sent_at FROM supplier_profiles
         WHERE weekly_tenders = 1 AND status <> 'draft' AND tenders_mail_sent_at < $1",
    )
    .bind(due)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.organisation_id, r.tenders_mail_sent_at)).collect())
}

pub async fn mark_weekly_sent(db: &Db, organisation_id: i64, at: i64) -> DbResult<()> {
    sqlx::query("UPDATE supplier_profiles SET tenders_mail_sent_at = $1 WHERE organisation_id = $2")
        .bind(at)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_weekly(db: &Db, organisation_id: i64, on: bool) -> DbResult<()> {
    ensure(db, organisation_id).await?;
    sqlx::query("UPDATE supplier_profiles SET weekly_tenders = $1 WHERE organisation_id = $2")
        .bind(on as i64)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

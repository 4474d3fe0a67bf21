//! The tender itself: its row, reading one, storing drafts (and the generator's bulk loads),
//! amending, the life cycle (status moves, award, cancellation, expiry) and deleting drafts.

use super::changes::{insert_change, FieldChange};
use super::DbResult;
use crate::db::{now, AnyQuery, Db};
use crate::reference::Code;
use crate::tenders::model::Status;
use sqlx::any::AnyRow;
use sqlx::Row;

/// A tender's content as the buyer entered it, checked and parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct TenderData {
    pub title: String,
    pub description: String,
    pub contract_type: String,
    pub procedure: String,
    pub innovation: Option<String>,
    pub value_amount: i64,
    pub currency: String,
    pub value_eur: i64,
    pub social_services: bool,
    pub main_cpv: String,
    pub additional_cpv: Vec<String>,
    pub nuts_code: String,
    pub lots: Vec<String>,
    pub questions_deadline: i64,
    pub submission_deadline: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub notice_url: Option<String>,
    pub ted_pending: bool,
    pub above_threshold: bool,
    /// Lower-cased text the search reads (title, description, buyer, CPV labels).
    pub search_text: String,
}

/// A stored tender with its buyer.
#[derive(Clone, Debug)]
pub struct Tender {
    pub id: i64,
    pub organisation_id: i64,
    pub buyer_name: String,
    pub buyer_type: String,
    pub country: String,
    pub time_zone: String,
    pub status: Status,
    pub data: TenderData,
    pub awarded_to: Option<String>,
    pub awarded_value: Option<i64>,
    pub cancel_reason: Option<String>,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Tender {
    /// The status the public sees now (a passed deadline closes a published tender).
    pub fn status_now(&self) -> Status {
        self.status.at(self.data.submission_deadline, now())
    }
}

const TENDER_COLUMNS: &str = "t.id, t.organisation_id, o.name, o.body_type, t.country, t.time_zone, t.status, t.title, \
    t.description, t.contract_type, t.procedure_type, t.innovation, t.value_amount, t.currency, t.value_eur, \
    t.social_services, t.main_cpv, t.nuts_code, t.questions_deadline, t.submission_deadline, t.contact_name, \
    t.contact_email, t.notice_url, t.ted_pending, t.above_threshold, t.search_text, t.awarded_to, t.awarded_value, \
    t.cancel_reason, t.published_at, t.created_at, t.updated_at";

/// The columns of `TENDER_COLUMNS`.
#[derive(sqlx::FromRow)]
struct TenderRow {
    id: i64,
    organisation_id: i64,
    /// The buyer's (`o.name`).
    name: String,
    body_type: Option<String>,
    country: String,
    time_zone: String,
    status: String,
    title: String,
    description: String,
    contract_type: String,
    procedure_type: String,
    innovation: Option<String>,
    value_amount: i64,
    currency: String,
    value_eur: i64,
    social_services: i64,
    main_cpv: String,
    nuts_code: String,
    questions_deadline: i64,
    submission_deadline: i64,
    contact_name: String,
    contact_email: String,
    notice_url: Option<String>,
    ted_pending: i64,
    above_threshold: i64,
    search_text: String,
    awarded_to: Option<String>,
    awarded_value: Option<i64>,
    cancel_reason: Option<String>,
    published_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl From<TenderRow> for Tender {
    fn from(r: TenderRow) -> Tender {
        Tender {
            id: r.id,
            organisation_id: r.organisation_id,
            buyer_name: r.name,
            buyer_type: r.body_type.unwrap_or_default(),
            country: r.country,
            time_zone: r.time_zone,
            status: Status::parse(&r.status).unwrap_or(Status::Draft),
            data: TenderData {
                title: r.title,
                description: r.description,
                contract_type: r.contract_type,
                procedure: r.procedure_type,
                innovation: r.innovation,
                value_amount: r.value_amount,
                currency: r.currency,
                value_eur: r.value_eur,
                social_services: r.social_services != 0,
                main_cpv: r.main_cpv,
                additional_cpv: Vec::new(),
                nuts_code: r.nuts_code,
                lots: Vec::new(),
                questions_deadline: r.questions_deadline,
                submission_deadline: r.submission_deadline,
                contact_name: r.contact_name,
                contact_email: r.contact_email,
                notice_url: r.notice_url,
                ted_pending: r.ted_pending != 0,
                above_threshold: r.above_threshold != 0,
                search_text: r.search_text,
            },
            awarded_to: r.awarded_to,
            awarded_value: r.awarded_value,
            cancel_reason: r.cancel_reason,
            published_at: r.published_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

pub async fn find(db: &Db, id: i64) -> DbResult<Option<Tender>> {
    let sql = format!("SELECT {TENDER_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = $1");
    let Some(row) = sqlx::query_as::<_, TenderRow>(&sql).bind(id).fetch_optional(&db.pool).await? else {
        return Ok(None);
    };
    let mut tender = Tender::from(row);
    tender.data.additional_cpv =
        sqlx::query_scalar::<_, String>("SELECT code FROM tender_cpv WHERE tender_id = $1 AND is_main = 0 ORDER BY code")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    tender.data.lots = sqlx::query_scalar::<_, String>("SELECT title FROM tender_lots WHERE tender_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    Ok(Some(tender))
}

async fn write_codes_and_lots(tx: &mut sqlx::Transaction<'_, sqlx::Any>, id: i64, d: &TenderData) -> DbResult<()> {
    sqlx::query("DELETE FROM tender_cpv WHERE tender_id = $1").bind(id).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM tender_lots WHERE tender_id = $1").bind(id).execute(&mut **tx).await?;
    let mut codes = vec![(d.main_cpv.clone(), 1_i64)];
    codes.extend(d.additional_cpv.iter().filter(|c| **c != d.main_cpv).map(|c| (c.clone(), 0)));
    for (code, main) in codes {
        sqlx::query("INSERT INTO tender_cpv (tender_id, code, is_main) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(code)
            .bind(main)
            .execute(&mut **tx)
            .await?;
    }
    // The search index: the words of the search text, many rows per statement.
    sqlx::query("DELETE FROM tender_words WHERE tender_id = $1").bind(id).execute(&mut **tx).await?;
    for chunk in crate::words::index_words(&d.search_text).chunks(100) {
        let values: Vec<String> = (0..chunk.len()).map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2)).collect();
        let sql = format!("INSERT INTO tender_words (word, tender_id) VALUES {}", values.join(", "));
        let mut q = sqlx::query(&sql);
        for word in chunk {
            q = q.bind(word.as_str()).bind(id);
        }
        q.execute(&mut **tx).await?;
    }
    for (i, lot) in d.lots.iter().enumerate() {
        sqlx::query("INSERT INTO tender_lots (tender_id, position, title) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(lot)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A tender to store as it is, in any status (the generator of demo and benchmark data).
pub struct NewTender {
    pub organisation_id: i64,
    pub created_by: Option<i64>,
    pub country: String,
    pub time_zone: String,
    pub status: Status,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub data: TenderData,
}

/// The columns holding what the buyer entered, in the order `bind_data` binds them.
const DATA_COLUMNS: [&str; 19] = [
    "title",
    "description",
    "contract_type",
    "procedure_type",
    "innovation",
    "value_amount",
    "currency",
    "value_eur",
    "social_services",
    "main_cpv",
    "nuts_code",
    "questions_deadline",
    "submission_deadline",
    "contact_name",
    "contact_email",
    "notice_url",
    "ted_pending",
    "above_threshold",
    "search_text",
];

/// Binds a tender's content, in the order of `DATA_COLUMNS`.
fn bind_data<'q>(q: AnyQuery<'q>, d: &'q TenderData) -> AnyQuery<'q> {
    q.bind(&d.title)
        .bind(&d.description)
        .bind(&d.contract_type)
        .bind(&d.procedure)
        .bind(&d.innovation)
        .bind(d.value_amount)
        .bind(&d.currency)
        .bind(d.value_eur)
        .bind(i64::from(d.social_services))
        .bind(&d.main_cpv)
        .bind(&d.nuts_code)
        .bind(d.questions_deadline)
        .bind(d.submission_deadline)
        .bind(&d.contact_name)
        .bind(&d.contact_email)
        .bind(&d.notice_url)
        .bind(i64::from(d.ted_pending))
        .bind(i64::from(d.above_threshold))
        .bind(&d.search_text)
}

/// `$from, $from+1, …` for `n` parameters.
fn params(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

async fn insert_in(tx: &mut sqlx::Transaction<'_, sqlx::Any>, t: &NewTender) -> DbResult<i64> {
    let n = DATA_COLUMNS.len();
    let sql = format!(
        "INSERT INTO tenders ({}, organisation_id, created_by, status, country, time_zone, published_at, created_at, updated_at)
         VALUES ({}) RETURNING id",
        DATA_COLUMNS.join(", "),
        params(1, n + 8)
    );
    let id: i64 = bind_data(sqlx::query(&sql), &t.data)
        .bind(t.organisation_id)
        .bind(t.created_by)
        .bind(t.status.code())
        .bind(&t.country)
        .bind(&t.time_zone)
        .bind(t.published_at)
        .bind(t.created_at)
        .bind(t.created_at)
        .try_map(|r: AnyRow| r.try_get("id"))
        .fetch_one(&mut **tx)
        .await?;
    write_codes_and_lots(tx, id, &t.data).await?;
    Ok(id)
}

/// Saves a new draft for the organisation; the tender's id.
pub async fn insert_draft(db: &Db, organisation_id: i64, user_id: i64, country: &str, time_zone: &str, d: &TenderData) -> DbResult<i64> {
    let new = NewTender {
        organisation_id,
        created_by: Some(user_id),
        country: country.into(),
        time_zone: time_zone.into(),
        status: Status::Draft,
        published_at: None,
        created_at: now(),
        data: d.clone(),
    };
    let mut tx = db.pool.begin().await?;
    let id = insert_in(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(id)
}

/// Refreshes the planner's statistics (after a bulk load, so searches pick the right indexes).
pub async fn analyze(db: &Db) -> DbResult<()> {
    sqlx::query("ANALYZE").execute(&db.pool).await?;
    Ok(())
}

pub async fn count(db: &Db) -> DbResult<i64> {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tenders").fetch_one(&db.pool).await
}

/// Stores many tenders in one transaction; their ids.
pub async fn insert_many(db: &Db, tenders: &[NewTender]) -> DbResult<Vec<i64>> {
    let mut tx = db.pool.begin().await?;
    let mut ids = Vec::with_capacity(tenders.len());
    for t in tenders {
        ids.push(insert_in(&mut tx, t).await?);
    }
    tx.commit().await?;
    Ok(ids)
}

/// Stores new content. For a published tender each changed field is recorded in the change
/// history (`changes`, as field name, old and new value shown to the public).
pub async fn update(db: &Db, id: i64, user_id: i64, d: &TenderData, changes: &[FieldChange]) -> DbResult<()> {
    let t = now();
    let mut tx = db.pool.begin().await?;
    let n = DATA_COLUMNS.len();
    let set: Vec<String> = DATA_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 1)).collect();
    let sql = format!("UPDATE tenders SET {}, updated_at = ${} WHERE id = ${}", set.join(", "), n + 1, n + 2);
    bind_data(sqlx::query(&sql), d).bind(t).bind(id).execute(&mut *tx).await?;
    write_codes_and_lots(&mut tx, id, d).await?;
    for c in changes {
        insert_change(&mut *tx, id, user_id, &c.field, &c.before, &c.after, t).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Moves a tender from one status to another, only if it is still in `from` (so two clicks or
/// two moderators cannot both act). Whether anything changed.
pub async fn transition(db: &Db, id: i64, from: &[Status], to: Status) -> DbResult<bool> {
    let t = now();
    let allowed: Vec<&str> = from.iter().map(|s| s.code()).collect();
    let placeholders: Vec<String> = (0..allowed.len()).map(|i| format!("${}", i + 4)).collect();
    let sql = format!(
        "UPDATE tenders SET status = $1, updated_at = $2,
            published_at = CASE WHEN $1 = 'published' AND published_at IS NULL THEN $2 ELSE published_at END
         WHERE id = $3 AND status IN ({})",
        placeholders.join(", ")
    );
    let mut q = sqlx::query(&sql).bind(to.code()).bind(t).bind(id);
    for s in allowed {
        q = q.bind(s);
    }
    Ok(q.execute(&db.pool).await?.rows_affected() == 1)
}

pub async fn set_above_threshold(db: &Db, id: i64, above: bool) -> DbResult<()> {
    sqlx::query("UPDATE tenders SET above_threshold = $1 WHERE id = $2").bind(i64::from(above)).bind(id).execute(&db.pool).await?;
    Ok(())
}

pub async fn set_cancel_reason(db: &Db, id: i64, reason: &str) -> DbResult<()> {
    sqlx::query("UPDATE tenders SET cancel_reason = $1 WHERE id = $2").bind(reason).bind(id).execute(&db.pool).await?;
    Ok(())
}

pub async fn set_award(db: &Db, id: i64, winner: &str, value: i64) -> DbResult<()> {
    sqlx::query("UPDATE tenders SET awarded_to = $1, awarded_value = $2 WHERE id = $3")
        .bind(winner)
        .bind(value)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Published tenders whose deadline has passed become closed in the database too (the public
/// already sees them closed); run now and then. How many were closed.
pub async fn close_expired(db: &Db) -> DbResult<u64> {
    let t = now();
    Ok(sqlx::query("UPDATE tenders SET status = 'closed', updated_at = $1 WHERE status = 'published' AND submission_deadline <= $2")
        .bind(t)
        .bind(t)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// Deletes a tender that is still a draft (never public), with everything that hangs on it.
/// Answers the storage keys of its documents, for the caller to remove, or `None` when the
/// tender is no draft (any more).
pub async fn delete_draft(db: &Db, id: i64) -> DbResult<Option<Vec<String>>> {
    let mut tx = db.pool.begin().await?;
    let keys: Vec<String> = sqlx::query_scalar::<_, String>("SELECT object_key FROM tender_documents WHERE tender_id = $1")
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM tenders WHERE id = $1 AND status = 'draft'").bind(id).execute(&mut *tx).await?.rows_affected();
    tx.commit().await?;
    Ok((deleted == 1).then_some(keys))
}

//! Every SQL statement about tenders: drafts, publication and the life cycle, amendments with
//! their change history, search, questions and followers.

use super::model::Status;
use super::search::{SearchQuery, Sort, StatusFilter, ThresholdFilter};
use crate::db::{now, prefix_end, AnyQuery, Binds, Db};
use crate::reference::Code;
use sqlx::any::AnyRow;
use sqlx::Row;

pub type DbResult<T> = Result<T, sqlx::Error>;

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

/// One line of a result list.
#[derive(Clone, Debug)]
pub struct TenderSummary {
    pub id: i64,
    pub title: String,
    pub buyer_name: String,
    pub country: String,
    pub nuts_code: String,
    pub main_cpv: String,
    pub contract_type: String,
    pub procedure: String,
    pub value_amount: i64,
    pub currency: String,
    pub above_threshold: bool,
    pub status: Status,
    pub submission_deadline: i64,
    pub time_zone: String,
    pub published_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Change {
    pub field: String,
    pub old_value: String,
    pub new_value: String,
    pub changed_at: i64,
}

#[derive(Clone, Debug)]
pub struct Question {
    pub id: i64,
    pub question: String,
    pub answer: Option<String>,
    pub asked_at: i64,
    pub answered_at: Option<i64>,
}

const TENDER_COLUMNS: &str = "t.id, t.organisation_id, o.name, o.body_type, t.country, t.time_zone, t.status, t.title, \
    t.description, t.contract_type, t.procedure_type, t.innovation, t.value_amount, t.currency, t.value_eur, \
    t.social_services, t.main_cpv, t.nuts_code, t.questions_deadline, t.submission_deadline, t.contact_name, \
    t.contact_email, t.notice_url, t.ted_pending, t.above_threshold, t.search_text, t.awarded_to, t.awarded_value, \
    t.cancel_reason, t.published_at, t.created_at, t.updated_at";

fn tender_from_row(r: &AnyRow) -> Tender {
    Tender {
        id: r.get(0),
        organisation_id: r.get(1),
        buyer_name: r.get(2),
        buyer_type: r.get::<Option<String>, _>(3).unwrap_or_default(),
        country: r.get(4),
        time_zone: r.get(5),
        status: Status::parse(&r.get::<String, _>(6)).unwrap_or(Status::Draft),
        data: TenderData {
            title: r.get(7),
            description: r.get(8),
            contract_type: r.get(9),
            procedure: r.get(10),
            innovation: r.get(11),
            value_amount: r.get(12),
            currency: r.get(13),
            value_eur: r.get(14),
            social_services: r.get::<i64, _>(15) != 0,
            main_cpv: r.get(16),
            additional_cpv: Vec::new(),
            nuts_code: r.get(17),
            lots: Vec::new(),
            questions_deadline: r.get(18),
            submission_deadline: r.get(19),
            contact_name: r.get(20),
            contact_email: r.get(21),
            notice_url: r.get(22),
            ted_pending: r.get::<i64, _>(23) != 0,
            above_threshold: r.get::<i64, _>(24) != 0,
            search_text: r.get(25),
        },
        awarded_to: r.get(26),
        awarded_value: r.get(27),
        cancel_reason: r.get(28),
        published_at: r.get(29),
        created_at: r.get(30),
        updated_at: r.get(31),
    }
}

pub async fn find(db: &Db, id: i64) -> DbResult<Option<Tender>> {
    let sql = format!("SELECT {TENDER_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = $1");
    let Some(row) = sqlx::query(&sql).bind(id).fetch_optional(&db.pool).await? else {
        return Ok(None);
    };
    let mut tender = tender_from_row(&row);
    tender.data.additional_cpv = sqlx::query("SELECT code FROM tender_cpv WHERE tender_id = $1 AND is_main = 0 ORDER BY code")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    tender.data.lots = sqlx::query("SELECT title FROM tender_lots WHERE tender_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
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
        .fetch_one(&mut **tx)
        .await?
        .get(0);
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
    Ok(sqlx::query("SELECT COUNT(*) FROM tenders").fetch_one(&db.pool).await?.get(0))
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
pub async fn update(db: &Db, id: i64, user_id: i64, d: &TenderData, changes: &[(String, String, String)]) -> DbResult<()> {
    let t = now();
    let mut tx = db.pool.begin().await?;
    let n = DATA_COLUMNS.len();
    let set: Vec<String> = DATA_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 1)).collect();
    let sql = format!("UPDATE tenders SET {}, updated_at = ${} WHERE id = ${}", set.join(", "), n + 1, n + 2);
    bind_data(sqlx::query(&sql), d).bind(t).bind(id).execute(&mut *tx).await?;
    write_codes_and_lots(&mut tx, id, d).await?;
    for (field, old, new) in changes {
        insert_change(&mut *tx, id, user_id, field, old, new, t).await?;
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

pub async fn changes(db: &Db, id: i64) -> DbResult<Vec<Change>> {
    let rows =
        sqlx::query("SELECT field, old_value, new_value, changed_at FROM tender_changes WHERE tender_id = $1 ORDER BY changed_at, id")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.iter().map(|r| Change { field: r.get(0), old_value: r.get(1), new_value: r.get(2), changed_at: r.get(3) }).collect())
}

const SUMMARY_COLUMNS: &str = "t.id, t.title, o.name, t.country, t.nuts_code, t.main_cpv, t.contract_type, t.procedure_type, \
    t.value_amount, t.currency, t.above_threshold, t.status, t.submission_deadline, t.time_zone, t.published_at";

fn summary_from_row(r: &AnyRow) -> TenderSummary {
    TenderSummary {
        id: r.get(0),
        title: r.get(1),
        buyer_name: r.get(2),
        country: r.get(3),
        nuts_code: r.get(4),
        main_cpv: r.get(5),
        contract_type: r.get(6),
        procedure: r.get(7),
        value_amount: r.get(8),
        currency: r.get(9),
        above_threshold: r.get::<i64, _>(10) != 0,
        status: Status::parse(&r.get::<String, _>(11)).unwrap_or(Status::Draft),
        submission_deadline: r.get(12),
        time_zone: r.get(13),
        published_at: r.get(14),
    }
}

/// Public tenders by id, in the order of `ids` (unknown ids and drafts left out).
pub async fn summaries(db: &Db, ids: &[i64]) -> DbResult<Vec<TenderSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = Binds::default();
    let list: Vec<String> = ids.iter().map(|id| b.int(*id)).collect();
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.id IN ({}) AND t.status <> 'draft'",
        list.join(", ")
    );
    let found: Vec<TenderSummary> = b.apply(sqlx::query(&sql)).fetch_all(&db.pool).await?.iter().map(summary_from_row).collect();
    Ok(ids.iter().filter_map(|id| found.iter().find(|t| t.id == *id).cloned()).collect())
}

/// The organisation's tenders, drafts included, most recently changed first.
pub async fn of_organisation(db: &Db, organisation_id: i64) -> DbResult<Vec<TenderSummary>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.organisation_id = $1 ORDER BY t.updated_at DESC, t.id DESC"
    );
    Ok(sqlx::query(&sql).bind(organisation_id).fetch_all(&db.pool).await?.iter().map(summary_from_row).collect())
}

/// The WHERE clause of a public search (published, closed, awarded or cancelled tenders only:
/// never drafts), with its parameters.
fn search_filter(q: &SearchQuery, at: i64, b: &mut Binds) -> String {
    // Listed rather than `<> 'draft'`, so an index on status serves it.
    let mut w: Vec<String> = vec!["t.status IN ('published', 'closed', 'awarded', 'cancelled')".into()];
    for word in q.words() {
        let (from, to) = (b.text(word.clone()), b.text(prefix_end(&word)));
        w.push(format!("t.id IN (SELECT x.tender_id FROM tender_words x WHERE x.word >= {from} AND x.word < {to})"));
    }
    if let Some(c) = &q.country {
        w.push(format!("t.country = {}", b.text(c.code())));
    }
    if let Some(n) = &q.nuts {
        w.push(format!("t.nuts_code >= {} AND t.nuts_code < {}", b.text(n.clone()), b.text(prefix_end(n))));
    }
    if let Some(stem) = q.cpv_stem() {
        w.push(format!(
            "EXISTS (SELECT 1 FROM tender_cpv c WHERE c.tender_id = t.id AND c.code >= {} AND c.code < {})",
            b.text(stem.clone()),
            b.text(prefix_end(&stem))
        ));
    }
    if let Some(c) = q.contract_type {
        w.push(format!("t.contract_type = {}", b.text(c.code())));
    }
    if let Some(p) = q.procedure {
        w.push(format!("t.procedure_type = {}", b.text(p.code())));
    }
    if let Some(i) = q.innovation {
        w.push(format!("t.innovation = {}", b.text(i.code())));
    }
    match q.threshold {
        Some(ThresholdFilter::Above) => w.push("t.above_threshold = 1".into()),
        Some(ThresholdFilter::Below) => w.push("t.above_threshold = 0".into()),
        None => {}
    }
    match q.status {
        StatusFilter::Open => w.push(format!("t.status = 'published' AND t.submission_deadline > {}", b.int(at))),
        StatusFilter::Closed => {
            w.push(format!("(t.status = 'closed' OR (t.status = 'published' AND t.submission_deadline <= {}))", b.int(at)))
        }
        StatusFilter::Awarded => w.push("t.status = 'awarded'".into()),
        StatusFilter::Cancelled => w.push("t.status = 'cancelled'".into()),
        StatusFilter::All => {}
    }
    if let Some(from) = q.deadline_from {
        w.push(format!("t.submission_deadline >= {}", b.int(from)));
    }
    if let Some(to) = q.deadline_to {
        w.push(format!("t.submission_deadline < {}", b.int(to)));
    }
    if let Some(min) = q.value_min {
        w.push(format!("t.value_eur >= {}", b.int(min)));
    }
    if let Some(max) = q.value_max {
        w.push(format!("t.value_eur <= {}", b.int(max)));
    }
    if let Some(since) = q.published_since {
        w.push(format!("t.published_at > {}", b.int(since)));
    }
    if let Some(until) = q.published_until {
        w.push(format!("t.published_at <= {}", b.int(until)));
    }
    w.join(" AND ")
}

fn order_by(sort: Sort) -> &'static str {
    match sort {
        Sort::Deadline => "t.submission_deadline ASC, t.id ASC",
        Sort::Newest => "t.published_at DESC, t.id DESC",
        Sort::Value => "t.value_eur DESC, t.id DESC",
    }
}

/// One page of public search results and the number of all matches.
pub async fn search(db: &Db, q: &SearchQuery, at: i64) -> DbResult<(Vec<TenderSummary>, i64)> {
    let mut b = Binds::default();
    let filter = search_filter(q, at, &mut b);
    let count_sql = format!("SELECT COUNT(*) FROM tenders t WHERE {filter}");
    let total: i64 = b.apply(sqlx::query(&count_sql)).fetch_one(&db.pool).await?.get(0);
    let order = order_by(q.sort);
    let limit = b.int(q.per_page());
    let offset = b.int(q.offset());
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id
         WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    );
    let rows = b.apply(sqlx::query(&sql)).fetch_all(&db.pool).await?;
    Ok((rows.iter().map(summary_from_row).collect(), total))
}

/// The query plan of a search's page query, one line per step, as the database reports it
/// (SQLite `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN` with sequential scans discouraged, so
/// the plan shows whether an index *can* serve the query even on a small table).
pub async fn explain_search(db: &Db, q: &SearchQuery, at: i64) -> DbResult<Vec<String>> {
    let mut b = Binds::default();
    let filter = search_filter(q, at, &mut b);
    let order = order_by(q.sort);
    let select = format!("SELECT t.id FROM tenders t WHERE {filter} ORDER BY {order} LIMIT 20");
    let mut conn = db.pool.acquire().await?;
    let rows = match db.backend {
        crate::db::Backend::Sqlite => {
            let sql = format!("EXPLAIN QUERY PLAN {select}");
            b.apply(sqlx::query(&sql)).fetch_all(&mut *conn).await?.iter().map(|r| r.get::<String, _>(3)).collect()
        }
        crate::db::Backend::Postgres => {
            sqlx::query("SET enable_seqscan = off").execute(&mut *conn).await?;
            let sql = format!("EXPLAIN {select}");
            let plan = b.apply(sqlx::query(&sql)).fetch_all(&mut *conn).await;
            sqlx::query("RESET enable_seqscan").execute(&mut *conn).await?;
            plan?.iter().map(|r| r.get::<String, _>(0)).collect()
        }
    };
    Ok(rows)
}

// ---- questions and followers ----

pub async fn ask(db: &Db, tender_id: i64, asker_id: i64, question: &str) -> DbResult<i64> {
    Ok(sqlx::query("INSERT INTO tender_questions (tender_id, asker_id, question, asked_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(tender_id)
        .bind(asker_id)
        .bind(question)
        .bind(now())
        .fetch_one(&db.pool)
        .await?
        .get(0))
}

/// Answers a question of the tender, once; the asker's id if it was answered now.
pub async fn answer(db: &Db, tender_id: i64, question_id: i64, answer: &str) -> DbResult<Option<Option<i64>>> {
    let row = sqlx::query(
        "UPDATE tender_questions SET answer = $1, answered_at = $2 WHERE id = $3 AND tender_id = $4 AND answer IS NULL RETURNING asker_id",
    )
    .bind(answer)
    .bind(now())
    .bind(question_id)
    .bind(tender_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| r.get(0)))
}

pub async fn questions(db: &Db, tender_id: i64) -> DbResult<Vec<Question>> {
    let rows =
        sqlx::query("SELECT id, question, answer, asked_at, answered_at FROM tender_questions WHERE tender_id = $1 ORDER BY asked_at, id")
            .bind(tender_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows
        .iter()
        .map(|r| Question { id: r.get(0), question: r.get(1), answer: r.get(2), asked_at: r.get(3), answered_at: r.get(4) })
        .collect())
}

pub async fn follow(db: &Db, tender_id: i64, user_id: i64, on: bool) -> DbResult<()> {
    if on {
        sqlx::query("INSERT INTO tender_followers (tender_id, user_id, followed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(tender_id)
            .bind(user_id)
            .bind(now())
            .execute(&db.pool)
            .await?;
    } else {
        sqlx::query("DELETE FROM tender_followers WHERE tender_id = $1 AND user_id = $2")
            .bind(tender_id)
            .bind(user_id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

pub async fn is_following(db: &Db, tender_id: i64, user_id: i64) -> DbResult<bool> {
    let row = sqlx::query("SELECT COUNT(*) FROM tender_followers WHERE tender_id = $1 AND user_id = $2")
        .bind(tender_id)
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(row.get::<i64, _>(0) > 0)
}

/// Followers to tell of a change: address, name and language of each.
pub async fn followers(db: &Db, tender_id: i64) -> DbResult<Vec<(String, String, String)>> {
    let rows =
        sqlx::query("SELECT u.email, u.name, u.locale FROM tender_followers f JOIN users u ON u.id = f.user_id WHERE f.tender_id = $1")
            .bind(tender_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
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

// ---- OCDS releases ----

pub async fn insert_release(db: &Db, tender_id: i64, release_id: &str, at: i64, body: &str) -> DbResult<()> {
    sqlx::query("INSERT INTO tender_releases (tender_id, release_id, released_at, body) VALUES ($1, $2, $3, $4)")
        .bind(tender_id)
        .bind(release_id)
        .bind(at)
        .bind(body)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Stores many releases in one transaction: (tender, release id, date, body).
pub async fn insert_releases(db: &Db, releases: &[(i64, String, i64, String)]) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    for (tender_id, release_id, at, body) in releases {
        sqlx::query("INSERT INTO tender_releases (tender_id, release_id, released_at, body) VALUES ($1, $2, $3, $4)")
            .bind(tender_id)
            .bind(release_id)
            .bind(at)
            .bind(body)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE tenders SET release_seq = release_seq + 1 WHERE id = $1").bind(tender_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The next number in the tender's release sequence (1, 2, …), counted up atomically.
pub async fn next_release_seq(db: &Db, tender_id: i64) -> DbResult<i64> {
    Ok(sqlx::query("UPDATE tenders SET release_seq = release_seq + 1 WHERE id = $1 RETURNING release_seq")
        .bind(tender_id)
        .fetch_one(&db.pool)
        .await?
        .get(0))
}

pub async fn releases_of(db: &Db, tender_id: i64) -> DbResult<Vec<String>> {
    Ok(sqlx::query("SELECT body FROM tender_releases WHERE tender_id = $1 ORDER BY released_at, id")
        .bind(tender_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect())
}

/// Releases dated `since <= date < until`, oldest first: one page, and whether more follow.
pub async fn releases_between(db: &Db, since: i64, until: i64, limit: i64, offset: i64) -> DbResult<(Vec<String>, bool)> {
    let rows = sqlx::query(
        "SELECT body FROM tender_releases WHERE released_at >= $1 AND released_at < $2 ORDER BY released_at, id LIMIT $3 OFFSET $4",
    )
    .bind(since)
    .bind(until)
    .bind(limit + 1)
    .bind(offset)
    .fetch_all(&db.pool)
    .await?;
    let more = rows.len() as i64 > limit;
    Ok((rows.iter().take(limit as usize).map(|r| r.get(0)).collect(), more))
}

// ---- documents ----

#[derive(Clone, Debug)]
pub struct Document {
    pub id: i64,
    pub object_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: i64,
}

fn document_from_row(r: &AnyRow) -> Document {
    Document { id: r.get(0), object_key: r.get(1), file_name: r.get(2), content_type: r.get(3), size: r.get(4), uploaded_at: r.get(5) }
}

pub async fn insert_document(db: &Db, tender_id: i64, key: &str, name: &str, content_type: &str, size: i64, user_id: i64) -> DbResult<i64> {
    Ok(sqlx::query(
        "INSERT INTO tender_documents (tender_id, object_key, file_name, content_type, size, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(tender_id)
    .bind(key)
    .bind(name)
    .bind(content_type)
    .bind(size)
    .bind(user_id)
    .bind(now())
    .fetch_one(&db.pool)
    .await?
    .get(0))
}

pub async fn documents_of(db: &Db, tender_id: i64) -> DbResult<Vec<Document>> {
    let rows = sqlx::query(
        "SELECT id, object_key, file_name, content_type, size, uploaded_at FROM tender_documents WHERE tender_id = $1 ORDER BY uploaded_at, id",
    )
    .bind(tender_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().map(document_from_row).collect())
}

pub async fn document(db: &Db, tender_id: i64, id: i64) -> DbResult<Option<Document>> {
    let row = sqlx::query(
        "SELECT id, object_key, file_name, content_type, size, uploaded_at FROM tender_documents WHERE tender_id = $1 AND id = $2",
    )
    .bind(tender_id)
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.as_ref().map(document_from_row))
}

pub async fn document_count(db: &Db, tender_id: i64) -> DbResult<i64> {
    Ok(sqlx::query("SELECT COUNT(*) FROM tender_documents WHERE tender_id = $1").bind(tender_id).fetch_one(&db.pool).await?.get(0))
}

/// Deletes a tender that is still a draft (never public), with everything that hangs on it.
/// Answers the storage keys of its documents, for the caller to remove, or `None` when the
/// tender is no draft (any more).
pub async fn delete_draft(db: &Db, id: i64) -> DbResult<Option<Vec<String>>> {
    let mut tx = db.pool.begin().await?;
    let keys: Vec<String> = sqlx::query("SELECT object_key FROM tender_documents WHERE tender_id = $1")
        .bind(id)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
    let deleted = sqlx::query("DELETE FROM tenders WHERE id = $1 AND status = 'draft'").bind(id).execute(&mut *tx).await?.rows_affected();
    tx.commit().await?;
    Ok((deleted == 1).then_some(keys))
}

pub async fn delete_document(db: &Db, tender_id: i64, id: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM tender_documents WHERE tender_id = $1 AND id = $2").bind(tender_id).bind(id).execute(&db.pool).await?;
    Ok(())
}

async fn insert_change<'e>(
    e: impl sqlx::Executor<'e, Database = sqlx::Any>,
    tender_id: i64,
    user_id: i64,
    field: &str,
    old: &str,
    new: &str,
    at: i64,
) -> DbResult<()> {
    sqlx::query("INSERT INTO tender_changes (tender_id, user_id, field, old_value, new_value, changed_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(tender_id)
        .bind(user_id)
        .bind(field)
        .bind(old)
        .bind(new)
        .bind(at)
        .execute(e)
        .await?;
    Ok(())
}

/// One entry of a published tender's change history outside the form (documents).
pub async fn record_change(db: &Db, tender_id: i64, user_id: i64, field: &str, old: &str, new: &str) -> DbResult<()> {
    insert_change(&db.pool, tender_id, user_id, field, old, new, now()).await
}

// ---- saved searches ----

#[derive(Clone, Debug)]
pub struct SavedSearch {
    pub id: i64,
    pub name: String,
    /// The query string, without `?`.
    pub query: String,
    pub created_at: i64,
    pub last_sent_at: i64,
}

/// A saved search with its owner, for the digest.
#[derive(Clone, Debug)]
pub struct DigestTarget {
    pub search: SavedSearch,
    pub email: String,
    pub name: String,
    pub locale: String,
}

pub async fn save_search(db: &Db, user_id: i64, name: &str, query: &str) -> DbResult<i64> {
    let t = now();
    // New to the user: tenders published from this second on (digests count whole seconds).
    let seen_until = t - 1;
    Ok(sqlx::query("INSERT INTO saved_searches (user_id, name, query, created_at, last_sent_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(user_id)
        .bind(name)
        .bind(query)
        .bind(t)
        .bind(seen_until)
        .fetch_one(&db.pool)
        .await?
        .get(0))
}

pub async fn saved_searches(db: &Db, user_id: i64) -> DbResult<Vec<SavedSearch>> {
    let rows =
        sqlx::query("SELECT id, name, query, created_at, last_sent_at FROM saved_searches WHERE user_id = $1 ORDER BY created_at, id")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows
        .iter()
        .map(|r| SavedSearch { id: r.get(0), name: r.get(1), query: r.get(2), created_at: r.get(3), last_sent_at: r.get(4) })
        .collect())
}

pub async fn saved_search_count(db: &Db, user_id: i64) -> DbResult<i64> {
    Ok(sqlx::query("SELECT COUNT(*) FROM saved_searches WHERE user_id = $1").bind(user_id).fetch_one(&db.pool).await?.get(0))
}

/// Deletes a user's saved search; whether it was theirs (and is gone).
pub async fn delete_saved_search(db: &Db, user_id: i64, id: i64) -> DbResult<bool> {
    Ok(sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn digest_targets(db: &Db) -> DbResult<Vec<DigestTarget>> {
    let rows = sqlx::query(
        "SELECT s.id, s.name, s.query, s.created_at, s.last_sent_at, u.email, u.name, u.locale
         FROM saved_searches s JOIN users u ON u.id = s.user_id WHERE u.email_verified_at IS NOT NULL ORDER BY s.id",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| DigestTarget {
            search: SavedSearch { id: r.get(0), name: r.get(1), query: r.get(2), created_at: r.get(3), last_sent_at: r.get(4) },
            email: r.get(5),
            name: r.get(6),
            locale: r.get(7),
        })
        .collect())
}

pub async fn mark_digest_sent(db: &Db, id: i64, at: i64) -> DbResult<()> {
    sqlx::query("UPDATE saved_searches SET last_sent_at = $1 WHERE id = $2").bind(at).bind(id).execute(&db.pool).await?;
    Ok(())
}

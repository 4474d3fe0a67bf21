//! Public search (filter, order, page, query plan) and the result-list lines it answers with.

use super::DbResult;
use crate::db::{prefix_end, Binds, Db};
use crate::reference::Code;
use crate::tenders::model::Status;
use crate::tenders::search::{SearchQuery, Sort, StatusFilter, ThresholdFilter};
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

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

const SUMMARY_COLUMNS: &str = "t.id, t.title, o.name, t.country, t.nuts_code, t.main_cpv, t.contract_type, t.procedure_type, \
    t.value_amount, t.currency, t.above_threshold, t.status, t.submission_deadline, t.time_zone, t.published_at";

/// The columns of `SUMMARY_COLUMNS`.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    title: String,
    /// The buyer's (`o.name`).
    name: String,
    country: String,
    nuts_code: String,
    main_cpv: String,
    contract_type: String,
    procedure_type: String,
    value_amount: i64,
    currency: String,
    above_threshold: i64,
    status: String,
    submission_deadline: i64,
    time_zone: String,
    published_at: Option<i64>,
}

impl From<SummaryRow> for TenderSummary {
    fn from(r: SummaryRow) -> TenderSummary {
        TenderSummary {
            id: r.id,
            title: r.title,
            buyer_name: r.name,
            country: r.country,
            nuts_code: r.nuts_code,
            main_cpv: r.main_cpv,
            contract_type: r.contract_type,
            procedure: r.procedure_type,
            value_amount: r.value_amount,
            currency: r.currency,
            above_threshold: r.above_threshold != 0,
            status: Status::parse(&r.status).unwrap_or(Status::Draft),
            submission_deadline: r.submission_deadline,
            time_zone: r.time_zone,
            published_at: r.published_at,
        }
    }
}

/// A step of SQLite's `EXPLAIN QUERY PLAN`.
#[derive(sqlx::FromRow)]
struct SqlitePlanRow {
    detail: String,
}

/// A line of PostgreSQL's `EXPLAIN`.
#[derive(sqlx::FromRow)]
struct PostgresPlanRow {
    #[sqlx(rename = "QUERY PLAN")]
    line: String,
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
    let found: Vec<TenderSummary> = b
        .apply(sqlx::query(&sql))
        .try_map(|r: AnyRow| SummaryRow::from_row(&r))
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(TenderSummary::from)
        .collect();
    Ok(ids.iter().filter_map(|id| found.iter().find(|t| t.id == *id).cloned()).collect())
}

/// The organisation's tenders, drafts included, most recently changed first.
pub async fn of_organisation(db: &Db, organisation_id: i64) -> DbResult<Vec<TenderSummary>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.organisation_id = $1 ORDER BY t.updated_at DESC, t.id DESC"
    );
    let rows = sqlx::query_as::<_, SummaryRow>(&sql).bind(organisation_id).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(TenderSummary::from).collect())
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
    let count_sql = format!("SELECT COUNT(*) AS total FROM tenders t WHERE {filter}");
    let total: i64 = b.apply(sqlx::query(&count_sql)).try_map(|r: AnyRow| r.try_get("total")).fetch_one(&db.pool).await?;
    let order = order_by(q.sort);
    let limit = b.int(q.per_page());
    let offset = b.int(q.offset());
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM tenders t JOIN organisations o ON o.id = t.organisation_id
         WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    );
    let rows = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| SummaryRow::from_row(&r)).fetch_all(&db.pool).await?;
    Ok((rows.into_iter().map(TenderSummary::from).collect(), total))
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
            let steps = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| SqlitePlanRow::from_row(&r)).fetch_all(&mut *conn).await?;
            steps.into_iter().map(|s| s.detail).collect()
        }
        crate::db::Backend::Postgres => {
            sqlx::query("SET enable_seqscan = off").execute(&mut *conn).await?;
            let sql = format!("EXPLAIN {select}");
            let plan = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| PostgresPlanRow::from_row(&r)).fetch_all(&mut *conn).await;
            sqlx::query("RESET enable_seqscan").execute(&mut *conn).await?;
            plan?.into_iter().map(|l| l.line).collect()
        }
    };
    Ok(rows)
}

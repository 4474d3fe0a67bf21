//! Every SQL statement about public-body profiles and partner posts: the procurement contact and
//! interests of a body, posts, their search, and the bodies interested in each.

use super::model::{split_codes, PostStatus};
use super::search::{like_pattern, PostQuery, PER_PAGE};
use crate::db::{now, Binds, Db};
use crate::reference::Code;
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

pub type DbResult<T> = Result<T, sqlx::Error>;

/// What a public body says about itself beyond its registration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BodyProfile {
    pub contact_name: String,
    pub contact_email: String,
    /// Theme codes, in the order of the list.
    pub themes: Vec<String>,
    /// Interest CPV codes, in code order.
    pub cpv: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    contact_name: Option<String>,
    contact_email: Option<String>,
    themes: Option<String>,
}

pub async fn profile(db: &Db, organisation_id: i64) -> DbResult<BodyProfile> {
    let row = sqlx::query_as::<_, ProfileRow>("SELECT contact_name, contact_email, themes FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(BodyProfile::default()) };
    let cpv = sqlx::query_scalar("SELECT code FROM organisation_cpv WHERE organisation_id = $1 ORDER BY code")
        .bind(organisation_id)
        .fetch_all(&db.pool)
        .await?;
    Ok(BodyProfile {
        contact_name: row.contact_name.unwrap_or_default(),
        contact_email: row.contact_email.unwrap_or_default(),
        themes: split_codes(&row.themes.unwrap_or_default()),
        cpv,
    })
}

/// Replaces the body's contact, themes and interest codes.
pub async fn save_profile(db: &Db, organisation_id: i64, p: &BodyProfile) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE organisations SET contact_name = $1, contact_email = $2, themes = $3 WHERE id = $4")
        .bind(&p.contact_name)
        .bind(&p.contact_email)
        .bind(p.themes.join(","))
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM organisation_cpv WHERE organisation_id = $1").bind(organisation_id).execute(&mut *tx).await?;
    for code in &p.cpv {
        sqlx::query("INSERT INTO organisation_cpv (organisation_id, code) VALUES ($1, $2)")
            .bind(organisation_id)
            .bind(code)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

// ---- partner posts ----

/// A post as its author wrote it, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct PostData {
    pub title: String,
    pub theme: String,
    pub description: String,
    pub cpv_code: Option<String>,
    pub timeline: String,
    /// Country codes sought; none means any country.
    pub countries: Vec<String>,
}

/// A stored post with its public body.
#[derive(Clone, Debug)]
pub struct PartnerPost {
    pub id: i64,
    pub organisation_id: i64,
    pub body_name: String,
    pub body_country: String,
    /// Whether the body is verified (posts of others are nobody's business).
    pub body_verified: bool,
    pub status: PostStatus,
    pub data: PostData,
    pub created_at: i64,
}

const POST_COLUMNS: &str = "p.id, p.organisation_id, o.name AS body_name, o.country AS body_country, \
    o.verification AS body_verification, p.status, p.title, p.theme, p.description, p.cpv_code, p.timeline, p.countries, \
    p.created_at";

/// The columns of `POST_COLUMNS`.
#[derive(sqlx::FromRow)]
struct PostRow {
    id: i64,
    organisation_id: i64,
    body_name: String,
    body_country: String,
    body_verification: String,
    status: String,
    title: String,
    theme: String,
    description: String,
    cpv_code: Option<String>,
    timeline: String,
    countries: String,
    created_at: i64,
}

impl From<PostRow> for PartnerPost {
    fn from(r: PostRow) -> PartnerPost {
        PartnerPost {
            id: r.id,
            organisation_id: r.organisation_id,
            body_name: r.body_name,
            body_country: r.body_country,
            body_verified: r.body_verification == "verified",
            status: PostStatus::parse(&r.status).unwrap_or(PostStatus::Closed),
            data: PostData {
                title: r.title,
                theme: r.theme,
                description: r.description,
                cpv_code: r.cpv_code,
                timeline: r.timeline,
                countries: split_codes(&r.countries),
            },
            created_at: r.created_at,
        }
    }
}

pub async fn insert_post(db: &Db, organisation_id: i64, author_id: i64, d: &PostData) -> DbResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO partner_posts (organisation_id, author_id, title, theme, description, cpv_code, timeline, countries, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9) RETURNING id",
    )
    .bind(organisation_id)
    .bind(author_id)
    .bind(&d.title)
    .bind(&d.theme)
    .bind(&d.description)
    .bind(&d.cpv_code)
    .bind(&d.timeline)
    .bind(d.countries.join(","))
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn find_post(db: &Db, id: i64) -> DbResult<Option<PartnerPost>> {
    let sql = format!("SELECT {POST_COLUMNS} FROM partner_posts p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1");
    Ok(sqlx::query_as::<_, PostRow>(&sql).bind(id).fetch_optional(&db.pool).await?.map(PartnerPost::from))
}

/// Closes an open post; whether it was open.
pub async fn close_post(db: &Db, id: i64) -> DbResult<bool> {
    Ok(sqlx::query("UPDATE partner_posts SET status = 'closed' WHERE id = $1 AND status = 'open'")
        .bind(id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

/// The open posts of a body, newest first.
pub async fn open_posts_of(db: &Db, organisation_id: i64) -> DbResult<Vec<PartnerPost>> {
    let sql = format!(
        "SELECT {POST_COLUMNS} FROM partner_posts p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.organisation_id = $1 AND p.status = 'open' ORDER BY p.created_at DESC, p.id DESC"
    );
    Ok(sqlx::query_as::<_, PostRow>(&sql).bind(organisation_id).fetch_all(&db.pool).await?.into_iter().map(PartnerPost::from).collect())
}

/// The WHERE clause of the public list (open posts of verified bodies) with its parameters.
fn search_filter(q: &PostQuery, b: &mut Binds) -> String {
    let mut w: Vec<String> = vec!["p.status = 'open'".into(), "o.verification = 'verified'".into()];
    if let Some(t) = q.theme {
        w.push(format!("p.theme = {}", b.text(t.code())));
    }
    if let Some(c) = q.country {
        w.push(format!("o.country = {}", b.text(c.code())));
    }
    if let Some(c) = q.seeking {
        // Stored as `FI,EE`: framed in commas, a code matches only whole.
        w.push(format!("(p.countries = '' OR ',' || p.countries || ',' LIKE {})", b.text(format!("%,{},%", c.code()))));
    }
    // Few posts, so a scan with LIKE is cheap; both sides lower-cased (SQLite folds ASCII only,
    // so there "Ä" only matches "ä" as typed).
    for word in q.words() {
        let p = b.text(like_pattern(&word));
        w.push(format!("(lower(p.title) LIKE {p} ESCAPE '\\' OR lower(p.description) LIKE {p} ESCAPE '\\')"));
    }
    w.join(" AND ")
}

/// One page of open posts, newest first, and the number of all matches.
pub async fn search_posts(db: &Db, q: &PostQuery) -> DbResult<(Vec<PartnerPost>, i64)> {
    let mut b = Binds::default();
    let filter = search_filter(q, &mut b);
    let from = "partner_posts p JOIN organisations o ON o.id = p.organisation_id";
    let count_sql = format!("SELECT COUNT(*) AS total FROM {from} WHERE {filter}");
    let total: i64 = b.apply(sqlx::query(&count_sql)).try_map(|r: AnyRow| r.try_get("total")).fetch_one(&db.pool).await?;
    let limit = b.int(PER_PAGE);
    let offset = b.int(q.offset());
    let sql =
        format!("SELECT {POST_COLUMNS} FROM {from} WHERE {filter} ORDER BY p.created_at DESC, p.id DESC LIMIT {limit} OFFSET {offset}");
    let rows = b.apply(sqlx::query(&sql)).try_map(|r: AnyRow| PostRow::from_row(&r)).fetch_all(&db.pool).await?;
    Ok((rows.into_iter().map(PartnerPost::from).collect(), total))
}

// ---- interest from other bodies ----

/// A body that expressed interest in a post.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Interest {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    pub conversation_id: Option<i64>,
    pub created_at: i64,
}

/// The fields of `Interest`, by name.
const INTEREST_COLUMNS: &str = "i.organisation_id, o.name, o.country, i.conversation_id, i.created_at";

/// Every body interested in the post, first come first.
pub async fn interests(db: &Db, post_id: i64) -> DbResult<Vec<Interest>> {
    let sql = format!(
        "SELECT {INTEREST_COLUMNS} FROM partner_interests i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.post_id = $1 ORDER BY i.created_at, i.organisation_id"
    );
    sqlx::query_as(&sql).bind(post_id).fetch_all(&db.pool).await
}

/// The interest of one body in the post, if it expressed any.
pub async fn interest(db: &Db, post_id: i64, organisation_id: i64) -> DbResult<Option<Interest>> {
    let sql = format!(
        "SELECT {INTEREST_COLUMNS} FROM partner_interests i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.post_id = $1 AND i.organisation_id = $2"
    );
    sqlx::query_as(&sql).bind(post_id).bind(organisation_id).fetch_optional(&db.pool).await
}

/// Records a body's interest, once: false if it had already expressed it (so two clicks, or two
/// colleagues at once, cannot both start a conversation).
pub async fn claim_interest(db: &Db, post_id: i64, organisation_id: i64, user_id: i64) -> DbResult<bool> {
    Ok(sqlx::query(
        "INSERT INTO partner_interests (post_id, organisation_id, user_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (post_id, organisation_id) DO NOTHING",
    )
    .bind(post_id)
    .bind(organisation_id)
    .bind(user_id)
    .bind(now())
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

pub async fn set_interest_conversation(db: &Db, post_id: i64, organisation_id: i64, conversation_id: i64) -> DbResult<()> {
    sqlx::query("UPDATE partner_interests SET conversation_id = $1 WHERE post_id = $2 AND organisation_id = $3")
        .bind(conversation_id)
        .bind(post_id)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Takes back a claim whose conversation could not be started.
pub async fn drop_interest(db: &Db, post_id: i64, organisation_id: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM partner_interests WHERE post_id = $1 AND organisation_id = $2")
        .bind(post_id)
        .bind(organisation_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Expressions of interest in the body's open partner posts.
pub async fn interest_in_open_posts(db: &Db, organisation_id: i64) -> DbResult<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM partner_interests i JOIN partner_posts p ON p.id = i.post_id
         WHERE p.organisation_id = $1 AND p.status = 'open'",
    )
    .bind(organisation_id)
    .fetch_one(&db.pool)
    .await
}

//! Every SQL statement about knowledge items: loading content files, the items the search index
//! holds, one item with its versions, and the way of a contributed case (draft, submitted,
//! returned, published, retired).

use super::content::ContentItem;
use super::model::{Facts, Kind, Provenance, Status, Text};
use crate::db::{now, Db};
use crate::reference::Code;

pub type DbResult<T> = Result<T, sqlx::Error>;

/// A knowledge item as stored, its JSON documents decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: i64,
    pub slug: String,
    pub status: Status,
    pub organisation_id: Option<i64>,
    pub facts: Facts,
    pub provenance: Provenance,
    /// The original first.
    pub texts: Vec<Text>,
    pub version: i64,
    pub review_comment: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub revision: i64,
}

impl Item {
    pub fn kind(&self) -> Kind {
        self.facts.kind()
    }

    pub fn original(&self) -> &Text {
        &self.texts[0]
    }

    /// The text in `lang` if there is one, else the original.
    pub fn text_in(&self, lang: &str) -> &Text {
        self.texts.iter().find(|t| t.lang == lang).unwrap_or(&self.texts[0])
    }

    pub fn languages(&self) -> Vec<&str> {
        self.texts.iter().map(|t| t.lang.as_str()).collect()
    }
}

const ITEM_COLUMNS: &str = "id, slug, status, organisation_id, facts, provenance, texts, version, review_comment, \
     created_by, created_at, updated_at, published_at, revision";

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    slug: String,
    status: String,
    organisation_id: Option<i64>,
    facts: String,
    provenance: String,
    texts: String,
    version: i64,
    review_comment: String,
    created_by: Option<i64>,
    created_at: i64,
    updated_at: i64,
    published_at: Option<i64>,
    revision: i64,
}

fn decode_error(what: &str, e: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Decode(format!("knowledge item {what}: {e}").into())
}

impl TryFrom<ItemRow> for Item {
    type Error = sqlx::Error;
    fn try_from(r: ItemRow) -> Result<Self, Self::Error> {
        let texts: Vec<Text> = serde_json::from_str(&r.texts).map_err(|e| decode_error("texts", e))?;
        if texts.is_empty() {
            return Err(decode_error("texts", "none"));
        }
        Ok(Item {
            id: r.id,
            status: Status::parse(&r.status).ok_or_else(|| decode_error("status", &r.status))?,
            facts: serde_json::from_str(&r.facts).map_err(|e| decode_error("facts", e))?,
            provenance: serde_json::from_str(&r.provenance).map_err(|e| decode_error("provenance", e))?,
            slug: r.slug,
            organisation_id: r.organisation_id,
            texts,
            version: r.version,
            review_comment: r.review_comment,
            created_by: r.created_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
            published_at: r.published_at,
            revision: r.revision,
        })
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn items(rows: Vec<ItemRow>) -> DbResult<Vec<Item>> {
    rows.into_iter().map(Item::try_from).collect()
}

pub async fn by_slug(db: &Db, slug: &str) -> DbResult<Option<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE slug = $1");
    sqlx::query_as::<_, ItemRow>(&sql).bind(slug).fetch_optional(&db.pool).await?.map(Item::try_from).transpose()
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE id = $1");
    sqlx::query_as::<_, ItemRow>(&sql).bind(id).fetch_optional(&db.pool).await?.map(Item::try_from).transpose()
}

/// Published items by id (the search index gives ids; the page shows the stored items).
pub async fn published_by_ids(db: &Db, ids: &[i64]) -> DbResult<Vec<Item>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",");
    let sql = format!("SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE status = 'published' AND id IN ({list})");
    items(sqlx::query_as::<_, ItemRow>(&sql).fetch_all(&db.pool).await?)
}

/// Every item's id and revision: what a search index compares with what it holds.
pub async fn revisions(db: &Db) -> DbResult<Vec<(i64, i64)>> {
    sqlx::query_as::<_, (i64, i64)>("SELECT id, revision FROM knowledge_items WHERE status = 'published'").fetch_all(&db.pool).await
}

/// Published items with a revision the index does not hold (all of them for an empty index).
pub async fn published_in(db: &Db, ids: &[i64]) -> DbResult<Vec<Item>> {
    let mut all = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        all.extend(published_by_ids(db, chunk).await?);
    }
    Ok(all)
}

/// The public body a case's buyer is on the platform, by one of its names in its country.
async fn body_named(db: &Db, country: &str, names: &[&str]) -> DbResult<Option<i64>> {
    for name in names.iter().filter(|n| !n.is_empty()) {
        let id = sqlx::query_scalar::<_, i64>(
            "SELECT id FROM organisations WHERE kind = 'public_body' AND country = $1 AND LOWER(name) = LOWER($2) ORDER BY id LIMIT 1",
        )
        .bind(country)
        .bind(*name)
        .fetch_optional(&db.pool)
        .await?;
        if id.is_some() {
            return Ok(id);
        }
    }
    Ok(None)
}

/// What loading a content file did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    Added,
    Updated,
    Unchanged,
}

/// Loads one content item: new, a new published version if its files changed since the last
/// load, or nothing. An edit made on the platform since then stays unless the files change.
pub async fn load_content(db: &Db, item: &ContentItem) -> DbResult<Loaded> {
    let at = now();
    let existing: Option<(i64, String)> =
        sqlx::query_as("SELECT id, content_hash FROM knowledge_items WHERE slug = $1").bind(&item.slug).fetch_optional(&db.pool).await?;
    let organisation_id = match &item.facts {
        Facts::Case(f) => {
            let mut names = vec![f.buyer_name.as_str()];
            names.extend(f.buyer_names.iter().map(String::as_str));
            body_named(db, &f.country, &names).await?
        }
        Facts::Material(_) => None,
    };
    let (facts, provenance, texts) = (json(&item.facts), json(&item.provenance), json(&item.texts));
    let mut tx = db.pool.begin().await?;
    let id = match &existing {
        Some((id, hash)) => {
            if *hash == item.hash {
                return Ok(Loaded::Unchanged);
            }
            sqlx::query(
                "UPDATE knowledge_items SET status = 'published', organisation_id = COALESCE(organisation_id, $1), facts = $2, \
                 provenance = $3, texts = $4, version = version + 1, content_hash = $5, updated_at = $6, published_at = $6, \
                 revision = revision + 1 WHERE id = $7",
            )
            .bind(organisation_id)
            .bind(&facts)
            .bind(&provenance)
            .bind(&texts)
            .bind(&item.hash)
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            *id
        }
        None => {
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO knowledge_items (slug, kind, status, organisation_id, facts, provenance, texts, version, content_hash, \
                 created_at, updated_at, published_at) VALUES ($1, $2, 'published', $3, $4, $5, $6, 1, $7, $8, $8, $8) RETURNING id",
            )
            .bind(&item.slug)
            .bind(item.facts.kind().code())
            .bind(organisation_id)
            .bind(&facts)
            .bind(&provenance)
            .bind(&texts)
            .bind(&item.hash)
            .bind(at)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    record_version(&mut tx, id, None, at, Status::Published).await?;
    tx.commit().await?;
    Ok(if existing.is_some() { Loaded::Updated } else { Loaded::Added })
}

/// Keeps the item's current text as its newest version (submitted or published), with what
/// changed since the one before.
async fn record_version(tx: &mut sqlx::Transaction<'_, sqlx::Any>, id: i64, by: Option<i64>, at: i64, event: Status) -> DbResult<()> {
    let (facts, provenance, texts): (String, String, String) =
        sqlx::query_as("SELECT facts, provenance, texts FROM knowledge_items WHERE id = $1").bind(id).fetch_one(&mut **tx).await?;
    let version: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) + 1 FROM knowledge_versions WHERE item_id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    let before: Option<(String, String, String)> =
        sqlx::query_as("SELECT facts, provenance, texts FROM knowledge_versions WHERE item_id = $1 ORDER BY version DESC LIMIT 1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    let changes = match before {
        Some((f, p, t)) => super::history::changed_fields((&f, &p, &t), (&facts, &provenance, &texts)),
        None => Vec::new(),
    };
    sqlx::query(
        "INSERT INTO knowledge_versions (item_id, version, facts, provenance, texts, published_at, published_by, event, changes) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(version)
    .bind(&facts)
    .bind(&provenance)
    .bind(&texts)
    .bind(at)
    .bind(by)
    .bind(event.code())
    .bind(json(&changes))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A kept version, newest first in [`versions`]: when it was submitted or published, by whom.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Version {
    pub version: i64,
    pub published_at: i64,
    pub published_by_name: Option<String>,
    /// `submitted` or `published`.
    pub event: String,
    pub changes: String,
}

impl Version {
    pub fn changed(&self) -> Vec<String> {
        serde_json::from_str(&self.changes).unwrap_or_default()
    }
}

pub async fn versions(db: &Db, item_id: i64) -> DbResult<Vec<Version>> {
    sqlx::query_as::<_, Version>(
        "SELECT v.version, v.published_at, u.name AS published_by_name, v.event, v.changes FROM knowledge_versions v \
         LEFT JOIN users u ON u.id = v.published_by WHERE v.item_id = $1 ORDER BY v.version DESC",
    )
    .bind(item_id)
    .fetch_all(&db.pool)
    .await
}

// ---- contributed cases ----

/// A case a buyer writes for its own public body: a draft.
pub async fn create_draft(
    db: &Db,
    slug: &str,
    organisation_id: Option<i64>,
    user_id: i64,
    facts: &Facts,
    provenance: &Provenance,
    text: &Text,
) -> DbResult<i64> {
    let at = now();
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO knowledge_items (slug, kind, status, organisation_id, facts, provenance, texts, created_by, created_at, updated_at) \
         VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(slug)
    .bind(facts.kind().code())
    .bind(organisation_id)
    .bind(json(facts))
    .bind(json(provenance))
    .bind(json(&vec![text.clone()]))
    .bind(user_id)
    .bind(at)
    .fetch_one(&db.pool)
    .await
}

/// Replaces the original text and facts of an item (a buyer's draft, or a moderator's edit of
/// any item; a moderator's edit of a published item is published at once as a new version).
pub async fn save(db: &Db, id: i64, facts: &Facts, provenance: &Provenance, text: &Text, publish_by: Option<i64>) -> DbResult<()> {
    let at = now();
    let item = by_id(db, id).await?.ok_or(sqlx::Error::RowNotFound)?;
    let mut texts = item.texts.clone();
    texts[0] = text.clone();
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "UPDATE knowledge_items SET facts = $1, provenance = $2, texts = $3, updated_at = $4, revision = revision + 1 WHERE id = $5",
    )
    .bind(json(facts))
    .bind(json(provenance))
    .bind(json(&texts))
    .bind(at)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if let Some(by) = publish_by.filter(|_| item.status == Status::Published) {
        sqlx::query("UPDATE knowledge_items SET version = version + 1, published_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        record_version(&mut tx, id, Some(by), at, Status::Published).await?;
    }
    tx.commit().await
}

/// Moves an item to `to` when it is in one of `from` (false when it was not: nothing changed).
/// Submitting and publishing keep the text as a new version.
pub async fn move_to(db: &Db, id: i64, from: &[Status], to: Status, by: i64, comment: &str) -> DbResult<bool> {
    let at = now();
    let from_list = from.iter().map(|s| format!("'{}'", s.code())).collect::<Vec<_>>().join(",");
    let mut tx = db.pool.begin().await?;
    let bump = if to == Status::Published { ", version = version + 1, published_at = $3" } else { "" };
    let sql = format!(
        "UPDATE knowledge_items SET status = $1, review_comment = $2, updated_at = $3, revision = revision + 1{bump} \
         WHERE id = $4 AND status IN ({from_list})"
    );
    let done = sqlx::query(&sql).bind(to.code()).bind(comment).bind(at).bind(id).execute(&mut *tx).await?.rows_affected() == 1;
    if done && matches!(to, Status::Published | Status::Submitted) {
        record_version(&mut tx, id, Some(by), at, to).await?;
    }
    tx.commit().await?;
    Ok(done)
}

/// A public body's own cases, newest change first (its drafts, submitted, returned and published ones).
pub async fn of_body(db: &Db, organisation_id: i64) -> DbResult<Vec<Item>> {
    let sql = format!(
        "SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE organisation_id = $1 AND kind = 'case' ORDER BY updated_at DESC, id DESC"
    );
    items(sqlx::query_as::<_, ItemRow>(&sql).bind(organisation_id).fetch_all(&db.pool).await?)
}

/// The moderators' queue: submitted cases, oldest first.
pub async fn submitted(db: &Db) -> DbResult<Vec<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE status = 'submitted' ORDER BY updated_at, id");
    items(sqlx::query_as::<_, ItemRow>(&sql).fetch_all(&db.pool).await?)
}

/// Whether a slug is taken (by any item, retired ones included: addresses are for ever).
pub async fn slug_taken(db: &Db, slug: &str) -> DbResult<bool> {
    Ok(sqlx::query_scalar::<_, i64>("SELECT id FROM knowledge_items WHERE slug = $1").bind(slug).fetch_optional(&db.pool).await?.is_some())
}

/// The newest published items for the feed, newest first.
pub async fn newest(db: &Db, limit: i64) -> DbResult<Vec<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM knowledge_items WHERE status = 'published' ORDER BY published_at DESC, id DESC LIMIT $1");
    items(sqlx::query_as::<_, ItemRow>(&sql).bind(limit).fetch_all(&db.pool).await?)
}

/// The body's name for a case page's "ask this buyer".
pub async fn body_name(db: &Db, organisation_id: i64) -> DbResult<Option<String>> {
    sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1").bind(organisation_id).fetch_optional(&db.pool).await
}

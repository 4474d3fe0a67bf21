//! Every SQL statement about who belongs to an organisation: owners, invitations sent by e-mail
//! and requests to join a company that is already registered.

use super::repo::{normalise_email, DbResult, Member};
use crate::db::{now, Db};
use crate::i18n::Locale;
use sqlx::FromRow;

/// How long an invitation link stays valid.
pub const INVITATION_LIFETIME: i64 = 7 * 24 * 3600;

#[derive(Clone, Debug)]
pub struct Colleague {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub owner: bool,
}

#[derive(FromRow)]
struct ColleagueRow {
    id: i64,
    name: String,
    email: String,
    org_role: String,
}

pub async fn colleagues(db: &Db, org: i64) -> DbResult<Vec<Colleague>> {
    Ok(sqlx::query_as::<_, ColleagueRow>("SELECT id, name, email, org_role FROM users WHERE organisation_id = $1 ORDER BY id")
        .bind(org)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| Colleague { id: r.id, name: r.name, email: r.email, owner: r.org_role == "owner" })
        .collect())
}

pub async fn is_owner(db: &Db, user_id: i64, org: i64) -> DbResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1 AND organisation_id = $2 AND org_role = 'owner'")
        .bind(user_id)
        .bind(org)
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}

#[derive(FromRow)]
struct MemberRow {
    email: String,
    name: String,
    locale: String,
}

/// The owners of an organisation, to ask them something.
pub async fn owners_of(db: &Db, org: i64) -> DbResult<Vec<Member>> {
    Ok(sqlx::query_as::<_, MemberRow>("SELECT email, name, locale FROM users WHERE organisation_id = $1 AND org_role = 'owner'")
        .bind(org)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| Member { email: r.email, name: r.name, locale: Locale::from_code(&r.locale).unwrap_or_default() })
        .collect())
}

// ---- invitations ----

pub async fn invite(db: &Db, org: i64, email: &str, invited_by: i64, token_hash: &str) -> DbResult<()> {
    let t = now();
    sqlx::query(
        "INSERT INTO invitations (token_hash, organisation_id, email, invited_by, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(org)
    .bind(normalise_email(email))
    .bind(invited_by)
    .bind(t + INVITATION_LIFETIME)
    .bind(t)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Invitations an organisation sent since `since` (for the rate limit).
pub async fn invitations_since(db: &Db, org: i64, since: i64) -> DbResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM invitations WHERE organisation_id = $1 AND created_at > $2")
        .bind(org)
        .bind(since)
        .fetch_one(&db.pool)
        .await
}

#[derive(Clone, Debug, FromRow)]
pub struct Invitation {
    pub organisation_id: i64,
    pub organisation_name: String,
    pub email: String,
    pub expires_at: i64,
}

/// Open invitations of an organisation (not used, not expired).
pub async fn open_invitations(db: &Db, org: i64) -> DbResult<Vec<Invitation>> {
    sqlx::query_as::<_, Invitation>(
        "SELECT i.organisation_id, o.name AS organisation_name, i.email, i.expires_at FROM invitations i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.organisation_id = $1 AND i.used_at IS NULL AND i.expires_at > $2 ORDER BY i.created_at DESC",
    )
    .bind(org)
    .bind(now())
    .fetch_all(&db.pool)
    .await
}

/// A valid (unused, unexpired) invitation by its token's hash.
pub async fn invitation(db: &Db, token_hash: &str) -> DbResult<Option<Invitation>> {
    sqlx::query_as::<_, Invitation>(
        "SELECT i.organisation_id, o.name AS organisation_name, i.email, i.expires_at FROM invitations i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(&db.pool)
    .await
}

/// Uses the invitation once: true if it was still open.
pub async fn take_invitation(db: &Db, token_hash: &str) -> DbResult<bool> {
    let done = sqlx::query("UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1")
        .bind(now())
        .bind(token_hash)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Puts a user into an organisation as a member (an invitation accepted, a request granted).
pub async fn add_member(db: &Db, user_id: i64, org: i64) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE users SET organisation_id = $1, org_role = 'member' WHERE id = $2")
        .bind(org)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM join_requests WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    tx.commit().await
}

// ---- requests to join ----

pub async fn request_to_join(db: &Db, org: i64, user_id: i64) -> DbResult<()> {
    sqlx::query("INSERT INTO join_requests (organisation_id, user_id, created_at) VALUES ($1, $2, $3)")
        .bind(org)
        .bind(user_id)
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct JoinRequest {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub locale: Locale,
    pub created_at: i64,
}

#[derive(FromRow)]
struct JoinRequestRow {
    id: i64,
    user_id: i64,
    name: String,
    email: String,
    locale: String,
    created_at: i64,
}

impl From<JoinRequestRow> for JoinRequest {
    fn from(r: JoinRequestRow) -> Self {
        JoinRequest {
            id: r.id,
            user_id: r.user_id,
            name: r.name,
            email: r.email,
            locale: Locale::from_code(&r.locale).unwrap_or_default(),
            created_at: r.created_at,
        }
    }
}

pub async fn join_requests(db: &Db, org: i64) -> DbResult<Vec<JoinRequest>> {
    Ok(sqlx::query_as::<_, JoinRequestRow>(
        "SELECT j.id, u.id AS user_id, u.name, u.email, u.locale, j.created_at FROM join_requests j JOIN users u ON u.id = j.user_id
         WHERE j.organisation_id = $1 ORDER BY j.created_at",
    )
    .bind(org)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(JoinRequest::from)
    .collect())
}

/// One request to join `org` (another organisation's id finds nothing).
pub async fn join_request(db: &Db, org: i64, id: i64) -> DbResult<Option<JoinRequest>> {
    Ok(sqlx::query_as::<_, JoinRequestRow>(
        "SELECT j.id, u.id AS user_id, u.name, u.email, u.locale, j.created_at FROM join_requests j JOIN users u ON u.id = j.user_id
         WHERE j.organisation_id = $1 AND j.id = $2",
    )
    .bind(org)
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .map(JoinRequest::from))
}

pub async fn delete_join_request(db: &Db, id: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM join_requests WHERE id = $1").bind(id).execute(&db.pool).await?;
    Ok(())
}

/// The company a user without one asked to join, if any: its name.
pub async fn pending_request_of(db: &Db, user_id: i64) -> DbResult<Option<String>> {
    sqlx::query_scalar("SELECT o.name FROM join_requests j JOIN organisations o ON o.id = j.organisation_id WHERE j.user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
}

//! Every SQL statement about accounts, organisations and single-use links.

use super::tokens::Purpose;
use crate::db::{now, Db};
use crate::i18n::Locale;
use crate::identity::{BodyType, Role, SessionUser, Verification};
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

pub type DbResult<T> = Result<T, sqlx::Error>;

/// The organisation a new account brings with it.
pub enum NewOrganisation {
    PublicBody { name: String, country: String, body_type: BodyType, nuts_code: String },
    Company { name: String, country: String, registration_number: String },
}

pub struct NewUser {
    pub email: String,
    pub password_hash: String,
    pub name: String,
    pub role: Role,
    pub locale: Locale,
}

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub async fn email_taken(db: &Db, email: &str) -> DbResult<bool> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1").bind(normalise_email(email)).fetch_one(&db.pool).await?;
    Ok(count > 0)
}

/// Creates the organisation and its first user in one transaction; the user's id.
pub async fn create_account(db: &Db, user: NewUser, org: Option<NewOrganisation>) -> DbResult<i64> {
    let t = now();
    let mut tx = db.pool.begin().await?;
    let org_id: Option<i64> = match org {
        None => None,
        Some(NewOrganisation::PublicBody { name, country, body_type, nuts_code }) => Some(
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO organisations (kind, name, country, body_type, nuts_code, verification, created_at)
                 VALUES ('public_body', $1, $2, $3, $4, 'pending', $5) RETURNING id",
            )
            .bind(name)
            .bind(country)
            .bind(body_type.as_str())
            .bind(nuts_code)
            .bind(t)
            .fetch_one(&mut *tx)
            .await?,
        ),
        Some(NewOrganisation::Company { name, country, registration_number }) => Some(
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO organisations (kind, name, country, registration_number, verification, created_at)
                 VALUES ('company', $1, $2, $3, 'not_required', $4) RETURNING id",
            )
            .bind(name)
            .bind(country)
            .bind(registration_number)
            .bind(t)
            .fetch_one(&mut *tx)
            .await?,
        ),
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, name, role, organisation_id, locale, password_changed_at, created_at, org_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'owner') RETURNING id",
    )
    .bind(normalise_email(&user.email))
    .bind(user.password_hash)
    .bind(user.name)
    .bind(user.role.as_str())
    .bind(org_id)
    .bind(user.locale.code())
    .bind(t)
    .bind(t)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub struct Login {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub email_verified: bool,
    pub locale: Locale,
}

const LOGIN_COLUMNS: &str = "id, email, name, password_hash, email_verified_at, locale";

#[derive(sqlx::FromRow)]
struct LoginRow {
    id: i64,
    email: String,
    name: String,
    password_hash: String,
    email_verified_at: Option<i64>,
    locale: String,
}

impl From<LoginRow> for Login {
    fn from(r: LoginRow) -> Login {
        Login {
            id: r.id,
            email: r.email,
            name: r.name,
            password_hash: r.password_hash,
            email_verified: r.email_verified_at.is_some(),
            locale: locale_of(&r.locale),
        }
    }
}

/// A stored language code; an unknown one reads as the default language.
fn locale_of(code: &str) -> Locale {
    Locale::from_code(code).unwrap_or_default()
}

pub async fn find_login(db: &Db, email: &str) -> DbResult<Option<Login>> {
    let sql = format!("SELECT {LOGIN_COLUMNS} FROM users WHERE email = $1");
    let row = sqlx::query_as::<_, LoginRow>(&sql).bind(normalise_email(email)).fetch_optional(&db.pool).await?;
    Ok(row.map(Login::from))
}

pub async fn login_by_id(db: &Db, id: i64) -> DbResult<Option<Login>> {
    let sql = format!("SELECT {LOGIN_COLUMNS} FROM users WHERE id = $1");
    let row = sqlx::query_as::<_, LoginRow>(&sql).bind(id).fetch_optional(&db.pool).await?;
    Ok(row.map(Login::from))
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: i64,
    name: String,
    email: String,
    role: String,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
    verification: Option<String>,
    session_epoch: i64,
    locale: String,
}

/// The user a session belongs to, with their session epoch (a session signed in under an
/// older epoch is no longer valid) and language.
pub async fn session_user(db: &Db, id: i64) -> DbResult<Option<(SessionUser, i64, Locale)>> {
    let row = sqlx::query_as::<_, SessionRow>(
        "SELECT u.id, u.name, u.email, u.role, u.organisation_id, o.name AS organisation_name, o.verification, u.session_epoch, u.locale
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|r| {
        let role = Role::parse(&r.role)?;
        let verification = r.verification.and_then(|v| Verification::parse(&v));
        Some((
            SessionUser {
                id: r.id,
                name: r.name,
                email: r.email,
                role,
                organisation_id: r.organisation_id,
                organisation_name: r.organisation_name,
                verification,
            },
            r.session_epoch,
            locale_of(&r.locale),
        ))
    }))
}

pub async fn set_email_verified(db: &Db, user_id: i64) -> DbResult<()> {
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL")
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_password(db: &Db, user_id: i64, password_hash: String) -> DbResult<()> {
    sqlx::query("UPDATE users SET password_hash = $1, password_changed_at = $2, session_epoch = session_epoch + 1 WHERE id = $3")
        .bind(password_hash)
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn session_epoch(db: &Db, user_id: i64) -> DbResult<i64> {
    let epoch: Option<i64> =
        sqlx::query_scalar("SELECT session_epoch FROM users WHERE id = $1").bind(user_id).fetch_optional(&db.pool).await?;
    Ok(epoch.unwrap_or(0))
}

pub async fn set_name(db: &Db, user_id: i64, name: &str) -> DbResult<()> {
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2").bind(name.trim()).bind(user_id).execute(&db.pool).await?;
    Ok(())
}

pub async fn set_locale(db: &Db, user_id: i64, locale: Locale) -> DbResult<()> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2").bind(locale.code()).bind(user_id).execute(&db.pool).await?;
    Ok(())
}

/// Moves the account to a confirmed new address; false if another account took it meanwhile.
pub async fn set_email(db: &Db, user_id: i64, email: &str) -> DbResult<bool> {
    if email_taken(db, email).await? {
        return Ok(false);
    }
    sqlx::query("UPDATE users SET email = $1, email_verified_at = $2 WHERE id = $3")
        .bind(normalise_email(email))
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(true)
}

pub async fn insert_token(db: &Db, user_id: i64, purpose: Purpose, hash: &str, new_email: Option<&str>) -> DbResult<()> {
    let t = now();
    sqlx::query("INSERT INTO tokens (token_hash, user_id, purpose, new_email, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(hash)
        .bind(user_id)
        .bind(purpose.as_str())
        .bind(new_email.map(normalise_email))
        .bind(t + purpose.lifetime())
        .bind(t)
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    user_id: i64,
    new_email: Option<String>,
}

/// Uses up a link: the user it was for (and the new address, for an e-mail change), or None if
/// it is unknown, expired or already used. One statement, so two clicks cannot both succeed.
pub async fn take_token(db: &Db, hash: &str, purpose: Purpose) -> DbResult<Option<(i64, Option<String>)>> {
    let t = now();
    let row = sqlx::query_as::<_, TokenRow>(
        "UPDATE tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $4
         RETURNING user_id, new_email",
    )
    .bind(t)
    .bind(hash)
    .bind(purpose.as_str())
    .bind(t)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (r.user_id, r.new_email)))
}

/// Whether a link would still work, without using it up (to show the reset form).
pub async fn token_valid(db: &Db, hash: &str, purpose: Purpose) -> DbResult<bool> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3")
            .bind(hash)
            .bind(purpose.as_str())
            .bind(now())
            .fetch_one(&db.pool)
            .await?;
    Ok(count > 0)
}

pub struct AccountDetails {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub created_at: i64,
    pub organisation: Option<OrganisationDetails>,
}

#[derive(Clone)]
pub struct OrganisationDetails {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub body_type: Option<String>,
    pub nuts_code: Option<String>,
    pub registration_number: Option<String>,
    pub verification: Verification,
    pub decision_reason: Option<String>,
    pub created_at: i64,
}

const ORG_COLUMNS: &str =
    "o.id, o.name, o.kind, o.country, o.body_type, o.nuts_code, o.registration_number, o.verification, o.decision_reason, o.created_at";

/// The columns of `ORG_COLUMNS`.
#[derive(sqlx::FromRow)]
struct OrgRow {
    id: i64,
    name: String,
    kind: String,
    country: String,
    body_type: Option<String>,
    nuts_code: Option<String>,
    registration_number: Option<String>,
    verification: String,
    decision_reason: Option<String>,
    created_at: i64,
}

impl From<OrgRow> for OrganisationDetails {
    fn from(r: OrgRow) -> OrganisationDetails {
        OrganisationDetails {
            id: r.id,
            name: r.name,
            kind: r.kind,
            country: r.country,
            body_type: r.body_type,
            nuts_code: r.nuts_code,
            registration_number: r.registration_number,
            verification: Verification::parse(&r.verification).unwrap_or(Verification::Pending),
            decision_reason: r.decision_reason,
            created_at: r.created_at,
        }
    }
}

/// `ORG_COLUMNS` of a LEFT JOIN beside the user's `organisation_id`: read only when the user
/// belongs to an organisation.
struct MaybeOrg(Option<OrganisationDetails>);

impl<'r> FromRow<'r, AnyRow> for MaybeOrg {
    fn from_row(r: &'r AnyRow) -> Result<MaybeOrg, sqlx::Error> {
        Ok(MaybeOrg(match r.try_get::<Option<i64>, _>("organisation_id")? {
            Some(_) => Some(OrgRow::from_row(r)?.into()),
            None => None,
        }))
    }
}

pub async fn organisation(db: &Db, id: i64) -> DbResult<Option<OrganisationDetails>> {
    let sql = format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id = $1");
    Ok(sqlx::query_as::<_, OrgRow>(&sql).bind(id).fetch_optional(&db.pool).await?.map(OrganisationDetails::from))
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    user_name: String,
    email: String,
    role: String,
    user_created_at: i64,
    #[sqlx(flatten)]
    organisation: MaybeOrg,
}

pub async fn account_details(db: &Db, user_id: i64) -> DbResult<Option<AccountDetails>> {
    let sql = format!(
        "SELECT u.name AS user_name, u.email, u.role, u.created_at AS user_created_at, u.organisation_id, {ORG_COLUMNS}
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1"
    );
    let row = sqlx::query_as::<_, AccountRow>(&sql).bind(user_id).fetch_optional(&db.pool).await?;
    Ok(row.map(|r| AccountDetails {
        name: r.user_name,
        email: r.email,
        role: Role::parse(&r.role).unwrap_or(Role::Supplier),
        created_at: r.user_created_at,
        organisation: r.organisation.0,
    }))
}

#[derive(sqlx::FromRow)]
struct ExportRow {
    locale: String,
    email_verified_at: Option<i64>,
    password_changed_at: i64,
}

#[derive(sqlx::FromRow)]
struct MailRow {
    subject: String,
    body: String,
    status: String,
    created_at: i64,
}

/// Everything stored about a user, for the data download (GDPR Art. 15 and 20).
pub async fn export(db: &Db, user_id: i64) -> DbResult<Option<serde_json::Value>> {
    let Some(details) = account_details(db, user_id).await? else {
        return Ok(None);
    };
    let row = sqlx::query_as::<_, ExportRow>("SELECT locale, email_verified_at, password_changed_at FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?;
    let mails = sqlx::query_as::<_, MailRow>("SELECT subject, body, status, created_at FROM outbox WHERE to_address = $1 ORDER BY id")
        .bind(&details.email)
        .fetch_all(&db.pool)
        .await?;
    Ok(Some(serde_json::json!({
        "exported_at": now(),
        "account": {
            "name": details.name,
            "email": details.email,
            "role": details.role.as_str(),
            "language": row.locale,
            "email_verified_at": row.email_verified_at,
            "password_changed_at": row.password_changed_at,
            "created_at": details.created_at,
        },
        "organisation": details.organisation.map(|o| serde_json::json!({
            "name": o.name,
            "kind": o.kind,
            "country": o.country,
            "body_type": o.body_type,
            "nuts_code": o.nuts_code,
            "registration_number": o.registration_number,
            "verification": o.verification.as_str(),
            "created_at": o.created_at,
        })),
        "emails_sent_to_you": mails.iter().map(|m| serde_json::json!({
            "subject": m.subject,
            "body": m.body,
            "status": m.status,
            "created_at": m.created_at,
        })).collect::<Vec<_>>(),
    })))
}

#[derive(sqlx::FromRow)]
struct UserOrgRow {
    email: String,
    organisation_id: Option<i64>,
}

/// Erases a user (GDPR Art. 17): the account, its links, the mail sent to it, and its
/// organisation if nobody else belongs to it. Decisions the user took as a moderator stay,
/// without the link to them.
pub async fn delete_user(db: &Db, user_id: i64) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    let row = sqlx::query_as::<_, UserOrgRow>("SELECT email, organisation_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(UserOrgRow { email, organisation_id: org }) = row else {
        return Ok(());
    };
    sqlx::query("DELETE FROM tokens WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM outbox WHERE to_address = $1").bind(&email).execute(&mut *tx).await?;
    sqlx::query("UPDATE organisations SET decided_by = NULL WHERE decided_by = $1").bind(user_id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM users WHERE id = $1").bind(user_id).execute(&mut *tx).await?;
    if let Some(org) = org {
        let others: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE organisation_id = $1").bind(org).fetch_one(&mut *tx).await?;
        if others == 0 {
            sqlx::query("DELETE FROM organisations WHERE id = $1").bind(org).execute(&mut *tx).await?;
        } else {
            // An organisation always keeps an owner: the longest-standing colleague takes over.
            sqlx::query(
                "UPDATE users SET org_role = 'owner' WHERE id = (SELECT MIN(id) FROM users WHERE organisation_id = $1)
                   AND NOT EXISTS (SELECT 1 FROM users WHERE organisation_id = $1 AND org_role = 'owner')",
            )
            .bind(org)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await
}

pub struct PendingBody {
    pub organisation: OrganisationDetails,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    #[sqlx(flatten)]
    organisation: OrgRow,
    contact_name: Option<String>,
    contact_email: Option<String>,
}

/// Public bodies waiting for a moderator, oldest first.
pub async fn pending_bodies(db: &Db) -> DbResult<Vec<PendingBody>> {
    let sql = format!(
        "SELECT {ORG_COLUMNS},
                (SELECT u.name FROM users u WHERE u.organisation_id = o.id ORDER BY u.id LIMIT 1) AS contact_name,
                (SELECT u.email FROM users u WHERE u.organisation_id = o.id ORDER BY u.id LIMIT 1) AS contact_email
         FROM organisations o WHERE o.kind = 'public_body' AND o.verification = 'pending' ORDER BY o.created_at, o.id"
    );
    let rows = sqlx::query_as::<_, PendingRow>(&sql).fetch_all(&db.pool).await?;
    Ok(rows
        .into_iter()
        .map(|r| PendingBody { organisation: r.organisation.into(), contact_name: r.contact_name, contact_email: r.contact_email })
        .collect())
}

pub struct Member {
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    email: String,
    name: String,
    locale: String,
}

impl From<MemberRow> for Member {
    fn from(r: MemberRow) -> Member {
        Member { email: r.email, name: r.name, locale: locale_of(&r.locale) }
    }
}

/// A verified public body without users yet (generated demo and benchmark data).
pub async fn insert_verified_public_body(db: &Db, name: &str, country: &str, body_type: BodyType, nuts_code: &str) -> DbResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO organisations (kind, name, country, body_type, nuts_code, verification, decided_at, created_at)
         VALUES ('public_body', $1, $2, $3, $4, 'verified', $5, $6) RETURNING id",
    )
    .bind(name)
    .bind(country)
    .bind(body_type.as_str())
    .bind(nuts_code)
    .bind(now())
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

/// The people of an organisation, to tell them something.
pub async fn members_of(db: &Db, org_id: i64) -> DbResult<Vec<Member>> {
    Ok(sqlx::query_as::<_, MemberRow>("SELECT email, name, locale FROM users WHERE organisation_id = $1")
        .bind(org_id)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(Member::from)
        .collect())
}

/// Records a moderator's decision on a pending public body; its members (to tell them), or None
/// if the body is not pending.
pub async fn decide(
    db: &Db,
    org_id: i64,
    verdict: Verification,
    reason: Option<&str>,
    moderator_id: i64,
) -> DbResult<Option<(String, Vec<Member>)>> {
    let mut tx = db.pool.begin().await?;
    let updated: Option<String> = sqlx::query_scalar(
        "UPDATE organisations SET verification = $1, decision_reason = $2, decided_by = $3, decided_at = $4
         WHERE id = $5 AND kind = 'public_body' AND verification = 'pending' RETURNING name",
    )
    .bind(verdict.as_str())
    .bind(reason.map(str::trim))
    .bind(moderator_id)
    .bind(now())
    .bind(org_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(name) = updated else {
        return Ok(None);
    };
    let members = sqlx::query_as::<_, MemberRow>("SELECT email, name, locale FROM users WHERE organisation_id = $1")
        .bind(org_id)
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(Member::from)
        .collect();
    tx.commit().await?;
    Ok(Some((name, members)))
}

/// Creates a verified staff account (admin or moderator), or updates the role and password of
/// an existing one; true if it was created.
pub async fn upsert_staff(db: &Db, email: &str, name: &str, role: Role, password_hash: String) -> DbResult<bool> {
    if email_taken(db, email).await? {
        sqlx::query(
            "UPDATE users SET role = $1, password_hash = $2, password_changed_at = $3, session_epoch = session_epoch + 1
             WHERE email = $4",
        )
        .bind(role.as_str())
        .bind(password_hash)
        .bind(now())
        .bind(normalise_email(email))
        .execute(&db.pool)
        .await?;
        return Ok(false);
    }
    let id = create_account(db, NewUser { email: email.into(), password_hash, name: name.into(), role, locale: Locale::En }, None).await?;
    set_email_verified(db, id).await?;
    Ok(true)
}

/// Marks a public body verified without a moderator (demo data).
pub async fn verify_organisation_of(db: &Db, user_id: i64) -> DbResult<()> {
    sqlx::query(
        "UPDATE organisations SET verification = 'verified', decided_at = $1
         WHERE id = (SELECT organisation_id FROM users WHERE id = $2) AND kind = 'public_body'",
    )
    .bind(now())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

//! What happens when an account form is posted. Each handler re-checks the form with the rule
//! the browser used, then the checks only the server can make, then acts.

use super::repo::{self, NewOrganisation, NewUser};
use super::tokens::{self, Purpose};
use super::{passwords, session};
use crate::accounts::forms::AccountForm;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest, Outcome};
use crate::i18n::Locale;
use crate::identity::{BodyType, Role, Verification};
use crate::mail::Mail;
use crate::reference::{nuts, registration, Country};
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::{AppError, LANG_COOKIE};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use tower_sessions::Session;

/// A local path to return to after a form; anything else goes home. Browsers drop tabs and line
/// breaks from a URL and read `\\` as `/`, so `/\t/evil.example` or `/\\evil.example` would leave
/// the site: a path with any control character, white space or backslash is refused whole (which
/// also keeps the `Location` header valid).
pub fn safe_next(next: &str) -> String {
    let next = next.trim();
    let clean = !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if clean && next.starts_with('/') && !next.starts_with("//") {
        next.to_string()
    } else {
        "/".to_string()
    }
}

fn link_path(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::VerifyEmail => "/verify-email",
        Purpose::ResetPassword => "/password/reset",
        Purpose::ChangeEmail => "/account/email/confirm",
    }
}

/// Creates a single-use link and mails it (message `mail-<kind>-…`).
#[allow(clippy::too_many_arguments)]
async fn send_link(
    state: &AppState,
    user_id: i64,
    to: &str,
    name: &str,
    locale: Locale,
    purpose: Purpose,
    kind: &str,
    new_email: Option<&str>,
) -> Result<(), AppError> {
    let (token, hash) = tokens::new_token();
    repo::insert_token(&state.db, user_id, purpose, &hash, new_email).await?;
    let link = format!("{}{}?token={token}", state.config.base_url, link_path(purpose));
    state.mailer.send(Mail { to, locale, kind, args: vec![("name", name.to_string()), ("link", link)] }).await?;
    Ok(())
}

async fn notify(state: &AppState, to: &str, name: &str, locale: Locale, kind: &str, extra: Vec<(&str, String)>) -> Result<(), AppError> {
    let mut args = vec![("name", name.to_string()), ("link", format!("{}/signin", state.config.base_url))];
    args.extend(extra);
    state.mailer.send(Mail { to, locale, kind, args }).await?;
    Ok(())
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error().is_some_and(|d| d.is_unique_violation())
}

// ---- sign-up ----

pub async fn sign_up_buyer(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = sign_up(&state, &req, Role::Buyer).await;
    finish(&state, req, "/signup/buyer", "signup", result).await
}

pub async fn sign_up_supplier(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = sign_up(&state, &req, Role::Supplier).await;
    finish(&state, req, "/signup/supplier", "signup", result).await
}

async fn sign_up(state: &AppState, req: &FormRequest, role: Role) -> Result<Outcome, AppError> {
    let kind = if role == Role::Buyer { AccountForm::SignUpBuyer } else { AccountForm::SignUpSupplier };
    let mut errors = kind.validate(&req.values);
    let password = req.raw("password");
    if errors.get("password").is_none() && passwords::is_common(&password) {
        errors.add("password", "err-password-common");
    }
    if role == Role::Buyer && errors.get("nuts").is_none() && nuts::region(req.value("nuts")).is_none() {
        errors.add("nuts", "err-nuts-unknown");
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if !state.limits.allow(req.ip(), None) {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    let email = req.value("email").to_string();
    let done = Ok(Ok("/signin?notice=signup-sent".to_string()));
    let chosen = Country::from_code(req.value("country"));
    let country = chosen.map(|c| c.code().to_string()).unwrap_or_default();
    // A company already registered is not registered twice: the new person asks to join it.
    // Checked before the address, so the answer about the company is the same whether or not
    // the address has an account (the directory shows companies anyway; addresses it must not).
    let mut joining = None;
    if role == Role::Supplier {
        let number = chosen.map(|c| registration::normalise(c, req.value("registration_number"))).unwrap_or_default();
        if let Some((company, _)) = crate::suppliers::repo::company_by_registration(&state.db, &country, &number).await? {
            if req.value("join") != "yes" {
                return Ok(Err(FieldErrors::from_field("registration_number", "err-company-exists")));
            }
            joining = Some(company);
        }
    }
    if let Some(existing) = repo::find_login(&state.db, &email).await? {
        // The same answer as for a new address; the owner hears of the attempt by e-mail.
        passwords::verify_nothing(password).await;
        notify(state, &repo::normalise_email(&email), &existing.name, existing.locale, "account-exists", vec![]).await?;
        return done;
    }
    let org = match role {
        Role::Buyer => NewOrganisation::PublicBody {
            name: req.value("organisation").into(),
            country,
            body_type: BodyType::parse(req.value("body_type")).unwrap_or(BodyType::RegionalOrLocal),
            nuts_code: req.value("nuts").into(),
        },
        _ => NewOrganisation::Company {
            name: req.value("organisation").into(),
            country,
            // Stored as the register writes it ("0112038-9", "HRB 12345 B"), however it was typed.
            registration_number: match chosen {
                Some(c) => registration::normalise(c, req.value("registration_number")),
                None => req.value("registration_number").into(),
            },
        },
    };
    let locale = req.viewer().locale;
    let name = req.value("name").to_string();
    let user = NewUser { email: email.clone(), password_hash: passwords::hash(password).await, name: name.clone(), role, locale };
    let id = match repo::create_account(&state.db, user, if joining.is_some() { None } else { Some(org) }).await {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => return done,
        Err(e) => return Err(e.into()),
    };
    if let Some(company) = joining {
        crate::suppliers::team::ask_to_join(state, company, id, &name).await?;
    }
    send_link(state, id, &email, &name, locale, Purpose::VerifyEmail, "verify", None).await?;
    done
}

pub async fn verify_email(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Result<Redirect, AppError> {
    match repo::take_token(&state.db, &tokens::hash(&q.token), Purpose::VerifyEmail).await? {
        Some((user_id, _)) => {
            repo::set_email_verified(&state.db, user_id).await?;
            Ok(Redirect::to("/signin?notice=email-verified"))
        }
        None => Ok(Redirect::to("/signin?notice=link-invalid")),
    }
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

// ---- sign-in and out ----

pub async fn sign_in(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = sign_in_outcome(&state, &req).await;
    finish(&state, req, "/signin", "signin", result).await
}

async fn sign_in_outcome(state: &AppState, req: &FormRequest) -> Result<Outcome, AppError> {
    let errors = AccountForm::SignIn.validate(&req.values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let email = req.value("email");
    if !state.limits.allow(req.ip(), Some(email)) {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    let password = req.raw("password");
    let Some(login) = repo::find_login(&state.db, email).await? else {
        passwords::verify_nothing(password).await;
        return Ok(Err(FieldErrors::form("err-credentials")));
    };
    if !passwords::verify(password, login.password_hash.clone()).await {
        return Ok(Err(FieldErrors::form("err-credentials")));
    }
    if !login.email_verified {
        // Only someone with the password learns this; they get a fresh link.
        send_link(state, login.id, email, &login.name, login.locale, Purpose::VerifyEmail, "verify", None).await?;
        return Ok(Err(FieldErrors::form("err-email-unverified")));
    }
    session::sign_in(state, &req.session()?, login.id).await?;
    // Without a page to return to, people start at their dashboard.
    match req.value("next") {
        "" => Ok(Ok("/dashboard".to_string())),
        next => Ok(Ok(safe_next(next))),
    }
}

pub async fn sign_out(session: Session) -> Result<Redirect, AppError> {
    session::sign_out(&session).await?;
    Ok(Redirect::to("/?notice=signed-out"))
}

// ---- password reset ----

pub async fn forgot_password(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = forgot_outcome(&state, &req).await;
    finish(&state, req, "/password/forgot", "forgot", result).await
}

async fn forgot_outcome(state: &AppState, req: &FormRequest) -> Result<Outcome, AppError> {
    let errors = AccountForm::ForgotPassword.validate(&req.values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let email = req.value("email");
    if !state.limits.allow(req.ip(), Some(email)) {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    if let Some(login) = repo::find_login(&state.db, email).await? {
        send_link(state, login.id, email, &login.name, login.locale, Purpose::ResetPassword, "reset", None).await?;
    }
    Ok(Ok("/signin?notice=reset-sent".into()))
}

pub async fn reset_password(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = reset_outcome(&state, &req).await;
    let page = format!("/password/reset?token={}", urlencode(req.value("token")));
    finish(&state, req, &page, "reset", result).await
}

fn urlencode(v: &str) -> String {
    serde_urlencoded::to_string([("", v)]).map(|s| s.trim_start_matches('=').to_string()).unwrap_or_default()
}

async fn reset_outcome(state: &AppState, req: &FormRequest) -> Result<Outcome, AppError> {
    let mut errors = AccountForm::ResetPassword.validate(&req.values);
    let password = req.raw("password");
    if errors.get("password").is_none() && passwords::is_common(&password) {
        errors.add("password", "err-password-common");
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if !state.limits.allow(req.ip(), None) {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    let Some((user_id, _)) = repo::take_token(&state.db, &tokens::hash(req.value("token")), Purpose::ResetPassword).await? else {
        return Ok(Err(FieldErrors::form("err-link-invalid")));
    };
    repo::set_password(&state.db, user_id, passwords::hash(password).await).await?;
    // Following the link proved the mailbox is theirs.
    repo::set_email_verified(&state.db, user_id).await?;
    if let Some(login) = repo::login_by_id(&state.db, user_id).await? {
        notify(state, &login.email, &login.name, login.locale, "password-changed", vec![]).await?;
    }
    Ok(Ok("/signin?notice=password-reset".into()))
}

// ---- the account page's forms ----

pub async fn edit_profile(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = async {
        let Some(user) = req.viewer().user else { return Ok(Ok("/signin?next=/account".to_string())) };
        let errors = AccountForm::EditProfile.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        repo::set_name(&state.db, user.id, req.value("name")).await?;
        Ok(Ok("/account?notice=profile-saved".to_string()))
    }
    .await;
    finish(&state, req, "/account", "profile", result).await
}

/// Checks the signed-in user's password, counting the attempt against the account's limit.
async fn password_matches(state: &AppState, req: &FormRequest, user_id: i64, field: &str) -> Result<Result<(), FieldErrors>, AppError> {
    let Some(login) = repo::login_by_id(&state.db, user_id).await? else {
        return Ok(Err(FieldErrors::form("err-credentials")));
    };
    if !state.limits.allow(req.ip(), Some(&login.email)) {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    if !passwords::verify(req.raw(field), login.password_hash).await {
        let mut e = FieldErrors::default();
        e.add(field, "err-password-wrong");
        return Ok(Err(e));
    }
    Ok(Ok(()))
}

pub async fn change_password(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = async {
        let Some(user) = req.viewer().user else { return Ok(Ok("/signin?next=/account".to_string())) };
        let mut errors = AccountForm::ChangePassword.validate(&req.values);
        let new_password = req.raw("new_password");
        if errors.get("new_password").is_none() && passwords::is_common(&new_password) {
            errors.add("new_password", "err-password-common");
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if let Err(e) = password_matches(&state, &req, user.id, "current_password").await? {
            return Ok(Err(e));
        }
        repo::set_password(&state.db, user.id, passwords::hash(new_password).await).await?;
        // Other sessions end with the change; this one carries on under a new id.
        session::sign_in(&state, &req.session()?, user.id).await?;
        notify(&state, &user.email, &user.name, req.viewer().locale, "password-changed", vec![]).await?;
        Ok(Ok("/account?notice=password-changed".to_string()))
    }
    .await;
    finish(&state, req, "/account", "password", result).await
}

pub async fn change_email(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = async {
        let Some(user) = req.viewer().user else { return Ok(Ok("/signin?next=/account".to_string())) };
        let errors = AccountForm::ChangeEmail.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if let Err(e) = password_matches(&state, &req, user.id, "password").await? {
            return Ok(Err(e));
        }
        let new_email = req.value("new_email");
        // A taken address gets the same answer and no mail: nothing tells whose it is.
        if !repo::email_taken(&state.db, new_email).await? {
            let locale = req.viewer().locale;
            send_link(&state, user.id, new_email, &user.name, locale, Purpose::ChangeEmail, "change-email", Some(new_email)).await?;
        }
        Ok(Ok("/account?notice=email-change-sent".to_string()))
    }
    .await;
    finish(&state, req, "/account", "email", result).await
}

pub async fn confirm_email_change(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Result<Redirect, AppError> {
    let Some((user_id, Some(new_email))) = repo::take_token(&state.db, &tokens::hash(&q.token), Purpose::ChangeEmail).await? else {
        return Ok(Redirect::to("/signin?notice=link-invalid"));
    };
    let old = repo::login_by_id(&state.db, user_id).await?;
    if !repo::set_email(&state.db, user_id, &new_email).await? {
        return Ok(Redirect::to("/signin?notice=link-invalid"));
    }
    if let Some(login) = old {
        notify(&state, &login.email, &login.name, login.locale, "email-changed", vec![("email", new_email.clone())]).await?;
    }
    Ok(Redirect::to("/account?notice=email-changed"))
}

pub async fn delete_account(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = async {
        let Some(user) = req.viewer().user else { return Ok(Ok("/signin?next=/account".to_string())) };
        let errors = AccountForm::DeleteAccount.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if let Err(e) = password_matches(&state, &req, user.id, "password").await? {
            return Ok(Err(e));
        }
        repo::delete_user(&state.db, user.id).await?;
        crate::capabilities::account_deleted(&state, user.id).await?;
        session::sign_out(&req.session()?).await?;
        Ok(Ok("/?notice=account-deleted".to_string()))
    }
    .await;
    finish(&state, req, "/account", "delete", result).await
}

/// All my data as a JSON file (GDPR Art. 15 and 20).
pub async fn export(State(state): State<AppState>, req: axum::extract::Request) -> Result<Response, AppError> {
    let viewer = req.extensions().get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default();
    let Some(user) = viewer.user else {
        return Ok(Redirect::to("/signin?next=/account").into_response());
    };
    let Some(mut data) = repo::export(&state.db, user.id).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    // What the person wrote elsewhere on the platform is theirs too.
    data["messages_you_wrote"] = serde_json::json!(crate::messages::repo::written_by(&state.db, user.id).await?);
    for (key, value) in crate::capabilities::personal_data(&state, &user).await? {
        data[key] = value;
    }
    if let (Role::Supplier, Some(org)) = (user.role, user.organisation_id) {
        data["company_profile"] = serde_json::json!(crate::suppliers::repo::own_profile(&state.db, org).await?);
    }
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"ppi-hub-my-data.json\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        serde_json::to_string_pretty(&data)?,
    )
        .into_response())
}

// ---- moderation ----

pub async fn moderate(State(state): State<AppState>, Path(org_id): Path<i64>, req: FormRequest) -> Response {
    let Some(moderator) = req.viewer().user.filter(|u| u.role.can_moderate()) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let errors = AccountForm::Moderate.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let (verdict, kind) = match req.value("decision") {
            "verify" => (Verification::Verified, "body-verified"),
            _ => (Verification::Rejected, "body-rejected"),
        };
        let reason = Some(req.value("reason")).filter(|r| !r.is_empty());
        if let Some((body, members)) = repo::decide(&state.db, org_id, verdict, reason, moderator.id).await? {
            for m in members {
                let extra = vec![("body", body.clone()), ("reason", reason.unwrap_or("").to_string())];
                notify(&state, &m.email, &m.name, m.locale, kind, extra).await?;
            }
        }
        Ok(Ok("/moderation?notice=decision-saved".to_string()))
    }
    .await;
    finish(&state, req, "/moderation", &format!("moderate-{org_id}"), result).await
}

// ---- language ----

/// The language switcher: remembers the choice in a cookie (and on the account), then returns.
pub async fn set_language(State(state): State<AppState>, req: FormRequest) -> Result<Response, AppError> {
    let next = safe_next(req.value("next"));
    let Some(locale) = Locale::from_code(req.value("lang")) else {
        return Ok(Redirect::to(&next).into_response());
    };
    if let Some(user) = req.viewer().user {
        repo::set_locale(&state.db, user.id, locale).await?;
    }
    let cookie = Cookie::build((LANG_COOKIE, locale.code()))
        .path("/")
        .max_age(CookieDuration::days(365))
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .http_only(true)
        .build();
    Ok(([(header::SET_COOKIE, cookie.to_string())], Redirect::to(&next)).into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/account"), "/account");
        assert_eq!(safe_next("/tenders?q=x"), "/tenders?q=x");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/ /evil.example",
            "/\u{0}/evil.example",
            "/a\\b",
            "/\u{2028}/x",
            "/\u{85}/x",
        ] {
            assert_eq!(safe_next(sneaky), "/", "{sneaky:?}");
        }
        assert_eq!(safe_next(""), "/");
    }
}

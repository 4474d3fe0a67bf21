//! Inviting a colleague into one's organisation by e-mail, for companies and public bodies
//! alike: the checks, the single-use link and the mail. Who may invite, and the page the
//! invitation is sent from, belong to the capability (`suppliers::team`, `bodies::team`).

use super::membership;
use super::repo::normalise_email;
use super::tokens;
use crate::db::now;
use crate::i18n::Locale;
use crate::identity::Role;
use crate::mail::Mail;
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::AppError;

/// Invitations an organisation may send per day: enough for any team, too few for spamming.
pub const INVITATIONS_PER_DAY: i64 = 20;

/// The role a colleague gets in an organisation of this kind (`organisations.kind`).
pub fn role_in(kind: &str) -> Role {
    if kind == "public_body" {
        Role::Buyer
    } else {
        Role::Supplier
    }
}

/// The page where an organisation of this kind lists its people.
pub fn team_page(kind: &str) -> &'static str {
    if kind == "public_body" {
        "/bodies/team"
    } else {
        "/suppliers/team"
    }
}

/// Sends `email` (as typed, already checked by the form's rule) an invitation into `org`: refused
/// at the field when the address is a member already, for the form when today's invitations are
/// used up.
pub async fn send(
    state: &AppState,
    org: i64,
    inviter_id: i64,
    inviter: &str,
    email: &str,
    locale: Locale,
) -> Result<Result<(), FieldErrors>, AppError> {
    let email = normalise_email(email);
    if membership::colleagues(&state.db, org).await?.iter().any(|c| c.email == email) {
        return Ok(Err(FieldErrors::from_field("email", "err-already-member")));
    }
    if membership::invitations_since(&state.db, org, now() - 86_400).await? >= INVITATIONS_PER_DAY {
        return Ok(Err(FieldErrors::form("err-rate-limited")));
    }
    let (token, hash) = tokens::new_token();
    membership::invite(&state.db, org, &email, inviter_id, &hash).await?;
    let name = super::repo::organisation(&state.db, org).await?.map(|o| o.name).unwrap_or_default();
    let args = vec![("company", name), ("person", inviter.to_string()), ("link", format!("{}/join?token={token}", state.config.base_url))];
    state.mailer.send(Mail { to: &email, locale, kind: "invitation", args }).await?;
    Ok(Ok(()))
}

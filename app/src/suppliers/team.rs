//! The people of a company: owners invite colleagues by e-mail, and decide on requests to join
//! from people who signed up for a company that was already registered.

use super::access::may_edit;
use crate::accounts::repo::{self as accounts, NewUser};
use crate::accounts::{invitations, membership};
use crate::accounts::{passwords, session, tokens};
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest, Outcome};
use crate::mail::Mail;
use crate::state::AppState;
use crate::suppliers::forms::SupplierForm;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Records the request and asks the company's owners to decide.
pub async fn ask_to_join(state: &AppState, company: i64, user_id: i64, name: &str) -> Result<(), AppError> {
    membership::request_to_join(&state.db, company, user_id).await?;
    let link = format!("{}/suppliers/team", state.config.base_url);
    for owner in membership::owners_of(&state.db, company).await? {
        let args = vec![("name", owner.name.clone()), ("person", name.to_string()), ("link", link.clone())];
        state.mailer.send(Mail { to: &owner.email, locale: owner.locale, kind: "join-request", args }).await?;
    }
    Ok(())
}

/// The signed-in owner's company, or the refusal.
async fn owned_company(state: &AppState, req: &FormRequest) -> Result<(i64, i64, String), Response> {
    let Some(user) = req.viewer().user.filter(may_edit) else { return Err(StatusCode::FORBIDDEN.into_response()) };
    let org = user.organisation_id.unwrap_or_default();
    match membership::is_owner(&state.db, user.id, org).await {
        Ok(true) => Ok((user.id, org, user.name)),
        Ok(false) => Err(StatusCode::FORBIDDEN.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// POST `/suppliers/team/invite`.
pub async fn invite(State(state): State<AppState>, req: FormRequest) -> Response {
    let (user_id, org, inviter) = match owned_company(&state, &req).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = async {
        let errors = SupplierForm::Invite.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if let Err(errors) = invitations::send(&state, org, user_id, &inviter, req.value("email"), req.viewer().locale).await? {
            return Ok(Err(errors));
        }
        Ok(Ok("/suppliers/team?notice=invitation-sent".to_string()))
    }
    .await;
    finish(&state, req, "/suppliers/team", "invite", result).await
}

/// POST `/suppliers/team/requests/{id}` with `decision` = `accept` or `decline`.
pub async fn decide(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (_, org, _) = match owned_company(&state, &req).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let request = match membership::join_request(&state.db, org, id).await {
        Ok(Some(r)) => r,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    };
    let result = async {
        let accept = req.value("decision") == "accept";
        if accept {
            membership::add_member(&state.db, request.user_id, org).await?;
        } else {
            membership::delete_join_request(&state.db, id).await?;
        }
        let company = crate::accounts::repo::organisation(&state.db, org).await?.map(|o| o.name).unwrap_or_default();
        let kind = if accept { "join-accepted" } else { "join-declined" };
        let args = vec![("name", request.name.clone()), ("company", company), ("link", format!("{}/signin", state.config.base_url))];
        state.mailer.send(Mail { to: &request.email, locale: request.locale, kind, args }).await?;
        Ok(Ok(format!("/suppliers/team?notice={}", if accept { "member-added" } else { "request-declined" })))
    }
    .await;
    finish(&state, req, "/suppliers/team", &format!("request-{id}"), result).await
}

/// POST `/join`: accepts an invitation, as the signed-in invitee or by creating the account. It
/// serves public bodies' invitations too (`bodies::team`).
pub async fn accept(State(state): State<AppState>, req: FormRequest) -> Response {
    let token = req.value("token").to_string();
    let page = format!("/join?token={}", urlencoding(&token));
    let result = accept_invitation(&state, &req, &token).await;
    finish(&state, req, &page, "join", result).await
}

fn urlencoding(s: &str) -> String {
    serde_urlencoded::to_string([("t", s)]).map(|q| q[2..].to_string()).unwrap_or_default()
}

async fn accept_invitation(state: &AppState, req: &FormRequest, token: &str) -> Result<Outcome, AppError> {
    let hash = tokens::hash(token);
    let Some(invitation) = membership::invitation(&state.db, &hash).await? else {
        return Ok(Err(FieldErrors::form("err-link-invalid")));
    };
    // A company's colleague is a supplier, a public body's a buyer (of a verified body when it is).
    let kind = accounts::organisation(&state.db, invitation.organisation_id).await?.map(|o| o.kind).unwrap_or_default();
    let (role, joined) = (invitations::role_in(&kind), format!("{}?notice=joined", invitations::team_page(&kind)));
    if let Some(user) = req.viewer().user {
        // Only the invited address joins, and only from outside any organisation.
        if user.email != invitation.email || user.organisation_id.is_some() || user.role != role {
            return Ok(Err(FieldErrors::form("err-invitation-other")));
        }
        if membership::take_invitation(&state.db, &hash).await? {
            membership::add_member(&state.db, user.id, invitation.organisation_id).await?;
        }
        return Ok(Ok(joined));
    }
    if accounts::email_taken(&state.db, &invitation.email).await? {
        return Ok(Err(FieldErrors::form("err-invitation-sign-in")));
    }
    let mut errors = SupplierForm::AcceptInvitation.validate(&req.values);
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
    if !membership::take_invitation(&state.db, &hash).await? {
        return Ok(Err(FieldErrors::form("err-link-invalid")));
    }
    let user = NewUser {
        email: invitation.email.clone(),
        password_hash: passwords::hash(password).await,
        name: req.value("name").to_string(),
        role,
        locale: req.viewer().locale,
    };
    let id = accounts::create_account(&state.db, user, None).await?;
    membership::add_member(&state.db, id, invitation.organisation_id).await?;
    // The link came to this address, which proves it.
    accounts::set_email_verified(&state.db, id).await?;
    session::sign_in(state, &req.session()?, id).await?;
    Ok(Ok(joined))
}

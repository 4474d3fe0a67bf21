//! A public body's people: the body's owner invites colleagues by e-mail; they join through the
//! shared `/join` link as buyers of the body and share its verification.

use super::access::may_invite;
use super::forms::BodyForm;
use crate::accounts::{invitations, membership};
use crate::forms::{finish, FormRequest, FormRule};
use crate::state::AppState;
use crate::web::AppError;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// POST `/bodies/team/invite`: only the owner of a verified body invites.
pub async fn invite(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_invite) else { return StatusCode::FORBIDDEN.into_response() };
    let org = user.organisation_id.unwrap_or_default();
    match membership::is_owner(&state.db, user.id, org).await {
        Ok(true) => {}
        Ok(false) => return StatusCode::FORBIDDEN.into_response(),
        Err(e) => return AppError::from(e).into_response(),
    }
    let result = async {
        let errors = BodyForm::Invite.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        Ok(invitations::send(&state, org, user.id, &user.name, req.value("email"), req.viewer().locale)
            .await?
            .map(|()| "/bodies/team?notice=invitation-sent".to_string()))
    }
    .await;
    finish(&state, req, "/bodies/team", "invite", result).await
}

//! Signing in and out, and finding the signed-in user of a session. Sessions live in the
//! database (tower-sessions), so any app server can serve any request.

use super::repo;
use crate::db::now;
use crate::i18n::Locale;
use crate::identity::SessionUser;
use crate::state::AppState;
use crate::web::AppError;
use tower_sessions::Session;

const USER_ID: &str = "user_id";
/// When the user last proved who they are; the absolute timeout counts from here.
const AUTH_AT: &str = "auth_at";
/// The user's session epoch at sign-in; a password change raises it and ends this session.
const EPOCH: &str = "epoch";

/// Starts a signed-in session under a new id, so an id planted before sign-in is worthless.
pub async fn sign_in(state: &AppState, session: &Session, user_id: i64) -> Result<(), AppError> {
    let epoch = repo::session_epoch(&state.db, user_id).await?;
    session.cycle_id().await?;
    session.insert(USER_ID, user_id).await?;
    session.insert(AUTH_AT, now()).await?;
    session.insert(EPOCH, epoch).await?;
    crate::capabilities::signed_in(state, session, user_id).await
}

pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await?;
    Ok(())
}

/// The session's user, unless the session is past its absolute lifetime or began before the
/// user's last password change (which ends every other session).
pub async fn signed_in_user(state: &AppState, session: &Session) -> Result<Option<(SessionUser, Locale)>, AppError> {
    let Some(id) = session.get::<i64>(USER_ID).await? else {
        return Ok(None);
    };
    let auth_at = session.get::<i64>(AUTH_AT).await?.unwrap_or(0);
    let epoch = session.get::<i64>(EPOCH).await?.unwrap_or(-1);
    if now() - auth_at > state.config.session_absolute_hours * 3600 {
        session.flush().await?;
        return Ok(None);
    }
    match repo::session_user(&state.db, id).await? {
        Some((user, current_epoch, locale)) if current_epoch == epoch => Ok(Some((user, locale))),
        _ => {
            session.flush().await?;
            Ok(None)
        }
    }
}

//! Who may do what in the courses. Anyone may read and take lessons: a signed-in person learns
//! as themselves, a visitor as the random token kept in their session, which becomes the
//! account's when they sign in. A learner's progress and attempts are theirs alone (no handler
//! takes a learner from the request). A certificate is its holder's to withdraw from public
//! view; moderators revoke one, with a reason.

use crate::identity::SessionUser;
use tower_sessions::Session;

/// The session key of a visitor's learner token.
pub const VISITOR_TOKEN: &str = "course_learner";

/// A learner's key in the progress tables: `u<id>` for a person, `v<token>` for a visitor.
pub fn of_user(user_id: i64) -> String {
    format!("u{user_id}")
}

/// The learner a request speaks for, making a visitor's token when `create` is set (the first
/// step they take); `None` for a visitor who has not taken one.
pub async fn learner(user: Option<&SessionUser>, session: Option<&Session>, create: bool) -> Option<String> {
    if let Some(u) = user {
        return Some(of_user(u.id));
    }
    let session = session?;
    if let Ok(Some(token)) = session.get::<String>(VISITOR_TOKEN).await {
        return Some(format!("v{token}"));
    }
    if !create {
        return None;
    }
    use rand::distributions::{Alphanumeric, DistString};
    let token = Alphanumeric.sample_string(&mut rand::thread_rng(), 32);
    session.insert(VISITOR_TOKEN, token.clone()).await.ok()?;
    Some(format!("v{token}"))
}

/// After sign-in: what the visitor learned in this session becomes the account's.
pub async fn claim(db: &crate::db::Db, session: &Session, user_id: i64) -> Result<(), crate::web::AppError> {
    if let Some(token) = session.get::<String>(VISITOR_TOKEN).await? {
        super::repo::claim(db, &format!("v{token}"), &of_user(user_id)).await?;
        session.remove::<String>(VISITOR_TOKEN).await?;
    }
    Ok(())
}

pub fn may_revoke(u: &SessionUser) -> bool {
    u.role.can_moderate()
}

pub fn holds(u: &SessionUser, certificate: &super::repo::Certificate) -> bool {
    certificate.user_id == u.id
}

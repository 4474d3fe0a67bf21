//! Who may do what with the assistant. Anyone may ask; a conversation is its owner's alone (a
//! signed-in person's, or the visitor's whose session holds its token): others get "not found",
//! so they cannot even tell it exists. Moderators read the queue of unanswered questions, never
//! the conversations around them.

use super::repo::{Conversation, Owner};
use crate::identity::SessionUser;

/// The session key of a visitor's random owner token.
pub const OWNER_TOKEN: &str = "assistant_owner";

pub fn may_read(owner: &Owner, c: &Conversation) -> bool {
    c.belongs_to(owner)
}

pub fn may_moderate(u: &SessionUser) -> bool {
    u.role.can_moderate()
}

/// The owner a request speaks for: the signed-in person, else the visitor's token (made on the
/// first question when `create` is set).
pub async fn owner(user: Option<&SessionUser>, session: Option<&tower_sessions::Session>, create: bool) -> Owner {
    if let Some(u) = user {
        return Owner::User(u.id);
    }
    let Some(session) = session else { return Owner::Visitor(String::new()) };
    if let Ok(Some(token)) = session.get::<String>(OWNER_TOKEN).await {
        return Owner::Visitor(token);
    }
    if !create {
        return Owner::Visitor(String::new());
    }
    use rand::distributions::{Alphanumeric, DistString};
    let token = Alphanumeric.sample_string(&mut rand::thread_rng(), 32);
    let _ = session.insert(OWNER_TOKEN, token.clone()).await;
    Owner::Visitor(token)
}

/// At sign-in, the conversations asked as a visitor in this session become the person's.
pub async fn claim_visitor_conversations(
    db: &crate::db::Db,
    session: &tower_sessions::Session,
    user_id: i64,
) -> Result<(), crate::web::AppError> {
    if let Some(token) = session.get::<String>(OWNER_TOKEN).await? {
        super::repo::claim(db, &token, user_id).await?;
        session.remove::<String>(OWNER_TOKEN).await?;
    }
    Ok(())
}

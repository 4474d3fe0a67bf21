//! Who may read and write which conversation. Pages use these to decide what to show; handlers
//! check them again (anyone else gets 404 for a page and 403 for a post).

use super::repo::Conversation;
use crate::identity::SessionUser;

/// Only people who act for an organisation write messages.
pub fn may_message(u: &SessionUser) -> bool {
    u.organisation_id.is_some()
}

/// Whether the user is one of the people of the conversation's two organisations.
pub fn participates(u: &SessionUser, c: &Conversation) -> bool {
    u.organisation_id.is_some_and(|org| c.involves(org))
}

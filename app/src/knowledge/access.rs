//! Who may do what in the knowledge centre. Pages use these to decide what to show; handlers
//! check them again.

use super::model::Status;
use super::repo::Item;
use crate::identity::SessionUser;

/// Anyone reads a published item; its body and moderators also read it before (and after).
pub fn may_read(u: Option<&SessionUser>, item: &Item) -> bool {
    item.status == Status::Published || u.is_some_and(|u| is_moderator(u) || owns(u, item))
}

pub fn is_moderator(u: &SessionUser) -> bool {
    u.role.can_moderate()
}

/// A verified public body's buyer writes cases about its own body.
pub fn may_contribute(u: &SessionUser) -> bool {
    u.is_verified_buyer()
}

/// Whether the user speaks for the case's public body.
pub fn owns(u: &SessionUser, item: &Item) -> bool {
    u.is_buyer_with_body() && item.organisation_id.is_some_and(|o| u.acts_for(o))
}

/// The body edits its case while it is its own draft or returned to it; a moderator edits any.
pub fn may_edit(u: &SessionUser, item: &Item) -> bool {
    is_moderator(u) || (owns(u, item) && may_contribute(u) && matches!(item.status, Status::Draft | Status::Returned))
}

/// The body sends its draft (or returned case) to the moderators.
pub fn may_submit(u: &SessionUser, item: &Item) -> bool {
    owns(u, item) && may_contribute(u) && matches!(item.status, Status::Draft | Status::Returned)
}

/// Only moderators publish, return, retire, and create materials.
pub fn may_moderate(u: &SessionUser) -> bool {
    is_moderator(u)
}

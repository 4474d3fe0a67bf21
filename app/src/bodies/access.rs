//! Who may do what with public bodies' pages and partner posts. Pages use these to decide what
//! to show; handlers check them again.

use super::repo::PartnerPost;
use crate::identity::{Role, SessionUser};

/// A buyer of a public body (verified or not) edits the body's page.
pub fn may_edit_profile(u: &SessionUser) -> bool {
    u.is_buyer_with_body()
}

/// A verified public body posts needs in public.
pub fn may_post(u: &SessionUser) -> bool {
    u.is_verified_buyer()
}

/// Whether the user speaks for the post's public body.
pub fn owns_post(u: &SessionUser, p: &PartnerPost) -> bool {
    u.role == Role::Buyer && u.acts_for(p.organisation_id)
}

/// A buyer of another verified public body: who may express interest in a post.
pub fn may_express_interest(u: &SessionUser, p: &PartnerPost) -> bool {
    u.is_verified_buyer() && !u.acts_for(p.organisation_id)
}

/// A buyer of a verified public body may invite colleagues into it (when also its owner, which
/// the handler checks in the database): an unverified body cannot grow a team in its name.
pub fn may_invite(u: &SessionUser) -> bool {
    u.is_verified_buyer()
}

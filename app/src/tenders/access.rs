//! Who may do what with tenders. Pages use these to decide what to show; handlers check them
//! again, whatever the page showed.

use super::repo::Tender;
use crate::identity::{Role, SessionUser};

/// A verified public buyer: the only one who may publish.
pub fn may_publish(u: &SessionUser) -> bool {
    u.is_verified_buyer()
}

/// Any buyer with a public body may prepare drafts while verification is pending.
pub fn may_draft(u: &SessionUser) -> bool {
    u.is_buyer_with_body()
}

/// Whether the user speaks for the tender's buyer.
pub fn owns(u: &SessionUser, t: &Tender) -> bool {
    u.role == Role::Buyer && u.acts_for(t.organisation_id)
}

/// Suppliers ask questions about a tender.
pub fn may_ask(u: &SessionUser) -> bool {
    u.role == Role::Supplier
}

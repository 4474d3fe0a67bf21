//! Who may do what with a company's profile and team. Pages use these to decide what to show;
//! handlers check them again.

use crate::identity::SessionUser;

/// A supplier who belongs to a company: the only one who edits that company's profile.
pub fn may_edit(u: &SessionUser) -> bool {
    u.is_supplier_with_company()
}

//! The suppliers' forms: the profile steps, references, inviting colleagues and accepting.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SupplierForm {
    Company,
    Offer,
    About,
    Reference,
    Contact,
    Invite,
    AcceptInvitation,
}

impl SupplierForm {
    pub const ALL: [SupplierForm; 7] = [
        SupplierForm::Company,
        SupplierForm::Offer,
        SupplierForm::About,
        SupplierForm::Reference,
        SupplierForm::Contact,
        SupplierForm::Invite,
        SupplierForm::AcceptInvitation,
    ];
}

impl FormRule for SupplierForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            SupplierForm::Company => rules::company(values),
            SupplierForm::Offer => rules::offer(values),
            SupplierForm::About => rules::about(values),
            SupplierForm::Reference => rules::reference(values),
            SupplierForm::Contact => rules::contact(values),
            SupplierForm::Invite => crate::accounts::rules::invite(values),
            SupplierForm::AcceptInvitation => rules::accept_invitation(values),
        }
    }
}

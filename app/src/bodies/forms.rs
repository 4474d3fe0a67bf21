//! The public bodies' forms: the body's page, partner posts and inviting a colleague.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BodyForm {
    Profile,
    PartnerPost,
    PartnerInterest,
    /// A colleague invited into the public body.
    Invite,
}

impl BodyForm {
    pub const ALL: [BodyForm; 4] = [BodyForm::Profile, BodyForm::PartnerPost, BodyForm::PartnerInterest, BodyForm::Invite];
}

impl FormRule for BodyForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            BodyForm::Profile => rules::body_profile(values),
            BodyForm::PartnerPost => rules::partner_post(values),
            BodyForm::PartnerInterest => rules::partner_interest(values),
            BodyForm::Invite => crate::accounts::rules::invite(values),
        }
    }
}

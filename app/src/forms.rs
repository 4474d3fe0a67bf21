//! The forms of the platform, by kind. An island receives a `FormKind` (it cannot receive a
//! function) and asks it for the rule; the server asks the same kind, so both check alike.

use crate::accounts::rules;
use crate::shell::LiveNote;
use crate::tenders::rules as tender_rules;
use crate::validation::{FieldErrors, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    SignIn,
    SignUpBuyer,
    SignUpSupplier,
    ForgotPassword,
    ResetPassword,
    EditProfile,
    ChangePassword,
    ChangeEmail,
    DeleteAccount,
    Moderate,
    Tender,
    TenderQuestion,
    TenderAnswer,
    TenderCancel,
    TenderAward,
    SavedSearch,
    /// A button that needs no input (publish, close, follow …).
    Confirm,
}

impl FormKind {
    pub fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            FormKind::SignIn => rules::sign_in(values),
            FormKind::SignUpBuyer => rules::sign_up_buyer(values),
            FormKind::SignUpSupplier => rules::sign_up_supplier(values),
            FormKind::ForgotPassword => rules::forgot_password(values),
            FormKind::ResetPassword => rules::reset_password(values),
            FormKind::EditProfile => rules::edit_profile(values),
            FormKind::ChangePassword => rules::change_password(values),
            FormKind::ChangeEmail => rules::change_email(values),
            FormKind::DeleteAccount => rules::delete_account(values),
            FormKind::Moderate => rules::moderate(values),
            FormKind::Tender => tender_rules::tender(values),
            FormKind::TenderQuestion => tender_rules::question(values),
            FormKind::TenderAnswer => tender_rules::answer(values),
            FormKind::TenderCancel => tender_rules::cancel(values),
            FormKind::TenderAward => tender_rules::award(values),
            FormKind::SavedSearch => tender_rules::saved_search(values),
            FormKind::Confirm => FieldErrors::default(),
        }
    }

    /// The messages this kind's live note may show, and the names of their arguments.
    pub fn live_messages(self) -> (Vec<&'static str>, &'static [&'static str]) {
        match self {
            FormKind::Tender => (crate::tenders::threshold::Category::all_message_keys().collect(), &["value", "threshold", "from", "to"]),
            _ => (Vec::new(), &[]),
        }
    }

    /// The sentence the form shows as the user types, if this kind of form has one.
    pub fn live(self, values: &FormValues) -> Option<LiveNote> {
        match self {
            FormKind::Tender => tender_rules::live_verdict(values),
            _ => None,
        }
    }
}

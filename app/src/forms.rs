//! The forms of the platform, by kind. An island receives a `FormKind` (it cannot receive a
//! function) and asks it for the rule; the server asks the same kind, so both check alike.

use crate::accounts::rules;
use crate::shell::LiveNote;
use crate::suppliers::rules as supplier_rules;
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
    BodyProfile,
    PartnerPost,
    PartnerInterest,
    /// The first message to an organisation ("contact"), a reply, a report, the e-mail setting.
    Contact,
    Message,
    MessageReport,
    MessageMail,
    SupplierCompany,
    SupplierOffer,
    SupplierAbout,
    SupplierReference,
    SupplierContact,
    Invite,
    AcceptInvitation,
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
            FormKind::BodyProfile => crate::bodies::rules::body_profile(values),
            FormKind::PartnerPost => crate::bodies::rules::partner_post(values),
            FormKind::PartnerInterest => crate::bodies::rules::partner_interest(values),
            FormKind::Contact => crate::messages::rules::contact(values),
            FormKind::Message => crate::messages::rules::message(values),
            FormKind::MessageReport => crate::messages::rules::report(values),
            FormKind::MessageMail => crate::messages::rules::message_mail(values),
            FormKind::SupplierCompany => supplier_rules::company(values),
            FormKind::SupplierOffer => supplier_rules::offer(values),
            FormKind::SupplierAbout => supplier_rules::about(values),
            FormKind::SupplierReference => supplier_rules::reference(values),
            FormKind::SupplierContact => supplier_rules::contact(values),
            FormKind::Invite => supplier_rules::invite(values),
            FormKind::AcceptInvitation => supplier_rules::accept_invitation(values),
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

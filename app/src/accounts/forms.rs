//! The account forms: sign-up and sign-in, the account page, moderation.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountForm {
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
}

impl AccountForm {
    pub const ALL: [AccountForm; 10] = [
        AccountForm::SignIn,
        AccountForm::SignUpBuyer,
        AccountForm::SignUpSupplier,
        AccountForm::ForgotPassword,
        AccountForm::ResetPassword,
        AccountForm::EditProfile,
        AccountForm::ChangePassword,
        AccountForm::ChangeEmail,
        AccountForm::DeleteAccount,
        AccountForm::Moderate,
    ];
}

impl FormRule for AccountForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            AccountForm::SignIn => rules::sign_in(values),
            AccountForm::SignUpBuyer => rules::sign_up_buyer(values),
            AccountForm::SignUpSupplier => rules::sign_up_supplier(values),
            AccountForm::ForgotPassword => rules::forgot_password(values),
            AccountForm::ResetPassword => rules::reset_password(values),
            AccountForm::EditProfile => rules::edit_profile(values),
            AccountForm::ChangePassword => rules::change_password(values),
            AccountForm::ChangeEmail => rules::change_email(values),
            AccountForm::DeleteAccount => rules::delete_account(values),
            AccountForm::Moderate => rules::moderate(values),
        }
    }
}

//! The account pages. Each builds its form from fields and hands it to the `SmartForm` island.

mod account;
mod moderation;
mod password;
mod sign_in;
mod sign_up;

pub use account::AccountPage;
pub use moderation::ModerationPage;
pub use password::{ForgotPasswordPage, ResetPasswordPage};
pub use sign_in::SignInPage;
pub use sign_up::{SignUpBuyerPage, SignUpChoicePage, SignUpSupplierPage};

use crate::i18n::Tr;
use crate::shell::{Choice, ChoiceGroup, Field};

/// "Choose …" followed by the choices: a select that starts with nothing chosen.
fn with_placeholder(tr: Tr, groups: Vec<ChoiceGroup>) -> Vec<ChoiceGroup> {
    let mut all = vec![ChoiceGroup { label: String::new(), choices: vec![Choice { value: String::new(), label: tr.t("choose") }] }];
    all.extend(groups);
    all
}

fn email_field(tr: Tr) -> Field {
    Field::email("email", tr.t("field-email"))
}

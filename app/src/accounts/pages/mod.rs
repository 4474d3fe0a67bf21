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
use crate::forms::Field;
pub(crate) use crate::forms::with_placeholder;

fn email_field(tr: Tr) -> Field {
    Field::email("email", tr.t("field-email"))
}

//! The account pages. Each builds its form from fields and hands it to the `SmartForm` island.

mod account;
pub mod colleagues;
mod moderation;
mod password;
mod sign_in;
mod sign_up;

pub use account::AccountPage;
pub use moderation::ModerationPage;
pub use password::{ForgotPasswordPage, ResetPasswordPage};
pub use sign_in::SignInPage;
pub use sign_up::{SignUpBuyerPage, SignUpChoicePage, SignUpSupplierPage};

pub(crate) use crate::forms::with_placeholder;
use crate::forms::Field;
use crate::i18n::Tr;

fn email_field(tr: Tr) -> Field {
    Field::email("email", tr.t("field-email"))
}

use leptos::prelude::*;

/// The accounts' pages: a transparent route group, which the route table in `app.rs` names in one line.
#[component(transparent)]
pub fn AccountRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
            <Route path=path!("/signup") view=SignUpChoicePage ssr=SsrMode::Async />
            <Route path=path!("/signup/buyer") view=SignUpBuyerPage ssr=SsrMode::Async />
            <Route path=path!("/signup/supplier") view=SignUpSupplierPage ssr=SsrMode::Async />
            <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async />
            <Route path=path!("/password/forgot") view=ForgotPasswordPage ssr=SsrMode::Async />
            <Route path=path!("/password/reset") view=ResetPasswordPage ssr=SsrMode::Async />
            <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
            <Route path=path!("/moderation") view=ModerationPage ssr=SsrMode::Async />
    }
    .into_inner()
}

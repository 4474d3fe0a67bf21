use super::email_field;
use crate::accounts::forms::AccountForm;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::use_tr;
use crate::shell::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let tr = use_tr();
    let next = use_query_map().get_untracked().get("next").unwrap_or_default();
    let spec = FormSpec::new(
        AccountForm::SignIn,
        "signin",
        "/signin",
        tr.t("signin-submit"),
        vec![email_field(tr), Field::password("password", tr.t("field-password"), "current-password"), Field::hidden("next", next)],
    );
    view! {
        <Page title=tr.t("signin-title")>
            <div class="narrow">
                <SmartForm spec />
                <p><a href="/password/forgot">{tr.t("signin-forgot")}</a></p>
                <p>{tr.t("signin-no-account")}" "<a href="/signup">{tr.t("nav-sign-up")}</a></p>
            </div>
        </Page>
    }
}

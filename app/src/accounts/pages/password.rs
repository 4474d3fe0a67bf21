use super::email_field;
use crate::accounts::forms::AccountForm;
use crate::accounts::tokens::Purpose;
use crate::accounts::{repo, tokens};
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::use_tr;
use crate::shell::Page;
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let tr = use_tr();
    let spec = FormSpec::new(AccountForm::ForgotPassword, "forgot", "/password/forgot", tr.t("forgot-submit"), vec![email_field(tr)]);
    view! {
        <Page title=tr.t("forgot-title")>
            <div class="narrow">
                <p>{tr.t("forgot-intro")}</p>
                <SmartForm spec />
            </div>
        </Page>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let tr = use_tr();
    let token = use_query_map().get_untracked().get("token").unwrap_or_default();
    let state = use_state();
    let hash = tokens::hash(&token);
    let form = move || {
        let (state, hash, token) = (state.clone(), hash.clone(), token.clone());
        Suspend::new(async move {
            let valid = repo::token_valid(&state.db, &hash, Purpose::ResetPassword).await.unwrap_or(false);
            if !valid {
                return view! {
                    <p class="notice notice-error">{tr.t("reset-invalid")}</p>
                    <p><a href="/password/forgot">{tr.t("reset-ask-again")}</a></p>
                }
                .into_any();
            }
            let spec = FormSpec::new(
                AccountForm::ResetPassword,
                "reset",
                "/password/reset",
                tr.t("reset-submit"),
                vec![
                    Field::password("password", tr.t("field-new-password"), "new-password").hint(tr.t("hint-password")),
                    Field::hidden("token", token),
                ],
            );
            view! { <SmartForm spec /> }.into_any()
        })
    };
    view! {
        <Page title=tr.t("reset-title")>
            <div class="narrow">
                <Suspense>{form}</Suspense>
            </div>
        </Page>
    }
}

use crate::accounts::forms::AccountForm;
use crate::accounts::repo::{self, AccountDetails};
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::{BodyType, Role, Verification};
use crate::reference::{nuts, Country};
use crate::shell::{guard, Page};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AccountPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/account", |_| true) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let state = use_state();
    let details = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::account_details(&state.db, user.id).await {
                Ok(Some(d)) => account_view(tr, d).into_any(),
                _ => view! { <p>{tr.t("error-500-text")}</p> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("account-title")>
            <Suspense>{details}</Suspense>
        </Page>
    }
    .into_any()
}

fn account_view(tr: Tr, d: AccountDetails) -> impl IntoView {
    let role_key = format!("role-{}", d.role.as_str());
    let organisation = d.organisation.clone().map(|o| {
        let country = Country::from_code(&o.country).map(|c| tr.t(&c.message_key())).unwrap_or(o.country.clone());
        let body_type = o.body_type.as_deref().and_then(BodyType::parse).map(|b| tr.t(&b.message_key()));
        let region = o.nuts_code.as_deref().map(|code| match nuts::region(code) {
            Some(r) => format!("{code} – {}", r.label),
            None => code.to_string(),
        });
        let status = match o.verification {
            Verification::Pending => Some(tr.t("verification-pending")),
            Verification::Verified => Some(tr.t("verification-verified")),
            Verification::Rejected => {
                Some(tr.t_args("verification-rejected", &[("reason", o.decision_reason.clone().unwrap_or_default())]))
            }
            Verification::NotRequired => None,
        };
        view! {
            <section aria-labelledby="org-heading">
                <h2 id="org-heading">{tr.t("account-organisation")}</h2>
                <dl class="facts">
                    <dt>{tr.t("field-organisation-name")}</dt><dd>{o.name}</dd>
                    <dt>{tr.t("field-country")}</dt><dd>{country}</dd>
                    {body_type.map(|b| view! { <dt>{tr.t("field-body-type")}</dt><dd>{b}</dd> })}
                    {region.map(|r| view! { <dt>{tr.t("field-nuts")}</dt><dd>{r}</dd> })}
                    {o.registration_number.map(|n| view! { <dt>{tr.t("field-registration-number")}</dt><dd>{n}</dd> })}
                    {status.map(|s| view! { <dt>{tr.t("account-verification")}</dt><dd>{s}</dd> })}
                </dl>
            </section>
        }
    });

    let profile = FormSpec::new(
        AccountForm::EditProfile,
        "profile",
        "/account/profile",
        tr.t("account-save"),
        vec![Field::text("name", tr.t("field-name")).autocomplete("name").value(d.name.clone())],
    );
    let email = FormSpec::new(
        AccountForm::ChangeEmail,
        "email",
        "/account/email",
        tr.t("account-change-email"),
        vec![
            Field::email("new_email", tr.t("field-new-email")),
            Field::password("password", tr.t("field-current-password"), "current-password"),
        ],
    );
    let password = FormSpec::new(
        AccountForm::ChangePassword,
        "password",
        "/account/password",
        tr.t("account-change-password"),
        vec![
            Field::password("current_password", tr.t("field-current-password"), "current-password"),
            Field::password("new_password", tr.t("field-new-password"), "new-password").hint(tr.t("hint-password")),
        ],
    );
    let delete = FormSpec::new(
        AccountForm::DeleteAccount,
        "delete",
        "/account/delete",
        tr.t("account-delete-submit"),
        vec![
            Field::password("password", tr.t("field-current-password"), "current-password"),
            Field::checkbox("confirm", tr.t("account-delete-confirm")),
        ],
    )
    .danger();
    let staff_note = matches!(d.role, Role::Moderator | Role::Admin).then(|| view! { <p>{tr.t("account-staff-note")}</p> });

    view! {
        <section aria-labelledby="me-heading">
            <h2 id="me-heading">{tr.t("account-you")}</h2>
            <dl class="facts">
                <dt>{tr.t("field-name")}</dt><dd>{d.name.clone()}</dd>
                <dt>{tr.t("field-email")}</dt><dd>{d.email.clone()}</dd>
                <dt>{tr.t("account-role")}</dt><dd>{tr.t(&role_key)}</dd>
                <dt>{tr.t("account-since")}</dt><dd>{tr.date(d.created_at)}</dd>
            </dl>
            {staff_note}
        </section>
        {organisation}
        <section aria-labelledby="edit-heading" class="form-section">
            <h2 id="edit-heading">{tr.t("account-edit")}</h2>
            <SmartForm spec=profile />
        </section>
        <section aria-labelledby="email-heading" class="form-section">
            <h2 id="email-heading">{tr.t("account-change-email")}</h2>
            <p>{tr.t("account-change-email-intro")}</p>
            <SmartForm spec=email />
        </section>
        <section aria-labelledby="password-heading" class="form-section">
            <h2 id="password-heading">{tr.t("account-change-password")}</h2>
            <SmartForm spec=password />
        </section>
        <section aria-labelledby="data-heading" class="form-section">
            <h2 id="data-heading">{tr.t("account-data")}</h2>
            <p>{tr.t("account-data-intro")}</p>
            <p><a class="button button-secondary" href="/account/export" download="ppi-hub-my-data.json">{tr.t("account-data-download")}</a></p>
        </section>
        <section aria-labelledby="delete-heading" class="form-section danger-zone">
            <h2 id="delete-heading">{tr.t("account-delete")}</h2>
            <p>{tr.t("account-delete-intro")}</p>
            <SmartForm spec=delete />
        </section>
    }
}

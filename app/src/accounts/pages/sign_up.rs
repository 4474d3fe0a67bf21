use super::{email_field, with_placeholder};
use crate::accounts::forms::AccountForm;
use crate::forms::{Choice, ChoiceGroup, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::BodyType;
use crate::reference::{nuts, Country};
use crate::shell::Page;
use leptos::prelude::*;

#[component]
pub fn SignUpChoicePage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Page title=tr.t("signup-title")>
            <p class="lead">{tr.t("signup-intro")}</p>
            <div class="cards">
                <section class="card" aria-labelledby="signup-buyer-heading">
                    <h2 id="signup-buyer-heading">{tr.t("signup-buyer-heading")}</h2>
                    <p>{tr.t("signup-buyer-text")}</p>
                    <a class="button" href="/signup/buyer">{tr.t("signup-buyer-action")}</a>
                </section>
                <section class="card" aria-labelledby="signup-supplier-heading">
                    <h2 id="signup-supplier-heading">{tr.t("signup-supplier-heading")}</h2>
                    <p>{tr.t("signup-supplier-text")}</p>
                    <a class="button" href="/signup/supplier">{tr.t("signup-supplier-action")}</a>
                </section>
            </div>
            <p>{tr.t("signup-have-account")}" "<a href="/signin">{tr.t("nav-sign-in")}</a></p>
        </Page>
    }
}

/// The fields both kinds of account share: the person, then the organisation's name and country.
fn person_fields(tr: Tr, organisation_label: &str) -> Vec<Field> {
    let countries = Country::ALL.into_iter().map(|c| Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect();
    vec![
        Field::text("name", tr.t("field-name")).autocomplete("name"),
        email_field(tr),
        Field::password("password", tr.t("field-password"), "new-password").hint(tr.t("hint-password")),
        Field::text("organisation", tr.t(organisation_label)).autocomplete("organization"),
        Field::select(
            "country",
            tr.t("field-country"),
            with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: countries }]),
        )
        .autocomplete("country"),
    ]
}

/// NUTS regions of every country served, grouped by country, each as "code – name".
fn nuts_choices(tr: Tr) -> Vec<ChoiceGroup> {
    Country::ALL
        .into_iter()
        .map(|c| ChoiceGroup {
            label: tr.t(&c.message_key()),
            choices: nuts::regions_of(c)
                .map(|r| Choice {
                    value: r.code.clone(),
                    label: format!("{}{} – {}", "\u{2003}".repeat(usize::from(r.level.saturating_sub(1))), r.code, r.label),
                })
                .collect(),
        })
        .collect()
}

#[component]
pub fn SignUpBuyerPage() -> impl IntoView {
    let tr = use_tr();
    let mut fields = person_fields(tr, "field-public-body");
    let body_types = BodyType::ALL.into_iter().map(|b| Choice { value: b.as_str().into(), label: tr.t(&b.message_key()) }).collect();
    fields.push(Field::radio("body_type", tr.t("field-body-type"), body_types).hint(tr.t("hint-body-type")));
    fields.push(Field::select("nuts", tr.t("field-nuts"), with_placeholder(tr, nuts_choices(tr))).hint(tr.t("hint-nuts")));
    let spec = FormSpec::new(AccountForm::SignUpBuyer, "signup", "/signup/buyer", tr.t("signup-submit"), fields);
    view! {
        <Page title=tr.t("signup-buyer-title")>
            <div class="narrow">
                <p>{tr.t("signup-buyer-explain")}</p>
                <SmartForm spec />
            </div>
        </Page>
    }
}

#[component]
pub fn SignUpSupplierPage() -> impl IntoView {
    let tr = use_tr();
    let mut fields = person_fields(tr, "field-company");
    fields.push(Field::text("registration_number", tr.t("field-registration-number")).hint(tr.t("hint-registration-number")));
    // Shown to everyone, needed only when the company is already here (the server says so).
    fields.push(Field::checkbox("join", tr.t("field-join-company")).optional().hint(tr.t("hint-join-company")));
    let spec = FormSpec::new(AccountForm::SignUpSupplier, "signup", "/signup/supplier", tr.t("signup-submit"), fields);
    view! {
        <Page title=tr.t("signup-supplier-title")>
            <div class="narrow">
                <p>{tr.t("signup-supplier-explain")}</p>
                <SmartForm spec />
            </div>
        </Page>
    }
}

//! The buyer's tender form, for a new draft and for editing (a draft) or amending (a published
//! tender). One form, with the live EU threshold verdict and the CPV and NUTS pickers.

use super::{code_choices, one_group};
use crate::accounts::repo as accounts;
use crate::forms::{with_placeholder, Field, FormSpec, SmartForm};
use crate::i18n::{today_in, use_tr, Tr};
use crate::reference::Country;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::access::{may_draft, owns};
use crate::tenders::forms::TenderForm;
use crate::tenders::handlers::form_values;
use crate::tenders::model::{Currency, Innovation, Procedure, Status};
use crate::tenders::repo;
use crate::tenders::rules::CONTEXT_BUYER_TYPE;
use crate::tenders::threshold::ContractType;
use crate::validation::FormValues;
use crate::validation::CONTEXT_TODAY;
use leptos::prelude::*;

fn fields(tr: Tr, zone_name: &str) -> Vec<Field> {
    let mut innovation = vec![crate::forms::Choice { value: String::new(), label: tr.t("innovation-none") }];
    innovation.extend(code_choices::<Innovation>(tr));
    vec![
        Field::text("title", tr.t("tender-field-title")),
        Field::textarea("description", tr.t("tender-field-description")).hint(tr.t("hint-tender-description")),
        Field::radio("contract_type", tr.t("tender-field-contract-type"), code_choices::<ContractType>(tr)),
        Field::select("procedure", tr.t("tender-field-procedure"), with_placeholder(tr, one_group(code_choices::<Procedure>(tr)))),
        Field::select("innovation", tr.t("tender-field-innovation"), one_group(innovation)).optional().hint(tr.t("hint-tender-innovation")),
        Field::amount("value", tr.t("tender-field-value")).hint(tr.t("hint-tender-value")),
        Field::select("currency", tr.t("tender-field-currency"), one_group(code_choices::<Currency>(tr))).value("EUR"),
        Field::amount("value_eur", tr.t("tender-field-value-eur")).optional().hint(tr.t("hint-tender-value-eur")),
        Field::checkbox("social_services", tr.t("tender-field-social-services")).optional().hint(tr.t("hint-tender-social-services")),
        Field::live_note("threshold"),
        Field::text("notice_url", tr.t("tender-field-notice-url")).optional().hint(tr.t("hint-tender-notice-url")),
        Field::checkbox("ted_pending", tr.t("tender-field-ted-pending")).optional(),
        Field::picker("main_cpv", tr.t("tender-field-main-cpv"), "/api/cpv", false, "/reference/cpv", tr.t("picker-search-cpv"))
            .hint(tr.t("hint-tender-cpv")),
        Field::picker("additional_cpv", tr.t("tender-field-additional-cpv"), "/api/cpv", true, "/reference/cpv", tr.t("picker-search-cpv"))
            .optional()
            .hint(tr.t("hint-tender-additional-cpv")),
        Field::picker("nuts", tr.t("tender-field-nuts"), "/api/nuts", false, "/reference/nuts", tr.t("picker-search-nuts"))
            .hint(tr.t("hint-tender-nuts")),
        Field::textarea("lots", tr.t("tender-field-lots")).optional().hint(tr.t("hint-tender-lots")),
        Field::datetime("questions_deadline", tr.t("tender-field-questions-deadline"))
            .hint(tr.t_args("hint-tender-deadline", &[("zone", zone_name.to_string())])),
        Field::datetime("submission_deadline", tr.t("tender-field-submission-deadline"))
            .hint(tr.t_args("hint-tender-deadline", &[("zone", zone_name.to_string())])),
        Field::text("contact_name", tr.t("tender-field-contact-name")).autocomplete("name"),
        Field::email("contact_email", tr.t("tender-field-contact-email")),
        Field::hidden(CONTEXT_BUYER_TYPE, String::new()),
        Field::hidden(CONTEXT_TODAY, String::new()),
    ]
}

/// The form, filled with `values` (a stored tender) unless the server just refused a submission.
fn tender_form(tr: Tr, action: &str, submit: String, country: Country, body_type: &str, values: Option<FormValues>) -> FormSpec {
    let mut fields = fields(tr, country.time_zone());
    if let Some(values) = values {
        for f in &mut fields {
            if let Some(v) = values.get(&f.name) {
                f.value = v.clone();
            }
        }
    }
    FormSpec::new(TenderForm::Tender, "tender", action, submit, fields)
        .context(CONTEXT_BUYER_TYPE, body_type)
        .context(CONTEXT_TODAY, &today_in(country.time_zone()))
}

#[component]
pub fn NewTenderPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/tenders/new", may_draft) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let form = move || {
        let state = state.clone();
        Suspend::new(async move {
            let org = accounts::organisation(&state.db, user.organisation_id.unwrap_or_default()).await.ok().flatten();
            let Some((org, country)) = org.and_then(|o| Country::from_code(&o.country).map(|c| (o, c))) else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let spec = tender_form(tr, "/tenders/new", tr.t("tender-save-draft"), country, &org.body_type.unwrap_or_default(), None);
            view! { <SmartForm spec /> }.into_any()
        })
    };
    view! {
        <Page title=tr.t("tender-new-title")>
            <div class="narrow">
                <p>{tr.t("tender-new-intro")}</p>
                <Suspense>{form}</Suspense>
            </div>
        </Page>
    }
    .into_any()
}

#[component]
pub fn EditTenderPage() -> impl IntoView {
    let tr = use_tr();
    let id = crate::shell::id_param();
    let here = format!("/tenders/{id}/edit");
    let user = match guard(&here, may_draft) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let form = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let tender = match repo::find(&state.db, id).await {
                Ok(Some(t)) => t,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            if !owns(&user, &tender) {
                return view! { <StatusPage status=403 /> }.into_any();
            }
            if !matches!(tender.status_now(), Status::Draft | Status::Published) {
                return view! { <Page title=tr.t("tender-edit-title")><p>{tr.t("err-tender-not-editable")}</p></Page> }.into_any();
            }
            let org = accounts::organisation(&state.db, tender.organisation_id).await.ok().flatten();
            let country = Country::from_code(&tender.country).unwrap_or(Country::Fi);
            let published = tender.status == Status::Published;
            let submit = tr.t(if published { "tender-save-amendment" } else { "tender-save-draft" });
            let spec = tender_form(
                tr,
                &format!("/tenders/{id}/edit"),
                submit,
                country,
                &org.and_then(|o| o.body_type).unwrap_or_default(),
                Some(form_values(&tender)),
            );
            let title = tr.t(if published { "tender-amend-title" } else { "tender-edit-title" });
            view! {
                <Page title>
                    <div class="narrow">
                        <p><a href=format!("/tenders/{id}")>{tender.data.title.clone()}</a></p>
                        {published.then(|| view! { <p class="notice">{tr.t("tender-amend-intro")}</p> })}
                        <SmartForm spec />
                    </div>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{form}</Suspense> }.into_any()
}

//! `/suppliers/profile/{step}`: the guided profile, one step per page with the steps listed and
//! marked done, so a supplier sees how far it is. Each step saves on its own; `/suppliers/profile`
//! resumes at the first step not done.

use crate::forms::FormKind;
use crate::forms::{with_placeholder, Choice, ChoiceGroup, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::reference::Code;
use crate::reference::Country;
use crate::shell::{guard, redirect, Page, StatusPage};
use crate::state::use_state;
use crate::suppliers::access::may_edit;
use crate::suppliers::forms::SupplierForm;
use crate::suppliers::logo;
use crate::suppliers::model::{completeness, may_publish, percent_complete, ProfileStatus, Size, Step, LANGUAGES};
use crate::suppliers::repo::{self, Profile};
use crate::validation::CONTEXT_TODAY;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/suppliers/profile`: straight on to the first step not done.
#[component]
pub fn SupplierProfilePage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/suppliers/profile", may_edit) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let go = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::own_profile(&state.db, user.organisation_id.unwrap_or_default()).await {
                Ok(Some(p)) => {
                    let to = format!("/suppliers/profile/{}", Step::resume(p.steps_done).code());
                    redirect(&to);
                    view! { <Page title=tr.t("profile-title")><p><a href=to>{tr.t("profile-continue")}</a></p></Page> }.into_any()
                }
                Ok(None) => view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => view! { <StatusPage status=500 /> }.into_any(),
            }
        })
    };
    view! { <Suspense>{go}</Suspense> }.into_any()
}

#[component]
pub fn ProfileStepPage() -> impl IntoView {
    let tr = use_tr();
    let code = use_params_map().get_untracked().get("step").unwrap_or_default();
    let here = format!("/suppliers/profile/{code}");
    let user = match guard(&here, may_edit) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let Some(step) = Step::parse(&code) else { return view! { <StatusPage status=404 /> }.into_any() };
    let state = use_state();
    let page = move || {
        let state = state.clone();
        Suspend::new(async move {
            let profile = match repo::own_profile(&state.db, user.organisation_id.unwrap_or_default()).await {
                Ok(Some(p)) => p,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let content = match step {
                Step::Company => company_step(tr, &profile),
                Step::Logo => logo_step(tr, &profile),
                Step::Offer => offer_step(tr, &profile),
                Step::About => about_step(tr, &profile),
                Step::References => references_step(tr, &profile),
                Step::Contact => contact_step(tr, &profile),
                Step::Review => review_step(tr, &profile),
            };
            view! {
                <Page title=tr.t("profile-title")>
                    {progress(tr, step, profile.steps_done)}
                    <section class="step narrow" aria-labelledby="step-heading">
                        <h2 id="step-heading">{tr.t_args("profile-step-of", &[("number", step.number().to_string()), ("count", Step::ALL.len().to_string()), ("name", tr.t(&step.message_key()))])}</h2>
                        <p>{tr.t(&format!("{}-intro", step.message_key()))}</p>
                        {content}
                    </section>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

/// The steps as a list of links, the current one marked, the done ones saying so (not by
/// colour alone), and a bar of how many are done.
fn progress(tr: Tr, current: Step, done: i64) -> impl IntoView {
    let count = Step::ALL.iter().filter(|s| done & s.bit() != 0).count();
    let items = Step::ALL
        .iter()
        .map(|s| {
            let is_done = done & s.bit() != 0;
            let state = if *s == current {
                "current"
            } else if is_done {
                "done"
            } else {
                "todo"
            };
            view! {
                <li class=format!("step-{state}")>
                    <a href=format!("/suppliers/profile/{}", s.code()) aria-current=(*s == current).then_some("step")>
                        <span class="step-number" aria-hidden="true">{if is_done { "✓".to_string() } else { s.number().to_string() }}</span>
                        {tr.t(&s.message_key())}
                        {is_done.then(|| view! { <span class="visually-hidden">" ("{tr.t("profile-step-done")}")"</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steps" aria-label=tr.t("profile-steps")>
            <p>{tr.t_args("profile-steps-done", &[("done", count.to_string()), ("count", Step::ALL.len().to_string())])}</p>
            <progress max=Step::ALL.len().to_string() value=count.to_string() aria-hidden="true"></progress>
            <ol>{items}</ol>
        </nav>
    }
}

fn step_form(kind: SupplierForm, step: Step, submit: String, fields: Vec<Field>) -> AnyView {
    let spec = FormSpec::new(kind, "step", &format!("/suppliers/profile/{}", step.code()), submit, fields);
    view! { <SmartForm spec /> }.into_any()
}

fn company_step(tr: Tr, p: &Profile) -> AnyView {
    let countries = Country::ALL.into_iter().map(|c| Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect();
    let sizes = Size::ALL
        .iter()
        .map(|s| Choice {
            value: s.code().into(),
            label: format!("{} – {}", tr.t(&s.message_key()), tr.t(&format!("{}-hint", s.message_key()))),
        })
        .collect();
    let zone = Country::from_code(&p.country).map(|c| c.time_zone()).unwrap_or("Europe/Brussels");
    let fields = vec![
        Field::text("name", tr.t("field-company")).value(p.name.clone()).autocomplete("organization"),
        Field::select(
            "country",
            tr.t("field-country"),
            with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: countries }]),
        )
        .value(p.country.clone()),
        Field::text("registration_number", tr.t("field-registration-number"))
            .value(p.registration_number.clone())
            .hint(tr.t("hint-registration-number")),
        Field::text("vat_number", tr.t("field-vat-number")).value(p.vat_number.clone()).optional().hint(tr.t("hint-vat-number")),
        Field::radio("size", tr.t("field-size"), sizes).value(p.size.clone()).hint(tr.t("hint-size")),
        Field::text("year_founded", tr.t("field-year-founded")).value(p.year_founded.map(|y| y.to_string()).unwrap_or_default()).optional(),
        Field::text("website", tr.t("field-website")).value(p.website.clone()).optional().hint(tr.t("hint-website")).autocomplete("url"),
        Field::hidden(CONTEXT_TODAY, crate::i18n::today_in(zone)),
    ];
    step_form(SupplierForm::Company, Step::Company, tr.t("profile-save-continue"), fields)
}

fn next_form(tr: Tr, step: Step, label: &str) -> AnyView {
    let spec = FormSpec::new(FormKind::Confirm, "next", &format!("/suppliers/profile/{}/next", step.code()), tr.t(label), vec![]);
    view! { <SmartForm spec /> }.into_any()
}

fn logo_step(tr: Tr, p: &Profile) -> AnyView {
    let error = use_context::<crate::forms::FormEcho>().filter(|e| e.form_id == "logo").and_then(|e| e.errors.get("logo").map(|c| tr.t(c)));
    let invalid = error.is_some();
    let current = p.logo_key.as_ref().map(|_| {
        view! { <p><img class="logo-large" src=format!("/suppliers/{}/logo", p.organisation_id) alt=tr.t_args("profile-logo-alt", &[("name", p.name.clone())]) /></p> }
    });
    let hint = tr.t_args("hint-logo", &[("max", (logo::MAX_BYTES / 1024).to_string())]);
    view! {
        {current}
        <form method="post" action="/suppliers/profile/logo/upload" enctype="multipart/form-data" class="upload-form" id="logo">
            <div class="field" class:field-invalid=invalid>
                <label for="logo-file">{tr.t("field-logo")}</label>
                <p class="hint" id="logo-file-hint">{hint}</p>
                <input id="logo-file" type="file" name="logo" required=true accept="image/png,image/jpeg,image/webp"
                    aria-describedby="logo-file-hint logo-file-error" aria-invalid=if invalid { "true" } else { "false" } />
                <p class="field-error" id="logo-file-error">{error}</p>
            </div>
            <button type="submit" class="button button-secondary">{tr.t("profile-logo-upload")}</button>
        </form>
        {next_form(tr, Step::Logo, if p.logo_key.is_some() { "profile-continue" } else { "profile-skip-logo" })}
    }
    .into_any()
}

fn offer_step(tr: Tr, p: &Profile) -> AnyView {
    let languages = LANGUAGES.iter().map(|l| Choice { value: l.to_string(), label: tr.t(&format!("language-{l}")) }).collect();
    let fields = vec![
        Field::picker("cpv", tr.t("field-supplier-cpv"), "/api/cpv", true, "/reference/cpv", tr.t("picker-search-cpv"))
            .value(p.cpv.join(", "))
            .hint(tr.t("hint-supplier-cpv")),
        Field::picker("regions", tr.t("field-regions"), "/api/nuts", true, "/reference/nuts", tr.t("picker-search-nuts"))
            .value(p.regions.join(", "))
            .optional()
            .hint(tr.t("hint-regions")),
        Field::checkbox("all_eu", tr.t("field-all-eu")).value(if p.all_eu { "yes" } else { "" }).optional(),
        Field::checkboxes("languages", tr.t("field-languages"), languages).value(p.languages.join(",")),
    ];
    step_form(SupplierForm::Offer, Step::Offer, tr.t("profile-save-continue"), fields)
}

fn about_step(tr: Tr, p: &Profile) -> AnyView {
    let fields = vec![
        Field::textarea("capability", tr.t("field-capability")).value(p.capability.clone()).hint(tr.t("hint-capability")),
        Field::textarea("innovation", tr.t("field-innovation-offer"))
            .value(p.innovation.clone())
            .optional()
            .hint(tr.t("hint-innovation-offer")),
        Field::textarea("certifications", tr.t("field-certifications"))
            .value(p.certifications.clone())
            .optional()
            .hint(tr.t("hint-certifications")),
    ];
    step_form(SupplierForm::About, Step::About, tr.t("profile-save-continue"), fields)
}

fn references_step(tr: Tr, p: &Profile) -> AnyView {
    let zone = Country::from_code(&p.country).map(|c| c.time_zone()).unwrap_or("Europe/Brussels");
    let list = if p.references.is_empty() {
        view! { <p>{tr.t("profile-no-references")}</p> }.into_any()
    } else {
        let items = p
            .references
            .iter()
            .map(|r| {
                let remove = FormSpec::new(
                    FormKind::Confirm,
                    &format!("delete-reference-{}", r.id),
                    &format!("/suppliers/profile/references/{}/delete", r.id),
                    tr.t("profile-reference-remove"),
                    vec![],
                );
                view! {
                    <li class="card">
                        <h3>{r.buyer.clone()}" · "{r.year}</h3>
                        <p>{tr.money(r.value_eur, "EUR")}</p>
                        <p class="pre-line">{r.description.clone()}</p>
                        <SmartForm spec=remove />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plain results">{items}</ul> }.into_any()
    };
    let add = FormSpec::new(
        SupplierForm::Reference,
        "reference",
        "/suppliers/profile/references/add",
        tr.t("profile-reference-add"),
        vec![
            Field::text("buyer", tr.t("field-reference-buyer")),
            Field::text("year", tr.t("field-reference-year")),
            Field::amount("value", tr.t("field-reference-value")).hint(tr.t("hint-reference-value")),
            Field::textarea("description", tr.t("field-reference-description")),
            Field::hidden(CONTEXT_TODAY, crate::i18n::today_in(zone)),
        ],
    );
    view! {
        {list}
        <details class="side-details" open=p.references.is_empty()>
            <summary>{tr.t("profile-reference-add")}</summary>
            <SmartForm spec=add />
        </details>
        {next_form(tr, Step::References, "profile-continue")}
    }
    .into_any()
}

fn contact_step(tr: Tr, p: &Profile) -> AnyView {
    let fields = vec![
        Field::text("contact_name", tr.t("field-contact-name")).value(p.contact_name.clone()).autocomplete("name"),
        Field::email("contact_email", tr.t("field-contact-email")).value(p.contact_email.clone()),
        Field::text("contact_phone", tr.t("field-contact-phone")).value(p.contact_phone.clone()).optional().autocomplete("tel"),
        Field::checkbox("weekly_tenders", tr.t("field-weekly-tenders"))
            .value(if p.weekly_tenders { "yes" } else { "" })
            .optional()
            .hint(tr.t("hint-weekly-tenders")),
    ];
    step_form(SupplierForm::Contact, Step::Contact, tr.t("profile-save-continue"), fields)
}

fn review_step(tr: Tr, p: &Profile) -> AnyView {
    let items = completeness(&p.facts());
    let percent = percent_complete(&items);
    let publishable = may_publish(&items);
    let list = items
        .iter()
        .map(|i| {
            let state = if i.done {
                "profile-item-done"
            } else if i.required {
                "profile-item-required"
            } else {
                "profile-item-missing"
            };
            view! {
                <li class=if i.done { "check-done" } else { "check-missing" }>
                    <a href=format!("/suppliers/profile/{}", i.step.code())>{tr.t(&format!("complete-{}", i.key))}</a>
                    ": "{tr.t(state)}
                </li>
            }
        })
        .collect_view();
    let status = tr.t(&p.status.message_key());
    let actions = match p.status {
        ProfileStatus::Published => {
            let hide = FormSpec::new(FormKind::Confirm, "hide", "/suppliers/profile/review/hide", tr.t("profile-hide"), vec![]);
            view! {
                <p><a href=format!("/suppliers/{}", p.organisation_id)>{tr.t("profile-view-public")}</a></p>
                <SmartForm spec=hide />
            }
            .into_any()
        }
        _ if publishable => {
            let publish = FormSpec::new(FormKind::Confirm, "publish", "/suppliers/profile/review/publish", tr.t("profile-publish"), vec![]);
            view! {
                <p><a href=format!("/suppliers/{}", p.organisation_id)>{tr.t("profile-preview")}</a></p>
                <SmartForm spec=publish />
            }
            .into_any()
        }
        _ => view! { <p class="notice">{tr.t("profile-publish-needs")}</p> }.into_any(),
    };
    let delete = FormSpec::new(
        FormKind::Confirm,
        "delete",
        "/suppliers/profile/review/delete",
        tr.t("profile-delete"),
        vec![Field::checkbox("confirm", tr.t("profile-delete-confirm")).optional()],
    )
    .danger();
    view! {
        <p class="completeness">
            <strong>{tr.t_args("profile-percent", &[("percent", percent.to_string())])}</strong>" · "
            {tr.t_args("profile-status-is", &[("status", status)])}
        </p>
        <meter min="0" max="100" value=percent.to_string() aria-label=tr.t("profile-completeness")></meter>
        <ul class="checklist">{list}</ul>
        {actions}
        <details class="side-details danger-zone">
            <summary>{tr.t("profile-delete")}</summary>
            <p>{tr.t("profile-delete-explain")}</p>
            <SmartForm spec=delete />
        </details>
    }
    .into_any()
}

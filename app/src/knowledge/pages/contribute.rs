//! A public body's own cases: `/knowledge/cases/mine` (its drafts, those with the moderators,
//! those returned with a comment, and its published ones) and the form that writes or edits a
//! case (`/knowledge/cases/new`, `/knowledge/cases/{slug}/edit`), where a moderator also edits.

use super::case::{readable, slug_param};
use super::{code_name, item_path};
use crate::forms::{with_placeholder, Choice, ChoiceGroup, Field, FormKind, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::knowledge::access::{may_contribute, may_edit};
use crate::knowledge::forms::KnowledgeForm;
use crate::knowledge::model::*;
use crate::knowledge::repo::{self, Item};
use crate::knowledge::rules::CONTENT_LANGS;
use crate::reference::{Code, Theme};
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::model::{Innovation, Procedure};
use leptos::prelude::*;

/// A button-only form (submit, publish, retire), optionally with a comment box.
pub fn action_form(action: &str, id: &str, label: String, comment: Option<String>) -> FormSpec {
    match comment {
        Some(label_comment) => FormSpec::new(KnowledgeForm::Return, id, action, label, vec![Field::textarea("comment", label_comment)]),
        None => FormSpec::new(FormKind::Confirm, id, action, label, vec![]),
    }
}

fn select<C: Code>(tr: Tr, name: &str, label: &str) -> Field {
    Field::select(
        name,
        tr.t(label),
        with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: super::code_choices::<C>(tr) }]),
    )
}

fn lang_choices(tr: Tr) -> Vec<ChoiceGroup> {
    vec![ChoiceGroup {
        label: String::new(),
        choices: CONTENT_LANGS.iter().map(|l| Choice { value: l.to_string(), label: super::language_name(tr, l) }).collect(),
    }]
}

fn yes_no(tr: Tr, name: &str, label: &str) -> Field {
    let c = vec![Choice { value: "yes".into(), label: tr.t("knowledge-yes") }, Choice { value: "no".into(), label: tr.t("knowledge-no") }];
    Field::select(name, tr.t(label), with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: c }])).optional()
}

fn flag(v: Option<bool>) -> String {
    v.map(|b| if b { "yes" } else { "no" }.to_string()).unwrap_or_default()
}

fn number(v: Option<i64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

/// The case form's fields, filled in from a stored case when editing.
fn case_fields(tr: Tr, item: Option<&Item>) -> Vec<Field> {
    let default = CaseFacts::default();
    let (text, f, p) = match item {
        Some(i) => (
            Some(i.original()),
            match &i.facts {
                Facts::Case(f) => f,
                Facts::Material(_) => &default,
            },
            Some(&i.provenance),
        ),
        None => (None, &default, None),
    };
    let t = |get: fn(&Text) -> String| text.map(get).unwrap_or_default();
    let section = |id: &str| text.and_then(|t| t.section(id)).map(|s| s.markdown.clone()).unwrap_or_default();
    let date_hint = tr.t("hint-knowledge-date");
    let optional_text = |name: &str, label: &str, value: String| Field::text(name, tr.t(label)).optional().value(value);
    let mut fields = vec![
        Field::select("lang", tr.t("knowledge-field-lang"), lang_choices(tr))
            .value(text.map(|t| t.lang.clone()).unwrap_or_else(|| tr.0.code().to_string())),
        Field::text("title", tr.t("knowledge-field-title")).value(t(|t| t.title.clone())),
        Field::textarea("summary", tr.t("knowledge-field-summary")).hint(tr.t("hint-knowledge-summary")).value(t(|t| t.summary.clone())),
        select::<Procedure>(tr, "procedure", "tender-field-procedure").value(f.procedure.clone()),
        select::<Innovation>(tr, "innovation", "tender-field-innovation").optional().value(f.innovation.clone()),
        Field::checkboxes("themes", tr.t("knowledge-facet-theme"), super::code_choices::<Theme>(tr)).value(f.themes.join(",")),
        Field::picker("cpv", tr.t("knowledge-field-cpv"), "/api/cpv", true, "/reference/cpv", tr.t("picker-search-cpv"))
            .optional()
            .value(f.cpv.join(", ")),
        select::<PopulationBand>(tr, "population_band", "knowledge-field-population").optional().value(f.population_band.clone()),
        select::<BuyerType>(tr, "buyer_type", "knowledge-field-buyer-type").optional().value(f.buyer_type.clone()),
    ];
    for id in CASE_SECTIONS {
        let required = matches!(id, "challenge" | "outcome");
        let field = Field::textarea(&crate::knowledge::form_values::section_field(id), tr.t(&format!("knowledge-section-{id}")))
            .hint(tr.t(&format!("hint-knowledge-section-{id}")))
            .value(section(id));
        fields.push(if required { field } else { field.optional() });
    }
    fields.extend([
        Field::textarea("outcomes", tr.t("knowledge-figures"))
            .optional()
            .hint(tr.t("hint-knowledge-outcomes"))
            .value(f.outcomes.iter().map(|o| format!("{} | {} | {}", o.measure, o.before, o.after)).collect::<Vec<_>>().join("\n")),
        yes_no(tr, "prior_information_notice", "knowledge-field-pin").value(flag(f.prior_information_notice)),
        yes_no(tr, "market_consultation", "knowledge-field-consultation").value(flag(f.market_consultation)),
        optional_text("consultation_participants", "knowledge-field-participants", number(f.consultation_participants)),
        optional_text("need_date", "knowledge-date-need", f.need_date.clone()).hint(date_hint.clone()),
        optional_text("consultation_date", "knowledge-date-consultation", f.consultation_date.clone()).hint(date_hint.clone()),
        optional_text("call_date", "knowledge-date-call", f.call_date.clone()).hint(date_hint.clone()),
        optional_text("award_date", "knowledge-date-award", f.award_date.clone()).hint(date_hint.clone()),
        optional_text("deployment_date", "knowledge-date-deployment", f.deployment_date.clone()).hint(date_hint),
        Field::amount("estimated_value_eur", tr.t("knowledge-field-estimated")).optional().value(number(f.estimated_value_eur)),
        Field::amount("awarded_value_eur", tr.t("knowledge-field-awarded")).optional().value(number(f.awarded_value_eur)),
        optional_text("bids_received", "knowledge-field-bids", number(f.bids_received)),
        optional_text("sme_winners", "knowledge-field-sme-winners", number(f.sme_winners)),
        optional_text("cross_border_winners", "knowledge-field-cross-border", number(f.cross_border_winners)),
        Field::textarea("ipr", tr.t("knowledge-field-ipr")).optional().value(f.ipr.clone()),
        optional_text("ted", "knowledge-field-ted", f.ted.join(", ")).hint(tr.t("hint-knowledge-ted")),
        optional_text("portal_url", "knowledge-portal-notice", f.portal_url.clone()),
        Field::textarea("documents", tr.t("knowledge-field-documents"))
            .optional()
            .hint(tr.t("hint-knowledge-links"))
            .value(f.documents.iter().map(|d| format!("{} | {}", d.title, d.url)).collect::<Vec<_>>().join("\n")),
        optional_text("contact_name", "knowledge-field-contact-name", f.contact_name.clone()),
        optional_text("contact_email", "knowledge-field-contact-email", f.contact_email.clone()),
        optional_text("contact_url", "knowledge-contact-page", f.contact_url.clone()),
        Field::text("source_url", tr.t("knowledge-field-source-url"))
            .hint(tr.t("hint-knowledge-source"))
            .value(p.map(|p| p.source_url.clone()).unwrap_or_default()),
        Field::text("source_title", tr.t("knowledge-field-source-title")).value(p.map(|p| p.source_title.clone()).unwrap_or_default()),
        Field::text("source_publisher", tr.t("knowledge-field-source-publisher"))
            .value(p.map(|p| p.source_publisher.clone()).unwrap_or_default()),
        Field::textarea("sources", tr.t("knowledge-field-sources")).optional().hint(tr.t("hint-knowledge-links")).value(
            p.map(|p| p.sources.iter().map(|s| format!("{} | {}", s.title, s.url)).collect::<Vec<_>>().join("\n")).unwrap_or_default(),
        ),
        optional_text("licence", "knowledge-licence", p.map(|p| p.licence.clone()).unwrap_or_default()),
    ]);
    fields
}

/// `/knowledge/cases/new` and `/knowledge/cases/{slug}/edit`.
#[component]
pub fn CaseFormPage() -> impl IntoView {
    let tr = use_tr();
    let slug = slug_param();
    if slug.is_empty() {
        let user = match guard("/knowledge/cases/new", may_contribute) {
            Ok(u) => u,
            Err(refused) => return refused,
        };
        let spec = FormSpec::new(KnowledgeForm::Case, "case", "/knowledge/cases/new", tr.t("knowledge-save-draft"), case_fields(tr, None));
        let body = user.organisation_name.clone().unwrap_or_default();
        return view! {
            <Page title=tr.t("knowledge-case-new")>
                <div class="narrow">
                    <p>{tr.t_args("knowledge-case-new-intro", &[("body", body)])}</p>
                    <p class="hint">{tr.t("knowledge-rule-zero")}</p>
                    <SmartForm spec />
                </div>
            </Page>
        }
        .into_any();
    }
    let here = format!("/knowledge/cases/{slug}/edit");
    let user = match guard(&here, |_| true) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let (state, user, slug, here) = (state.clone(), user.clone(), slug.clone(), here.clone());
        Suspend::new(async move {
            let item = match readable(&state, &slug, Some(&user), Kind::Case).await {
                Ok(Some(i)) if may_edit(&user, &i) => i,
                Ok(Some(_)) => return view! { <StatusPage status=403 /> }.into_any(),
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let spec = FormSpec::new(KnowledgeForm::Case, "case", &here, tr.t("knowledge-save"), case_fields(tr, Some(&item)));
            let comment = (!item.review_comment.is_empty()).then(|| {
                view! { <div class="notice notice-warning"><p><strong>{tr.t("knowledge-review-comment")}</strong>" "{item.review_comment.clone()}</p></div> }
            });
            view! {
                <Page title=tr.t_args("knowledge-edit-title", &[("title", item.original().title.clone())])>
                    <div class="narrow">
                        {comment}
                        <p class="hint">{tr.t("knowledge-rule-zero")}</p>
                        <SmartForm spec />
                        <p><a href=item_path(Kind::Case, &item.slug)>{tr.t("knowledge-back-to-case")}</a></p>
                    </div>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

/// A body's case in a list: its title, status and what to do next.
pub fn case_row(tr: Tr, item: &Item) -> impl IntoView + use<> {
    let status = code_name::<Status>(tr, item.status.code());
    view! {
        <li class="card">
            <h3 class="card-title"><a href=item_path(Kind::Case, &item.slug)>{item.original().title.clone()}</a></h3>
            <p class="tender-badges"><span class="badge">{status}</span></p>
            <p>{tr.t("knowledge-changed-on")}" "{tr.date(item.updated_at)}</p>
            {(!item.review_comment.is_empty() && item.status == Status::Returned).then(|| view! { <p><strong>{tr.t("knowledge-review-comment")}</strong>" "{item.review_comment.clone()}</p> })}
        </li>
    }
}

/// `/knowledge/cases/mine`: the viewer's public body's cases.
#[component]
pub fn MyCasesPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/knowledge/cases/mine", |u| u.is_buyer_with_body()) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let can_write = may_contribute(&user);
    let org = user.organisation_id.unwrap_or_default();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::of_body(&state.db, org).await {
                Ok(items) if items.is_empty() => view! { <p>{tr.t("knowledge-cases-mine-none")}</p> }.into_any(),
                Ok(items) => view! { <ul class="plain results">{items.iter().map(|i| case_row(tr, i)).collect_view()}</ul> }.into_any(),
                Err(_) => view! { <StatusPage status=500 /> }.into_any(),
            }
        })
    };
    let _ = use_viewer();
    view! {
        <Page title=tr.t("knowledge-cases-mine")>
            <p>{tr.t("knowledge-cases-mine-intro")}</p>
            {if can_write {
                view! { <p class="page-actions"><a class="button" href="/knowledge/cases/new">{tr.t("knowledge-case-new")}</a></p> }.into_any()
            } else {
                view! { <p class="notice">{tr.t("knowledge-verify-first")}</p> }.into_any()
            }}
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

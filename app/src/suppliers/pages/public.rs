//! `/suppliers/{id}`: a company's public profile. Published profiles are public; the company's
//! own people also see it unpublished, as a preview. Buyers may contact the company from here.

use super::{cpv_text, region_text, size_label};
use crate::forms::SmartForm;
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::identity::{Role, Verification};
use crate::reference::Code;
use crate::shell::{Page, StatusPage};
use crate::state::use_state;
use crate::suppliers::access::may_edit;
use crate::suppliers::model::{ProfileStatus, Size};
use crate::suppliers::repo::{self, Profile};
use leptos::prelude::*;

#[component]
pub fn SupplierPage() -> impl IntoView {
    let tr = use_tr();
    let id = crate::shell::id_param();
    let viewer = use_viewer().user;
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let viewer = viewer.clone();
        Suspend::new(async move {
            let own = viewer.as_ref().is_some_and(|u| may_edit(u) && u.organisation_id == Some(id));
            let profile = match repo::profile(&state.db, id).await {
                Ok(Some(p)) if own || p.status == ProfileStatus::Published => p,
                Ok(_) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let can_contact = viewer.as_ref().is_some_and(|u| u.role == Role::Buyer && u.verification == Some(Verification::Verified));
            let signed_in = viewer.is_some();
            profile_view(tr, profile, own, signed_in, can_contact).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn list(items: Vec<String>) -> impl IntoView {
    view! { <ul class="tags">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

fn facts(tr: Tr, p: &Profile) -> impl IntoView {
    let sme = Size::parse(&p.size).is_some_and(Size::is_sme);
    let size = format!("{}{}", size_label(tr, &p.size), if sme { format!(" ({})", tr.t("supplier-sme")) } else { String::new() });
    let website = (!p.website.is_empty()).then(|| {
        view! { <dt>{tr.t("field-website")}</dt><dd><a href=p.website.clone() rel="nofollow noopener">{p.website.clone()}</a></dd> }
    });
    view! {
        <dl class="facts">
            <dt>{tr.t("field-country")}</dt><dd>{tr.country(&p.country)}</dd>
            <dt>{tr.t("field-registration-number")}</dt><dd>{p.registration_number.clone()}</dd>
            {(!p.vat_number.is_empty()).then(|| view! { <dt>{tr.t("field-vat-number")}</dt><dd>{p.vat_number.clone()}</dd> })}
            <dt>{tr.t("field-size")}</dt><dd>{size}</dd>
            {p.year_founded.map(|y| view! { <dt>{tr.t("field-year-founded")}</dt><dd>{y}</dd> })}
            {website}
        </dl>
    }
}

fn profile_view(tr: Tr, p: Profile, own: bool, signed_in: bool, can_contact: bool) -> impl IntoView {
    let preview = (own && p.status != ProfileStatus::Published).then(|| {
        view! { <div class="notice"><p>{tr.t("supplier-preview")}" "<a href="/suppliers/profile/review">{tr.t("profile-title")}</a></p></div> }
    });
    let edit = (own && p.status == ProfileStatus::Published)
        .then(|| view! { <p class="page-actions"><a class="button button-secondary" href="/suppliers/profile/company">{tr.t("supplier-edit")}</a></p> });
    let logo = p.logo_key.as_ref().map(|_| {
        view! { <img class="logo-large" src=format!("/suppliers/{}/logo", p.organisation_id) alt=tr.t_args("profile-logo-alt", &[("name", p.name.clone())]) /> }
    });
    let regions = if p.all_eu { vec![tr.t("supplier-all-eu")] } else { p.regions.iter().map(|r| region_text(tr, r)).collect() };
    let languages = p.languages.iter().map(|l| tr.t(&format!("language-{l}"))).collect();
    let references = (!p.references.is_empty()).then(|| {
        let items = p
            .references
            .iter()
            .map(|r| {
                view! {
                    <li class="card">
                        <h3>{r.buyer.clone()}" · "{r.year}</h3>
                        <p>{tr.money(r.value_eur, "EUR")}</p>
                        <p class="pre-line">{r.description.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <h2>{tr.t("supplier-references")}</h2><ul class="plain results">{items}</ul> }
    });
    let contact = if signed_in {
        view! {
            <dl class="facts">
                <dt>{tr.t("field-contact-name")}</dt><dd>{p.contact_name.clone()}</dd>
                <dt>{tr.t("field-contact-email")}</dt><dd><a href=format!("mailto:{}", p.contact_email)>{p.contact_email.clone()}</a></dd>
                {(!p.contact_phone.is_empty()).then(|| view! { <dt>{tr.t("field-contact-phone")}</dt><dd>{p.contact_phone.clone()}</dd> })}
            </dl>
        }
        .into_any()
    } else {
        view! { <p><a href=format!("/signin?next=/suppliers/{}", p.organisation_id)>{tr.t("supplier-sign-in-for-contact")}</a></p> }
            .into_any()
    };
    let message = can_contact.then(|| {
        let spec = crate::messages::pages::contact_form(p.organisation_id, "supplier", p.organisation_id, String::new());
        view! {
            <section aria-labelledby="contact-form-heading">
                <h2 id="contact-form-heading">{tr.t("supplier-contact-heading")}</h2>
                <SmartForm spec />
            </section>
        }
    });
    let text_sections = view! {
        <h2>{tr.t("field-capability")}</h2>
        <p class="pre-line">{p.capability.clone()}</p>
        {(!p.innovation.is_empty()).then(|| view! { <h2>{tr.t("field-innovation-offer")}</h2><p class="pre-line">{p.innovation.clone()}</p> })}
        {(!p.certifications.is_empty()).then(|| view! { <h2>{tr.t("field-certifications")}</h2><p class="pre-line">{p.certifications.clone()}</p> })}
    };
    view! {
        <Page title=p.name.clone()>
            {preview}
            {edit}
            <div class="profile-head">
                {logo}
                {facts(tr, &p)}
            </div>
            <h2>{tr.t("supplier-public-cpv")}</h2>
            {list(p.cpv.iter().map(|c| cpv_text(c)).collect())}
            <h2>{tr.t("supplier-public-regions")}</h2>
            {list(regions)}
            <h2>{tr.t("field-languages")}</h2>
            {list(languages)}
            {text_sections}
            {references}
            <h2>{tr.t("supplier-contact")}</h2>
            {contact}
            {message}
        </Page>
    }
}

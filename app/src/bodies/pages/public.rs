//! A public body's public page: who it is, whom to contact, what it is interested in, its open
//! partner posts and its tenders. Suppliers may write to it from here; its own people edit it.
//! Only verified bodies have a public page; a body's own people see theirs before verification.

use super::{cpv_line, post_card, theme_name};
use crate::accounts::repo::{self as accounts, OrganisationDetails};
use crate::bodies::access::may_post;
use crate::bodies::repo::{self, BodyProfile, PartnerPost};
use crate::db::now;
use crate::forms::SmartForm;
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::identity::{BodyType, Role, SessionUser, Verification};
use crate::reference::nuts;
use crate::shell::{Page, StatusPage};
use crate::state::use_state;
use crate::tenders::model::Status;
use crate::tenders::pages::summary_card;
use crate::tenders::repo as tenders;
use leptos::prelude::*;

#[component]
pub fn PublicBodyPage() -> impl IntoView {
    let tr = use_tr();
    let id = crate::shell::id_param();
    let state = use_state();
    let viewer = use_viewer().user;
    let page = move || {
        let state = state.clone();
        let viewer = viewer.clone();
        Suspend::new(async move {
            let own = viewer.as_ref().is_some_and(|u| u.role == Role::Buyer && u.organisation_id == Some(id));
            let org = match accounts::organisation(&state.db, id).await {
                Ok(Some(o)) if o.kind == "public_body" && (o.verification == Verification::Verified || own) => o,
                Ok(_) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let (Ok(profile), Ok(posts), Ok(all_tenders)) = (
                repo::profile(&state.db, id).await,
                repo::open_posts_of(&state.db, id).await,
                tenders::of_organisation(&state.db, id).await,
            ) else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let public: Vec<_> = all_tenders.into_iter().filter(|t| t.status != Status::Draft).collect();
            body_view(tr, org, profile, posts, public, viewer, own).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn body_view(
    tr: Tr,
    org: OrganisationDetails,
    profile: BodyProfile,
    posts: Vec<PartnerPost>,
    public_tenders: Vec<tenders::TenderSummary>,
    viewer: Option<SessionUser>,
    own: bool,
) -> impl IntoView {
    let id = org.id;
    let body_type = org.body_type.as_deref().and_then(BodyType::parse).map(|b| tr.t(&b.message_key())).unwrap_or_default();
    let region = org.nuts_code.as_deref().map(|c| nuts::region(c).map(|r| format!("{c} – {}", r.label)).unwrap_or(c.to_string()));
    let contact = (!profile.contact_email.is_empty()).then(|| {
        let mail = profile.contact_email.clone();
        view! {
            <dt>{tr.t("body-contact")}</dt>
            <dd>{profile.contact_name.clone()}" – "<a href=format!("mailto:{mail}")>{mail.clone()}</a></dd>
        }
    });
    let unverified = (org.verification != Verification::Verified).then(|| view! { <p class="notice">{tr.t("body-not-public-yet")}</p> });
    let actions = own.then(|| {
        let post =
            viewer.as_ref().is_some_and(may_post).then(|| view! { <a class="button" href="/partners/new">{tr.t("partner-new-title")}</a> });
        view! { <p class="page-actions"><a class="button button-secondary" href="/bodies/profile">{tr.t("body-edit")}</a>{post}</p> }
    });
    let facts = view! {
        <dl class="facts">
            <dt>{tr.t("field-body-type")}</dt><dd>{body_type}</dd>
            <dt>{tr.t("field-country")}</dt><dd>{tr.country(&org.country)}</dd>
            {region.map(|r| view! { <dt>{tr.t("field-nuts")}</dt><dd>{r}</dd> })}
            {contact}
        </dl>
    }
    .into_any();
    let interests = interests_view(tr, &profile).into_any();
    let posts_list = if posts.is_empty() {
        view! { <p>{tr.t("body-no-partner-posts")}</p> }.into_any()
    } else {
        view! { <ul class="plain results">{posts.into_iter().map(|p| post_card(tr, p)).collect_view()}</ul> }.into_any()
    };
    let at = now();
    let tender_list = if public_tenders.is_empty() {
        view! { <p>{tr.t("body-no-tenders")}</p> }.into_any()
    } else {
        view! { <ul class="plain results">{public_tenders.into_iter().map(|t| summary_card(tr, t, at)).collect_view()}</ul> }.into_any()
    };
    let contact_form = viewer.as_ref().filter(|u| u.role == Role::Supplier && u.organisation_id.is_some()).map(|u| {
        let subject = tr.t_args("body-contact-subject", &[("company", u.organisation_name.clone().unwrap_or_default())]);
        let spec = crate::messages::pages::contact_form(id, "body", id, subject);
        view! {
            <section aria-labelledby="contact-heading">
                <h2 id="contact-heading">{tr.t("body-contact-heading")}</h2>
                <p>{tr.t_args("body-contact-intro", &[("body", org.name.clone())])}</p>
                <SmartForm spec />
            </section>
        }
    });
    view! {
        <Page title=org.name.clone()>
            {unverified}
            {actions}
            {facts}
            {interests}
            <section aria-labelledby="posts-heading">
                <h2 id="posts-heading">{tr.t("body-partner-posts")}</h2>
                {posts_list}
                <p><a href="/partners">{tr.t("partners-link")}</a></p>
            </section>
            <section aria-labelledby="tenders-heading">
                <h2 id="tenders-heading">{tr.t("body-tenders")}</h2>
                {tender_list}
            </section>
            {contact_form}
        </Page>
    }
}

fn interests_view(tr: Tr, p: &BodyProfile) -> impl IntoView {
    let content = if p.themes.is_empty() && p.cpv.is_empty() {
        view! { <p>{tr.t("body-no-interests")}</p> }.into_any()
    } else {
        let themes = (!p.themes.is_empty()).then(|| {
            let items = p.themes.iter().map(|t| view! { <li>{theme_name(tr, t)}</li> }).collect_view();
            view! { <dt>{tr.t("body-themes")}</dt><dd><ul class="plain">{items}</ul></dd> }
        });
        let codes = (!p.cpv.is_empty()).then(|| {
            let items = p.cpv.iter().map(|c| view! { <li>{cpv_line(c)}</li> }).collect_view();
            view! { <dt>{tr.t("body-cpv")}</dt><dd><ul class="plain">{items}</ul></dd> }
        });
        view! { <dl class="facts">{themes}{codes}</dl> }.into_any()
    };
    view! {
        <section aria-labelledby="interests-heading">
            <h2 id="interests-heading">{tr.t("body-interests")}</h2>
            {content}
        </section>
    }
}

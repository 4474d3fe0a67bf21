//! `/bodies/profile`: a public body's people say whom suppliers and other bodies should contact,
//! and what the body is interested in. Open before verification, so the page is ready by then.

use super::theme_choices;
use crate::accounts::repo as accounts;
use crate::bodies::access::may_edit_profile;
use crate::bodies::forms::BodyForm;
use crate::bodies::repo;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::use_tr;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn BodyProfilePage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/bodies/profile", may_edit_profile) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let form = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let org_id = user.organisation_id.unwrap_or_default();
            match accounts::organisation(&state.db, org_id).await {
                Ok(Some(o)) if o.kind == "public_body" => {}
                Ok(_) => return view! { <StatusPage status=403 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            }
            let Ok(p) = repo::profile(&state.db, org_id).await else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            // A first visit suggests the person filling in the page as the contact.
            let fresh = p.contact_email.is_empty();
            let name = if fresh { user.name.clone() } else { p.contact_name };
            let email = if fresh { user.email.clone() } else { p.contact_email };
            let fields = vec![
                Field::text("contact_name", tr.t("body-field-contact-name")).autocomplete("name").value(name),
                Field::email("contact_email", tr.t("body-field-contact-email")).hint(tr.t("hint-body-contact-email")).value(email),
                Field::checkboxes("themes", tr.t("body-field-themes"), theme_choices(tr)).optional().value(p.themes.join(",")),
                Field::picker("cpv", tr.t("body-field-cpv"), "/api/cpv", true, "/reference/cpv", tr.t("picker-search-cpv"))
                    .optional()
                    .hint(tr.t("hint-body-cpv"))
                    .value(p.cpv.join(", ")),
            ];
            let spec = FormSpec::new(BodyForm::Profile, "body-profile", "/bodies/profile", tr.t("body-profile-save"), fields);
            view! {
                <p><a href=format!("/bodies/{org_id}")>{tr.t("body-profile-view")}</a></p>
                <SmartForm spec />
            }
            .into_any()
        })
    };
    view! {
        <Page title=tr.t("body-profile-title")>
            <div class="narrow">
                <p>{tr.t("body-profile-intro")}</p>
                <Suspense>{form}</Suspense>
            </div>
        </Page>
    }
    .into_any()
}

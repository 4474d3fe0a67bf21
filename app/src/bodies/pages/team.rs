//! `/bodies/team`: a public body's people on PPI Hub and, for the owner of a verified body, the
//! invitation of a colleague and the invitations still open.

use crate::accounts::membership;
use crate::accounts::pages::colleagues::{invite_view, people_view};
use crate::bodies::access::{may_edit_profile, may_invite};
use crate::bodies::forms::BodyForm;
use crate::i18n::use_tr;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn BodyTeamPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/bodies/team", may_edit_profile) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let (state, user) = (state.clone(), user.clone());
        Suspend::new(async move {
            let org = user.organisation_id.unwrap_or_default();
            let (Ok(people), Ok(owner)) =
                (membership::colleagues(&state.db, org).await, membership::is_owner(&state.db, user.id, org).await)
            else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let invite = if !may_invite(&user) {
                view! { <p class="notice">{tr.t("body-team-verified-first")}</p> }.into_any()
            } else if owner {
                let Ok(open) = membership::open_invitations(&state.db, org).await else {
                    return view! { <StatusPage status=500 /> }.into_any();
                };
                invite_view(tr, BodyForm::Invite, "/bodies/team/invite", open).into_any()
            } else {
                view! { <p>{tr.t("body-team-owner-invites")}</p> }.into_any()
            };
            view! {
                <Page title=tr.t("body-team-title")>
                    <p class="lead">{tr.t("body-team-intro")}</p>
                    <h2>{tr.t("team-people")}</h2>
                    {people_view(tr, people)}
                    {invite}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

//! `/bodies/team`: a public body's people on PPI Hub and, for the owner of a verified body, the
//! invitation of a colleague and the invitations still open.

use crate::accounts::membership::{self, Colleague, Invitation};
use crate::bodies::access::{may_edit_profile, may_invite};
use crate::bodies::forms::BodyForm;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
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
                invite_view(tr, open).into_any()
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

fn people_view(tr: Tr, people: Vec<Colleague>) -> impl IntoView {
    let items = people
        .into_iter()
        .map(|c| view! { <li>{c.name}" · "{c.email}{c.owner.then(|| format!(" · {}", tr.t("team-owner")))}</li> })
        .collect_view();
    view! { <ul>{items}</ul> }
}

fn invite_view(tr: Tr, open: Vec<Invitation>) -> impl IntoView {
    let spec = FormSpec::new(
        BodyForm::Invite,
        "invite",
        "/bodies/team/invite",
        tr.t("team-invite-submit"),
        vec![Field::email("email", tr.t("team-invite-email")).hint(tr.t("hint-team-invite"))],
    );
    let pending = (!open.is_empty()).then(|| {
        let items = open
            .into_iter()
            .map(|i| view! { <li>{i.email}" · "{tr.t_args("team-invited-until", &[("date", tr.date(i.expires_at))])}</li> })
            .collect_view();
        view! { <h3>{tr.t("team-open-invitations")}</h3><ul>{items}</ul> }
    });
    view! {
        <h2>{tr.t("team-invite")}</h2>
        <div class="narrow"><SmartForm spec /></div>
        {pending}
    }
}

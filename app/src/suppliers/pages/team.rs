//! `/suppliers/team`: the company's people, invitations and requests to join; `/join?token=…`:
//! where an invited colleague accepts.

use crate::accounts::membership::{self, Invitation, JoinRequest};
use crate::accounts::pages::colleagues::{invite_view, people_view};
use crate::accounts::tokens;
use crate::forms::FormKind;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use crate::suppliers::access::may_edit;
use crate::suppliers::forms::SupplierForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TeamPage() -> impl IntoView {
    let tr = use_tr();
    let user = match guard("/suppliers/team", may_edit) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let org = user.organisation_id.unwrap_or_default();
            let (Ok(people), Ok(owner)) =
                (membership::colleagues(&state.db, org).await, membership::is_owner(&state.db, user.id, org).await)
            else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let owner_part = if owner {
                let (Ok(invitations), Ok(requests)) =
                    (membership::open_invitations(&state.db, org).await, membership::join_requests(&state.db, org).await)
                else {
                    return view! { <StatusPage status=500 /> }.into_any();
                };
                owner_view(tr, invitations, requests).into_any()
            } else {
                view! { <p>{tr.t("team-owners-invite")}</p> }.into_any()
            };
            view! {
                <Page title=tr.t("team-title")>
                    <p class="lead">{tr.t("team-intro")}</p>
                    <h2>{tr.t("team-people")}</h2>
                    {people_view(tr, people)}
                    {owner_part}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

fn owner_view(tr: Tr, invitations: Vec<Invitation>, requests: Vec<JoinRequest>) -> impl IntoView {
    let asks = (!requests.is_empty()).then(|| {
        let items = requests
            .into_iter()
            .map(|r| {
                let form = |decision: &str, label: &str| {
                    let spec = FormSpec::new(
                        FormKind::Confirm,
                        &format!("request-{}-{decision}", r.id),
                        &format!("/suppliers/team/requests/{}", r.id),
                        tr.t(label),
                        vec![Field::hidden("decision", decision.to_string())],
                    );
                    view! { <SmartForm spec /> }
                };
                view! {
                    <li class="card">
                        <p><strong>{r.name.clone()}</strong>" · "{r.email.clone()}" · "{tr.date(r.created_at)}</p>
                        <div class="inline-forms">{form("accept", "team-accept")}{form("decline", "team-decline")}</div>
                    </li>
                }
            })
            .collect_view();
        view! { <h2>{tr.t("team-requests")}</h2><ul class="plain results">{items}</ul> }
    });
    view! {
        {asks}
        {invite_view(tr, SupplierForm::Invite, "/suppliers/team/invite", invitations)}
    }
}

/// `/join?token=…`: the invited colleague creates an account, or joins with the one they are
/// signed in with.
#[component]
pub fn JoinPage() -> impl IntoView {
    let tr = use_tr();
    let token = use_query_map().get_untracked().get("token").unwrap_or_default();
    let viewer = use_viewer().user;
    let state = use_state();
    let page = move || {
        let state = state.clone();
        let token = token.clone();
        let viewer = viewer.clone();
        Suspend::new(async move {
            let invitation = match membership::invitation(&state.db, &tokens::hash(&token)).await {
                Ok(Some(i)) => i,
                Ok(None) => return view! { <Page title=tr.t("join-title")><p>{tr.t("err-link-invalid")}</p></Page> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let mut fields = vec![Field::hidden("token", token.clone())];
            let intro = tr.t_args("join-intro", &[("company", invitation.organisation_name.clone()), ("email", invitation.email.clone())]);
            let body = match viewer {
                Some(u) if u.email == invitation.email && u.organisation_id.is_none() => {
                    let spec = FormSpec::new(FormKind::Confirm, "join", "/join", tr.t("join-submit"), fields);
                    view! { <SmartForm spec /> }.into_any()
                }
                Some(_) => view! { <p class="notice">{tr.t("err-invitation-other")}</p> }.into_any(),
                None => {
                    fields.push(Field::text("name", tr.t("field-name")).autocomplete("name"));
                    fields.push(Field::password("password", tr.t("field-password"), "new-password").hint(tr.t("hint-password")));
                    let spec = FormSpec::new(SupplierForm::AcceptInvitation, "join", "/join", tr.t("join-create"), fields);
                    view! {
                        <SmartForm spec />
                        <p>{tr.t("join-have-account")}" "<a href=format!("/signin?next=/join?token={token}")>{tr.t("nav-sign-in")}</a></p>
                    }
                    .into_any()
                }
            };
            view! {
                <Page title=tr.t("join-title")>
                    <div class="narrow">
                        <p>{intro}</p>
                        {body}
                    </div>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

//! `/partners/{id}`: a partner post. Another verified public body may express interest (which
//! starts a conversation); the post's own body sees who did and may close the post.

use super::{countries_sought, cpv_line, theme_name};
use crate::bodies::access::{may_express_interest, owns_post};
use crate::bodies::forms::BodyForm;
use crate::bodies::model::PostStatus;
use crate::bodies::repo::{self, Interest, PartnerPost};
use crate::forms::FormKind;
use crate::forms::{Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::reference::Code;
use crate::shell::{markdown, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

/// How the viewer stands to the post.
enum Standing {
    /// Of the post's own body: who is interested.
    Owner(Vec<Interest>),
    /// Of another verified body: its interest, if it expressed any.
    Peer(Option<Interest>),
    /// Not signed in.
    Visitor,
    /// Anyone else (suppliers, bodies not verified, moderators).
    Reader,
}

#[component]
pub fn PartnerPostPage() -> impl IntoView {
    let id = crate::shell::id_param();
    let state = use_state();
    let viewer = use_viewer().user;
    let tr = use_tr();
    let page = move || {
        let state = state.clone();
        let viewer = viewer.clone();
        Suspend::new(async move {
            let post = match repo::find_post(&state.db, id).await {
                Ok(Some(p)) => p,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let standing = match &viewer {
                Some(u) if owns_post(u, &post) => repo::interests(&state.db, id).await.map(Standing::Owner),
                Some(u) if may_express_interest(u, &post) => {
                    repo::interest(&state.db, id, u.organisation_id.unwrap_or_default()).await.map(Standing::Peer)
                }
                Some(_) => Ok(Standing::Reader),
                None => Ok(Standing::Visitor),
            };
            let Ok(standing) = standing else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            // A body no longer verified has no public page, nor public posts.
            if !post.body_verified && !matches!(standing, Standing::Owner(_)) {
                return view! { <StatusPage status=404 /> }.into_any();
            }
            post_view(tr, post, standing).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn post_view(tr: Tr, p: PartnerPost, standing: Standing) -> impl IntoView {
    let open = p.status == PostStatus::Open;
    let d = p.data.clone();
    let description = markdown::to_safe_html(&d.description);
    let facts = view! {
        <dl class="facts">
            <dt>{tr.t("partner-body")}</dt>
            <dd><a href=format!("/bodies/{}", p.organisation_id)>{p.body_name.clone()}</a>" · "{tr.country(&p.body_country)}</dd>
            <dt>{tr.t("partner-field-theme")}</dt><dd>{theme_name(tr, &d.theme)}</dd>
            {d.cpv_code.as_deref().map(|c| view! { <dt>{tr.t("partner-field-cpv")}</dt><dd>{cpv_line(c)}</dd> })}
            <dt>{tr.t("partner-field-timeline")}</dt><dd>{d.timeline.clone()}</dd>
            <dt>{tr.t("partner-field-countries")}</dt><dd>{countries_sought(tr, &d.countries)}</dd>
            <dt>{tr.t("partner-published-on")}</dt><dd>{tr.date(p.created_at)}</dd>
        </dl>
    }
    .into_any();
    let interested = match &standing {
        Standing::Owner(list) => Some(interested_view(tr, list).into_any()),
        _ => None,
    };
    let side = side_view(tr, &p, standing).into_any();
    view! {
        <Page title=d.title.clone()>
            <p class="tender-badges">
                <span class="badge">{tr.t(&p.status.message_key())}</span>
                <span class="badge">{theme_name(tr, &d.theme)}</span>
            </p>
            {(!open).then(|| view! { <p class="notice">{tr.t("partner-closed-note")}</p> })}
            <div class="tender-layout">
                <div class="tender-main">
                    {facts}
                    <section aria-labelledby="description-heading">
                        <h2 id="description-heading">{tr.t("partner-field-description")}</h2>
                        <div class="prose" inner_html=description></div>
                    </section>
                    {interested}
                </div>
                <aside class="tender-side" aria-label=tr.t("partner-actions")>{side}</aside>
            </div>
        </Page>
    }
}

fn interested_view(tr: Tr, list: &[Interest]) -> impl IntoView {
    let content = if list.is_empty() {
        view! { <p>{tr.t("partner-no-interest-yet")}</p> }.into_any()
    } else {
        let items = list
            .iter()
            .map(|i| {
                let conversation = i.conversation_id.map(|c| {
                    view! { <p><a href=format!("/messages/{c}")>{tr.t("partner-open-conversation")}</a></p> }
                });
                view! {
                    <li class="card">
                        <h3 class="card-title"><a href=format!("/bodies/{}", i.organisation_id)>{i.name.clone()}</a></h3>
                        <p class="tender-buyer">{tr.country(&i.country)}" · "{tr.date(i.created_at)}</p>
                        {conversation}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plain results">{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="interested-heading">
            <h2 id="interested-heading">{tr.t("partner-interested-heading")}</h2>
            {content}
        </section>
    }
}

fn side_view(tr: Tr, p: &PartnerPost, standing: Standing) -> impl IntoView {
    let id = p.id;
    let open = p.status == PostStatus::Open;
    match standing {
        Standing::Owner(_) => {
            let close = open.then(|| {
                let spec = FormSpec::new(FormKind::Confirm, "close", &format!("/partners/{id}/close"), tr.t("partner-close"), vec![]);
                view! { <p>{tr.t("partner-close-explain")}</p><SmartForm spec /> }
            });
            Some(view! { <div class="side-box"><h2>{tr.t("partner-your-post")}</h2>{close}</div> }.into_any())
        }
        Standing::Peer(Some(mine)) => {
            let conversation = mine.conversation_id.map(|c| {
                view! { <p><a href=format!("/messages/{c}")>{tr.t("partner-open-conversation")}</a></p> }
            });
            Some(
                view! {
                    <div class="side-box">
                        <p>{tr.t_args("partner-you-are-interested", &[("date", tr.date(mine.created_at))])}</p>
                        {conversation}
                    </div>
                }
                .into_any(),
            )
        }
        Standing::Peer(None) if open => {
            let spec = FormSpec::new(
                BodyForm::PartnerInterest,
                "interest",
                &format!("/partners/{id}/interest"),
                tr.t("partner-interest-submit"),
                vec![Field::textarea("message", tr.t("partner-field-message")).hint(tr.t("hint-partner-message"))],
            );
            Some(
                view! {
                    <div class="side-box">
                        <h2>{tr.t("partner-interest-heading")}</h2>
                        <p>{tr.t_args("partner-interest-explain", &[("body", p.body_name.clone())])}</p>
                        <SmartForm spec />
                    </div>
                }
                .into_any(),
            )
        }
        Standing::Visitor if open => {
            Some(view! { <p><a href=format!("/signin?next=/partners/{id}")>{tr.t("partner-sign-in-to-answer")}</a></p> }.into_any())
        }
        _ => None,
    }
}

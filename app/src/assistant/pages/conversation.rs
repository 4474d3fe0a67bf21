//! `/assistant/c/{id}`: a conversation, each question with its answer, sources and rating, a
//! follow-up box, and deleting it. Only its owner sees it; anyone else gets "not found".

use super::answer_view::answer_view;
use super::{ask_box, session};
use crate::assistant::access::{self, may_read};
use crate::assistant::forms::AssistantForm;
use crate::assistant::repo::{self, Turn};
use crate::forms::{Choice, Field, FormKind, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::shell::{id_param, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

fn rating_form(tr: Tr, t: &Turn) -> impl IntoView + use<> {
    let rated = match t.rating {
        1 => Some(tr.t("assistant-rated-helpful")),
        -1 => Some(tr.t("assistant-rated-unhelpful")),
        _ => None,
    };
    let spec = FormSpec::new(
        AssistantForm::Rate,
        &format!("rate-{}", t.id),
        &format!("/assistant/turns/{}/rate", t.id),
        tr.t("assistant-rate-send"),
        vec![
            Field::radio(
                "helpful",
                tr.t("assistant-rate-question"),
                vec![
                    Choice { value: "yes".into(), label: tr.t("assistant-rate-yes") },
                    Choice { value: "no".into(), label: tr.t("assistant-rate-no") },
                ],
            ),
            Field::textarea("reason", tr.t("assistant-rate-reason")).optional(),
        ],
    );
    view! {
        <details class="rating">
            <summary>{rated.unwrap_or_else(|| tr.t("assistant-rate"))}</summary>
            <SmartForm spec />
        </details>
    }
}

fn turn_view(tr: Tr, t: &Turn) -> impl IntoView + use<> {
    let answer = match &t.answer {
        Some(a) => answer_view(tr, t.id, a).into_any(),
        None => view! { <p class="answer-pending">{tr.t("assistant-pending")}</p> }.into_any(),
    };
    let rating = t.answer.is_some().then(|| rating_form(tr, t));
    view! {
        <article class="turn" id=format!("turn-{}", t.id) aria-labelledby=format!("q-{}", t.id)>
            <h2 class="question" id=format!("q-{}", t.id) lang=t.lang.clone()>{t.question.clone()}</h2>
            {answer}
            {rating}
        </article>
    }
}

#[component]
pub fn ConversationPage() -> impl IntoView {
    let tr = use_tr();
    let id = id_param();
    let state = use_state();
    let user = use_viewer().user;
    let page = move || {
        let state = state.clone();
        let user = user.clone();
        Suspend::new(async move {
            let session = session();
            let owner = access::owner(user.as_ref(), session.as_ref(), false).await;
            let Ok(Some(c)) = repo::conversation(&state.db, id).await else { return view! { <StatusPage status=404 /> }.into_any() };
            if !may_read(&owner, &c) {
                return view! { <StatusPage status=404 /> }.into_any();
            }
            let Ok(turns) = repo::turns(&state.db, c.id).await else { return view! { <StatusPage status=500 /> }.into_any() };
            let turns_view = turns.iter().map(|t| turn_view(tr, t)).collect_view();
            let delete =
                FormSpec::new(FormKind::Confirm, "delete", &format!("/assistant/c/{}/delete", c.id), tr.t("assistant-delete"), vec![])
                    .danger();
            let ask = ask_box(tr, c.id);
            view! {
                <Page title=c.title.clone()>
                    <p><a href="/assistant">{tr.t("assistant-new")}</a></p>
                    {turns_view}
                    <div class="follow-up">{ask}</div>
                    <details class="side-details">
                        <summary>{tr.t("assistant-delete")}</summary>
                        <p>{tr.t("assistant-delete-explain")}</p>
                        <SmartForm spec=delete />
                    </details>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

//! `/knowledge/review`: the moderators' queue of submitted cases, oldest first; and the
//! moderator's actions on an item's page (publish, return with a comment, retire, edit).

use super::contribute::{action_form, case_row};
use crate::forms::SmartForm;
use crate::i18n::{use_tr, Tr};
use crate::knowledge::access::may_moderate;
use crate::knowledge::model::{Kind, Status};
use crate::knowledge::repo::{self, Item};
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

/// What a moderator may do with an item, as it stands.
pub fn moderator_actions(tr: Tr, item: &Item) -> impl IntoView + use<> {
    let id = item.id;
    let kind = if item.kind() == Kind::Case { "cases" } else { "materials" };
    let edit =
        view! { <a class="button button-secondary" href=format!("/knowledge/{kind}/{}/edit", item.slug)>{tr.t("knowledge-edit")}</a> };
    let publish = matches!(item.status, Status::Submitted | Status::Retired).then(|| {
        let spec = action_form(&format!("/knowledge/items/{id}/publish"), "case-publish", tr.t("knowledge-publish"), None);
        view! { <SmartForm spec /> }
    });
    let give_back = (item.status == Status::Submitted).then(|| {
        let spec = action_form(
            &format!("/knowledge/items/{id}/return"),
            "case-return",
            tr.t("knowledge-return"),
            Some(tr.t("knowledge-return-comment")),
        );
        view! { <details class="side-details"><summary>{tr.t("knowledge-return")}</summary><SmartForm spec /></details> }
    });
    let retire = (item.status == Status::Published).then(|| {
        let spec = action_form(&format!("/knowledge/items/{id}/retire"), "case-retire", tr.t("knowledge-retire"), None);
        view! { <details class="side-details"><summary>{tr.t("knowledge-retire")}</summary><p>{tr.t("knowledge-retire-explain")}</p><SmartForm spec /></details> }
    });
    view! {
        <section class="moderator-actions" aria-labelledby="moderate-heading">
            <h2 id="moderate-heading">{tr.t("knowledge-moderate")}</h2>
            <div class="page-actions">{edit}{publish}</div>
            {give_back}
            {retire}
        </section>
    }
}

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let tr = use_tr();
    if let Err(refused) = guard("/knowledge/review", may_moderate) {
        return refused;
    }
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::submitted(&state.db).await {
                Ok(items) if items.is_empty() => view! { <p>{tr.t("knowledge-review-none")}</p> }.into_any(),
                Ok(items) => view! { <ul class="plain results">{items.iter().map(|i| case_row(tr, i)).collect_view()}</ul> }.into_any(),
                Err(_) => view! { <StatusPage status=500 /> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("knowledge-review-title")>
            <p>{tr.t("knowledge-review-intro")}</p>
            <Suspense>{list}</Suspense>
        </Page>
    }
    .into_any()
}

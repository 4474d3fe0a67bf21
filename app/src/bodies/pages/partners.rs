//! `/partners`: the open partner posts, newest first, narrowed by a plain GET form (the URL
//! holds the search; no JavaScript needed), and `/partners/new`, where a verified public body
//! publishes one.

use super::{country_choices, post_card, theme_choices};
use crate::bodies::access::may_post;
use crate::bodies::forms::BodyForm;
use crate::bodies::repo::{self, PartnerPost};
use crate::bodies::search::{PostQuery, MAX_PAGE, PER_PAGE};
use crate::forms::{with_placeholder, ChoiceGroup, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::reference::Code;
use crate::shell::{filter_input, filter_select, guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PartnerSearchPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_query_map().get_untracked();
    let map = params.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let query = PostQuery::parse(&map);
    let state = use_state();
    let can_post = use_viewer().user.as_ref().is_some_and(may_post);
    let results = {
        let query = query.clone();
        move || {
            let state = state.clone();
            let query = query.clone();
            Suspend::new(async move {
                match repo::search_posts(&state.db, &query).await {
                    Ok((found, total)) => results_view(tr, &query, found, total).into_any(),
                    Err(e) => {
                        tracing::error!(error = %e, "partner search failed");
                        view! { <StatusPage status=500 /> }.into_any()
                    }
                }
            })
        }
    };
    view! {
        <Page title=tr.t("partners-title")>
            <p class="lead">{tr.t("partners-intro")}</p>
            {can_post.then(|| view! {
                <p class="page-actions"><a class="button" href="/partners/new">{tr.t("partner-new-title")}</a></p>
            })}
            <div class="search-layout">
                {search_form(tr, &query)}
                <div class="search-results">
                    <Suspense>{results}</Suspense>
                </div>
            </div>
        </Page>
    }
}

fn search_form(tr: Tr, q: &PostQuery) -> impl IntoView {
    let chosen = [q.theme.is_some(), q.country.is_some(), q.seeking.is_some()].into_iter().filter(|c| *c).count();
    let filters_label = tr.t_args("search-filters", &[("count", chosen.to_string())]);
    view! {
        <form method="get" action="/partners" class="search-form" role="search" aria-label=tr.t("partner-search-label")>
            {filter_input("partners", "q", tr.t("search-words"), q.text.clone(), "search", None)}
            // Folded on a phone, so results come first; open while any filter is in use.
            <details class="search-filters" open={chosen > 0}>
                <summary>{filters_label}</summary>
                {filter_select("partners", "theme", tr.t("partner-field-theme"), tr.t("search-any"), q.theme.map(|t| t.code()), theme_choices(tr))}
                {filter_select("partners", "country", tr.t("partner-search-country"), tr.t("search-any"), q.country.map(|c| c.code()), country_choices(tr))}
                {filter_select("partners", "seeking", tr.t("partner-search-seeking"), tr.t("search-any"), q.seeking.map(|c| c.code()), country_choices(tr))}
            </details>
            <div class="form-actions">
                <button type="submit" class="button">{tr.t("search-submit")}</button>
                " "<a href="/partners">{tr.t("search-reset")}</a>
            </div>
        </form>
    }
}

fn results_view(tr: Tr, q: &PostQuery, found: Vec<PartnerPost>, total: i64) -> impl IntoView {
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).clamp(1, MAX_PAGE);
    let heading = tr.t_args("partner-search-count", &[("count", total.to_string())]);
    let list = if found.is_empty() {
        view! { <p>{tr.t("partner-search-nothing")}</p> }.into_any()
    } else {
        view! { <ul class="plain results">{found.into_iter().map(|p| post_card(tr, p)).collect_view()}</ul> }.into_any()
    };
    let page = q.page;
    let prev =
        (page > 1).then(|| view! { <a rel="prev" href=format!("/partners{}", q.query_string(page - 1))>{tr.t("search-previous")}</a> });
    let next =
        (page < pages).then(|| view! { <a rel="next" href=format!("/partners{}", q.query_string(page + 1))>{tr.t("search-next")}</a> });
    view! {
        <h2 id="results-heading">{heading}</h2>
        {list}
        <nav class="pagination" aria-label=tr.t("search-pages")>
            {prev}
            <span>{tr.t_args("search-page-of", &[("page", page.to_string()), ("pages", pages.to_string())])}</span>
            {next}
        </nav>
    }
}

#[component]
pub fn NewPartnerPostPage() -> impl IntoView {
    let tr = use_tr();
    if let Err(refused) = guard("/partners/new", may_post) {
        return refused;
    }
    let fields = vec![
        Field::text("title", tr.t("partner-field-title")),
        Field::select(
            "theme",
            tr.t("partner-field-theme"),
            with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: theme_choices(tr) }]),
        ),
        Field::textarea("description", tr.t("partner-field-description")).hint(tr.t("hint-partner-description")),
        Field::picker("cpv", tr.t("partner-field-cpv"), "/api/cpv", false, "/reference/cpv", tr.t("picker-search-cpv"))
            .optional()
            .hint(tr.t("hint-partner-cpv")),
        Field::text("timeline", tr.t("partner-field-timeline")).hint(tr.t("hint-partner-timeline")),
        Field::checkboxes("countries", tr.t("partner-field-countries"), country_choices(tr))
            .optional()
            .hint(tr.t("hint-partner-countries")),
    ];
    let spec = FormSpec::new(BodyForm::PartnerPost, "partner-post", "/partners/new", tr.t("partner-publish"), fields);
    view! {
        <Page title=tr.t("partner-new-title")>
            <div class="narrow">
                <p>{tr.t("partner-new-intro")}</p>
                <SmartForm spec />
            </div>
        </Page>
    }
    .into_any()
}

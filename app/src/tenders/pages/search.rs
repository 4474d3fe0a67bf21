//! `/tenders`: search and filters in a plain GET form, so the URL holds the whole query (share
//! it, bookmark it, go back to it) and everything works without JavaScript.

use super::{code_choices, summary_card};
use crate::db::now;
use crate::forms::{Choice, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::reference::Code;
use crate::reference::Country;
use crate::shell::{filter_input, filter_select, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::access::may_draft;
use crate::tenders::model::{Innovation, Procedure};
use crate::tenders::repo;
use crate::tenders::search::{SearchQuery, Sort, StatusFilter, ThresholdFilter};
use crate::tenders::threshold::ContractType;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TenderSearchPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_query_map().get_untracked();
    let map = params.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let query = SearchQuery::parse(&map);
    let state = use_state();
    let viewer = use_viewer().user;
    let can_publish = viewer.as_ref().is_some_and(may_draft);
    let save = viewer.is_some().then(|| {
        let spec = crate::tenders::saved::save_form(&query);
        view! {
            <details class="side-details save-search">
                <summary>{tr.t("saved-save-heading")}</summary>
                <p>{tr.t("saved-explain")}" "<a href="/tenders/saved">{tr.t("saved-title")}</a></p>
                <SmartForm spec />
            </details>
        }
    });
    let results = {
        let query = query.clone();
        move || {
            let state = state.clone();
            let query = query.clone();
            Suspend::new(async move {
                let at = now();
                match repo::search(&state.db, &query, at).await {
                    Ok((found, total)) => results_view(tr, &query, found, total, at).into_any(),
                    Err(e) => {
                        tracing::error!(error = %e, "tender search failed");
                        view! { <StatusPage status=500 /> }.into_any()
                    }
                }
            })
        }
    };
    view! {
        <Page title=tr.t("tenders-title")>
            <p class="lead">{tr.t("tenders-intro")}</p>
            {can_publish.then(|| view! {
                <p class="page-actions">
                    <a class="button" href="/tenders/new">{tr.t("tender-new-title")}</a>" "
                    <a class="button button-secondary" href="/tenders/mine">{tr.t("tenders-mine-title")}</a>
                </p>
            })}
            <div class="search-layout">
                {search_form(tr, &query)}
                <div class="search-results">
                    {save}
                    <Suspense>{results}</Suspense>
                </div>
            </div>
        </Page>
    }
}

fn search_form(tr: Tr, q: &SearchQuery) -> impl IntoView {
    let countries = Country::ALL.into_iter().map(|c| Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect();
    let statuses = StatusFilter::ALL
        .into_iter()
        .filter(|s| *s != StatusFilter::Open)
        .map(|s| Choice { value: s.code().into(), label: tr.t(&format!("search-status-{}", s.code())) })
        .collect::<Vec<_>>();
    let thresholds = vec![
        Choice { value: "above".into(), label: tr.t("tender-above-threshold") },
        Choice { value: "below".into(), label: tr.t("tender-below-threshold") },
    ];
    let sorts = Sort::ALL
        .into_iter()
        .map(|s| {
            let selected = q.sort == s;
            view! { <option value=s.code() selected=selected>{tr.t(&format!("search-sort-{}", s.code()))}</option> }
        })
        .collect_view();
    let status_current = (q.status != StatusFilter::Open).then(|| q.status.code());
    let chosen = [
        q.country.is_some(),
        q.nuts.is_some(),
        q.cpv.is_some(),
        q.contract_type.is_some(),
        q.procedure.is_some(),
        q.innovation.is_some(),
        q.threshold.is_some(),
        q.status != StatusFilter::Open,
        q.deadline_from.is_some() || q.deadline_to.is_some(),
        q.value_min.is_some() || q.value_max.is_some(),
    ]
    .into_iter()
    .filter(|c| *c)
    .count();
    let filters_label = tr.t_args("search-filters", &[("count", chosen.to_string())]);
    let date = |v: Option<i64>, shift: i64| v.map(|t| crate::i18n::date_in(t - shift, "UTC")).unwrap_or_default();
    let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    view! {
        <form method="get" action="/tenders" class="search-form" role="search" aria-label=tr.t("search-label")>
            {filter_input("search", "q", tr.t("search-words"), q.text.clone(), "search", None)}
            // Filters fold away (a phone shows results without scrolling past them); they
            // stay open while any is in use, so what narrows the results is always visible.
            <details class="search-filters" open={chosen > 0}>
                <summary>{filters_label}</summary>
                {filter_select("search", "country", tr.t("field-country"), tr.t("search-any"), q.country.map(|c| c.code()), countries)}
                {filter_input("search", "nuts", tr.t("tender-field-nuts"), q.nuts.clone().unwrap_or_default(), "text", Some(tr.t("hint-search-nuts")))}
                {filter_input("search", "cpv", tr.t("search-cpv"), q.cpv.clone().unwrap_or_default(), "text", Some(tr.t("hint-search-cpv")))}
                {filter_select("search", "contract", tr.t("tender-field-contract-type"), tr.t("search-any"), q.contract_type.map(|c| c.code()), code_choices::<ContractType>(tr))}
                {filter_select("search", "procedure", tr.t("tender-field-procedure"), tr.t("search-any"), q.procedure.map(|c| c.code()), code_choices::<Procedure>(tr))}
                {filter_select("search", "innovation", tr.t("tender-field-innovation"), tr.t("search-any"), q.innovation.map(|c| c.code()), code_choices::<Innovation>(tr))}
                {filter_select("search", "threshold", tr.t("search-threshold"), tr.t("search-any"), q.threshold.map(|t| if t == ThresholdFilter::Above { "above" } else { "below" }), thresholds)}
                // The status reads "open" when nothing else is chosen: the default, not "any".
                {filter_select("search", "status", tr.t("search-status"), tr.t("search-status-open"), status_current, statuses)}
                <fieldset class="field range">
                    <legend>{tr.t("search-deadline")}</legend>
                    {filter_input("search", "deadline_from", tr.t("search-from"), date(q.deadline_from, 0), "date", None)}
                    {filter_input("search", "deadline_to", tr.t("search-to"), date(q.deadline_to, 86_400), "date", None)}
                </fieldset>
                <fieldset class="field range">
                    <legend>{tr.t("search-value")}</legend>
                    {filter_input("search", "value_min", tr.t("search-min"), number(q.value_min), "text", None)}
                    {filter_input("search", "value_max", tr.t("search-max"), number(q.value_max), "text", None)}
                </fieldset>
            </details>
            <div class="field">
                <label for="search-sort">{tr.t("search-sort")}</label>
                <select id="search-sort" name="sort">{sorts}</select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{tr.t("search-submit")}</button>
                " "<a href="/tenders">{tr.t("search-reset")}</a>
            </div>
        </form>
    }
}

fn results_view(tr: Tr, q: &SearchQuery, found: Vec<repo::TenderSummary>, total: i64, at: i64) -> impl IntoView {
    let pages = ((total + q.per_page() - 1) / q.per_page()).clamp(1, crate::tenders::search::MAX_PAGE);
    let ignored = (!q.ignored.is_empty()).then(|| {
        view! { <p class="notice" role="status">{tr.t_args("search-ignored", &[("params", q.ignored.join(", "))])}</p> }
    });
    let heading = tr.t_args("search-count", &[("count", total.to_string())]);
    let list = if found.is_empty() {
        view! { <p>{tr.t("search-nothing")}</p> }.into_any()
    } else {
        view! { <ul class="plain results">{found.into_iter().map(|t| summary_card(tr, t, at)).collect_view()}</ul> }.into_any()
    };
    let page = q.page;
    let prev =
        (page > 1).then(|| view! { <a rel="prev" href=format!("/tenders{}", q.query_string(page - 1))>{tr.t("search-previous")}</a> });
    let next =
        (page < pages).then(|| view! { <a rel="next" href=format!("/tenders{}", q.query_string(page + 1))>{tr.t("search-next")}</a> });
    let feed = format!("/tenders/feed{}", q.query_string(1));
    view! {
        {ignored}
        <h2 id="results-heading" aria-live="polite">{heading}</h2>
        <p><a href=feed>{tr.t("search-feed")}</a></p>
        {list}
        <nav class="pagination" aria-label=tr.t("search-pages")>
            {prev}
            <span>{tr.t_args("search-page-of", &[("page", page.to_string()), ("pages", pages.to_string())])}</span>
            {next}
        </nav>
    }
}

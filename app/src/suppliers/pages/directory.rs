//! `/suppliers`: the directory. A plain GET form, so the URL holds the whole query and it all
//! works without JavaScript; only published profiles are listed.

use super::supplier_card;
use crate::forms::Choice;
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::reference::Code;
use crate::reference::Country;
use crate::shell::{filter_input, filter_select, Page, StatusPage};
use crate::state::use_state;
use crate::suppliers::access::may_edit;
use crate::suppliers::model::{Size, LANGUAGES};
use crate::suppliers::repo::{self, SupplierSummary};
use crate::suppliers::search::{DirectoryQuery, MAX_PAGE};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_query_map().get_untracked();
    let query = DirectoryQuery::parse(&params.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
    let state = use_state();
    let own = use_viewer().user.filter(may_edit).map(|_| {
        view! { <p class="page-actions"><a class="button" href="/suppliers/profile">{tr.t("directory-your-profile")}</a></p> }
    });
    let results = {
        let query = query.clone();
        move || {
            let state = state.clone();
            let query = query.clone();
            Suspend::new(async move {
                match repo::search(&state.db, &query).await {
                    Ok((found, total)) => results_view(tr, &query, found, total).into_any(),
                    Err(e) => {
                        tracing::error!(error = %e, "directory search failed");
                        view! { <StatusPage status=500 /> }.into_any()
                    }
                }
            })
        }
    };
    view! {
        <Page title=tr.t("directory-title")>
            <p class="lead">{tr.t("directory-intro")}</p>
            {own}
            <div class="search-layout">
                {search_form(tr, &query)}
                <div class="search-results">
                    <Suspense>{results}</Suspense>
                </div>
            </div>
        </Page>
    }
}

fn search_form(tr: Tr, q: &DirectoryQuery) -> impl IntoView {
    let countries = Country::ALL.into_iter().map(|c| Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect();
    let sizes = Size::ALL.iter().map(|s| Choice { value: s.code().into(), label: tr.t(&s.message_key()) }).collect();
    let languages = LANGUAGES.iter().map(|l| Choice { value: l.to_string(), label: tr.t(&format!("language-{l}")) }).collect();
    let chosen = q.filters_in_use();
    view! {
        <form method="get" action="/suppliers" class="search-form" role="search" aria-label=tr.t("directory-search-label")>
            {filter_input("directory", "q", tr.t("search-words"), q.text.clone(), "search", None)}
            // Filters fold away on a phone until one is in use (as on /tenders).
            <details class="search-filters" open={chosen > 0}>
                <summary>{tr.t_args("search-filters", &[("count", chosen.to_string())])}</summary>
                {filter_select("directory", "country", tr.t("directory-country"), tr.t("search-any"), q.country.map(|c| c.code()), countries)}
                {filter_input("directory", "region", tr.t("directory-region"), q.region.clone().unwrap_or_default(), "text", Some(tr.t("hint-directory-region")))}
                {filter_input("directory", "cpv", tr.t("search-cpv"), q.cpv.clone().unwrap_or_default(), "text", Some(tr.t("hint-search-cpv")))}
                {filter_select("directory", "size", tr.t("field-size"), tr.t("search-any"), q.size.map(|s| s.code()), sizes)}
                <div class="field field-checkbox">
                    <input id="directory-sme" type="checkbox" name="sme" value="yes" checked=q.sme />
                    <label for="directory-sme">{tr.t("directory-sme-only")}</label>
                </div>
                {filter_select("directory", "language", tr.t("directory-language"), tr.t("search-any"), q.language.as_deref(), languages)}
            </details>
            <div class="form-actions">
                <button type="submit" class="button">{tr.t("search-submit")}</button>
                " "<a href="/suppliers">{tr.t("search-reset")}</a>
            </div>
        </form>
    }
}

fn results_view(tr: Tr, q: &DirectoryQuery, found: Vec<SupplierSummary>, total: i64) -> impl IntoView {
    let pages = ((total + q.per_page() - 1) / q.per_page()).clamp(1, MAX_PAGE);
    let ignored = (!q.ignored.is_empty()).then(|| {
        view! { <p class="notice" role="status">{tr.t_args("search-ignored", &[("params", q.ignored.join(", "))])}</p> }
    });
    let list = if found.is_empty() {
        view! { <p>{tr.t("directory-nothing")}</p> }.into_any()
    } else {
        view! { <ul class="plain results">{found.into_iter().map(|s| supplier_card(tr, s)).collect_view()}</ul> }.into_any()
    };
    let page = q.page;
    let prev =
        (page > 1).then(|| view! { <a rel="prev" href=format!("/suppliers{}", q.query_string(page - 1))>{tr.t("search-previous")}</a> });
    let next =
        (page < pages).then(|| view! { <a rel="next" href=format!("/suppliers{}", q.query_string(page + 1))>{tr.t("search-next")}</a> });
    view! {
        {ignored}
        <h2 id="results-heading" aria-live="polite">{tr.t_args("directory-count", &[("count", total.to_string())])}</h2>
        {list}
        <nav class="pagination" aria-label=tr.t("search-pages")>
            {prev}
            <span>{tr.t_args("search-page-of", &[("page", page.to_string()), ("pages", pages.to_string())])}</span>
            {next}
        </nav>
    }
}

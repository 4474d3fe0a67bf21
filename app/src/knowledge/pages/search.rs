//! `/knowledge`: one ranked search over cases and materials. Words in a plain GET form (the URL
//! holds the whole search, no JavaScript needed), facets as links with the number of results
//! each would give, the results with the passage that matched. `/knowledge/cases` and
//! `/knowledge/materials` are the same search kept to one kind.

use super::{code_name, item_path, language_name};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::knowledge::access::{may_contribute, may_moderate};
use crate::knowledge::index::{Found, Hit};
use crate::knowledge::model::*;
use crate::knowledge::repo::{self, Item};
use crate::knowledge::search::{Facet, KnowledgeQuery, Sort, MAX_PAGE, PER_PAGE};
use crate::reference::{Code, Theme};
use crate::shell::{filter_input, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::model::{Innovation, Procedure};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn KnowledgeSearchPage() -> impl IntoView {
    view! { <SearchView kind=None /> }
}

#[component]
pub fn CaseSearchPage() -> impl IntoView {
    view! { <SearchView kind=Some(Kind::Case) /> }
}

#[component]
pub fn MaterialSearchPage() -> impl IntoView {
    view! { <SearchView kind=Some(Kind::Material) /> }
}

fn base_path(kind: Option<Kind>) -> &'static str {
    match kind {
        None => "/knowledge",
        Some(Kind::Case) => "/knowledge/cases",
        Some(Kind::Material) => "/knowledge/materials",
    }
}

/// The facets that make sense for a view: a case's or a material's own, or all of them.
fn facets_of(kind: Option<Kind>) -> Vec<Facet> {
    let case_only = [Facet::Country, Facet::Procedure, Facet::Innovation, Facet::Population, Facet::Sme];
    let material_only = [Facet::Type, Facet::Stage, Facet::Audience];
    Facet::ALL
        .into_iter()
        .filter(|f| match kind {
            None => true,
            Some(_) if *f == Facet::Kind => false,
            Some(Kind::Case) => !material_only.contains(f),
            Some(Kind::Material) => !case_only.contains(f),
        })
        .collect()
}

/// A facet value's name in the reader's language.
fn value_name(tr: Tr, facet: Facet, v: &str) -> String {
    match facet {
        Facet::Kind => code_name::<Kind>(tr, v),
        Facet::Type => code_name::<MaterialType>(tr, v),
        Facet::Stage => code_name::<Stage>(tr, v),
        Facet::Country => tr.country(v),
        Facet::Procedure => code_name::<Procedure>(tr, v),
        Facet::Innovation => code_name::<Innovation>(tr, v),
        Facet::Theme => code_name::<Theme>(tr, v),
        Facet::Lang => language_name(tr, v),
        Facet::Audience => code_name::<Audience>(tr, v),
        Facet::Population => code_name::<PopulationBand>(tr, v),
        Facet::Sme => tr.t("knowledge-sme-yes"),
    }
}

/// The order a facet's values are listed in: stages in the Guidance's order, others by count.
fn ordered(facet: Facet, mut values: Vec<(String, u64)>) -> Vec<(String, u64)> {
    match facet {
        Facet::Stage => values.sort_by_key(|(v, _)| Stage::ALL.iter().position(|s| s.code() == v)),
        Facet::Population => values.sort_by_key(|(v, _)| PopulationBand::ALL.iter().position(|s| s.code() == v)),
        _ => values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0))),
    }
    values
}

#[component]
fn SearchView(kind: Option<Kind>) -> impl IntoView {
    let tr = use_tr();
    let map = use_query_map().get_untracked().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let mut query = KnowledgeQuery::parse(&map);
    if let Some(k) = kind {
        query.facets.insert(Facet::Kind, k.code().to_string());
    }
    let state = use_state();
    let viewer = use_viewer().user;
    let actions = viewer.map(|u| {
        let contribute = may_contribute(&u).then(|| {
            view! {
                <a class="button" href="/knowledge/cases/new">{tr.t("knowledge-case-new")}</a>" "
                <a class="button button-secondary" href="/knowledge/cases/mine">{tr.t("knowledge-cases-mine")}</a>
            }
        });
        let moderate = may_moderate(&u).then(|| {
            view! {
                <a class="button" href="/knowledge/materials/new">{tr.t("knowledge-material-new")}</a>" "
                <a class="button button-secondary" href="/knowledge/review">{tr.t("knowledge-review-title")}</a>
            }
        });
        view! { <p class="page-actions">{contribute}{moderate}</p> }
    });
    let title = tr.t(match kind {
        None => "knowledge-title",
        Some(Kind::Case) => "knowledge-cases-title",
        Some(Kind::Material) => "knowledge-materials-title",
    });
    let results = {
        let query = query.clone();
        move || {
            let state = state.clone();
            let query = query.clone();
            Suspend::new(async move {
                state.knowledge.fresh(&state.db).await;
                let found = match state.knowledge.search(&query, tr.0.code()) {
                    Ok(f) => f,
                    Err(e) => {
                        tracing::error!(error = %e, "knowledge search failed");
                        return view! { <StatusPage status=500 /> }.into_any();
                    }
                };
                let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
                match repo::published_by_ids(&state.db, &ids).await {
                    Ok(items) => results_view(tr, kind, &query, found, items).into_any(),
                    Err(e) => {
                        tracing::error!(error = %e, "knowledge items failed");
                        view! { <StatusPage status=500 /> }.into_any()
                    }
                }
            })
        }
    };
    view! {
        <Page title=title>
            <p class="lead">{tr.t(match kind {
                None => "knowledge-intro",
                Some(Kind::Case) => "knowledge-cases-intro",
                Some(Kind::Material) => "knowledge-materials-intro",
            })}</p>
            <nav class="sub-nav" aria-label=tr.t("knowledge-views")>
                <ul class="inline-list">
                    {[None, Some(Kind::Case), Some(Kind::Material)].into_iter().map(|k| {
                        let label = tr.t(match k {
                            None => "knowledge-view-all",
                            Some(Kind::Case) => "knowledge-view-cases",
                            Some(Kind::Material) => "knowledge-view-materials",
                        });
                        let current = (k == kind).then_some("page");
                        view! { <li><a href=base_path(k) aria-current=current>{label}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            {actions}
            <Suspense>{results}</Suspense>
        </Page>
    }
}

fn results_view(tr: Tr, kind: Option<Kind>, q: &KnowledgeQuery, found: Found, items: Vec<Item>) -> impl IntoView + use<> {
    let base = base_path(kind);
    let link = |query: &KnowledgeQuery, page: usize| {
        let mut params = query.params();
        if kind.is_some() {
            params.retain(|(k, _)| *k != "kind");
        }
        format!("{base}{}", crate::web::query_string(params, page as i64))
    };
    let facet_lists = facets_of(kind)
        .into_iter()
        .filter_map(|facet| {
            let values = ordered(facet, found.counts.get(&facet).cloned().unwrap_or_default());
            let chosen = q.facet(facet).map(str::to_string);
            if values.is_empty() && chosen.is_none() {
                return None;
            }
            let heading_id = format!("facet-{}", facet.param());
            let entries = values
                .into_iter()
                .map(|(v, n)| {
                    let selected = chosen.as_deref() == Some(v.as_str());
                    let name = value_name(tr, facet, &v);
                    let href = if selected { link(&q.with_facet(facet, None), 1) } else { link(&q.with_facet(facet, Some(&v)), 1) };
                    let label = if selected { tr.t_args("knowledge-facet-remove", &[("value", name.clone())]) } else { name.clone() };
                    view! {
                        <li class:selected=selected>
                            <a href=href aria-current=selected.then_some("true") aria-label=format!("{label} ({n})")>
                                <span>{name}</span>" "<span class="count">{tr.number(n as i64)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section class="facet" aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>{tr.t(&format!("knowledge-facet-{}", facet.param()))}</h3>
                    <ul class="plain">{entries}</ul>
                </section>
            })
        })
        .collect_view()
        .into_any();
    let pages = found.total.div_ceil(PER_PAGE).clamp(1, MAX_PAGE);
    let heading = tr.t_args("knowledge-count", &[("count", found.total.to_string())]);
    let cards =
        found.hits.iter().filter_map(|hit| items.iter().find(|i| i.id == hit.id).map(|item| result_card(tr, item, hit))).collect_view();
    let list = if found.total == 0 {
        view! { <p>{tr.t("knowledge-nothing")}</p> }.into_any()
    } else {
        view! { <ol class="plain results">{cards}</ol> }.into_any()
    };
    let page = q.page;
    let prev = (page > 1).then(|| view! { <a rel="prev" href=link(q, page - 1)>{tr.t("search-previous")}</a> });
    let next = (page < pages).then(|| view! { <a rel="next" href=link(q, page + 1)>{tr.t("search-next")}</a> });
    let sort_options = [Sort::Relevance, Sort::Newest]
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=q.sort == s>{tr.t(&format!("knowledge-sort-{}", s.code()))}</option> })
        .collect_view();
    // The facets chosen travel with the words, so a new search keeps what narrows it.
    let hidden = q
        .params()
        .into_iter()
        .filter(|(k, v)| {
            let own = matches!(*k, "q" | "sort") || (kind.is_some() && *k == "kind");
            !own && v.is_some()
        })
        .map(|(k, v)| view! { <input type="hidden" name=k value=v.unwrap_or_default() /> })
        .collect_view();
    let structured = kind != Some(Kind::Material);
    let population = [10_000u64, 50_000, 100_000, 500_000]
        .into_iter()
        .map(|n| {
            view! { <option value=n.to_string() selected=q.population_under == Some(n)>{tr.t_args("knowledge-population-under", &[("count", tr.number(n as i64))])}</option> }
        })
        .collect_view();
    let structured_filters = structured
        .then(|| {
            view! {
                <details class="search-filters" open={q.population_under.is_some() || q.awarded_from.is_some()}>
                    <summary>{tr.t("knowledge-more-filters")}</summary>
                    <div class="field">
                        <label for="knowledge-population_under">{tr.t("knowledge-population-filter")}</label>
                        <select id="knowledge-population_under" name="population_under">
                            <option value="">{tr.t("search-any")}</option>
                            {population}
                        </select>
                    </div>
                    {filter_input("knowledge", "awarded_from", tr.t("knowledge-awarded-from"), q.awarded_from.map(|y| y.to_string()).unwrap_or_default(), "text", Some(tr.t("hint-knowledge-year")))}
                </details>
            }
        })
        .map(IntoAny::into_any);
    let form = view! {
        <form method="get" action=base class="search-form" role="search" aria-label=tr.t("knowledge-search-label")>
            {filter_input("knowledge", "q", tr.t("search-words"), q.text.clone(), "search", Some(tr.t("hint-knowledge-words")))}
            {hidden}
            {structured_filters}
            <div class="field">
                <label for="knowledge-sort">{tr.t("search-sort")}</label>
                <select id="knowledge-sort" name="sort">{sort_options}</select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{tr.t("search-submit")}</button>
                " "<a href=base>{tr.t("search-reset")}</a>
            </div>
        </form>
    }
    .into_any();
    let results = view! {
        <div class="search-results knowledge-results">
            <h2 id="results-heading" aria-live="polite">{heading}</h2>
            <p class="facet-jump"><a href="#facets">{tr.t("knowledge-facets")}</a></p>
            {list}
            <nav class="pagination" aria-label=tr.t("search-pages")>
                {prev}
                <span>{tr.t_args("search-page-of", &[("page", page.to_string()), ("pages", pages.to_string())])}</span>
                {next}
            </nav>
        </div>
    }
    .into_any();
    // On a phone the results come before the facets (with a link down to them); on a wide
    // screen the facets stand beside the results, under the form.
    view! {
        <div class="knowledge-layout">
            <div class="knowledge-form">{form}</div>
            <nav class="facets" id="facets" aria-label=tr.t("knowledge-facets")>{facet_lists}</nav>
            {results}
        </div>
    }
}

/// The matched passage with its matched words marked (escaped text, `<mark>` elements).
fn snippet_view(hit: &Hit) -> impl IntoView + use<> {
    let text = &hit.snippet;
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in &hit.highlighted {
        let (Some(before), Some(word)) = (text.get(at..*start), text.get(*start..*end)) else { continue };
        parts.push(view! { {before.to_string()} }.into_any());
        parts.push(view! { <mark>{word.to_string()}</mark> }.into_any());
        at = *end;
    }
    parts.push(view! { {text.get(at..).unwrap_or("").to_string()} }.into_any());
    view! { <p class="snippet">"… "{parts}" …"</p> }
}

fn result_card(tr: Tr, item: &Item, hit: &Hit) -> impl IntoView + use<> {
    let text = item.text_in(tr.0.code());
    let kind = item.kind();
    let other_language = (text.lang != tr.0.code())
        .then(|| view! { <span class="badge badge-muted" lang=text.lang.clone()>{language_name(tr, &text.lang)}</span> });
    let facts = match &item.facts {
        Facts::Case(f) => {
            let year = year_of(&f.award_date).map(|y| tr.t_args("knowledge-awarded-in", &[("year", y.to_string())]));
            view! {
                <p class="tender-buyer">{f.buyer_name.clone()}" · "{tr.country(&f.country)}{year.map(|y| format!(" · {y}"))}</p>
                <p class="tender-badges">
                    <span class="badge">{code_name::<Kind>(tr, kind.code())}</span>
                    {(!f.procedure.is_empty()).then(|| view! { <span class="badge">{code_name::<Procedure>(tr, &f.procedure)}</span> })}
                    {other_language}
                </p>
            }
            .into_any()
        }
        Facts::Material(f) => {
            let stages = f.stages.iter().map(|s| code_name::<Stage>(tr, s)).collect::<Vec<_>>().join(", ");
            let superseded = (!f.superseded_by.is_empty())
                .then(|| view! { <span class="badge badge-warning">{tr.t("knowledge-superseded-badge")}</span> });
            view! {
                <p class="tender-buyer">{stages}</p>
                <p class="tender-badges">
                    <span class="badge">{code_name::<MaterialType>(tr, &f.material_type)}</span>
                    {superseded}
                    {other_language}
                </p>
            }
            .into_any()
        }
    };
    let snippet = (!hit.snippet.is_empty()).then(|| snippet_view(hit));
    view! {
        <li class="card">
            <h3 class="card-title"><a href=item_path(kind, &item.slug) lang=text.lang.clone()>{text.title.clone()}</a></h3>
            {facts}
            <p lang=text.lang.clone()>{text.summary.clone()}</p>
            {snippet}
        </li>
    }
}

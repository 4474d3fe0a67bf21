//! Plain searches of the CPV and NUTS lists: what the pickers offer as you type, as pages that
//! work without JavaScript (the pickers link here, opening a new tab so the form keeps its input).

use crate::i18n::{use_tr, Tr};
use crate::reference::{cpv, nuts};
use crate::shell::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const LIMIT: usize = 100;

fn code_search(
    tr: Tr,
    title: &'static str,
    intro: &'static str,
    action: &'static str,
    q: String,
    found: Vec<(String, String)>,
) -> impl IntoView {
    let result = if q.trim().is_empty() {
        None
    } else if found.is_empty() {
        Some(view! { <p>{tr.t("search-nothing")}</p> }.into_any())
    } else {
        let count = tr.t_args("codes-count", &[("count", found.len().to_string())]);
        let rows = found.into_iter().map(|(code, label)| view! { <tr><td><code>{code}</code></td><td>{label}</td></tr> }).collect_view();
        Some(
            view! {
                <p role="status">{count}</p>
                <table class="codes">
                    <thead><tr><th scope="col">{tr.t("codes-code")}</th><th scope="col">{tr.t("codes-label")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any(),
        )
    };
    view! {
        <Page title=tr.t(title)>
            <p>{tr.t(intro)}</p>
            <form method="get" action=action.to_string() role="search" class="inline-search">
                <label for="codes-q">{tr.t("codes-query")}</label>
                <input id="codes-q" type="search" name="q" value=q />
                <button type="submit" class="button">{tr.t("search-submit")}</button>
            </form>
            {result}
        </Page>
    }
}

fn query() -> String {
    use_query_map().get_untracked().get("q").unwrap_or_default().chars().take(100).collect()
}

#[component]
pub fn CpvSearchPage() -> impl IntoView {
    let tr = use_tr();
    let q = query();
    let found = cpv::search(&q, LIMIT).into_iter().map(|c| (c.code.clone(), c.label.clone())).collect();
    code_search(tr, "codes-cpv-title", "codes-cpv-intro", "/reference/cpv", q, found)
}

#[component]
pub fn NutsSearchPage() -> impl IntoView {
    let tr = use_tr();
    let q = query();
    let found = nuts::search(&q, LIMIT).into_iter().map(|r| (r.code.clone(), r.label.clone())).collect();
    code_search(tr, "codes-nuts-title", "codes-nuts-intro", "/reference/nuts", q, found)
}

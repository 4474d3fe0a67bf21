//! The knowledge centre's pages: the one search over cases and materials (`/knowledge`, and its
//! views `/knowledge/cases` and `/knowledge/materials`), a case, a material, a body's own cases
//! and the form that writes one, and the moderators' queue.

mod case;
mod contribute;
mod like_tender;
mod material;
mod review;
mod search;

pub use case::CasePage;
pub use contribute::{CaseFormPage, MyCasesPage};
pub use like_tender::CasesLikeTender;
pub use material::{MaterialFormPage, MaterialPage};
pub use review::ReviewQueuePage;
pub use search::{CaseSearchPage, KnowledgeSearchPage, MaterialSearchPage};

use super::model::{Kind, Text};
use super::repo::Item;
use crate::i18n::Tr;
use crate::reference::Code;
use leptos::prelude::*;

/// An item's address.
pub fn item_path(kind: Kind, slug: &str) -> String {
    match kind {
        Kind::Case => format!("/knowledge/cases/{slug}"),
        Kind::Material => format!("/knowledge/materials/{slug}"),
    }
}

/// The name of a code of a closed list, in the reader's language (the bare code if unknown).
pub fn code_name<C: Code>(tr: Tr, code: &str) -> String {
    C::parse(code).map(|c| tr.t(&c.message_key())).unwrap_or_else(|| code.to_string())
}

/// Every code of a closed list as a form's choices, named in the reader's language.
pub fn code_choices<C: Code>(tr: Tr) -> Vec<crate::forms::Choice> {
    C::ALL.iter().map(|c| crate::forms::Choice { value: c.code().into(), label: tr.t(&c.message_key()) }).collect()
}

/// A content language's name ("Finnish").
pub fn language_name(tr: Tr, lang: &str) -> String {
    tr.t(&format!("language-{lang}"))
}

/// A date as precise as the source gave it: "2019", "May 2019" or the full date.
pub fn partial_date(tr: Tr, date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m] => match m.parse::<u8>() {
            Ok(m @ 1..=12) => format!("{} {y}", tr.t(&format!("month-{m}"))),
            _ => date.to_string(),
        },
        [y, m, d] => match (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) {
            (Ok(y), Ok(m), Ok(d)) if crate::i18n::unix_of_date(y, m, d) != 0 => tr.date(crate::i18n::unix_of_date(y, m, d)),
            _ => date.to_string(),
        },
        _ => date.to_string(),
    }
}

/// Which text of an item a page shows: the one asked for (`?lang=`), else the reader's language,
/// else the original; and the note that says which language it is in when it is not the reader's.
pub fn chosen_text<'a>(tr: Tr, item: &'a Item, asked: Option<&str>) -> (&'a Text, Option<String>) {
    let reader = tr.0.code();
    let text = asked.and_then(|l| item.texts.iter().find(|t| t.lang == l)).unwrap_or_else(|| item.text_in(reader));
    let note = (text.lang != reader).then(|| {
        let key = if text.lang == item.original().lang { "knowledge-in-original" } else { "knowledge-in-translation" };
        tr.t_args(key, &[("language", language_name(tr, &text.lang))])
    });
    (text, note)
}

/// "Read in: English (original) · Suomi": the other languages the item can be read in.
pub fn language_links(tr: Tr, item: &Item, shown: &str) -> impl IntoView + use<> {
    let path = item_path(item.kind(), &item.slug);
    let original = item.original().lang.clone();
    let links = item
        .texts
        .iter()
        .map(|t| {
            let mut name = language_name(tr, &t.lang);
            if t.lang == original {
                name = tr.t_args("knowledge-original-language", &[("language", name)]);
            }
            let current = (t.lang == shown).then_some("true");
            view! { <li><a href=format!("{path}?lang={}", t.lang) hreflang=t.lang.clone() aria-current=current>{name}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="language-links" aria-label=tr.t("knowledge-read-in")>
            <span>{tr.t("knowledge-read-in")}</span>
            <ul class="inline-list">{links}</ul>
        </nav>
    }
}

/// An item's text sections, each a heading with its anchor and its cleaned Markdown.
pub fn sections_view(text: &Text) -> impl IntoView + use<> {
    text.sections
        .iter()
        .filter(|s| !s.markdown.trim().is_empty())
        .map(|s| {
            let html = crate::shell::markdown::to_safe_html(&s.markdown);
            view! {
                <section class="knowledge-section" id=s.id.clone() aria-labelledby=format!("{}-heading", s.id)>
                    <h2 id=format!("{}-heading", s.id)>{s.heading.clone()}</h2>
                    <div class="prose" inner_html=html></div>
                </section>
            }
        })
        .collect_view()
}

/// The knowledge centre's pages: a transparent route group, which the route table names in one line.
#[component(transparent)]
pub fn KnowledgeRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/knowledge") view=KnowledgeSearchPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/cases") view=CaseSearchPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/cases/mine") view=MyCasesPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/cases/new") view=CaseFormPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/cases/:slug") view=CasePage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/cases/:slug/edit") view=CaseFormPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/materials") view=MaterialSearchPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/materials/new") view=MaterialFormPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/materials/:slug") view=MaterialPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/materials/:slug/edit") view=MaterialFormPage ssr=SsrMode::Async />
        <Route path=path!("/knowledge/review") view=ReviewQueuePage ssr=SsrMode::Async />
    }
    .into_inner()
}

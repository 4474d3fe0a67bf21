//! An answer as the page shows it: its sentences with numbered citations, each opening its
//! source below; the sources with the cited passage and its key sentences marked; a refusal with
//! the nearest useful things; a rule answer with the rule it used. All text, never markup.

use crate::assistant::model::{Answer, Outcome, Source};
use crate::i18n::{Locale, Tr};
use crate::knowledge::pages::language_name;
use leptos::prelude::*;

/// The passage with its key sentences in `<mark>`.
fn marked(source: &Source) -> impl IntoView + use<> {
    let chars: Vec<char> = source.passage.chars().collect();
    let mut parts = Vec::new();
    let mut at = 0;
    for (from, to) in &source.marks {
        let (from, to) = ((*from).min(chars.len()), (*to).min(chars.len()));
        if from < at || to <= from {
            continue;
        }
        parts.push((false, chars[at..from].iter().collect::<String>()));
        parts.push((true, chars[from..to].iter().collect::<String>()));
        at = to;
    }
    parts.push((false, chars[at..].iter().collect::<String>()));
    parts.into_iter().map(|(mark, text)| if mark { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }).collect_view()
}

fn source_view(tr: Tr, turn: i64, s: &Source, answer_lang: &str) -> impl IntoView + use<> {
    let kind = tr.t(if s.kind == "case" { "assistant-source-case" } else { "assistant-source-material" });
    let other_lang = (s.lang != answer_lang).then(
        || view! { <span class="source-lang">{tr.t_args("assistant-source-in", &[("language", language_name(tr, &s.lang))])}</span> },
    );
    view! {
        <li id=format!("source-{turn}-{}", s.n)>
            <p class="source-title">
                <span class="source-kind">{kind}</span>" "
                <a href=s.href.clone()>{s.title.clone()}" – "{s.heading.clone()}</a>
                {other_lang}
            </p>
            <blockquote lang=s.lang.clone()>{marked(s)}</blockquote>
        </li>
    }
}

pub fn answer_view(tr: Tr, turn: i64, a: &Answer) -> impl IntoView + use<> {
    // The answer speaks the question's language; the page around it the reader's.
    let at = Tr(Locale::from_code(&a.lang).unwrap_or_default());
    let notes = a.notes.iter().map(|n| view! { <p class="answer-note">{tr.t(n)}</p> }).collect_view();
    let body = match a.outcome {
        Outcome::Refused => {
            let suggestions = a.suggestions.iter().map(|s| view! { <li><a href=s.href.clone()>{s.title.clone()}</a></li> }).collect_view();
            view! {
                <p class="refusal">{at.t("assistant-refusal")}</p>
                <p>{at.t("assistant-refusal-next")}</p>
                <ul class="suggestions">{suggestions}</ul>
            }
            .into_any()
        }
        Outcome::Rule => {
            let lines = a
                .sentences
                .iter()
                .map(|s| match &s.href {
                    Some(h) => view! { <li><a href=h.clone()>{s.text.clone()}</a></li> }.into_any(),
                    None => view! { <li>{s.text.clone()}</li> }.into_any(),
                })
                .collect_view();
            let rule = a.rule.as_ref().map(|r| view! { <p class="rule-used">{at.t(r)}</p> });
            view! { <ul class="plain rule-answer">{lines}</ul>{rule} }.into_any()
        }
        Outcome::Answered => {
            let sentences = a
                .sentences
                .iter()
                .map(|s| {
                    let cites = s
                        .cites
                        .iter()
                        .map(|n| {
                            let label = tr.t_args("assistant-cite-label", &[("number", n.to_string())]);
                            view! { " "<a class="cite" href=format!("#source-{turn}-{n}") aria-label=label>"["{n.to_string()}"]"</a> }
                        })
                        .collect_view();
                    view! { <p>{s.text.clone()}{cites}</p> }
                })
                .collect_view();
            let sources = a.sources.iter().map(|s| source_view(tr, turn, s, &a.lang)).collect_view();
            let intro =
                at.t(if a.mode == crate::assistant::model::Mode::Model { "assistant-intro-model" } else { "assistant-intro-extractive" });
            view! {
                <p class="answer-intro">{intro}</p>
                <div class="answer-sentences">{sentences}</div>
                <h3>{tr.t("assistant-sources")}</h3>
                <ol class="sources">{sources}</ol>
            }
            .into_any()
        }
    };
    view! { <div class="answer" lang=a.lang.clone()>{notes}{body}</div> }
}

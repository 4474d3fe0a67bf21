//! How a question becomes an answer: a rule question goes to its rule; any other is retrieved
//! from the knowledge, judged by the refusal rule (calibrated coverage), and answered from the
//! passages: by a chat model when one is configured (its citations checked), else extractively.
//! A model that fails or is slow leaves the extractive answer, with a note.

use super::calibration::{ANSWER_AT, CITE_AT, CONCEPTS_ANSWER_AT, SIMILAR_AT};
use super::embeddings;
use super::extractive;
use super::intents;
use super::llm;
use super::model::{Answer, Mode, Outcome, StreamEvent, Suggestion};
use super::retrieve::{self, Analysed, Ranked};
use super::tools;
use crate::i18n::{Locale, Tr};
use crate::knowledge::pages::item_path;
use crate::knowledge::repo::{self as knowledge, Item};
use crate::state::AppState;
use std::collections::HashMap;
use tokio::sync::mpsc::Sender;

/// A question as asked, with the conversation's previous question (the context of a follow-up).
pub struct Asked<'a> {
    pub question: &'a str,
    pub lang: &'static str,
    pub previous: Option<&'a str>,
}

/// What retrieval found, before any answer is written (the evaluation reads this too).
pub struct Found {
    pub analysed: Analysed,
    pub ranked: Vec<Ranked>,
    /// Whether the previous question was needed to understand this one.
    pub used_context: bool,
}

impl Found {
    pub fn best_coverage(&self) -> f32 {
        self.ranked.iter().take(extractive::MAX_SOURCES).map(|r| r.coverage).fold(0.0, f32::max)
    }

    pub fn best_similarity(&self) -> f32 {
        self.ranked.iter().take(extractive::MAX_SOURCES).map(|r| r.similarity).fold(0.0, f32::max)
    }

    /// The refusal rule: one of the best items covers enough of the question's weight, or has
    /// every procurement concept the question names and some of the rest (a question in another
    /// language than the item's shares its concepts, through the glossary, more than its words),
    /// or (with embeddings) a passage near enough to its meaning.
    pub fn answerable(&self) -> bool {
        let concepts = self.analysed.concepts() > 0;
        self.ranked.iter().take(extractive::MAX_SOURCES).any(|r| {
            r.coverage >= ANSWER_AT
                || (concepts && r.concept_coverage >= 0.99 && r.coverage >= CONCEPTS_ANSWER_AT)
                || r.similarity >= SIMILAR_AT
        })
    }

    /// The items the answer cites: the best covering one, and others that cover enough too, in
    /// retrieval order.
    pub fn cited(&self) -> Vec<&Ranked> {
        let top: Vec<&Ranked> = self.ranked.iter().take(5).collect();
        let Some(best) = top.iter().copied().max_by(|a, b| a.coverage.total_cmp(&b.coverage)) else { return Vec::new() };
        top.into_iter().filter(|r| r.item_id == best.item_id || r.coverage >= CITE_AT.max(best.coverage * 0.8)).collect()
    }
}

/// Retrieval for a question; a follow-up that alone covers too little is read with the
/// conversation's previous question.
pub async fn find(state: &AppState, asked: &Asked<'_>) -> Found {
    state.knowledge.fresh(&state.db).await;
    let index = &state.knowledge;
    let analysed = retrieve::analyse(index, asked.question, asked.lang);
    let ranked = retrieve::rerank(with_vectors(state, asked.question, &analysed, retrieve::retrieve(index, &analysed)).await);
    let found = Found { analysed, ranked, used_context: false };
    if found.answerable() {
        return found;
    }
    if let Some(previous) = asked.previous {
        let with = format!("{previous}\n{}", asked.question);
        let analysed = retrieve::analyse(index, &with, asked.lang);
        let ranked = retrieve::rerank(with_vectors(state, &with, &analysed, retrieve::retrieve(index, &analysed)).await);
        let joined = Found { analysed, ranked, used_context: true };
        if joined.answerable() {
            return joined;
        }
    }
    found
}

/// BM25's ranking fused with the nearest passages by meaning, when embeddings are configured.
async fn with_vectors(state: &AppState, question: &str, analysed: &Analysed, ranked: Vec<Ranked>) -> Vec<Ranked> {
    if state.config.embeddings.is_none() {
        return ranked;
    }
    state.vectors.fresh(state).await;
    if state.vectors.is_empty() {
        return ranked;
    }
    let Some(q) = embeddings::question_vector(state, question).await else { return ranked };
    let dense = state.vectors.nearest(&q, 40);
    let ids: Vec<i64> = dense.iter().map(|d| d.0).filter(|id| !ranked.iter().any(|r| r.item_id == *id)).collect();
    let items: HashMap<i64, Item> =
        knowledge::published_in(&state.db, &ids).await.unwrap_or_default().into_iter().map(|i| (i.id, i)).collect();
    retrieve::fuse(analysed, ranked, &dense, &items)
}

async fn items_of(state: &AppState, ranked: &[&Ranked]) -> HashMap<i64, Item> {
    let ids: Vec<i64> = ranked.iter().map(|r| r.item_id).collect();
    knowledge::published_in(&state.db, &ids).await.unwrap_or_default().into_iter().map(|i| (i.id, i)).collect()
}

/// The honest "not covered" answer, with the nearest things that might still help.
async fn refusal(state: &AppState, tr: Tr, found: &Found, lang: &str) -> Answer {
    let mut a = Answer::new(lang, Outcome::Refused, Mode::Extractive);
    a.score = found.best_coverage();
    let near: Vec<&Ranked> = found.ranked.iter().take(3).collect();
    let items = items_of(state, &near).await;
    for r in near {
        if let Some(item) = items.get(&r.item_id) {
            let text = item.text_in(lang);
            a.suggestions.push(Suggestion { title: text.title.clone(), href: item_path(item.kind(), &item.slug) });
        }
    }
    a.suggestions.push(Suggestion { title: tr.t("assistant-suggest-partners"), href: "/partners".into() });
    a.suggestions.push(Suggestion { title: tr.t("assistant-suggest-cases"), href: "/knowledge/cases".into() });
    a
}

/// The extractive answer from what was found.
pub async fn extractive_answer(state: &AppState, found: &Found, lang: &str) -> Answer {
    let cited = found.cited();
    let items = items_of(state, &cited).await;
    let (sentences, sources) = extractive::compose(&found.analysed, &cited, &items);
    let mut a = Answer::new(lang, Outcome::Answered, Mode::Extractive);
    a.sentences = sentences;
    a.sources = sources;
    a.score = found.best_coverage();
    if found.used_context {
        a.notes.push("assistant-note-context".into());
    }
    a
}

fn send(sink: Option<&Sender<StreamEvent>>, event: StreamEvent) {
    if let Some(s) = sink {
        let _ = s.try_send(event);
    }
}

/// Answers a question. With a sink, each sentence is sent as soon as it is written and checked,
/// then the whole answer.
pub async fn answer(state: &AppState, asked: &Asked<'_>, sink: Option<&Sender<StreamEvent>>) -> Answer {
    match intents::detect(asked.question) {
        Some(intent) => {
            let tr = Tr(Locale::from_code(asked.lang).unwrap_or_default());
            streamed(tools::answer(state, tr, asked.lang, intent).await, sink)
        }
        None => answer_found(state, asked, &find(state, asked).await, sink).await,
    }
}

/// The answer of a question that is not a rule question, from what retrieval found for it.
pub async fn answer_found(state: &AppState, asked: &Asked<'_>, found: &Found, sink: Option<&Sender<StreamEvent>>) -> Answer {
    let tr = Tr(Locale::from_code(asked.lang).unwrap_or_default());
    if !found.answerable() {
        return streamed(refusal(state, tr, found, asked.lang).await, sink);
    }
    let extractive = extractive_answer(state, found, asked.lang).await;
    let a = match &state.config.llm {
        Some(config) if !extractive.sources.is_empty() => match llm::answer(config, asked, &extractive, sink).await {
            // The model found the passages do not answer, or cited none it was given.
            Ok(model) if model.outcome == Outcome::Refused => refusal(state, tr, found, asked.lang).await,
            Ok(model) => model,
            Err(note) => {
                let mut a = extractive;
                a.notes.push(note.to_string());
                a
            }
        },
        _ => extractive,
    };
    streamed(a, sink)
}

/// Sends an answer to the sink: its sentences (a model's were sent as they were checked), then
/// the whole answer.
fn streamed(a: Answer, sink: Option<&Sender<StreamEvent>>) -> Answer {
    if a.mode != Mode::Model {
        for s in &a.sentences {
            send(sink, StreamEvent::Sentence(s.clone()));
        }
    }
    send(sink, StreamEvent::Done(a.clone()));
    a
}

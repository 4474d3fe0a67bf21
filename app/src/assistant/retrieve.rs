//! Retrieval: the knowledge passages that answer a question, ranked by the knowledge index
//! (BM25, stemmed per language) with the question's glossary concepts added in every language,
//! and how much of the question the best of them covers — the score the refusal rule judges.
//!
//! Coverage is the share of the question's weight that an item's retrieved passages contain: each
//! meaningful word (not a stop word of the question's language) and each glossary concept weighs
//! by how rare it is in the knowledge (inverse document frequency), so "the" weighs nothing and a
//! word the knowledge never uses ("weather") weighs most. A question about things the knowledge
//! does not hold leaves heavy words uncovered, whatever BM25 finds for its other words.

use super::glossary::{self, Concept};
use crate::knowledge::analysis;
use crate::knowledge::index::{KnowledgeIndex, Passage};
use crate::knowledge::rules::CONTENT_LANGS;
use std::collections::{BTreeMap, HashSet};

/// How many passages the index is asked for.
const CANDIDATES: usize = 40;

/// A meaningful part of the question: a word, or a glossary concept (its terms in every language).
#[derive(Clone, Debug)]
pub struct Unit {
    pub word: Option<String>,
    pub concept: Option<&'static Concept>,
    pub weight: f32,
}

/// A question as retrieval reads it.
#[derive(Clone, Debug)]
pub struct Analysed {
    pub lang: &'static str,
    pub units: Vec<Unit>,
    /// The text given to the index: the question's words and every term of its concepts, quoted.
    pub query: String,
}

/// An item the passages came from, with its best score and how much of the question it covers.
#[derive(Clone, Debug)]
pub struct Ranked {
    pub item_id: i64,
    pub score: f32,
    pub coverage: f32,
    /// Its retrieved passages, best first.
    pub passages: Vec<Passage>,
}

/// Whether a word is a stop word of the language (or of English, which people mix in).
pub fn is_stop_word(lang: &str, word: &str) -> bool {
    let w = word.to_lowercase();
    [lang, "en"].iter().any(|l| stop_words::lookup(l).is_some_and(|list| list.contains(&w.as_str())))
}

/// The words of a text as the tokenizer splits them (letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn stem(lang: &str, word: &str) -> Option<String> {
    analysis::terms(lang, word).into_iter().next()
}

/// Inverse document frequency, over the content language where the stem is most common.
fn rarity(index: &KnowledgeIndex, per_lang: impl Iterator<Item = (&'static str, String)>) -> f32 {
    let mut df = 0;
    let mut n = 1;
    for (lang, s) in per_lang {
        let (d, total) = index.document_frequency(lang, &s);
        df = df.max(d);
        n = n.max(total);
    }
    (1.0 + n as f32 / (df as f32 + 1.0)).ln()
}

pub fn analyse(index: &KnowledgeIndex, question: &str, lang: &'static str) -> Analysed {
    let raw = words(question);
    let stems: Vec<String> = raw.iter().map(|w| stem(lang, w).unwrap_or_else(|| w.clone())).collect();
    let found = glossary::find(&stems, lang);
    let concepts = glossary::concepts();
    let mut units = Vec::new();
    let mut phrases = Vec::new();
    for f in &found {
        let c = &concepts[f.concept];
        let weight = rarity(
            index,
            c.all_terms().filter_map(|(l, t)| {
                let l = CONTENT_LANGS.iter().find(|x| **x == l)?;
                let stems = analysis::terms(l, t);
                // A phrase is as rare as its rarest word, roughly: its last word stands for it.
                stems.last().map(|s| (*l, s.clone()))
            }),
        );
        units.push(Unit { word: None, concept: Some(c), weight });
        for (_, t) in c.all_terms() {
            phrases.push(format!("\"{}\"", t.replace('"', " ")));
        }
    }
    let covered: HashSet<usize> = found.iter().flat_map(|f| f.words.clone()).collect();
    let mut seen = HashSet::new();
    for (i, w) in raw.iter().enumerate() {
        if covered.contains(&i) || is_stop_word(lang, w) || w.chars().count() < 2 || !seen.insert(stems[i].clone()) {
            continue;
        }
        let weight = rarity(index, CONTENT_LANGS.iter().filter_map(|l| stem(l, w).map(|s| (*l, s))));
        units.push(Unit { word: Some(w.clone()), concept: None, weight });
    }
    let query = format!("{} {}", raw.join(" "), phrases.join(" "));
    Analysed { lang, units, query }
}

/// The stems of a passage's title and text, as its language's analyzer makes them.
fn passage_stems(p: &Passage) -> HashSet<String> {
    analysis::terms(&p.lang, &format!("{}\n{}", p.title, p.text)).into_iter().collect()
}

/// Whether a unit of the question is in a text of `lang` whose stems are `stems`.
fn covers(unit: &Unit, lang: &str, stems: &HashSet<String>, question_lang: &str) -> bool {
    if let Some(w) = &unit.word {
        return stem(lang, w).is_some_and(|s| stems.contains(&s)) || stem(question_lang, w).is_some_and(|s| stems.contains(&s));
    }
    unit.concept.is_some_and(|c| {
        c.terms_for(lang).any(|t| {
            let ts = analysis::terms(lang, t);
            !ts.is_empty() && ts.iter().all(|s| stems.contains(s))
        })
    })
}

/// The share of the question's weight a text covers (0 when the question has no weight).
pub fn coverage(a: &Analysed, lang: &str, stems: &HashSet<String>) -> f32 {
    let total: f32 = a.units.iter().map(|u| u.weight).sum();
    if total <= 0.0 {
        return 0.0;
    }
    a.units.iter().filter(|u| covers(u, lang, stems, a.lang)).map(|u| u.weight).sum::<f32>() / total
}

/// The items that answer the question, best first.
pub fn retrieve(index: &KnowledgeIndex, a: &Analysed) -> Vec<Ranked> {
    let passages = index.passages(&a.query, CANDIDATES, None).unwrap_or_default();
    let mut by_item: BTreeMap<i64, Vec<Passage>> = BTreeMap::new();
    let mut order = Vec::new();
    for p in passages {
        if !by_item.contains_key(&p.item_id) {
            order.push(p.item_id);
        }
        by_item.entry(p.item_id).or_default().push(p);
    }
    let mut ranked: Vec<Ranked> = order
        .into_iter()
        .filter_map(|id| {
            let passages = by_item.remove(&id)?;
            let score = passages.first().map(|p| p.score).unwrap_or(0.0);
            // What the item's retrieved passages say together, per language they are in.
            let mut per_lang: BTreeMap<String, HashSet<String>> = BTreeMap::new();
            for p in &passages {
                per_lang.entry(p.lang.clone()).or_default().extend(passage_stems(p));
            }
            let coverage = per_lang.iter().map(|(l, s)| coverage(a, l, s)).fold(0.0, f32::max);
            Some(Ranked { item_id: id, score, coverage, passages })
        })
        .collect();
    ranked.sort_by(|x, y| y.score.total_cmp(&x.score));
    ranked
}

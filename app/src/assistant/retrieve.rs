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
use crate::knowledge::repo::Item;
use crate::knowledge::rules::CONTENT_LANGS;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How many passages the index is asked for.
const CANDIDATES: usize = 40;

/// A meaningful part of the question: a word, or a glossary concept (its terms in every language).
#[derive(Clone, Debug)]
pub struct Unit {
    pub word: Option<String>,
    pub concept: Option<&'static Concept>,
    pub weight: f32,
    /// Whether the knowledge's texts in the question's language use the word (concepts are known).
    pub known: bool,
}

/// A question as retrieval reads it.
#[derive(Clone, Debug)]
pub struct Analysed {
    pub lang: &'static str,
    pub units: Vec<Unit>,
    /// The text given to the index: the question's words and every term of its concepts, quoted.
    pub query: String,
}

impl Analysed {
    /// The share of the question's weight in words the knowledge uses in the question's language
    /// (or glossary concepts): low for a question about things the platform never speaks of.
    pub fn known_share(&self) -> f32 {
        let total: f32 = self.units.iter().map(|u| u.weight).sum();
        if total <= 0.0 {
            return 0.0;
        }
        self.units.iter().filter(|u| u.known).map(|u| u.weight).sum::<f32>() / total
    }

    pub fn concepts(&self) -> usize {
        self.units.iter().filter(|u| u.concept.is_some()).count()
    }
}

/// An item the passages came from, with its best score and how much of the question it covers.
#[derive(Clone, Debug)]
pub struct Ranked {
    pub item_id: i64,
    pub score: f32,
    pub coverage: f32,
    /// The share of the question's concepts' weight it covers (0 without concepts).
    pub concept_coverage: f32,
    /// The cosine of its passage nearest to the question's vector (0 without embeddings).
    pub similarity: f32,
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
        units.push(Unit { word: None, concept: Some(c), weight, known: true });
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
        let known = index.document_frequency(lang, &stems[i]).0 > 0;
        units.push(Unit { word: Some(w.clone()), concept: None, weight, known });
    }
    let query = format!("{} {}", raw.join(" "), phrases.join(" "));
    Analysed { lang, units, query }
}

/// The ranking once more, fused with the order of how much of the question each item covers:
/// BM25 favours long texts that repeat a few of the words; coverage, texts that have them all.
pub fn rerank(ranked: Vec<Ranked>) -> Vec<Ranked> {
    let mut by_coverage: Vec<(usize, f32)> = ranked.iter().enumerate().map(|(i, r)| (i, r.coverage)).collect();
    by_coverage.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut coverage_rank = vec![0; ranked.len()];
    for (pos, (i, _)) in by_coverage.iter().enumerate() {
        coverage_rank[*i] = pos;
    }
    let mut scored: Vec<(f32, Ranked)> = ranked
        .into_iter()
        .enumerate()
        .map(|(i, r)| (1.0 / (RRF_K + i as f32 + 1.0) + 1.0 / (RRF_K + coverage_rank[i] as f32 + 1.0), r))
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0));
    scored.into_iter().map(|(_, r)| r).collect()
}

/// Reciprocal rank fusion's constant: ranks far down either list count little.
const RRF_K: f32 = 60.0;

/// BM25's items fused with the passages nearest to the question's vector (item, language,
/// section, cosine; best first) by reciprocal rank. Items only the vectors found get their nearest
/// passage from `items`.
pub fn fuse(a: &Analysed, bm25: Vec<Ranked>, dense: &[(i64, String, String, f32)], items: &HashMap<i64, Item>) -> Vec<Ranked> {
    let mut fused: Vec<(f32, Ranked)> = Vec::new();
    let mut dense_rank: Vec<(i64, String, String, f32)> = Vec::new();
    for d in dense {
        if !dense_rank.iter().any(|x| x.0 == d.0) {
            dense_rank.push(d.clone());
        }
    }
    for (i, mut r) in bm25.into_iter().enumerate() {
        let mut score = 1.0 / (RRF_K + i as f32 + 1.0);
        if let Some(j) = dense_rank.iter().position(|d| d.0 == r.item_id) {
            score += 1.0 / (RRF_K + j as f32 + 1.0);
            r.similarity = dense_rank[j].3;
        }
        fused.push((score, r));
    }
    for (j, (id, lang, section, cos)) in dense_rank.iter().enumerate() {
        if fused.iter().any(|(_, r)| r.item_id == *id) {
            continue;
        }
        let Some(item) = items.get(id) else { continue };
        let Some(t) = item.texts.iter().find(|t| t.lang == *lang) else { continue };
        let Some(s) = t.section(section) else { continue };
        let p = Passage {
            item_id: *id,
            title: t.title.clone(),
            section: section.clone(),
            lang: lang.clone(),
            text: format!("{}\n{}", s.heading, s.markdown),
            score: 0.0,
        };
        let stems = passage_stems(&p);
        let r = Ranked {
            item_id: *id,
            score: 0.0,
            coverage: coverage(a, lang, &stems),
            concept_coverage: concept_coverage(a, lang, &stems),
            similarity: *cos,
            passages: vec![p],
        };
        fused.push((1.0 / (RRF_K + j as f32 + 1.0), r));
    }
    fused.sort_by(|x, y| y.0.total_cmp(&x.0));
    fused.into_iter().map(|(_, r)| r).collect()
}

/// The stems of a passage's title and text, as its language's analyzer makes them.
pub fn passage_stems(p: &Passage) -> HashSet<String> {
    analysis::terms(&p.lang, &format!("{}\n{}", p.title, p.text)).into_iter().collect()
}

/// Whether a unit of the question is in a text of `lang` whose stems are `stems`.
fn covers(unit: &Unit, lang: &str, stems: &HashSet<String>, question_lang: &str) -> bool {
    if let Some(w) = &unit.word {
        return stem(lang, w).is_some_and(|s| stems.contains(&s)) || stem(question_lang, w).is_some_and(|s| stems.contains(&s));
    }
    unit.concept.is_some_and(|c| c.text_stems(lang).iter().any(|ts| ts.iter().all(|s| stems.contains(s))))
}

/// The share of the question's weight a text covers (0 when the question has no weight).
pub fn coverage(a: &Analysed, lang: &str, stems: &HashSet<String>) -> f32 {
    let total: f32 = a.units.iter().map(|u| u.weight).sum();
    if total <= 0.0 {
        return 0.0;
    }
    a.units.iter().filter(|u| covers(u, lang, stems, a.lang)).map(|u| u.weight).sum::<f32>() / total
}

/// The share of the question's concepts' weight a text covers.
pub fn concept_coverage(a: &Analysed, lang: &str, stems: &HashSet<String>) -> f32 {
    let concepts = a.units.iter().filter(|u| u.concept.is_some());
    let total: f32 = concepts.clone().map(|u| u.weight).sum();
    if total <= 0.0 {
        return 0.0;
    }
    concepts.filter(|u| covers(u, lang, stems, a.lang)).map(|u| u.weight).sum::<f32>() / total
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
            let concept_coverage = per_lang.iter().map(|(l, s)| concept_coverage(a, l, s)).fold(0.0, f32::max);
            Some(Ranked { item_id: id, score, coverage, concept_coverage, similarity: 0.0, passages })
        })
        .collect();
    ranked.sort_by(|x, y| y.score.total_cmp(&x.score));
    ranked
}

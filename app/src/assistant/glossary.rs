//! The procurement glossary (`content/assistant/glossary.toml`): each concept's terms in the
//! content languages, so that a question in one language finds a text in another ("pirmskomercijas
//! iepirkums" finds "pre-commercial procurement"). Built into the binary: it is part of the code's
//! understanding of questions, reviewed like code.

use crate::knowledge::analysis;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const TOML: &str = include_str!("../../../content/assistant/glossary.toml");

#[derive(Debug, Deserialize)]
struct File {
    concept: Vec<Concept>,
}

/// One concept and its terms per language code.
#[derive(Clone, Debug, Deserialize)]
pub struct Concept {
    pub id: String,
    #[serde(flatten)]
    pub terms: BTreeMap<String, Vec<String>>,
    /// Per content language, as its analyzer makes them (worked out once, at load): the terms a
    /// question in it may use (its own and English ones) and those a text in it may use (its own
    /// and abbreviations of any).
    #[serde(skip)]
    question_stems: BTreeMap<&'static str, Vec<Vec<String>>>,
    #[serde(skip)]
    text_stems: BTreeMap<&'static str, Vec<Vec<String>>>,
}

impl Concept {
    /// Every term in every language.
    pub fn all_terms(&self) -> impl Iterator<Item = (&str, &str)> {
        self.terms.iter().flat_map(|(lang, ts)| ts.iter().map(move |t| (lang.as_str(), t.as_str())))
    }

    /// The terms a text in `lang` would use, as its analyzer makes them: that language's, and
    /// abbreviations of any (PCP, SME).
    pub fn text_stems(&self, lang: &str) -> &[Vec<String>] {
        self.text_stems.get(lang).map(Vec::as_slice).unwrap_or_default()
    }

    fn analysed(mut self) -> Concept {
        for lang in crate::knowledge::rules::CONTENT_LANGS {
            let stems = |keep: &dyn Fn(&str, &str) -> bool| -> Vec<Vec<String>> {
                self.all_terms().filter(|(l, t)| keep(l, t)).map(|(_, t)| analysis::terms(lang, t)).filter(|s| !s.is_empty()).collect()
            };
            let question = stems(&|l, _| l == lang || l == "en");
            let text = stems(&|l, t| l == lang || is_abbreviation(t));
            self.question_stems.insert(lang, question);
            self.text_stems.insert(lang, text);
        }
        self
    }
}

fn is_abbreviation(term: &str) -> bool {
    term.chars().count() >= 2 && term.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

static CONCEPTS: LazyLock<Vec<Concept>> = LazyLock::new(|| match toml::from_str::<File>(TOML) {
    Ok(f) => f.concept.into_iter().map(Concept::analysed).collect(),
    Err(e) => {
        // The unit test below fails on this; a running server works without the glossary.
        tracing::error!("content/assistant/glossary.toml does not parse: {e}");
        Vec::new()
    }
});

pub fn concepts() -> &'static [Concept] {
    &CONCEPTS
}

/// A concept found in a question: which, and the positions of the question's words it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub concept: usize,
    pub words: std::ops::Range<usize>,
}

/// The concepts named in a question whose words (as `lang`'s analyzer makes them) are `stems`:
/// the longest term first, each word used by one concept at most. Terms in the question's language
/// and English ones (people write "PCP" and "innovation partnership" in any language) count.
pub fn find(stems: &[String], lang: &str) -> Vec<Found> {
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new(); // (length, start, concept)
    for (ci, c) in concepts().iter().enumerate() {
        for t in c.question_stems.get(lang).into_iter().flatten() {
            if t.len() > stems.len() {
                continue;
            }
            for start in 0..=stems.len() - t.len() {
                if stems[start..start + t.len()] == t[..] {
                    candidates.push((t.len(), start, ci));
                }
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut used = vec![false; stems.len()];
    let mut found: Vec<Found> = Vec::new();
    for (len, start, ci) in candidates {
        if used[start..start + len].iter().any(|u| *u) || found.iter().any(|f| f.concept == ci) {
            continue;
        }
        used[start..start + len].iter_mut().for_each(|u| *u = true);
        found.push(Found { concept: ci, words: start..start + len });
    }
    found.sort_by_key(|f| f.words.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glossary_parses_and_every_concept_has_english_and_other_languages() {
        let file: File = toml::from_str(TOML).expect("glossary.toml parses");
        assert!(file.concept.len() >= 30, "{}", file.concept.len());
        let mut ids: Vec<&str> = file.concept.iter().map(|c| c.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), file.concept.len(), "ids are unique");
        for c in &file.concept {
            assert!(c.terms.contains_key("en"), "{}", c.id);
            assert!(c.terms.len() >= 4, "{} has few languages", c.id);
            for lang in c.terms.keys() {
                assert!(crate::knowledge::rules::CONTENT_LANGS.contains(&lang.as_str()), "{}: {lang}", c.id);
            }
        }
    }

    #[test]
    fn a_latvian_question_names_the_concept_of_an_english_term() {
        let stems = analysis::terms("lv", "Kas ir pirmskomercijas iepirkums?");
        let found = find(&stems, "lv");
        let ids: Vec<&str> = found.iter().map(|f| concepts()[f.concept].id.as_str()).collect();
        assert!(ids.contains(&"pre-commercial-procurement"), "{ids:?}");
    }
}

//! The answer without a model: from each of the best items (at most three), the passage that
//! answers best, in the question's language when the item has a text in it, and in it the key
//! sentences (those that cover most of the question), quoted with their citation.

use super::model::{Sentence, Source};
use super::retrieve::{coverage, passage_stems, Analysed, Ranked};
use super::rules::{char_slice, sentence_ranges};
use crate::knowledge::analysis;
use crate::knowledge::pages::item_path;
use crate::knowledge::repo::Item;
use crate::reference::Code;
use crate::shell::markdown::plain_text;
use std::collections::{HashMap, HashSet};

/// The most items an answer cites.
pub const MAX_SOURCES: usize = 3;
/// The most key sentences quoted from one passage.
const SENTENCES_PER_SOURCE: usize = 2;

/// The passage of an item to quote: the retrieved section, in the question's language if the
/// item has it, else in the language it was found in. (language, title, heading, plain text)
fn quoted(item: &Item, section: &str, found_lang: &str, question_lang: &str) -> Option<(String, String, String, String)> {
    let in_lang = |lang: &str| {
        let t = item.texts.iter().find(|t| t.lang == lang)?;
        let s = t.section(section)?;
        Some((t.lang.clone(), t.title.clone(), s.heading.clone(), plain_text(&s.markdown)))
    };
    in_lang(question_lang).or_else(|| in_lang(found_lang))
}

/// The sources an answer cites, and the key sentences of each as the answer's sentences. The
/// items are the ranked ones that the caller judged to answer (coverage at or above the rule).
pub fn compose(a: &Analysed, ranked: &[&Ranked], items: &HashMap<i64, Item>) -> (Vec<Sentence>, Vec<Source>) {
    let mut sentences = Vec::new();
    let mut sources = Vec::new();
    for r in ranked.iter().take(MAX_SOURCES) {
        // The passage that covers most of the question (BM25's first may only repeat a word).
        // (Each passage's coverage once; on a tie the earlier, better-scored one.)
        let covered: Vec<f32> = r.passages.iter().map(|p| coverage(a, &p.lang, &passage_stems(p))).collect();
        let best = (0..r.passages.len()).max_by(|i, j| covered[*i].total_cmp(&covered[*j]).then(j.cmp(i))).map(|i| &r.passages[i]);
        let (Some(item), Some(best)) = (items.get(&r.item_id), best) else { continue };
        let Some((lang, title, heading, passage)) = quoted(item, &best.section, &best.lang, a.lang) else { continue };
        let ranges = sentence_ranges(&passage);
        let mut scored: Vec<(f32, usize)> = ranges
            .iter()
            .enumerate()
            .map(|(i, (from, to))| {
                let stems: HashSet<String> = analysis::terms(&lang, &char_slice(&passage, *from, *to)).into_iter().collect();
                (coverage(a, &lang, &stems), i)
            })
            .filter(|(c, _)| *c > 0.0)
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut keep: Vec<usize> = scored.iter().take(SENTENCES_PER_SOURCE).map(|(_, i)| *i).collect();
        if keep.is_empty() && !ranges.is_empty() {
            keep.push(0);
        }
        keep.sort();
        let n = sources.len() + 1;
        let marks: Vec<(usize, usize)> = keep.iter().map(|i| ranges[*i]).collect();
        for (from, to) in &marks {
            sentences.push(Sentence { text: char_slice(&passage, *from, *to), cites: vec![n], href: None });
        }
        let href = format!("{}?lang={lang}#{}", item_path(item.kind(), &item.slug), best.section);
        sources.push(Source {
            n,
            kind: item.kind().code().to_string(),
            slug: item.slug.clone(),
            title,
            section: best.section.clone(),
            heading,
            lang,
            passage,
            marks,
            href,
        });
    }
    (sentences, sources)
}

//! The Common Procurement Vocabulary, loaded from the copy of `shared/data/cpv-2008-en.csv` kept
//! in `app/data`: look-up of a code and search by code or words, for the CPV picker.

use super::cpv_code;
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpv {
    pub code: String,
    pub label: String,
    /// The label in lower case, for searching.
    lower: String,
}

const CSV: &str = include_str!("../../data/cpv-2008-en.csv");

static CODES: LazyLock<BTreeMap<String, Cpv>> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(CSV.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.expect("cpv-2008-en.csv is well-formed");
            let cpv = Cpv { code: r[0].to_string(), label: r[1].to_string(), lower: r[1].to_lowercase() };
            (cpv.code.clone(), cpv)
        })
        .collect()
});

pub fn count() -> usize {
    CODES.len()
}

/// Every code, in code order.
pub fn all() -> impl Iterator<Item = &'static Cpv> {
    CODES.values()
}

pub fn lookup(code: &str) -> Option<&'static Cpv> {
    CODES.get(code.trim())
}

/// Codes matching what was typed, best first: by code when it starts with digits (a prefix of
/// the code, so `4521` finds 45210000-2 and its children), otherwise by words (every word must
/// appear in the label; labels starting with the first word come first, then broader codes).
pub fn search(query: &str, limit: usize) -> Vec<&'static Cpv> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    if q.starts_with(|c: char| c.is_ascii_digit()) {
        let digits: String = q.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
        return CODES.range(digits.clone()..).take_while(|(code, _)| code.starts_with(&digits)).map(|(_, c)| c).take(limit).collect();
    }
    let words: Vec<&str> = q.split_whitespace().collect();
    let mut found: Vec<&Cpv> = CODES.values().filter(|c| words.iter().all(|w| c.lower.contains(w))).collect();
    found.sort_by_key(|c| (!c.lower.starts_with(words[0]), cpv_code::stem(&c.code).len(), c.code.clone()));
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_code() {
        assert_eq!(count(), 9454);
        assert_eq!(lookup("45000000-7").map(|c| c.label.as_str()), Some("Construction work"));
        assert!(lookup("45000000-8").is_none());
        assert!(CODES.keys().all(|c| cpv_code::is_well_formed(c)));
    }

    #[test]
    fn searches_by_code_and_words() {
        let by_code = search("4521", 50);
        assert!(by_code.iter().all(|c| c.code.starts_with("4521")));
        assert_eq!(by_code[0].code, "45210000-2");
        let by_words = search("Street LIGHTING", 10);
        assert!(!by_words.is_empty());
        assert!(by_words.iter().all(|c| c.lower.contains("street") && c.lower.contains("lighting")));
        assert!(search("  ", 10).is_empty());
        assert!(search("zzzqqq", 10).is_empty());
        assert_eq!(search("software", 5).len(), 5);
    }

    #[test]
    fn the_copy_matches_shared_data() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/cpv-2008-en.csv");
        if let Ok(original) = std::fs::read_to_string(shared) {
            assert_eq!(original, CSV, "app/data/cpv-2008-en.csv differs from shared/data: copy it again");
        }
    }
}

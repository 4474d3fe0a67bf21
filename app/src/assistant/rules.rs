//! The assistant's plain rules, shared by browser and server: what a question may be, how text
//! is cut into sentences, and how a model's citations are checked against the passages it was
//! given (unknown numbers removed, a sentence left without support dropped).

use super::model::Sentence;
use crate::validation::{FieldErrors, FormValues};

/// The longest question, in characters.
pub const MAX_QUESTION_CHARS: usize = 2000;
/// The longest reason given with a rating.
pub const MAX_REASON_CHARS: usize = 500;

/// Why a question cannot be asked, as a message id; `None` when it can.
pub fn question_error(question: &str) -> Option<&'static str> {
    let q = question.trim();
    if q.is_empty() {
        return Some("err-assistant-empty");
    }
    if q.chars().count() > MAX_QUESTION_CHARS {
        return Some("err-assistant-too-long");
    }
    // Binary pasted into the box: control characters other than line breaks and tabs, or the
    // replacement character a bad encoding leaves behind.
    if q.chars().any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{FFFD}') {
        return Some("err-assistant-binary");
    }
    if !q.chars().any(char::is_alphanumeric) {
        return Some("err-assistant-no-words");
    }
    None
}

/// The ask form: one question.
pub fn ask(values: &FormValues) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if let Some(e) = question_error(crate::validation::value(values, "question")) {
        errors.add("question", e);
    }
    errors
}

/// The rating form: helpful or not, and an optional reason of limited length.
pub fn rate(values: &FormValues) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if !matches!(crate::validation::value(values, "helpful"), "yes" | "no") {
        errors.add("helpful", "err-assistant-rating");
    }
    if crate::validation::value(values, "reason").chars().count() > MAX_REASON_CHARS {
        errors.add("reason", "err-assistant-reason-too-long");
    }
    errors
}

/// The sentences of a plain text, as character ranges: a sentence ends at `.`, `!` or `?`
/// followed by a space and a capital letter or digit, or at a line break. Abbreviations such as
/// "e.g." and "Art. 40" are not ends (the next word is lower-case or a number after "Art").
pub fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let (mut s, mut e) = (s, e);
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > s {
            out.push((s, e));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(c, '.' | '!' | '?') && chars.get(i + 1) == Some(&' ') {
            let next = chars.get(i + 2).copied().unwrap_or(' ');
            let word_before: String = chars[start..i].iter().rev().take_while(|c| c.is_alphanumeric()).collect();
            let abbreviation = word_before.chars().count() <= 3 && next.is_ascii_digit() && c == '.';
            if (next.is_uppercase() || next.is_ascii_digit() || next == '"' || next == '«') && !abbreviation {
                push(&mut out, start, i + 1);
                start = i + 1;
            }
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out
}

/// The substring of `text` between two character positions.
pub fn char_slice(text: &str, from: usize, to: usize) -> String {
    text.chars().skip(from).take(to.saturating_sub(from)).collect()
}

/// A sentence of a model's answer with its `[n]` citations taken out: the text without them and
/// the numbers, in order of first mention. `[1, 2]`, `[1][2]` and `[1,2]` all count.
pub fn take_citations(sentence: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut cites = Vec::new();
    let mut rest = sentence;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else { break };
        let inside = &rest[open + 1..close];
        let numbers: Option<Vec<usize>> = inside.split(',').map(|n| n.trim().parse::<usize>().ok()).collect();
        text.push_str(&rest[..open]);
        match numbers {
            Some(ns) if !ns.is_empty() => {
                for n in ns {
                    if !cites.contains(&n) {
                        cites.push(n);
                    }
                }
            }
            _ => text.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.replace(" .", ".").replace(" ,", ",").replace(" ;", ";").replace(" :", ":");
    (text, cites)
}

/// A model's sentence as the answer keeps it: only citations of passages it was given
/// (`1..=given`); `None` when none is left, so a claim without support is never shown.
pub fn checked_sentence(raw: &str, given: usize) -> Option<Sentence> {
    let (text, cites) = take_citations(raw);
    let cites: Vec<usize> = cites.into_iter().filter(|n| (1..=given).contains(n)).collect();
    (!cites.is_empty() && text.chars().any(char::is_alphanumeric)).then_some(Sentence { text, cites, href: None })
}

/// The complete sentences at the start of a text that is still being written (a model's
/// stream), and the rest. A sentence ends at `.`, `!` or `?` followed by white space, or at a line
/// break; citations right after the end (`… end. [2]`) belong to the sentence before them.
pub fn complete_sentences(buffer: &str) -> (Vec<String>, String) {
    let chars: Vec<char> = buffer.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let end_mark = matches!(chars[i], '.' | '!' | '?') && chars.get(i + 1).is_some_and(|c| c.is_whitespace());
        if end_mark || chars[i] == '\n' {
            // Take the citations that follow.
            let mut j = i + 1;
            loop {
                let mut k = j;
                while k < chars.len() && chars[k] == ' ' {
                    k += 1;
                }
                if chars.get(k) == Some(&'[') {
                    match chars[k..].iter().position(|c| *c == ']') {
                        Some(p) => j = k + p + 1,
                        // The citation is still being written.
                        None => return (out, chars[start..].iter().collect()),
                    }
                } else {
                    break;
                }
            }
            // Wait for what follows a citation: more citations may come.
            if j > i + 1 && j >= chars.len() {
                break;
            }
            let s: String = chars[start..j].iter().collect();
            if s.trim().chars().any(char::is_alphanumeric) {
                out.push(s.trim().to_string());
            }
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    (out, chars[start..].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_huge_binary_and_wordless_questions_are_refused_with_a_reason() {
        assert_eq!(question_error("   "), Some("err-assistant-empty"));
        assert_eq!(question_error(&"å".repeat(MAX_QUESTION_CHARS + 1)), Some("err-assistant-too-long"));
        assert_eq!(question_error(&"å".repeat(MAX_QUESTION_CHARS)), None);
        assert_eq!(question_error("abc\u{0}def"), Some("err-assistant-binary"));
        assert_eq!(question_error("PK\u{3}\u{4}"), Some("err-assistant-binary"));
        assert_eq!(question_error("?!…"), Some("err-assistant-no-words"));
        assert_eq!(question_error("Kā rīkot tirgus izpēti?\n"), None);
    }

    #[test]
    fn sentences_end_at_full_stops_before_capitals_and_at_line_breaks() {
        let text = "Plan it first. Then announce it, e.g. in TED. See Art. 40 of the directive.\nA list item";
        let got: Vec<String> = sentence_ranges(text).into_iter().map(|(a, b)| char_slice(text, a, b)).collect();
        assert_eq!(got, vec!["Plan it first.", "Then announce it, e.g. in TED.", "See Art. 40 of the directive.", "A list item"]);
    }

    #[test]
    fn sentence_ranges_are_character_positions_in_any_script() {
        let text = "Ūdens ir svarīgs. Ēdiens arī.";
        let got: Vec<String> = sentence_ranges(text).into_iter().map(|(a, b)| char_slice(text, a, b)).collect();
        assert_eq!(got, vec!["Ūdens ir svarīgs.", "Ēdiens arī."]);
    }

    #[test]
    fn a_stream_is_cut_into_complete_sentences_with_their_citations() {
        let (done, rest) = complete_sentences("Publish a PIN. [1] Then meet everyone [2]. Keep min");
        assert_eq!(done, vec!["Publish a PIN. [1]", "Then meet everyone [2]."]);
        assert_eq!(rest, " Keep min");
        let (done, rest) = complete_sentences("One [1]. [");
        assert!(done.is_empty());
        assert_eq!(rest, "One [1]. [");
        let (done, _) = complete_sentences("Ühe lause lõpp [1]. Teine");
        assert_eq!(done, vec!["Ühe lause lõpp [1]."]);
    }

    #[test]
    fn citations_are_taken_out_and_unknown_ones_dropped() {
        assert_eq!(take_citations("Hold a meeting [1][3]."), ("Hold a meeting.".to_string(), vec![1, 3]));
        assert_eq!(take_citations("A [2, 1] b [x]"), ("A b [x]".to_string(), vec![2, 1]));
        let s = checked_sentence("Publish a PIN [1] [7].", 3).expect("one citation is valid");
        assert_eq!(s.cites, vec![1]);
        assert_eq!(checked_sentence("Publish a PIN [7].", 3), None);
        assert_eq!(checked_sentence("No source at all.", 3), None);
        assert_eq!(checked_sentence("[1]", 3), None);
    }
}

//! Questions the platform answers exactly, by a rule or live data rather than by text: is a
//! contract above the EU threshold (the tender form's own rule), what a CPV code means or which
//! code fits, and which open tenders there are about something. Recognised by words in each of
//! the seven languages; a plain rule, shared by browser and server.

use crate::identity::BodyType;
use crate::tenders::threshold::ContractType;

#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// "Is a EUR 250,000 supplies contract of a municipality above the EU threshold?" Each part
    /// the question does not give is `None` (the answer then lists the thresholds that may apply).
    Threshold { value_eur: Option<i64>, contract: Option<ContractType>, buyer: Option<BodyType> },
    /// A CPV code to explain, or words to find a code for.
    Cpv { code: Option<String>, words: String },
    /// Open tenders about these words.
    Tenders { words: String },
}

/// Word beginnings that name the EU threshold, per language (matched at the start of a word, so
/// inflected forms count: "kynnysarvon", "robežvērtību").
const THRESHOLD: &[&str] = &[
    "threshold",
    "tærskel",
    "tærskl",
    "taerskel",
    "schwellenwert",
    "piirmäär",
    "künnis",
    "kynnysarvo",
    "robežvērtīb",
    "robezvertib",
    "ribin",
    "slenkst",
    "vertės rib",
];
const SUPPLIES: &[&str] =
    &["suppl", "goods", "vare", "liefer", "waren", "asja", "kaup", "tavara", "prece", "preču", "prek", "hankinta tavaroista"];
const SERVICES: &[&str] = &["ydelse", "service", "tjeneste", "dienstleist", "teenu", "palvelu", "pakalpoj", "paslaug"];
const WORKS: &[&str] =
    &["works", "bygge", "anlæg", "bauleist", "bauauftr", "ehitus", "rakennusur", "urakka", "būvdarb", "buvdarb", "darbų", "statyb"];
const MUNICIPAL: &[&str] = &[
    "municipal",
    "city",
    "town",
    "region",
    "local",
    "kommun",
    "region",
    "gemeinde",
    "stadt",
    "landkreis",
    "omavalitsus",
    "vald",
    "valla",
    "linna",
    "linn",
    "kunta",
    "kaupunki",
    "kaupungi",
    "kunnan",
    "pašvaldīb",
    "pasvaldib",
    "novad",
    "savivaldyb",
    "miest",
];
const CENTRAL: &[&str] = &[
    "central government",
    "ministr",
    "state agency",
    "government",
    "staten",
    "statslig",
    "bundes",
    "ministerium",
    "ministeerium",
    "riigiasutus",
    "valtio",
    "ministeriö",
    "ministerio",
    "valsts",
    "ministrij",
    "valstyb",
    "ministerij",
];
const UTILITY: &[&str] =
    &["utilit", "forsyning", "sektorenauftrag", "sektoren", "võrgustik", "erityisal", "sabiedrisko pakalpojumu", "komunalin"];
const CPV: &[&str] = &["cpv"];
/// Phrases asking for open tenders (the words alone, "tender", "udbud", "hange", also mean
/// procurement in general, which the knowledge answers).
const TENDERS: &[&str] = &[
    "open tender",
    "current tender",
    "tenders about",
    "tenders for",
    "tenders on",
    "calls for tender",
    "open call",
    "åbne udbud",
    "aktuelle udbud",
    "udbud om",
    "offene ausschreibung",
    "aktuelle ausschreibung",
    "laufende ausschreibung",
    "ausschreibungen zu",
    "ausschreibungen für",
    "avatud hank",
    "käimasolevad hank",
    "kaimasolevad hank",
    "avatud riigihank",
    "praegu avatud",
    "avoimet tarjous",
    "avoimia tarjous",
    "avoimet hankinn",
    "avoimia hankint",
    "avoinna olevat",
    "auki olevat",
    "atvērtie iepirkum",
    "atklāti iepirkum",
    "atklātie iepirkum",
    "atklātus iepirkum",
    "izsludināti iepirkum",
    "izsludinātie iepirkum",
    "atvērtos iepirkum",
    "aktuālie iepirkum",
    "aktuālos iepirkum",
    "izsludinātie iepirkum",
    "izsludinātos iepirkum",
    "atviri pirkim",
    "atvirus pirkim",
    "vykdomi pirkim",
    "vykdomus pirkim",
    "paskelbti pirkim",
    "paskelbtus pirkim",
    "šiuo metu vykd",
];

fn lower(q: &str) -> String {
    q.to_lowercase()
}

/// Whether a word of the question starts with one of the beginnings, or holds one of five letters
/// or more (the head of a compound: "konsulentydelser"); for beginnings with a space, whether the
/// question contains the phrase.
fn mentions(q: &str, beginnings: &[&str]) -> bool {
    beginnings.iter().any(|b| {
        if b.contains(' ') {
            q.contains(b)
        } else {
            q.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(b) || (b.chars().count() >= 5 && w.contains(b)))
        }
    })
}

/// The first amount of money in the question, in whole euros: "EUR 250,000", "250 000 €",
/// "€1.2 million", "250k", "250.000 EUR", "1,5 milj. euroa". Only a number next to a currency or a
/// multiplier word counts, so years and CPV codes are not amounts.
pub fn amount_eur(question: &str) -> Option<i64> {
    let q = lower(question).replace(['\u{a0}', '\u{202f}'], " ");
    let chars: Vec<char> = q.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        // The number, with group separators (space, comma, dot, apostrophe) and a decimal part.
        let start = i;
        let mut j = i;
        while j < chars.len()
            && (chars[j].is_ascii_digit()
                || (matches!(chars[j], ',' | '.' | ' ' | '\'') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            j += 1;
        }
        let number: String = chars[start..j].iter().collect();
        let before: String = chars[start.saturating_sub(5)..start].iter().collect();
        let after: String = chars[j..(j + 12).min(chars.len())].iter().collect();
        let after = after.trim_start();
        let multiplier = if ["million", "mio", "milj", "mln", "miljon", "miljoen"].iter().any(|m| after.starts_with(m)) {
            Some(1_000_000.0)
        } else if after.starts_with('k') && !after.starts_with("kr")
            || ["thousand", "tusind", "tausend", "tuhat", "tuhatta", "tūkst", "tūkst", "tūkstan"].iter().any(|m| after.starts_with(m))
        {
            Some(1_000.0)
        } else {
            None
        };
        let is_currency = |w: &str| w.starts_with("eur") || w.starts_with('€') || w.starts_with("eiro");
        let currency = before.contains("eur")
            || before.contains('€')
            || is_currency(after)
            || after.split_whitespace().nth(1).is_some_and(is_currency);
        if currency || multiplier.is_some() {
            let value = parse_number(&number, multiplier.is_some())?;
            let euros = value * multiplier.unwrap_or(1.0);
            return (euros.is_finite() && (0.0..9e15).contains(&euros)).then_some(euros.round() as i64);
        }
        i = j.max(i + 1);
    }
    None
}

/// "250,000" "250.000" "250 000" "1,5" "1.2": groups of three after a separator are thousands;
/// otherwise the separator is a decimal point (only before a multiplier word, "1,5 million").
fn parse_number(s: &str, scaled: bool) -> Option<f64> {
    let parts: Vec<&str> = s.split([',', '.', ' ', '\'']).collect();
    if parts.len() == 1 {
        return parts[0].parse().ok();
    }
    let groups_of_three = parts[1..].iter().all(|p| p.chars().count() == 3);
    if groups_of_three && !(scaled && parts.len() == 2) {
        return parts.concat().parse().ok();
    }
    if parts.len() == 2 {
        return format!("{}.{}", parts[0], parts[1]).parse().ok();
    }
    None
}

/// A CPV code written in the question: eight digits, with or without its check digit.
pub fn cpv_code(question: &str) -> Option<String> {
    question
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .find(|w| {
            let digits = w.split('-').next().unwrap_or("");
            digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit())
        })
        .map(|w| w.split('-').next().unwrap_or(w).to_string())
}

/// The words of a question that are not about the intent itself (for a search): a word is left
/// out when it starts like one of the single-word beginnings or is a word of a phrase.
fn topic_words(q: &str, noise: &[&str]) -> String {
    let exact: Vec<&str> = noise.iter().filter(|n| n.contains(' ')).flat_map(|n| n.split(' ')).collect();
    q.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !noise.iter().any(|n| !n.contains(' ') && w.starts_with(n)))
        .filter(|w| !exact.iter().any(|e| e == w || (e.chars().count() >= 5 && w.starts_with(e))))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '-'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The intent of a question, if it is one the platform answers by a rule.
pub fn detect(question: &str) -> Option<Intent> {
    let q = lower(question);
    if mentions(&q, THRESHOLD) {
        let contract = if mentions(&q, WORKS) {
            Some(ContractType::Works)
        } else if mentions(&q, SERVICES) {
            Some(ContractType::Services)
        } else if mentions(&q, SUPPLIES) {
            Some(ContractType::Supplies)
        } else {
            None
        };
        let buyer = if mentions(&q, UTILITY) {
            Some(BodyType::Utility)
        } else if mentions(&q, CENTRAL) {
            Some(BodyType::CentralGovernment)
        } else if mentions(&q, MUNICIPAL) {
            Some(BodyType::RegionalOrLocal)
        } else {
            None
        };
        return Some(Intent::Threshold { value_eur: amount_eur(&q), contract, buyer });
    }
    if mentions(&q, CPV) {
        return Some(Intent::Cpv { code: cpv_code(&q), words: q.clone() });
    }
    if mentions(&q, TENDERS) {
        return Some(Intent::Tenders { words: q });
    }
    None
}

/// The words to search for, without the words that asked for the search.
pub fn search_words(question: &str, stop: &dyn Fn(&str) -> bool) -> String {
    let noise: Vec<&str> = [
        CPV,
        TENDERS,
        &[
            "code",
            "kode",
            "koodi",
            "kood",
            "kods",
            "kodas",
            "tender",
            "udbud",
            "ausschreibung",
            "hank",
            "tarjous",
            "hankin",
            "iepirkum",
            "pirkim",
        ],
    ]
    .concat()
    .into_iter()
    .collect();
    let words = topic_words(&lower(question), &noise);
    words.split(' ').filter(|w| !w.is_empty() && !stop(w)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_in_the_ways_people_write_them() {
        assert_eq!(amount_eur("Is a EUR 250,000 supplies contract above?"), Some(250_000));
        assert_eq!(amount_eur("250 000 € tavarahankinta"), Some(250_000));
        assert_eq!(amount_eur("Auftrag über 5.500.000 Euro"), Some(5_500_000));
        assert_eq!(amount_eur("€1.2 million works"), Some(1_200_000));
        assert_eq!(amount_eur("1,5 milj. euroa"), Some(1_500_000));
        assert_eq!(amount_eur("a 300k contract"), Some(300_000));
        assert_eq!(amount_eur("published in 2026 under CPV 34144900"), None);
        assert_eq!(amount_eur("99999999999999999999 EUR"), None);
    }

    #[test]
    fn threshold_questions_in_every_language_are_recognised_with_their_parts() {
        let q = "Is a EUR 250,000 supplies contract of a municipality above the EU threshold?";
        assert_eq!(
            detect(q),
            Some(Intent::Threshold {
                value_eur: Some(250_000),
                contract: Some(ContractType::Supplies),
                buyer: Some(BodyType::RegionalOrLocal)
            })
        );
        for q in [
            "Er et vareindkøb på 250.000 euro i en kommune over tærskelværdien?",
            "Liegt ein Lieferauftrag einer Gemeinde über 250.000 EUR über dem Schwellenwert?",
            "Kas valla 250 000 euro asjade hange ületab EL piirmäära?",
            "Ylittääkö kunnan 250 000 euron tavarahankinta EU-kynnysarvon?",
            "Vai pašvaldības preču iepirkums par 250 000 eiro pārsniedz ES robežvērtību?",
            "Ar savivaldybės 250 000 EUR prekių pirkimas viršija ES ribinę vertę?",
        ] {
            let Some(Intent::Threshold { value_eur, contract, buyer }) = detect(q) else { panic!("{q}") };
            assert_eq!(value_eur, Some(250_000), "{q}");
            assert_eq!(contract, Some(ContractType::Supplies), "{q}");
            assert_eq!(buyer, Some(BodyType::RegionalOrLocal), "{q}");
        }
    }

    #[test]
    fn cpv_and_tender_questions_are_recognised() {
        assert_eq!(
            detect("What does CPV 34144900-7 mean?"),
            Some(Intent::Cpv { code: Some("34144900".into()), words: "what does cpv 34144900-7 mean?".into() })
        );
        assert!(matches!(detect("Which open tenders are there about electric buses?"), Some(Intent::Tenders { .. })));
        assert!(matches!(detect("Hvilke åbne udbud er der om robotter?"), Some(Intent::Tenders { .. })));
        assert_eq!(detect("How do I run an open market consultation?"), None);
        assert_eq!(detect("Kuidas korraldada hanget?"), None);
    }

    #[test]
    fn search_words_leave_out_the_asking() {
        let stop = |w: &str| ["which", "are", "there", "about"].contains(&w);
        assert_eq!(search_words("Which open tenders are there about electric buses?", &stop), "electric buses");
    }
}

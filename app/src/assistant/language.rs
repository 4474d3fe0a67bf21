//! The language of a question, so the answer comes in it: told by whatlang among the seven
//! interface languages. A short or mixed question it cannot tell reliably is taken to be in the
//! reader's interface language when that is among the likely ones.

use crate::i18n::Locale;
use whatlang::{Detector, Lang};

const LANGS: [(Lang, &str); 7] =
    [(Lang::Eng, "en"), (Lang::Dan, "da"), (Lang::Deu, "de"), (Lang::Est, "et"), (Lang::Fin, "fi"), (Lang::Lav, "lv"), (Lang::Lit, "lt")];

/// Letters that only one of the seven languages writes: a question with one is in it (Latvian
/// and Lithuanian share ū, š and ž, so only the letters each has alone count).
const OWN_LETTERS: [(&str, &str); 5] = [("āēīļņģķ", "lv"), ("ąęėįų", "lt"), ("õ", "et"), ("æø", "da"), ("ß", "de")];

/// The language code of a question (`en`, `da`, `de`, `et`, `fi`, `lv`, `lt`).
pub fn of_question(question: &str, interface: Locale) -> &'static str {
    let lower = question.to_lowercase();
    if let Some((_, lang)) = OWN_LETTERS.iter().find(|(letters, _)| lower.chars().any(|c| letters.contains(c))) {
        return lang;
    }
    let ui = interface.code();
    let detector = Detector::with_allowlist(LANGS.iter().map(|(l, _)| *l).collect());
    let Some(info) = detector.detect(question) else { return ui };
    let found = LANGS.iter().find(|(l, _)| *l == info.lang()).map(|(_, c)| *c).unwrap_or(ui);
    // A few words are too little to be sure of: the reader's own language then.
    if info.is_reliable() || question.split_whitespace().count() >= 4 {
        found
    } else {
        ui
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_told_apart_in_the_seven_languages() {
        let cases = [
            ("How do I run an open market consultation before a tender?", "en"),
            ("Hvordan gennemfører vi en markedsdialog før udbuddet?", "da"),
            ("Wie führe ich eine Markterkundung vor der Ausschreibung durch?", "de"),
            ("Kuidas korraldada turu-uuringut enne hanke väljakuulutamist?", "et"),
            ("Miten järjestän markkinavuoropuhelun ennen tarjouspyyntöä?", "fi"),
            ("Kā organizēt tirgus izpēti pirms iepirkuma izsludināšanas?", "lv"),
            ("Kaip surengti rinkos konsultacijas prieš skelbiant pirkimą?", "lt"),
        ];
        for (q, lang) in cases {
            assert_eq!(of_question(q, Locale::En), lang, "{q}");
        }
    }

    #[test]
    fn an_unclear_short_question_is_in_the_interface_language() {
        assert_eq!(of_question("PCP?", Locale::Fi), "fi");
        assert_eq!(of_question("", Locale::Lv), "lv");
    }
}

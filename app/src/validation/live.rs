//! The live note: a sentence a form shows as the user types (the EU threshold verdict), made by
//! a form's rule and rendered in the page's language without a locale library in the bundle.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A sentence the form shows as the user types (e.g. the EU threshold verdict): a message of
/// `FormSpec::messages` and its arguments, formatted in the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveNote {
    pub key: String,
    pub args: Vec<(String, LiveArg)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LiveArg {
    /// Whole euros, shown as "EUR 216,000" with the language's digit grouping.
    Euros(i64),
    /// `YYYY-MM-DD`, shown as the language writes dates (from `Formats::dates`).
    Date(String),
}

/// What the browser needs to format numbers and dates as the server would, without a locale
/// library in the bundle.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Formats {
    /// The digit-group separator of the page's language ("," in English, "." in German …).
    pub group: String,
    /// Dates a live note may name, already written in the page's language.
    pub dates: BTreeMap<String, String>,
}

/// `YYYY-MM-DD` as year, month and day (the shape only; whether the day exists is not asked).
pub fn ymd(s: &str) -> Option<(i32, u8, u8)> {
    let (y, rest) = s.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

impl LiveNote {
    /// The sentence: the message with each `{name}` replaced by its formatted argument.
    pub fn render(&self, messages: &BTreeMap<String, String>, formats: &Formats) -> String {
        let mut text = messages.get(&self.key).cloned().unwrap_or_default();
        for (name, arg) in &self.args {
            let shown = match arg {
                LiveArg::Euros(n) => format!("EUR {}", crate::i18n::group_digits(*n, &formats.group)),
                LiveArg::Date(d) => formats.dates.get(d).cloned().unwrap_or_else(|| d.clone()),
            };
            text = text.replace(&format!("{{{name}}}"), &shown);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_live_note() {
        let messages = BTreeMap::from([("k".to_string(), "{value} of {threshold} from {from}".to_string())]);
        let formats = Formats { group: ",".into(), dates: BTreeMap::from([("2026-01-01".into(), "1 January 2026".into())]) };
        let note = LiveNote {
            key: "k".into(),
            args: vec![
                ("value".into(), LiveArg::Euros(5000)),
                ("threshold".into(), LiveArg::Euros(216_000)),
                ("from".into(), LiveArg::Date("2026-01-01".into())),
            ],
        };
        assert_eq!(note.render(&messages, &formats), "EUR 5,000 of EUR 216,000 from 1 January 2026");
    }
}

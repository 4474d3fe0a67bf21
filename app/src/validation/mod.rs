//! The vocabulary every form rule speaks: submitted values in, error codes per field out.
//! Error codes are message keys (`err-…`), translated where they are shown.

mod fields;
mod live;

pub use fields::*;
pub use live::{ymd, Formats, LiveArg, LiveNote};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Submitted form values by field name.
pub type FormValues = BTreeMap<String, String>;

/// A value the server puts into a posted form before it is checked, never the user: today's
/// date (`YYYY-MM-DD`) where a rule depends on it (thresholds by period, years not in the future).
pub const CONTEXT_TODAY: &str = "today";

/// The key under which an error about the whole form (not one field) is reported.
pub const FORM: &str = "_form";

/// Error codes by field name; empty when the input is valid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// Records the first error of a field; later ones for the same field are dropped.
    pub fn add(&mut self, field: &str, code: &str) {
        self.0.entry(field.to_string()).or_insert_with(|| code.to_string());
    }

    /// Records `result`'s error, if any, against `field`.
    pub fn check(&mut self, field: &str, result: Result<(), &'static str>) {
        if let Err(code) = result {
            self.add(field, code);
        }
    }

    /// One field's error.
    pub fn from_field(field: &str, code: &str) -> Self {
        let mut e = FieldErrors::default();
        e.add(field, code);
        e
    }

    /// An error about the whole form.
    pub fn form(code: &str) -> Self {
        let mut e = FieldErrors::default();
        e.add(FORM, code);
        e
    }
}

/// The value of `field`, trimmed; empty when absent.
pub fn value<'a>(values: &'a FormValues, field: &str) -> &'a str {
    values.get(field).map(|v| v.trim()).unwrap_or("")
}

/// Fails with `err-required` when the trimmed value is empty.
pub fn required(v: &str) -> Result<(), &'static str> {
    if v.trim().is_empty() {
        Err("err-required")
    } else {
        Ok(())
    }
}

/// Required text of at most `max` characters without control characters; a `multiline` text
/// may hold line breaks and tabs (a browser posts a textarea's line breaks as CR LF).
pub fn check_text(v: &str, max: usize, multiline: bool) -> Result<(), &'static str> {
    required(v)?;
    if v.chars().count() > max {
        return Err("err-too-long");
    }
    if v.chars().any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))) {
        return Err("err-control-chars");
    }
    Ok(())
}

/// A slug or id: a stable address, lowercase ASCII letters, digits and single hyphens, with at
/// least one letter (so it is never read as a number).
pub fn check_slug(v: &str) -> Result<(), &'static str> {
    required(v)?;
    let shape = v.len() <= 80
        && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !v.starts_with('-')
        && !v.ends_with('-')
        && !v.contains("--")
        && v.bytes().any(|b| b.is_ascii_lowercase());
    if shape {
        Ok(())
    } else {
        Err("err-slug-invalid")
    }
}

// ERROR_CODES and NOTICES, read from the message catalogue by build.rs.
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// How a form is checked, the same in the browser and on the server.
pub trait FormRule: Copy {
    fn validate(self, values: &FormValues) -> FieldErrors;

    /// The messages this form's live note may show, and the names of their arguments.
    fn live_messages(self) -> (Vec<&'static str>, &'static [&'static str]) {
        (Vec::new(), &[])
    }

    /// The days (year, month, day) a live note may name, so the browser can write them in the
    /// page's language.
    fn live_dates(self) -> Vec<(i32, u8, u8)> {
        Vec::new()
    }

    /// The sentence the form shows as the user types, if it has one.
    fn live(self, _values: &FormValues) -> Option<LiveNote> {
        None
    }
}

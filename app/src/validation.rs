//! The vocabulary every form rule speaks: submitted values in, error codes per field out.
//! Error codes are message keys (`err-…`), translated where they are shown.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Submitted form values by field name.
pub type FormValues = BTreeMap<String, String>;

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

/// Every error code a form can report; each is a message in every language.
pub const ERROR_CODES: &[&str] = &[
    "err-required",
    "err-email-invalid",
    "err-password-short",
    "err-password-long",
    "err-password-common",
    "err-too-long",
    "err-control-chars",
    "err-choice",
    "err-nuts-invalid",
    "err-nuts-country",
    "err-nuts-unknown",
    "err-registration-invalid",
    "err-registration-format-dk",
    "err-registration-format-de",
    "err-registration-format-ee",
    "err-registration-format-fi",
    "err-registration-format-lv",
    "err-registration-format-lt",
    "err-registration-format-no",
    "err-registration-format-se",
    "err-registration-checksum",
    "err-registration-se-entity",
    "err-confirm-delete",
    "err-credentials",
    "err-password-wrong",
    "err-email-unverified",
    "err-rate-limited",
    "err-network",
    "err-link-invalid",
    "err-amount-invalid",
    "err-amount-negative",
    "err-amount-too-large",
    "err-cpv-invalid",
    "err-cpv-unknown",
    "err-datetime-invalid",
    "err-deadline-order",
    "err-deadline-past",
    "err-notice-required",
    "err-url-invalid",
    "err-too-many",
    "err-tender-not-editable",
    "err-tender-incomplete",
    "err-tender-not-closed",
    "err-questions-closed",
    "err-already-answered",
    "err-file-required",
    "err-file-too-large",
    "err-file-type",
    "err-already-interested",
    "err-post-closed",
    "err-message-self",
    "err-blocked",
    "err-recipient-unavailable",
    "err-vat-format",
    "err-year-invalid",
    "err-phone-invalid",
    "err-regions-required",
    "err-company-exists",
    "err-logo-type",
    "err-profile-incomplete",
    "err-already-member",
    "err-invitation-other",
    "err-invitation-sign-in",
    "err-sender-unverified",
];

//! The description of a form that a page hands to the `SmartForm` island: everything already
//! translated on the server, so the island carries no message catalogue of its own.

use crate::forms::FormKind;
#[cfg(feature = "ssr")]
use crate::forms::FormRule;
#[cfg(feature = "ssr")]
use crate::validation::LiveNote;
use crate::validation::{FieldErrors, Formats};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceGroup {
    pub label: String,
    pub choices: Vec<Choice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FieldKind {
    Text,
    Email,
    Password,
    TextArea,
    Hidden,
    /// A checkbox that submits `yes` when ticked.
    Checkbox,
    Select(Vec<ChoiceGroup>),
    Radio(Vec<Choice>),
    /// Several choices, each a checkbox; the value is the ticked choices joined with commas.
    Checkboxes(Vec<Choice>),
    /// A whole amount (numeric keyboard on phones; the rule reads group separators).
    Amount,
    /// `<input type="datetime-local">`.
    DateTime,
    /// A code typed or picked from suggestions (`source?q=…` answers `[Choice]` as JSON); with
    /// `multiple`, several codes separated by commas. Without JavaScript, a plain text field
    /// with a link to a search page (`search_page`, named `search_label`).
    Picker {
        source: String,
        multiple: bool,
        search_page: String,
        search_label: String,
    },
    /// Not a field: the form's live note (see `FormRule::live`) appears here.
    LiveNote,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    pub label: String,
    pub kind: FieldKind,
    pub value: String,
    pub hint: Option<String>,
    pub required: bool,
    pub autocomplete: Option<String>,
}

impl Field {
    fn new(name: &str, label: String, kind: FieldKind) -> Self {
        Field { name: name.into(), label, kind, value: String::new(), hint: None, required: true, autocomplete: None }
    }
    pub fn text(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::Text)
    }
    pub fn email(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::Email).autocomplete("email")
    }
    pub fn password(name: &str, label: String, autocomplete: &str) -> Self {
        Field::new(name, label, FieldKind::Password).autocomplete(autocomplete)
    }
    pub fn textarea(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::TextArea)
    }
    pub fn hidden(name: &str, value: String) -> Self {
        Field { value, ..Field::new(name, String::new(), FieldKind::Hidden) }
    }
    pub fn checkbox(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::Checkbox)
    }
    pub fn select(name: &str, label: String, groups: Vec<ChoiceGroup>) -> Self {
        Field::new(name, label, FieldKind::Select(groups))
    }
    pub fn radio(name: &str, label: String, choices: Vec<Choice>) -> Self {
        Field::new(name, label, FieldKind::Radio(choices))
    }
    pub fn checkboxes(name: &str, label: String, choices: Vec<Choice>) -> Self {
        Field::new(name, label, FieldKind::Checkboxes(choices))
    }
    pub fn amount(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::Amount)
    }
    pub fn datetime(name: &str, label: String) -> Self {
        Field::new(name, label, FieldKind::DateTime)
    }
    pub fn picker(name: &str, label: String, source: &str, multiple: bool, search_page: &str, search_label: String) -> Self {
        let kind = FieldKind::Picker { source: source.into(), multiple, search_page: search_page.into(), search_label };
        Field::new(name, label, kind)
    }
    pub fn live_note(name: &str) -> Self {
        Field { required: false, ..Field::new(name, String::new(), FieldKind::LiveNote) }
    }
    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }
    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    pub fn autocomplete(mut self, v: &str) -> Self {
        self.autocomplete = Some(v.into());
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormSpec {
    pub kind: FormKind,
    /// Where the form posts; the same URL answers HTML (no JavaScript) or JSON (island).
    pub action: String,
    /// A stable id prefix, so several forms on one page have distinct field ids.
    pub id: String,
    pub submit_label: String,
    /// Extra classes for the submit button (e.g. `danger`).
    pub submit_class: String,
    pub fields: Vec<Field>,
    /// Errors found by the server for the last submission (codes).
    pub errors: FieldErrors,
    /// Translations of every error code the island may need to show, and of live notes.
    pub messages: BTreeMap<String, String>,
    pub formats: Formats,
}

/// What a form URL answers a script: where to go next, or what is wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormReply {
    Redirect(String),
    Invalid(FieldErrors),
}

/// What the server hands back to a page whose form it refused: the values as typed (never
/// passwords) and the errors, so the page renders the form again with both.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct FormEcho {
    pub form_id: String,
    pub values: crate::validation::FormValues,
    pub errors: FieldErrors,
}

#[cfg(feature = "ssr")]
impl FormSpec {
    /// A form for the current request: if the server just refused this form, it comes back
    /// filled in with what the user typed and the errors found.
    pub fn new(kind: impl Into<FormKind>, id: &str, action: &str, submit_label: String, mut fields: Vec<Field>) -> Self {
        let kind: FormKind = kind.into();
        let tr = crate::i18n::use_tr();
        let echo = leptos::prelude::use_context::<FormEcho>().filter(|e| e.form_id == id);
        if let Some(echo) = &echo {
            for f in &mut fields {
                if let Some(v) = echo.values.get(&f.name) {
                    f.value = v.clone();
                }
            }
        }
        // Most fields are required, so the few optional ones say so (as public-sector design
        // systems advise) rather than starring all the others.
        for f in fields.iter_mut().filter(|f| !f.required && !matches!(f.kind, FieldKind::Hidden | FieldKind::LiveNote)) {
            f.label = format!("{} {}", f.label, tr.t("field-optional"));
        }
        let mut messages: BTreeMap<String, String> = crate::validation::ERROR_CODES.iter().map(|c| (c.to_string(), tr.t(c))).collect();
        // Only a form with a live note carries its messages and formats to the browser.
        let (live_keys, live_args) = kind.live_messages();
        for key in &live_keys {
            messages.insert(key.to_string(), template(tr, key, live_args));
        }
        let formats = if live_keys.is_empty() { Formats::default() } else { formats(tr, &kind.live_dates()) };
        FormSpec {
            kind,
            action: action.into(),
            id: id.into(),
            submit_label,
            submit_class: String::new(),
            fields,
            errors: echo.map(|e| e.errors).unwrap_or_default(),
            messages,
            formats,
        }
    }

    /// Sets the value of a field the server decides (e.g. the buyer's type), whatever was posted.
    pub fn context(mut self, name: &str, value: &str) -> Self {
        if let Some(f) = self.fields.iter_mut().find(|f| f.name == name) {
            f.value = value.to_string();
        }
        self
    }

    pub fn danger(mut self) -> Self {
        self.submit_class = "button-danger".into();
        self
    }
}

/// "Choose …" followed by the choices: a select that starts with nothing chosen.
#[cfg(feature = "ssr")]
pub fn with_placeholder(tr: crate::i18n::Tr, groups: Vec<ChoiceGroup>) -> Vec<ChoiceGroup> {
    let mut all = vec![ChoiceGroup { label: String::new(), choices: vec![Choice { value: String::new(), label: tr.t("choose") }] }];
    all.extend(groups);
    all
}

/// A live note written out on the server (e.g. the threshold verdict on a tender's page), the
/// same sentence the form showed while it was typed.
#[cfg(feature = "ssr")]
pub fn render_note(tr: crate::i18n::Tr, note: &LiveNote) -> String {
    let names: Vec<&str> = note.args.iter().map(|(n, _)| n.as_str()).collect();
    let messages = BTreeMap::from([(note.key.clone(), template(tr, &note.key, &names))]);
    let days: Vec<(i32, u8, u8)> = note
        .args
        .iter()
        .filter_map(|(_, a)| match a {
            crate::validation::LiveArg::Date(d) => crate::validation::ymd(d),
            _ => None,
        })
        .collect();
    note.render(&messages, &formats(tr, &days))
}

/// A message with `{name}` where each named argument goes, for `LiveNote::render` to fill in.
#[cfg(feature = "ssr")]
fn template(tr: crate::i18n::Tr, key: &str, names: &[&str]) -> String {
    let placeholders: Vec<(&str, String)> = names.iter().map(|n| (*n, format!("{{{n}}}"))).collect();
    tr.t_args(key, &placeholders)
}

/// The page language's digit grouping, and the given dates (`(year, month, day)`: those a live
/// note may name) as the language writes them.
#[cfg(feature = "ssr")]
fn formats(tr: crate::i18n::Tr, days: &[(i32, u8, u8)]) -> Formats {
    let group = tr.t("format-group-separator");
    let dates = days.iter().map(|&(y, m, d)| (format!("{y:04}-{m:02}-{d:02}"), tr.date(crate::i18n::unix_of_date(y, m, d)))).collect();
    Formats { group, dates }
}

//! The description of a form that a page hands to the `SmartForm` island: everything already
//! translated on the server, so the island carries no message catalogue of its own.

use crate::forms::FormKind;
use crate::validation::FieldErrors;
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
    /// Translations of every error code the island may need to show.
    pub messages: BTreeMap<String, String>,
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
    pub fn new(kind: FormKind, id: &str, action: &str, submit_label: String, mut fields: Vec<Field>) -> Self {
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
        for f in fields.iter_mut().filter(|f| !f.required && !matches!(f.kind, FieldKind::Hidden)) {
            f.label = format!("{} {}", f.label, tr.t("field-optional"));
        }
        let messages = crate::validation::ERROR_CODES.iter().map(|c| (c.to_string(), tr.t(c))).collect();
        FormSpec {
            kind,
            action: action.into(),
            id: id.into(),
            submit_label,
            submit_class: String::new(),
            fields,
            errors: echo.map(|e| e.errors).unwrap_or_default(),
            messages,
        }
    }

    pub fn danger(mut self) -> Self {
        self.submit_class = "button-danger".into();
        self
    }
}

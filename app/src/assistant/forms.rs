//! The assistant's forms: a question, and the rating of an answer.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssistantForm {
    Ask,
    Rate,
}

impl AssistantForm {
    pub const ALL: [AssistantForm; 2] = [AssistantForm::Ask, AssistantForm::Rate];
}

impl FormRule for AssistantForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            AssistantForm::Ask => rules::ask(values),
            AssistantForm::Rate => rules::rate(values),
        }
    }
}

//! The knowledge centre's forms: a case (a body's contribution, or a moderator's edit), a
//! material (moderators), and a moderator returning a case with a comment.

use super::form_values;
use crate::validation::{check_text, FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KnowledgeForm {
    Case,
    Material,
    Return,
}

impl KnowledgeForm {
    pub const ALL: [KnowledgeForm; 3] = [KnowledgeForm::Case, KnowledgeForm::Material, KnowledgeForm::Return];
}

/// A moderator's comment when returning a case: what to fix.
pub const COMMENT_MAX_CHARS: usize = 2_000;

impl FormRule for KnowledgeForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            KnowledgeForm::Case => form_values::check_case_form(values),
            KnowledgeForm::Material => form_values::check_material_form(values),
            KnowledgeForm::Return => {
                let mut e = FieldErrors::default();
                e.check("comment", check_text(crate::validation::value(values, "comment"), COMMENT_MAX_CHARS, true));
                e
            }
        }
    }
}

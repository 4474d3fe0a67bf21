//! The courses' forms with fields: a quiz answer, and a moderator's revocation of a certificate.

use crate::validation::{check_text, value, FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CoursesForm {
    Answer,
    Revoke,
}

impl CoursesForm {
    pub const ALL: [CoursesForm; 2] = [CoursesForm::Answer, CoursesForm::Revoke];
}

pub const REASON_MAX_CHARS: usize = 500;

impl FormRule for CoursesForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        let mut e = FieldErrors::default();
        match self {
            CoursesForm::Answer => {
                if value(values, "option").split(',').all(|o| o.trim().is_empty()) {
                    e.add("option", "err-quiz-choose");
                }
            }
            CoursesForm::Revoke => e.check("reason", check_text(value(values, "reason"), REASON_MAX_CHARS, true)),
        }
        e
    }
}

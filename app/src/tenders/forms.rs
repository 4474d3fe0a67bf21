//! The tender forms: the tender itself (with its live threshold note), questions and answers, cancelling, the award, saving a search.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TenderForm {
    Tender,
    Question,
    Answer,
    Cancel,
    Award,
    SavedSearch,
}

impl TenderForm {
    pub const ALL: [TenderForm; 6] =
        [TenderForm::Tender, TenderForm::Question, TenderForm::Answer, TenderForm::Cancel, TenderForm::Award, TenderForm::SavedSearch];
}

impl FormRule for TenderForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            TenderForm::Tender => rules::tender(values),
            TenderForm::Question => rules::question(values),
            TenderForm::Answer => rules::answer(values),
            TenderForm::Cancel => rules::cancel(values),
            TenderForm::Award => rules::award(values),
            TenderForm::SavedSearch => rules::saved_search(values),
        }
    }

    fn live_messages(self) -> (Vec<&'static str>, &'static [&'static str]) {
        match self {
            TenderForm::Tender => (super::threshold::Category::all_message_keys().collect(), &["value", "threshold", "from", "to"]),
            _ => (Vec::new(), &[]),
        }
    }

    fn live_dates(self) -> Vec<(i32, u8, u8)> {
        match self {
            TenderForm::Tender => super::threshold::periods()
                .iter()
                .flat_map(|p| [p.valid_from, p.valid_to])
                .map(|d| (d.year(), d.month(), d.day()))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn live(self, values: &FormValues) -> Option<crate::validation::LiveNote> {
        match self {
            TenderForm::Tender => rules::live_verdict(values),
            _ => None,
        }
    }
}

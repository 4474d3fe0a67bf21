//! The forms of the platform: the one form mechanism (a `FormSpec` rendered by the `SmartForm`
//! island, posted to a handler that reads it as a `FormRequest`) and the kinds of form. Each capability has its own enum of forms (`tenders::forms`,
//! `accounts::forms` …) and says, through [`FormRule`], how each is checked and what live note it
//! shows. An island receives a [`FormKind`] (it cannot receive a function) and asks it for the
//! rule; the server asks the same kind, so both check alike.

mod picker;
#[cfg(feature = "ssr")]
mod request;
mod smart_form;
mod spec;
#[cfg(feature = "hydrate")]
pub mod submit;

pub use crate::validation::{FormRule, Formats, LiveArg, LiveNote};
#[cfg(feature = "ssr")]
pub use request::{finish, respond, FormRequest, Outcome, MAX_FORM_BYTES};
pub(crate) use smart_form::textarea_content;
pub use smart_form::SmartForm;
#[cfg(feature = "ssr")]
pub use spec::{render_note, with_placeholder, FormEcho};
pub use spec::{Choice, ChoiceGroup, Field, FieldKind, FormReply, FormSpec};

use crate::validation::{FieldErrors, FormValues};
use serde::{Deserialize, Serialize};

/// Makes `FormKind` with a variant per capability, the dispatch of [`FormRule`] to it, and
/// `FormKind::all()`; a capability adds one line to the list below.
macro_rules! form_kinds {
    ($($capability:ident($forms:ty)),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum FormKind {
            $($capability($forms),)*
            /// A button that needs no input (publish, close, follow …).
            Confirm,
        }

        impl FormRule for FormKind {
            fn validate(self, values: &FormValues) -> FieldErrors {
                match self {
                    $(FormKind::$capability(f) => f.validate(values),)*
                    FormKind::Confirm => FieldErrors::default(),
                }
            }

            fn live_messages(self) -> (Vec<&'static str>, &'static [&'static str]) {
                match self {
                    $(FormKind::$capability(f) => f.live_messages(),)*
                    FormKind::Confirm => (Vec::new(), &[]),
                }
            }

            fn live_dates(self) -> Vec<(i32, u8, u8)> {
                match self {
                    $(FormKind::$capability(f) => f.live_dates(),)*
                    FormKind::Confirm => Vec::new(),
                }
            }

            fn live(self, values: &FormValues) -> Option<LiveNote> {
                match self {
                    $(FormKind::$capability(f) => f.live(values),)*
                    FormKind::Confirm => None,
                }
            }
        }

        impl FormKind {
            /// Every form of every capability (for the tests that run every rule).
            pub fn all() -> Vec<FormKind> {
                let mut all = vec![FormKind::Confirm];
                $(all.extend(<$forms>::ALL.into_iter().map(FormKind::$capability));)*
                all
            }
        }

        $(impl From<$forms> for FormKind {
            fn from(f: $forms) -> Self {
                FormKind::$capability(f)
            }
        })*
    };
}

form_kinds! {
    Accounts(crate::accounts::forms::AccountForm),
    Tenders(crate::tenders::forms::TenderForm),
    Suppliers(crate::suppliers::forms::SupplierForm),
    Bodies(crate::bodies::forms::BodyForm),
    Messages(crate::messages::forms::MessageForm),
    Knowledge(crate::knowledge::forms::KnowledgeForm),
    Assistant(crate::assistant::forms::AssistantForm),
    Courses(crate::courses::forms::CoursesForm),
}

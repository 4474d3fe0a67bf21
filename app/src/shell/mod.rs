//! UI pieces every capability shares: the page frame, page headings, notices and forms.

mod form_spec;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
mod page;
mod smart_form;
#[cfg(feature = "hydrate")]
mod submit;

pub use form_spec::{Choice, ChoiceGroup, Field, FieldKind, FormReply, FormSpec};
#[cfg(feature = "ssr")]
pub use form_spec::FormEcho;
#[cfg(feature = "ssr")]
pub use layout::{Layout, SECTIONS};
#[cfg(feature = "ssr")]
pub use page::{guard, redirect, Notice, Page, StatusPage, NOTICES};
pub use smart_form::SmartForm;

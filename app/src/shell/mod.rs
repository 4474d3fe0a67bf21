//! UI pieces every capability shares: the page frame, page headings, notices and forms.

#[cfg(feature = "ssr")]
mod filters;
mod form_spec;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
mod page;
mod picker;
mod smart_form;
#[cfg(feature = "hydrate")]
mod submit;

pub use form_spec::{Choice, ChoiceGroup, Field, FieldKind, Formats, FormReply, FormSpec, LiveArg, LiveNote};
#[cfg(feature = "ssr")]
pub use filters::{filter_input, filter_select};
#[cfg(feature = "ssr")]
pub use form_spec::{render_note, with_placeholder, FormEcho};
#[cfg(feature = "ssr")]
pub use layout::{Layout, SECTIONS};
#[cfg(feature = "ssr")]
pub use page::{guard, id_param, redirect, Notice, Page, StatusPage, NOTICES};
pub use smart_form::SmartForm;

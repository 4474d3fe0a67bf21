//! UI pieces every capability shares: the page frame, page headings, notices, search filters
//! and Markdown. Forms are in `crate::forms`.

#[cfg(feature = "ssr")]
mod filters;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
mod page;
pub mod sections;

#[cfg(feature = "ssr")]
pub use filters::{filter_input, filter_select};
#[cfg(feature = "ssr")]
pub use layout::{Layout, SECTIONS};
#[cfg(feature = "ssr")]
pub use page::{guard, id_param, redirect, Notice, Page, StatusPage};

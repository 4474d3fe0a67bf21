//! The HTTP side of pages and forms, shared by every capability: reading a posted form,
//! answering it (redirect, JSON for the island, or the page again with errors), rendering a page
//! outside the router's own handlers, and working out who the viewer is.

mod error;
mod identify;
mod query;
mod render;

pub use error::AppError;
pub use identify::{client_ip, load_viewer, ClientIp, LANG_COOKIE};
pub use query::query_string;
pub use render::{render_page, ErrorStatus};

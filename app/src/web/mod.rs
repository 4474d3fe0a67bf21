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

/// Who is asking, for a handler that reads the request's parts itself (uploads, downloads).
pub fn viewer_of(parts: &http::request::Parts) -> crate::identity::viewer::Viewer {
    parts.extensions.get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default()
}

/// Text for XML (the Atom feeds): the five special characters escaped, control characters dropped.
pub fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&apos;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

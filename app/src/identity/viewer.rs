//! Who is looking at the page and in which language. The server works this out once per request
//! (session, cookie, Accept-Language) and stores it in the request; pages read it from there.

use crate::i18n::Locale;
use crate::identity::SessionUser;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub user: Option<SessionUser>,
    pub locale: Locale,
}

/// The viewer of the request being rendered.
pub fn use_viewer() -> Viewer {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Viewer>().cloned()).unwrap_or_default()
}

//! What every request handler and page can reach on the server.

use crate::accounts::limits::Limits;
use crate::config::Config;
use crate::db::Db;
use crate::mail::Mailer;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub mailer: Mailer,
    pub limits: Arc<Limits>,
    pub leptos: LeptosOptions,
    /// Uploaded documents (see `Config::file_storage`).
    pub files: Arc<dyn object_store::ObjectStore>,
    /// The knowledge centre's search index, held in memory by each app server.
    pub knowledge: Arc<crate::knowledge::index::KnowledgeIndex>,
    /// The assistant's passage vectors, held in memory when an embeddings endpoint is set.
    pub vectors: Arc<crate::assistant::embeddings::Vectors>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// The server state, from inside a page being rendered.
pub fn use_state() -> AppState {
    leptos::prelude::expect_context::<AppState>()
}

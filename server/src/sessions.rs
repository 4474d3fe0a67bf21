//! The session store: the `sessions` table of whichever database the platform runs on, so that
//! several app servers behind a load balancer share sessions.

use async_trait::async_trait;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use std::str::FromStr;
use std::time::Duration;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    /// Connects to the database at `url` and creates the session table if needed.
    pub async fn connect(url: &str) -> Result<Store, sqlx::Error> {
        let store = if app::db::Backend::of_url(url) == app::db::Backend::Postgres {
            let pool = PgPoolOptions::new().max_connections(8).connect(url).await?;
            Store::Postgres(PostgresStore::new(pool))
        } else {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(Duration::from_secs(5));
            let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
            Store::Sqlite(SqliteStore::new(pool))
        };
        match &store {
            Store::Sqlite(s) => s.migrate().await?,
            Store::Postgres(s) => s.migrate().await?,
        }
        Ok(store)
    }

    /// Removes expired sessions every `period`, for as long as the server runs.
    pub fn spawn_cleanup(&self, period: Duration) {
        let store = self.clone();
        tokio::spawn(async move {
            let outcome = match store {
                Store::Sqlite(s) => s.continuously_delete_expired(period).await,
                Store::Postgres(s) => s.continuously_delete_expired(period).await,
            };
            if let Err(e) = outcome {
                tracing::error!(error = %e, "expired-session clean-up stopped");
            }
        });
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.create(record).await,
            Store::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.save(record).await,
            Store::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Store::Sqlite(s) => s.load(id).await,
            Store::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.delete(id).await,
            Store::Postgres(s) => s.delete(id).await,
        }
    }
}

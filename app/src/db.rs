//! The database: SQLite (embedded default) or PostgreSQL, chosen by `DATABASE_URL`.
//! Queries go through sqlx's `Any` driver so each is written once; they keep to SQL both engines
//! share (`$n` parameters in order, BIGINT everywhere, timestamps as Unix seconds, no booleans).

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
    install_default_drivers();
    let backend = Backend::of_url(url);
    let url = match backend {
        // Create the file on first start.
        Backend::Sqlite if !url.contains("mode=") => {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        }
        _ => url.to_string(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;").await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    if backend == Backend::Sqlite {
        // Write-ahead logging lets readers proceed while one connection writes.
        pool.execute("PRAGMA journal_mode = WAL;").await?;
    }
    Ok(Db { pool, backend })
}

impl Db {
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("../migrations/sqlite").run(&self.pool).await?;
                // Gathers the statistics the query planner lacks, where they are missing or stale
                // (SQLite has no background analyze; PostgreSQL's autovacuum does it).
                self.pool.execute("PRAGMA optimize=0x10002;").await?;
                Ok(())
            }
            Backend::Postgres => sqlx::migrate!("../migrations/postgres").run(&self.pool).await,
        }
    }
}

/// The current time in Unix seconds, the form every timestamp is stored in.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Now in milliseconds, where the order of two steps in the same second matters.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// A query of the `Any` driver, as `sqlx::query` builds it.
pub type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Parameters of a query built piece by piece, numbered `$1, $2 …` in the order they are added.
#[derive(Default)]
pub struct Binds(Vec<Bind>);

enum Bind {
    Text(String),
    Int(i64),
}

impl Binds {
    pub fn text(&mut self, v: impl Into<String>) -> String {
        self.0.push(Bind::Text(v.into()));
        format!("${}", self.0.len())
    }
    pub fn int(&mut self, v: i64) -> String {
        self.0.push(Bind::Int(v));
        format!("${}", self.0.len())
    }
    pub fn apply<'q>(&'q self, mut q: AnyQuery<'q>) -> AnyQuery<'q> {
        for b in &self.0 {
            q = match b {
                Bind::Text(s) => q.bind(s.as_str()),
                Bind::Int(i) => q.bind(*i),
            };
        }
        q
    }
}

/// The upper end of the range of codes starting with `prefix` (`FI1B` → `FI1C`-ish): every code
/// with the prefix sorts at or above `prefix` and below this, so an index range finds them all.
pub fn prefix_end(prefix: &str) -> String {
    // U+10FFFF is encoded as F4 8F BF BF, above every other character in byte order, so even
    // words that continue with "ö" or "ā" lie inside the range.
    format!("{prefix}\u{10FFFF}")
}

//! The two dialects' migrations make the same schema: the same tables with the same columns.

use crate::common;
use sqlx::Row;
use std::collections::BTreeSet;

async fn columns(s: &common::TestServer) -> BTreeSet<(String, String)> {
    let sql = match s.backend {
        // Every table's columns, through the table-valued pragma. The session store's table is
        // the session crate's own (on PostgreSQL it lives in a schema of its own).
        "sqlite" => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT IN ('_sqlx_migrations', 'tower_sessions')"
        }
        _ => {
            "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'"
        }
    };
    sqlx::query(sql)
        .fetch_all(&s.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<String, _>(0).to_lowercase(), r.get::<String, _>(1).to_lowercase()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_databases_have_the_same_tables_and_columns() {
    let sqlite = columns(&common::start("sqlite", |_| {}).await).await;
    let postgres = columns(&common::start("postgres", |_| {}).await).await;
    assert!(sqlite.len() > 100, "the query found the schema: {}", sqlite.len());
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(only_sqlite.is_empty() && only_postgres.is_empty(), "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_postgres:?}");
}

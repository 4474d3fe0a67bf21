//! The platform through HTTP, on SQLite and on PostgreSQL: one test binary (linking the whole
//! app once, not once per capability), a module per capability, fixtures in `common`.

#[macro_use]
mod common;

mod accounts;
mod assistant;
mod courses;
mod knowledge;
mod messages;
mod operations;
mod partners;
mod schema;
mod suppliers;
mod tenders;

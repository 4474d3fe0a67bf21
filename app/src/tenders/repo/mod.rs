//! Every SQL statement about tenders: drafts, publication and the life cycle, amendments with
//! their change history, search, questions and followers, OCDS releases, documents and saved
//! searches. Each file holds one of these; all of it is re-exported here (`repo::find`, …).

mod changes;
mod documents;
mod questions;
mod releases;
mod saved;
mod search;
mod tenders;

pub use changes::*;
pub use documents::*;
pub use questions::*;
pub use releases::*;
pub use saved::*;
pub use search::*;
pub use tenders::*;

pub type DbResult<T> = Result<T, sqlx::Error>;

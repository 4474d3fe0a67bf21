//! Every SQL statement about supplier profiles: the onboarding steps, publishing, the word index
//! of the directory, directory search and the candidates for matching. Each file holds one of
//! these; all of it is re-exported here (`repo::profile`, `repo::search`, …).

mod bulk;
mod directory;
mod matching;
mod profile;
mod references;
mod steps;
mod weekly;

pub use bulk::*;
pub use directory::*;
pub use matching::*;
pub use profile::*;
pub use references::*;
pub use steps::*;
pub use weekly::*;

pub type DbResult<T> = Result<T, sqlx::Error>;

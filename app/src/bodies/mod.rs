//! Public bodies and partner posts: a public body's page (procurement contact, interests, open
//! partner posts, tenders; suppliers may write to it), and posts in which a body describes a
//! need it wants to procure jointly or learn about, for other bodies to answer. The code lists
//! and form rules are shared by server and browser; storage, handlers and pages run on the server.

pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod query;
#[cfg(feature = "ssr")]
pub mod repo;

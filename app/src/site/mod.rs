//! The site's own pages: home, the sections still to come, accessibility and privacy.

mod home;
mod legal;
mod sections;

pub use home::HomePage;
pub use legal::{AccessibilityPage, PrivacyPage};
pub use sections::UpcomingSectionPage;

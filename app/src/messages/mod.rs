//! Messages between organisations. A conversation is between two organisations, and every
//! member of either reads and writes in it; nobody else sees it (moderators see a message only
//! when it is reported to them). Either side may block the other; sending is rate-limited in the
//! database; people hear of new messages by e-mail as they chose. The form rules are shared with
//! the browser; storage, handlers, notices and pages run on the server.

pub mod rules;

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod notify;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use handlers::start_conversation;
#[cfg(feature = "ssr")]
pub use notify::send_daily_notices;
#[cfg(feature = "ssr")]
pub use pages::{contact_form, InboxPage, MessagesLink, ReportedMessages, ThreadPage};

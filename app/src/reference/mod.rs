//! Reference data: countries the platform serves, NUTS regions and the rules of business
//! registration numbers.

mod code;
mod countries;
#[cfg(feature = "ssr")]
pub mod cpv;
pub mod cpv_code;
#[cfg(feature = "ssr")]
pub mod nuts;
pub mod registration;
mod theme;

pub use code::Code;
pub use countries::{Country, OTHER_EUROPEAN};
pub use theme::Theme;

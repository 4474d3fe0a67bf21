//! The code lists of public bodies and their partner posts, shared by server and browser: the
//! procurement themes a body names as its interests (and a post's theme), and a post's status.

use crate::reference::Code;
pub use crate::reference::Theme;
use serde::{Deserialize, Serialize};

/// The pieces of a comma-separated list of codes (themes, countries), as a group of checkboxes
/// posts them and as they are stored: trimmed, empty pieces dropped, each kept once.
pub fn split_codes(v: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for piece in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if !codes.iter().any(|c| c == piece) {
            codes.push(piece.to_string());
        }
    }
    codes
}

/// The themes of a stored or posted list, in the list's order; unknown codes are dropped.
pub fn themes_of(v: &str) -> Vec<Theme> {
    split_codes(v).iter().filter_map(|c| Theme::parse(c)).collect()
}

/// Whether a partner post still takes expressions of interest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostStatus {
    Open,
    Closed,
}

impl Code for PostStatus {
    const ALL: &'static [Self] = &[PostStatus::Open, PostStatus::Closed];
    const MESSAGE_PREFIX: &'static str = "partner-status";
    fn code(self) -> &'static str {
        match self {
            PostStatus::Open => "open",
            PostStatus::Closed => "closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.code()), Some(*t));
            assert!(t.code().chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", t.code());
        }
        assert_eq!(Theme::parse("Health_Care"), None);
        assert_eq!(Theme::parse(""), None);
        assert_eq!(Theme::HealthCare.message_key(), "theme-health-care");
        assert_eq!(Theme::CircularEconomy.message_key(), "theme-circular-economy");
        assert_eq!(Theme::Other.message_key(), "theme-other");
        for s in PostStatus::ALL {
            assert_eq!(PostStatus::parse(s.code()), Some(*s));
        }
        assert_eq!(PostStatus::Closed.message_key(), "partner-status-closed");
    }

    #[test]
    fn code_lists() {
        assert_eq!(split_codes(" food, ,education,food "), vec!["food", "education"]);
        assert!(split_codes("").is_empty());
        assert_eq!(themes_of("food,nonsense,energy_climate"), vec![Theme::Food, Theme::EnergyClimate]);
    }
}

//! The form rules of public-body profiles and partner posts: plain functions without I/O, run by
//! the browser as people type and by the server again before anything is stored. Whether a CPV
//! code exists is looked up on the server only (the list is not in the browser bundle).

use super::model::{split_codes, Theme};
use crate::reference::Code;
use crate::reference::{cpv_code, Country};
use crate::validation::{check_email, check_person_name};
use crate::validation::{check_text, required, value, FieldErrors, FormValues};

pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 5000;
pub const TIMELINE_MAX_CHARS: usize = 200;
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// A body's interests are a short list, not the whole vocabulary.
pub const INTEREST_CPV_MAX: usize = 30;

/// Themes ticked in a group of checkboxes: none is fine, each must be one of the list.
fn check_themes(v: &str) -> Result<(), &'static str> {
    if split_codes(v).iter().all(|c| Theme::parse(c).is_some()) {
        Ok(())
    } else {
        Err("err-choice")
    }
}

/// Countries ticked in a group of checkboxes: none (any country) is fine.
fn check_countries(v: &str) -> Result<(), &'static str> {
    let known = |c: &String| Country::ALL.iter().any(|k| k.code() == c);
    if split_codes(v).iter().all(known) {
        Ok(())
    } else {
        Err("err-choice")
    }
}

/// One optional CPV code.
fn check_optional_cpv(v: &str) -> Result<(), &'static str> {
    if v.is_empty() || cpv_code::is_well_formed(v) {
        Ok(())
    } else {
        Err("err-cpv-invalid")
    }
}

fn check_theme(v: &str) -> Result<(), &'static str> {
    required(v)?;
    Theme::parse(v).map(|_| ()).ok_or("err-choice")
}

/// A public body's page: procurement contact, themes and interest CPV codes.
pub fn body_profile(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("contact_name", check_person_name(value(v, "contact_name")));
    e.check("contact_email", check_email(value(v, "contact_email")));
    e.check("themes", check_themes(value(v, "themes")));
    e.check("cpv", cpv_code::check_list(value(v, "cpv"), INTEREST_CPV_MAX));
    e
}

/// A partner post: what a body wants to procure jointly or learn about.
pub fn partner_post(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("title", check_text(value(v, "title"), TITLE_MAX_CHARS, false));
    e.check("theme", check_theme(value(v, "theme")));
    e.check("description", check_text(value(v, "description"), DESCRIPTION_MAX_CHARS, true));
    e.check("cpv", check_optional_cpv(value(v, "cpv")));
    e.check("timeline", check_text(value(v, "timeline"), TIMELINE_MAX_CHARS, false));
    e.check("countries", check_countries(value(v, "countries")));
    e
}

/// Another body's expression of interest in a post, with its first message.
pub fn partner_interest(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("message", check_text(value(v, "message"), MESSAGE_MAX_CHARS, true));
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_body_profile() {
        let ok = values(&[
            ("contact_name", "Aino Virtanen"),
            ("contact_email", "hankinnat@hel.fi"),
            ("themes", "health_care,food"),
            ("cpv", "45210000-2, 33100000-1"),
        ]);
        assert!(body_profile(&ok).is_empty());
        // Themes and codes may be left out.
        let bare = values(&[("contact_name", "Aino"), ("contact_email", "a@hel.fi")]);
        assert!(body_profile(&bare).is_empty());

        let bad = values(&[("contact_name", "A\u{7}"), ("contact_email", "nobody"), ("themes", "food,poetry"), ("cpv", "4521")]);
        let e = body_profile(&bad);
        assert_eq!(e.get("contact_name"), Some("err-control-chars"));
        assert_eq!(e.get("contact_email"), Some("err-email-invalid"));
        assert_eq!(e.get("themes"), Some("err-choice"));
        assert_eq!(e.get("cpv"), Some("err-cpv-invalid"));

        let missing = body_profile(&values(&[]));
        assert_eq!(missing.get("contact_name"), Some("err-required"));
        assert_eq!(missing.get("contact_email"), Some("err-required"));

        let many: Vec<String> = (0..=INTEREST_CPV_MAX).map(|i| format!("{:08}-1", 45_000_000 + i)).collect();
        let e = body_profile(&values(&[("contact_name", "A"), ("contact_email", "a@hel.fi"), ("cpv", &many.join(","))]));
        assert_eq!(e.get("cpv"), Some("err-too-many"));
    }

    fn post() -> FormValues {
        values(&[
            ("title", "Joint procurement of electric buses"),
            ("theme", "mobility_transport"),
            ("description", "We plan to buy **20 buses**.\n\n- charging\n- depots"),
            ("cpv", "34144910-0"),
            ("timeline", "Market dialogue in Q1 2027, tender in Q3 2027"),
            ("countries", "FI,EE"),
        ])
    }

    #[test]
    fn a_partner_post() {
        assert!(partner_post(&post()).is_empty());
        // No CPV code and no countries (any country) are fine.
        let mut v = post();
        v.insert("cpv".into(), String::new());
        v.remove("countries");
        assert!(partner_post(&v).is_empty());
    }

    #[test]
    fn a_partner_post_refused() {
        let mut v = post();
        v.insert("title".into(), "x".repeat(TITLE_MAX_CHARS + 1));
        v.insert("theme".into(), "poetry".into());
        v.insert("description".into(), "y".repeat(DESCRIPTION_MAX_CHARS + 1));
        v.insert("cpv".into(), "34144910".into());
        v.insert("timeline".into(), "Q1\nQ3".into());
        v.insert("countries".into(), "FI,XX".into());
        let e = partner_post(&v);
        assert_eq!(e.get("title"), Some("err-too-long"));
        assert_eq!(e.get("theme"), Some("err-choice"));
        assert_eq!(e.get("description"), Some("err-too-long"));
        assert_eq!(e.get("cpv"), Some("err-cpv-invalid"));
        assert_eq!(e.get("timeline"), Some("err-control-chars"));
        assert_eq!(e.get("countries"), Some("err-choice"));

        let e = partner_post(&values(&[]));
        for field in ["title", "theme", "description", "timeline"] {
            assert_eq!(e.get(field), Some("err-required"), "{field}");
        }
        // Exactly at the limits is fine.
        let mut v = post();
        v.insert("title".into(), "é".repeat(TITLE_MAX_CHARS));
        v.insert("description".into(), "d".repeat(DESCRIPTION_MAX_CHARS));
        v.insert("timeline".into(), "t".repeat(TIMELINE_MAX_CHARS));
        assert!(partner_post(&v).is_empty());
        // Country codes are the upper-case ones the form posts.
        let mut v = post();
        v.insert("countries".into(), "fi".into());
        assert_eq!(partner_post(&v).get("countries"), Some("err-choice"));
    }

    #[test]
    fn an_interest() {
        assert!(partner_interest(&values(&[("message", "We plan the same.\r\nLet us talk.")])).is_empty());
        assert_eq!(partner_interest(&values(&[("message", "  ")])).get("message"), Some("err-required"));
        assert_eq!(partner_interest(&values(&[("message", &"m".repeat(MESSAGE_MAX_CHARS + 1))])).get("message"), Some("err-too-long"));
        assert_eq!(partner_interest(&values(&[("message", "a\u{0}b")])).get("message"), Some("err-control-chars"));
        assert!(partner_interest(&values(&[("message", &"m".repeat(MESSAGE_MAX_CHARS))])).is_empty());
    }
}

//! The message forms' rules: plain functions without I/O, run by the browser as the user types
//! and by the server again before anything is stored. Who may write to whom (blocks, rate
//! limits, the recipient exists) needs the database and is checked on the server only.

use crate::validation::{check_text, value, FieldErrors, FormValues};

pub const SUBJECT_MAX_CHARS: usize = 200;
pub const BODY_MAX_CHARS: usize = 5_000;
pub const REASON_MAX_CHARS: usize = 1_000;

/// How often a user hears of new messages by e-mail (`users.message_mail`).
pub const MAIL_IMMEDIATELY: &str = "immediately";
pub const MAIL_DAILY: &str = "daily";
pub const MAIL_NEVER: &str = "never";
pub const MAIL_CHOICES: [&str; 3] = [MAIL_IMMEDIATELY, MAIL_DAILY, MAIL_NEVER];

/// What a conversation may start from (`conversations.about_kind`).
pub const ABOUT_KINDS: [&str; 5] = ["supplier", "body", "partner_post", "tender", "case"];

pub fn check_subject(v: &str) -> Result<(), &'static str> {
    check_text(v, SUBJECT_MAX_CHARS, false)
}

pub fn check_body(v: &str) -> Result<(), &'static str> {
    check_text(v, BODY_MAX_CHARS, true)
}

/// The first message of a conversation: a subject and the text.
pub fn contact(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("subject", check_subject(value(v, "subject")));
    e.check("body", check_body(value(v, "body")));
    e
}

/// A reply in a conversation.
pub fn message(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("body", check_body(value(v, "body")));
    e
}

/// Reporting a message to the moderators: why.
pub fn report(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("reason", check_text(value(v, "reason"), REASON_MAX_CHARS, true));
    e
}

/// The e-mail setting for new messages.
pub fn message_mail(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    match value(v, "message_mail") {
        "" => e.add("message_mail", "err-required"),
        c if !MAIL_CHOICES.contains(&c) => e.add("message_mail", "err-choice"),
        _ => {}
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormValues {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_subject_is_one_line_of_at_most_200_characters() {
        assert_eq!(check_subject("Smart lighting pilot"), Ok(()));
        assert_eq!(check_subject("   "), Err("err-required"));
        assert_eq!(check_subject(&"ä".repeat(200)), Ok(()));
        assert_eq!(check_subject(&"ä".repeat(201)), Err("err-too-long"));
        assert_eq!(check_subject("two\nlines"), Err("err-control-chars"));
        assert_eq!(check_subject("tab\there"), Err("err-control-chars"));
    }

    #[test]
    fn a_body_keeps_line_breaks_and_tabs_but_no_other_control_characters() {
        assert_eq!(check_body("Hello,\r\n\r\n\tregards"), Ok(()));
        assert_eq!(check_body(&"x".repeat(BODY_MAX_CHARS)), Ok(()));
        assert_eq!(check_body(&"x".repeat(BODY_MAX_CHARS + 1)), Err("err-too-long"));
        assert_eq!(check_body("bell\u{7}"), Err("err-control-chars"));
        assert_eq!(check_body("nul\u{0}"), Err("err-control-chars"));
        assert_eq!(check_body(""), Err("err-required"));
    }

    #[test]
    fn the_contact_form_needs_subject_and_body() {
        assert!(contact(&form(&[("subject", "Pilot"), ("body", "Hello")])).is_empty());
        let e = contact(&form(&[("subject", ""), ("body", "\u{1b}[31m")]));
        assert_eq!(e.get("subject"), Some("err-required"));
        assert_eq!(e.get("body"), Some("err-control-chars"));
        // The hidden fields are the server's business: the rule ignores them.
        assert!(contact(&form(&[("subject", "a"), ("body", "b"), ("to", "x")])).is_empty());
    }

    #[test]
    fn a_reply_needs_a_body() {
        assert!(message(&form(&[("body", "Thanks")])).is_empty());
        assert_eq!(message(&form(&[])).get("body"), Some("err-required"));
    }

    #[test]
    fn a_report_needs_a_reason() {
        assert!(report(&form(&[("reason", "Spam\nagain")])).is_empty());
        assert_eq!(report(&form(&[("reason", " ")])).get("reason"), Some("err-required"));
        assert_eq!(report(&form(&[("reason", &"x".repeat(REASON_MAX_CHARS + 1))])).get("reason"), Some("err-too-long"));
    }

    #[test]
    fn the_mail_setting_is_one_of_three() {
        for choice in MAIL_CHOICES {
            assert!(message_mail(&form(&[("message_mail", choice)])).is_empty());
        }
        assert_eq!(message_mail(&form(&[])).get("message_mail"), Some("err-required"));
        assert_eq!(message_mail(&form(&[("message_mail", "hourly")])).get("message_mail"), Some("err-choice"));
    }
}

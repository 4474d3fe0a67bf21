//! Account form rules. Plain functions without I/O: the browser runs them as the user types and
//! the server runs them again before anything is stored. Checks that need the database (is the
//! NUTS code real, is the password among the common ones) follow on the server only.

use super::model::BodyType;
use crate::reference::{registration, Country};
use crate::validation::{required, value, FieldErrors, FormValues};

pub const PASSWORD_MIN_CHARS: usize = 12;
/// Long enough for any passphrase, short enough that hashing it costs nothing unusual.
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const NAME_MAX_CHARS: usize = 100;
pub const ORG_NAME_MAX_CHARS: usize = 200;
pub const REASON_MAX_CHARS: usize = 1000;

pub fn check_email(v: &str) -> Result<(), &'static str> {
    required(v)?;
    let v = v.trim();
    let domain = v.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
    // RFC 5322 syntax by the email_address crate, plus a dot in the domain: platform users
    // have addresses on the internet, not on a local host.
    if v.len() > 254 || !email_address::EmailAddress::is_valid(v) || !domain.contains('.') || domain.ends_with('.') {
        return Err("err-email-invalid");
    }
    Ok(())
}

pub fn check_new_password(v: &str) -> Result<(), &'static str> {
    // Passwords are taken exactly as typed: no trimming.
    if v.is_empty() {
        return Err("err-required");
    }
    let chars = v.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err("err-password-short");
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err("err-password-long");
    }
    Ok(())
}

fn check_text(v: &str, max: usize) -> Result<(), &'static str> {
    required(v)?;
    let v = v.trim();
    if v.chars().count() > max {
        return Err("err-too-long");
    }
    if v.chars().any(char::is_control) {
        return Err("err-control-chars");
    }
    Ok(())
}

pub fn check_person_name(v: &str) -> Result<(), &'static str> {
    check_text(v, NAME_MAX_CHARS)
}

pub fn check_org_name(v: &str) -> Result<(), &'static str> {
    check_text(v, ORG_NAME_MAX_CHARS)
}

pub fn check_country(v: &str) -> Result<(), &'static str> {
    required(v)?;
    Country::from_code(v).map(|_| ()).ok_or("err-choice")
}

pub fn check_body_type(v: &str) -> Result<(), &'static str> {
    required(v)?;
    BodyType::parse(v.trim()).map(|_| ()).ok_or("err-choice")
}

/// The shape of a NUTS code and that it lies in the chosen country. Whether the region exists is
/// looked up on the server.
pub fn check_nuts(v: &str, country: &str) -> Result<(), &'static str> {
    required(v)?;
    let v = v.trim();
    let shape_ok = (3..=5).contains(&v.len())
        && v[..2].chars().all(|c| c.is_ascii_uppercase())
        && v[2..].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !shape_ok {
        return Err("err-nuts-invalid");
    }
    match Country::from_code(country) {
        Some(c) if !v.starts_with(c.code()) => Err("err-nuts-country"),
        _ => Ok(()),
    }
}

/// A business registration number as registries write them: letters, digits and the usual
/// separators. The fallback when no country is chosen; see [`check_company_registration`].
pub fn check_registration_number(v: &str) -> Result<(), &'static str> {
    required(v)?;
    let v = v.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.');
    if v.len() > 40 || !v.chars().all(allowed) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err("err-registration-invalid");
    }
    Ok(())
}

/// A company's registration number by the rules of its country's register (shape and check
/// digit), or by the generic shape while the country is missing or unknown: that field reports
/// its own error.
pub fn check_company_registration(v: &str, country: &str) -> Result<(), &'static str> {
    match Country::from_code(country) {
        Some(c) => registration::check(c, v),
        None => check_registration_number(v),
    }
}

pub fn sign_in(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("email", check_email(value(v, "email")));
    e.check("password", required(v.get("password").map(String::as_str).unwrap_or("")));
    e
}

fn sign_up_common(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("name", check_person_name(value(v, "name")));
    e.check("email", check_email(value(v, "email")));
    e.check("password", check_new_password(v.get("password").map(String::as_str).unwrap_or("")));
    e.check("organisation", check_org_name(value(v, "organisation")));
    e.check("country", check_country(value(v, "country")));
    e
}

pub fn sign_up_buyer(v: &FormValues) -> FieldErrors {
    let mut e = sign_up_common(v);
    e.check("body_type", check_body_type(value(v, "body_type")));
    e.check("nuts", check_nuts(value(v, "nuts"), value(v, "country")));
    e
}

pub fn sign_up_supplier(v: &FormValues) -> FieldErrors {
    let mut e = sign_up_common(v);
    e.check("registration_number", check_company_registration(value(v, "registration_number"), value(v, "country")));
    e
}

pub fn forgot_password(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("email", check_email(value(v, "email")));
    e
}

pub fn reset_password(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("password", check_new_password(v.get("password").map(String::as_str).unwrap_or("")));
    e
}

pub fn edit_profile(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("name", check_person_name(value(v, "name")));
    e
}

pub fn change_password(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("current_password", required(v.get("current_password").map(String::as_str).unwrap_or("")));
    e.check("new_password", check_new_password(v.get("new_password").map(String::as_str).unwrap_or("")));
    e
}

pub fn change_email(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("new_email", check_email(value(v, "new_email")));
    e.check("password", required(v.get("password").map(String::as_str).unwrap_or("")));
    e
}

pub fn delete_account(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("password", required(v.get("password").map(String::as_str).unwrap_or("")));
    if value(v, "confirm") != "yes" {
        e.add("confirm", "err-confirm-delete");
    }
    e
}

pub fn moderate(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    match value(v, "decision") {
        "verify" => {}
        "reject" => e.check("reason", check_text(value(v, "reason"), REASON_MAX_CHARS)),
        "" => e.add("decision", "err-required"),
        _ => e.add("decision", "err-choice"),
    }
    if value(v, "reason").chars().count() > REASON_MAX_CHARS {
        e.add("reason", "err-too-long");
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
    fn emails() {
        assert_eq!(check_email("anna@example.fi"), Ok(()));
        assert_eq!(check_email("  anna.berg+ppi@kommune.dk "), Ok(()));
        assert_eq!(check_email(""), Err("err-required"));
        assert_eq!(check_email("anna"), Err("err-email-invalid"));
        assert_eq!(check_email("anna@localhost"), Err("err-email-invalid"));
        assert_eq!(check_email("anna@@example.fi"), Err("err-email-invalid"));
        assert_eq!(check_email("an na@example.fi"), Err("err-email-invalid"));
        assert_eq!(check_email(&format!("{}@example.fi", "a".repeat(250))), Err("err-email-invalid"));
    }

    #[test]
    fn passwords_count_characters_not_bytes() {
        assert_eq!(check_new_password("elevenchars"), Err("err-password-short"));
        assert_eq!(check_new_password("twelve chars"), Ok(()));
        assert_eq!(check_new_password("ääääääääääää"), Ok(()));
        assert_eq!(check_new_password("äääääääääää"), Err("err-password-short"));
        assert_eq!(check_new_password(&"x".repeat(257)), Err("err-password-long"));
        assert_eq!(check_new_password(""), Err("err-required"));
    }

    #[test]
    fn nuts_shape_and_country() {
        assert_eq!(check_nuts("FI1B1", "FI"), Ok(()));
        assert_eq!(check_nuts("DK01", "DK"), Ok(()));
        assert_eq!(check_nuts("DK01", "FI"), Err("err-nuts-country"));
        assert_eq!(check_nuts("fi1b1", "FI"), Err("err-nuts-invalid"));
        assert_eq!(check_nuts("FI1B12", "FI"), Err("err-nuts-invalid"));
        assert_eq!(check_nuts("", "FI"), Err("err-required"));
    }

    #[test]
    fn names_and_numbers() {
        assert_eq!(check_person_name("  "), Err("err-required"));
        assert_eq!(check_person_name(&"n".repeat(101)), Err("err-too-long"));
        assert_eq!(check_person_name("Anna\u{0}"), Err("err-control-chars"));
        assert_eq!(check_org_name("Helsingin kaupunki"), Ok(()));
        assert_eq!(check_registration_number("1234567-8"), Ok(()));
        assert_eq!(check_registration_number("HRB 12345"), Ok(()));
        assert_eq!(check_registration_number("<script>"), Err("err-registration-invalid"));
        assert_eq!(check_registration_number("ABC"), Err("err-registration-invalid"));
        assert_eq!(check_country("ee"), Ok(()));
        assert_eq!(check_country("FR"), Err("err-choice"));
        assert_eq!(check_body_type("utility"), Ok(()));
        assert_eq!(check_body_type("ministry"), Err("err-choice"));
    }

    #[test]
    fn sign_up_buyer_reports_every_field() {
        let e = sign_up_buyer(&form(&[("country", "DK"), ("nuts", "FI1B1")]));
        for field in ["name", "email", "password", "organisation", "body_type"] {
            assert_eq!(e.get(field), Some("err-required"), "{field}");
        }
        assert_eq!(e.get("nuts"), Some("err-nuts-country"));
        assert_eq!(e.get("country"), None);
    }

    #[test]
    fn a_valid_supplier_sign_up_passes() {
        let e = sign_up_supplier(&form(&[
            ("name", "Mikkel Holm"),
            ("email", "mikkel@sensors.dk"),
            ("password", "correct horse battery"),
            ("organisation", "Nordic Sensors ApS"),
            ("country", "DK"),
            ("registration_number", "24256790"),
        ]));
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn supplier_registration_numbers_follow_the_chosen_country() {
        let sign_up = |country: &str, number: &str| {
            sign_up_supplier(&form(&[("country", country), ("registration_number", number)]))
                .get("registration_number")
                .map(str::to_string)
        };
        assert_eq!(sign_up("DK", "24256790"), None);
        assert_eq!(sign_up("DK", "24256791").as_deref(), Some("err-registration-checksum"));
        assert_eq!(sign_up("DK", "HRB 12345").as_deref(), Some("err-registration-format-dk"));
        assert_eq!(sign_up("de", "HRB 12345"), None);
        assert_eq!(sign_up("FI", "0112038-9"), None);
        assert_eq!(sign_up("SE", "811218-9876").as_deref(), Some("err-registration-se-entity"));
        assert_eq!(sign_up("LT", "305123456"), None);
        assert_eq!(sign_up("LT", "").as_deref(), Some("err-required"));
        // Without a known country only the generic shape is checked; the country field complains.
        assert_eq!(sign_up("", "24256791"), None);
        assert_eq!(sign_up("FR", "<script>").as_deref(), Some("err-registration-invalid"));
        assert_eq!(check_company_registration("1234567-1", "XX"), Ok(()));
    }

    #[test]
    fn moderation_needs_a_reason_to_reject() {
        assert!(moderate(&form(&[("decision", "verify")])).is_empty());
        assert_eq!(moderate(&form(&[("decision", "reject")])).get("reason"), Some("err-required"));
        assert_eq!(moderate(&form(&[("decision", "maybe")])).get("decision"), Some("err-choice"));
        assert!(delete_account(&form(&[("password", "x")])).get("confirm").is_some());
    }
}

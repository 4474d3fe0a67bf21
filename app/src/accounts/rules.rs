//! Account form rules. Plain functions without I/O: the browser runs them as the user types and
//! the server runs them again before anything is stored. Checks that need the database (is the
//! NUTS code real, is the password among the common ones) follow on the server only.

use crate::identity::BodyType;
use crate::validation::{
    check_company_registration, check_country, check_email, check_nuts_in, check_org_name, check_person_name, check_text, required, value,
    FieldErrors, FormValues,
};

pub const PASSWORD_MIN_CHARS: usize = 12;
/// Long enough for any passphrase, short enough that hashing it costs nothing unusual.
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const REASON_MAX_CHARS: usize = 1000;

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

pub fn check_body_type(v: &str) -> Result<(), &'static str> {
    required(v)?;
    BodyType::parse(v.trim()).map(|_| ()).ok_or("err-choice")
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
    e.check("nuts", check_nuts_in(value(v, "nuts"), value(v, "country")));
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
        "reject" => e.check("reason", check_text(value(v, "reason"), REASON_MAX_CHARS, false)),
        "" => e.add("decision", "err-required"),
        _ => e.add("decision", "err-choice"),
    }
    if value(v, "reason").chars().count() > REASON_MAX_CHARS {
        e.add("reason", "err-too-long");
    }
    e
}

/// An invitation of a colleague: the address it goes to.
pub fn invite(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("email", check_email(value(v, "email")));
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::check_registration_number;

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
        assert_eq!(check_nuts_in("FI1B1", "FI"), Ok(()));
        assert_eq!(check_nuts_in("DK01", "DK"), Ok(()));
        assert_eq!(check_nuts_in("DK01", "FI"), Err("err-nuts-country"));
        assert_eq!(check_nuts_in("fi1b1", "FI"), Err("err-nuts-invalid"));
        assert_eq!(check_nuts_in("FI1B12", "FI"), Err("err-nuts-invalid"));
        assert_eq!(check_nuts_in("", "FI"), Err("err-required"));
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
            sign_up_supplier(&form(&[("country", country), ("registration_number", number)])).get("registration_number").map(str::to_string)
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

//! The rules of the supplier forms: plain functions without I/O, run by the browser as the
//! supplier types and by the server again before anything is stored. Whether CPV and NUTS codes
//! exist, and whether a company is already registered, is for the server to look up.

use super::model::{Size, LANGUAGES};
use crate::accounts::rules::check_new_password;
use crate::reference::{cpv_code, Country};
use crate::validation::{check_choice, check_nuts, check_url, parse_amount, CONTEXT_TODAY};
use crate::validation::{check_company_registration, check_country, check_email, check_org_name, check_person_name};
use crate::validation::{check_text, required, value, FieldErrors, FormValues};

pub const CODES_MAX: usize = 30;
pub const STATEMENT_MAX_CHARS: usize = 4_000;
pub const SHORT_TEXT_MAX_CHARS: usize = 1_000;
pub const BUYER_MAX_CHARS: usize = 200;
/// The oldest founding year taken seriously: older firms exist, older registrations rarely.
pub const OLDEST_YEAR: i64 = 1800;

/// A VAT identification number of the company's country: the country's two letters, then its
/// digits (Sweden: the organisation number and `01`; Norway: `MVA` at the end). Spaces, dots and
/// dashes are ignored.
pub fn check_vat(v: &str, country: &str) -> Result<(), &'static str> {
    let compact: String = v.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_uppercase();
    // Without a valid country the country field reports the error.
    let Some(c) = Country::from_code(country) else { return Ok(()) };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = compact.strip_prefix(c.code()).is_some_and(|rest| match c {
        Country::Dk | Country::Fi => digits(rest, 8),
        Country::De | Country::Ee => digits(rest, 9),
        Country::Lv => digits(rest, 11),
        Country::Lt => digits(rest, 9) || digits(rest, 12),
        Country::Se => digits(rest, 12) && rest.ends_with("01"),
        Country::No => rest.strip_suffix("MVA").is_some_and(|d| digits(d, 9)),
    });
    if ok {
        Ok(())
    } else {
        Err("err-vat-format")
    }
}

/// A year from 1800 up to this year (`today` is `YYYY-MM-DD`, given by the server).
pub fn check_year(v: &str, today: &str) -> Result<(), &'static str> {
    required(v)?;
    let this_year: i64 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(9999);
    match v.trim().parse::<i64>() {
        Ok(y) if (OLDEST_YEAR..=this_year).contains(&y) => Ok(()),
        _ => Err("err-year-invalid"),
    }
}

/// A telephone number as people write it: digits, spaces, `+`, `-`, `(`, `)`; 6 to 20 digits.
pub fn check_phone(v: &str) -> Result<(), &'static str> {
    let allowed = v.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '/'));
    let digits = v.chars().filter(char::is_ascii_digit).count();
    if allowed && (6..=20).contains(&digits) {
        Ok(())
    } else {
        Err("err-phone-invalid")
    }
}

fn check_cpv_list(v: &str) -> Result<(), &'static str> {
    if cpv_code::split_list(v).is_empty() {
        return Err("err-required");
    }
    cpv_code::check_list(v, CODES_MAX)
}

fn check_regions(v: &str, all_eu: bool) -> Result<(), &'static str> {
    let codes = cpv_code::split_list(&v.to_uppercase());
    if codes.is_empty() && !all_eu {
        return Err("err-regions-required");
    }
    if codes.len() > CODES_MAX {
        return Err("err-too-many");
    }
    codes.iter().try_for_each(|c| check_nuts(c))
}

/// The ticked languages of a checkbox group, as posted: codes joined with commas.
pub fn languages(v: &str) -> Vec<String> {
    v.split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

fn check_languages(v: &str) -> Result<(), &'static str> {
    let chosen = languages(v);
    if chosen.is_empty() {
        return Err("err-required");
    }
    if chosen.iter().all(|l| LANGUAGES.contains(&l.as_str())) {
        Ok(())
    } else {
        Err("err-choice")
    }
}

fn optional(v: &str, rule: impl Fn(&str) -> Result<(), &'static str>) -> Result<(), &'static str> {
    if v.is_empty() {
        Ok(())
    } else {
        rule(v)
    }
}

/// Step 1: who the company is.
pub fn company(v: &FormValues) -> FieldErrors {
    let get = |k| value(v, k);
    let mut e = FieldErrors::default();
    e.check("name", check_org_name(get("name")));
    e.check("country", check_country(get("country")));
    e.check("registration_number", check_company_registration(get("registration_number"), get("country")));
    e.check("vat_number", optional(get("vat_number"), |x| check_vat(x, get("country"))));
    e.check("size", check_choice::<Size>(get("size")));
    e.check("year_founded", optional(get("year_founded"), |x| check_year(x, get(CONTEXT_TODAY))));
    e.check("website", optional(get("website"), check_url));
    e
}

/// Step 3: what it supplies, where, and in which languages.
pub fn offer(v: &FormValues) -> FieldErrors {
    let get = |k| value(v, k);
    let mut e = FieldErrors::default();
    e.check("cpv", check_cpv_list(get("cpv")));
    e.check("regions", check_regions(get("regions"), get("all_eu") == "yes"));
    e.check("languages", check_languages(get("languages")));
    e
}

/// Step 4: what it can do and what new it brings.
pub fn about(v: &FormValues) -> FieldErrors {
    let get = |k| value(v, k);
    let mut e = FieldErrors::default();
    e.check("capability", check_text(get("capability"), STATEMENT_MAX_CHARS, true));
    e.check("innovation", optional(get("innovation"), |x| check_text(x, STATEMENT_MAX_CHARS, true)));
    e.check("certifications", optional(get("certifications"), |x| check_text(x, SHORT_TEXT_MAX_CHARS, true)));
    e
}

/// Step 5, one reference: a past public contract.
pub fn reference(v: &FormValues) -> FieldErrors {
    let get = |k| value(v, k);
    let mut e = FieldErrors::default();
    e.check("buyer", check_text(get("buyer"), BUYER_MAX_CHARS, false));
    e.check("year", check_year(get("year"), get(CONTEXT_TODAY)));
    e.check("value", parse_amount(get("value")).map(|_| ()));
    e.check("description", check_text(get("description"), SHORT_TEXT_MAX_CHARS, true));
    e
}

/// Step 6: whom buyers contact.
pub fn contact(v: &FormValues) -> FieldErrors {
    let get = |k| value(v, k);
    let mut e = FieldErrors::default();
    e.check("contact_name", check_person_name(get("contact_name")));
    e.check("contact_email", check_email(get("contact_email")));
    e.check("contact_phone", optional(get("contact_phone"), check_phone));
    e
}

/// An invited colleague creates an account.
pub fn accept_invitation(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("name", check_person_name(value(v, "name")));
    e.check("password", check_new_password(v.get("password").map(String::as_str).unwrap_or("")));
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn vat_numbers_follow_their_country() {
        assert_eq!(check_vat("FI01120389", "FI"), Ok(()));
        assert_eq!(check_vat("fi 0112 0389", "FI"), Ok(()));
        assert_eq!(check_vat("DK13585628", "DK"), Ok(()));
        assert_eq!(check_vat("DE811569869", "DE"), Ok(()));
        assert_eq!(check_vat("EE100247019", "EE"), Ok(()));
        assert_eq!(check_vat("LV40003032949", "LV"), Ok(()));
        assert_eq!(check_vat("LT100001919017", "LT"), Ok(()));
        assert_eq!(check_vat("SE556036079301", "SE"), Ok(()));
        assert_eq!(check_vat("NO923609016MVA", "NO"), Ok(()));
        // The wrong country's prefix, too few digits, Sweden without 01, Norway without MVA.
        assert_eq!(check_vat("DK13585628", "FI"), Err("err-vat-format"));
        assert_eq!(check_vat("FI0112038", "FI"), Err("err-vat-format"));
        assert_eq!(check_vat("SE556036079300", "SE"), Err("err-vat-format"));
        assert_eq!(check_vat("NO923609016", "NO"), Err("err-vat-format"));
    }

    #[test]
    fn years_lie_between_1800_and_this_year() {
        assert_eq!(check_year("1998", "2026-11-24"), Ok(()));
        assert_eq!(check_year("2026", "2026-11-24"), Ok(()));
        assert_eq!(check_year("2027", "2026-11-24"), Err("err-year-invalid"));
        assert_eq!(check_year("1799", "2026-11-24"), Err("err-year-invalid"));
        assert_eq!(check_year("nineteen", "2026-11-24"), Err("err-year-invalid"));
    }

    #[test]
    fn phones_are_digits_with_separators() {
        assert_eq!(check_phone("+358 9 310 1691"), Ok(()));
        assert_eq!(check_phone("(040) 123-456"), Ok(()));
        assert_eq!(check_phone("12345"), Err("err-phone-invalid"));
        assert_eq!(check_phone("call me"), Err("err-phone-invalid"));
    }

    #[test]
    fn the_company_step_checks_the_register_rule() {
        let ok = values(&[
            ("name", "Valo Oy"),
            ("country", "FI"),
            ("registration_number", "0112038-9"),
            ("size", "small"),
            ("today", "2026-11-24"),
        ]);
        assert!(company(&ok).is_empty(), "{:?}", company(&ok));
        let mut bad = ok.clone();
        bad.insert("registration_number".into(), "0112038-8".into());
        bad.insert("website".into(), "valo".into());
        let e = company(&bad);
        assert_eq!(e.get("registration_number"), Some("err-registration-checksum"));
        assert_eq!(e.get("website"), Some("err-url-invalid"));
    }

    #[test]
    fn the_offer_needs_codes_regions_and_languages() {
        let e = offer(&values(&[]));
        assert_eq!(e.get("cpv"), Some("err-required"));
        assert_eq!(e.get("regions"), Some("err-regions-required"));
        assert_eq!(e.get("languages"), Some("err-required"));
        let ok = values(&[("cpv", "34928500-3, 31500000-1"), ("regions", "fi1b, FI19"), ("languages", "fi,en")]);
        assert!(offer(&ok).is_empty(), "{:?}", offer(&ok));
        // The whole EU instead of regions.
        assert!(offer(&values(&[("cpv", "34928500-3"), ("all_eu", "yes"), ("languages", "de")])).is_empty());
        let bad = offer(&values(&[("cpv", "349285"), ("regions", "XX1"), ("languages", "tlh")]));
        assert_eq!(bad.get("cpv"), Some("err-cpv-invalid"));
        assert_eq!(bad.get("regions"), Some("err-nuts-invalid"));
        assert_eq!(bad.get("languages"), Some("err-choice"));
    }

    #[test]
    fn a_reference_is_complete() {
        let ok = values(&[
            ("buyer", "City of Espoo"),
            ("year", "2024"),
            ("value", "120 000"),
            ("description", "Sensors"),
            ("today", "2026-11-24"),
        ]);
        assert!(reference(&ok).is_empty());
        let e = reference(&values(&[("buyer", "x"), ("year", "2030"), ("value", "1,5"), ("today", "2026-11-24")]));
        assert_eq!(e.get("year"), Some("err-year-invalid"));
        assert_eq!(e.get("value"), Some("err-amount-invalid"));
        assert_eq!(e.get("description"), Some("err-required"));
    }
}

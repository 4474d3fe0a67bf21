//! Rules for the fields many forms share (names, e-mail addresses, countries, regions, amounts,
//! links, choices from a code list). Plain functions without I/O, for browser and server alike.

use super::{check_text, required};
use crate::reference::{registration, Code, Country};

pub const NAME_MAX_CHARS: usize = 100;

pub const ORG_NAME_MAX_CHARS: usize = 200;

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

pub fn check_person_name(v: &str) -> Result<(), &'static str> {
    check_text(v.trim(), NAME_MAX_CHARS, false)
}

pub fn check_org_name(v: &str) -> Result<(), &'static str> {
    check_text(v.trim(), ORG_NAME_MAX_CHARS, false)
}

pub fn check_country(v: &str) -> Result<(), &'static str> {
    required(v)?;
    Country::from_code(v).map(|_| ()).ok_or("err-choice")
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

/// A trillion: above any public contract, below where sums could overflow.
pub const VALUE_MAX: i64 = 1_000_000_000_000;

pub fn check_choice<T: Code>(v: &str) -> Result<(), &'static str> {
    required(v)?;
    T::parse(v).map(|_| ()).ok_or("err-choice")
}

/// A whole amount as people type it: digits with spaces, dots, commas or apostrophes between
/// groups of three ("1 200 000", "1.200.000", "1,200,000"). Cents are refused rather than
/// guessed at: "1.200,50" could be read two ways.
pub fn parse_amount(v: &str) -> Result<i64, &'static str> {
    let v = v.trim();
    required(v)?;
    let groups: Vec<&str> = v.split([' ', '.', ',', '\'', '\u{a0}', '\u{202f}']).collect();
    let all_digits = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    let grouped_by_three = groups.iter().skip(1).all(|g| g.len() == 3) && groups[0].len() <= 3 || groups.len() == 1;
    if v.starts_with('-') {
        return Err("err-amount-negative");
    }
    if !all_digits || !grouped_by_three {
        return Err("err-amount-invalid");
    }
    let n: i64 = groups.concat().parse().map_err(|_| "err-amount-too-large")?;
    if n > VALUE_MAX {
        return Err("err-amount-too-large");
    }
    Ok(n)
}

/// The shape of a NUTS code of any country served (whether it exists is for the server).
pub fn check_nuts(v: &str) -> Result<(), &'static str> {
    required(v)?;
    let shape_ok = (2..=5).contains(&v.len())
        && v.is_ascii()
        && crate::reference::Country::from_code(&v[..2]).is_some()
        && v[2..].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if shape_ok {
        Ok(())
    } else {
        Err("err-nuts-invalid")
    }
}

/// A NUTS region (level 1 to 3, not a whole country) that lies in the chosen country.
pub fn check_nuts_in(v: &str, country: &str) -> Result<(), &'static str> {
    let v = v.trim();
    check_nuts(v)?;
    if v.len() < 3 {
        return Err("err-nuts-invalid");
    }
    match Country::from_code(country) {
        Some(c) if !v.starts_with(c.code()) => Err("err-nuts-country"),
        _ => Ok(()),
    }
}

pub fn check_url(v: &str) -> Result<(), &'static str> {
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"));
    match rest {
        Some(r)
            if v.len() <= 500
                && r.contains('.')
                && !r.starts_with('.')
                && !v.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>') =>
        {
            Ok(())
        }
        _ => Err("err-url-invalid"),
    }
}

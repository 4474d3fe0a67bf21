//! Business registration numbers by the rules of each country's register: the shape and, where
//! the register defines one, the check digit. A plain rule without I/O, so the browser runs it as
//! the supplier types and the server runs it again before anything is stored. Whether the number
//! belongs to a real company is for the moderators to find out.
//!
//! Errors are message keys: a format error per country (the message names the expected shape),
//! one for a check digit that does not match, and one for a Swedish personal identity number
//! where an organisation number belongs.

use super::Country;
use crate::validation::required;

pub const CHECKSUM: &str = "err-registration-checksum";
pub const SE_ENTITY: &str = "err-registration-se-entity";

/// The registers of Germany the platform accepts: commercial (A: partnerships, B: companies),
/// cooperatives, partnerships of the liberal professions, associations and civil-law partnerships.
/// As the courts write them; matched without regard to case.
const DE_REGISTERS: [&str; 6] = ["HRA", "HRB", "GnR", "PR", "VR", "GsR"];

/// The error for a number that does not have the shape of `country`'s numbers.
pub fn format_error(country: Country) -> &'static str {
    match country {
        Country::Dk => "err-registration-format-dk",
        Country::De => "err-registration-format-de",
        Country::Ee => "err-registration-format-ee",
        Country::Fi => "err-registration-format-fi",
        Country::Lv => "err-registration-format-lv",
        Country::Lt => "err-registration-format-lt",
        Country::No => "err-registration-format-no",
        Country::Se => "err-registration-format-se",
    }
}

/// Checks `number` by the rules of `country`'s business register. Spaces anywhere are ignored.
pub fn check(country: Country, number: &str) -> Result<(), &'static str> {
    parse(country, number).map(|_| ())
}

/// The form to store and show: Finnish and Swedish numbers with their dash, German register
/// entries in capitals with single spaces ("HRB 12345 B"), VAT IDs and all other numbers as bare
/// digits. Input that fails [`check`] comes back trimmed.
pub fn normalise(country: Country, number: &str) -> String {
    parse(country, number).unwrap_or_else(|_| number.trim().to_string())
}

fn parse(country: Country, number: &str) -> Result<String, &'static str> {
    required(number)?;
    // Registers print long numbers in groups ("923 609 016"); the spaces carry no meaning.
    let compact: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    let format = format_error(country);
    match country {
        Country::Dk => denmark(&compact).ok_or(format)?,
        Country::De => germany(&compact).ok_or(format)?,
        Country::Ee => estonia(&compact).ok_or(format)?,
        Country::Fi => finland(&compact).ok_or(format)?,
        Country::Lv => digits(&compact, 11).map(|_| Ok(compact.clone())).ok_or(format)?,
        Country::Lt => digits(&compact, 9).map(|_| Ok(compact.clone())).ok_or(format)?,
        Country::No => norway(&compact).ok_or(format)?,
        Country::Se => sweden(&compact).ok_or(format)?,
    }
}

// Each country's rule: `None` for the wrong shape, `Some(Err(…))` for a well-shaped number that
// fails a further rule, `Some(Ok(…))` with the canonical form.
type Outcome = Option<Result<String, &'static str>>;

/// The digits of `s` when it is exactly `len` ASCII digits.
fn digits(s: &str, len: usize) -> Option<Vec<u32>> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().map(|b| u32::from(b - b'0')).collect())
}

fn weighted(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum()
}

/// `Ok(canonical)` when the check holds, else the checksum error.
fn verified(ok: bool, canonical: String) -> Result<String, &'static str> {
    if ok {
        Ok(canonical)
    } else {
        Err(CHECKSUM)
    }
}

/// CVR number: 8 digits, not starting with 0; the weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is a
/// multiple of 11.
fn denmark(s: &str) -> Outcome {
    let d = digits(s, 8).filter(|d| d[0] != 0)?;
    Some(verified(weighted(&d, &[2, 7, 6, 5, 4, 3, 2, 1]).is_multiple_of(11), s.to_string()))
}

/// Business ID (Y-tunnus): 7 digits, a dash and a check digit; also taken without the dash.
/// Weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives check digit 0, remainder 1 is never issued,
/// otherwise the check digit is 11 minus the remainder.
fn finland(s: &str) -> Outcome {
    let plain = match s.split_once('-') {
        Some((body, check)) if body.len() == 7 && check.len() == 1 => format!("{body}{check}"),
        Some(_) => return None,
        None => s.to_string(),
    };
    let d = digits(&plain, 8)?;
    let expected = match weighted(&d[..7], &[7, 9, 10, 5, 8, 4, 2]) % 11 {
        0 => Some(0),
        1 => None,
        r => Some(11 - r),
    };
    Some(verified(expected == Some(d[7]), format!("{}-{}", &plain[..7], &plain[7..])))
}

/// Registry code (registrikood): 8 digits, the last a check digit. Weights 1…7, remainder mod 11;
/// a remainder of 10 is computed again with weights 3…9, and if it is 10 again the digit is 0.
fn estonia(s: &str) -> Outcome {
    let d = digits(s, 8)?;
    let mut r = weighted(&d[..7], &[1, 2, 3, 4, 5, 6, 7]) % 11;
    if r == 10 {
        r = weighted(&d[..7], &[3, 4, 5, 6, 7, 8, 9]) % 11;
        if r == 10 {
            r = 0;
        }
    }
    Some(verified(r == d[7], s.to_string()))
}

/// Organisation number: 9 digits. Weights 3, 2, 7, 6, 5, 4, 3, 2 on the first 8; the check digit
/// is 11 minus the remainder mod 11, with 11 written as 0; 10 is never issued.
fn norway(s: &str) -> Outcome {
    let d = digits(s, 9)?;
    let expected = match 11 - weighted(&d[..8], &[3, 2, 7, 6, 5, 4, 3, 2]) % 11 {
        11 => Some(0),
        10 => None,
        c => Some(c),
    };
    Some(verified(expected == Some(d[8]), s.to_string()))
}

/// Organisation number: 10 digits, usually written with a dash after the sixth, Luhn checksum
/// over all ten. Legal entities have 2 or more as the third digit; below that it is a personal
/// identity number (the month of birth).
fn sweden(s: &str) -> Outcome {
    let plain = match s.split_once('-') {
        Some((head, tail)) if head.len() == 6 && tail.len() == 4 => format!("{head}{tail}"),
        Some(_) => return None,
        None => s.to_string(),
    };
    let d = digits(&plain, 10)?;
    // Luhn: every other digit from the first doubled, the digits of the products added up.
    let luhn: u32 = d.iter().enumerate().map(|(i, &x)| if i % 2 == 0 { 2 * x / 10 + 2 * x % 10 } else { x }).sum();
    if !luhn.is_multiple_of(10) {
        return Some(Err(CHECKSUM));
    }
    if d[2] < 2 {
        return Some(Err(SE_ENTITY));
    }
    Some(Ok(format!("{}-{}", &plain[..6], &plain[6..])))
}

/// Either a register entry — the register's abbreviation, 1 to 6 digits and, at some courts, a
/// letter suffix ("HRB 12345 B") — or a VAT ID: DE and 9 digits, the last a check digit by
/// ISO 7064 MOD 11,10.
fn germany(s: &str) -> Outcome {
    let s = s.to_ascii_uppercase();
    if let Some(rest) = s.strip_prefix("DE") {
        let d = digits(rest, 9)?;
        let mut product = 10;
        for &x in &d[..8] {
            let sum = match (x + product) % 10 {
                0 => 10,
                sum => sum,
            };
            product = (2 * sum) % 11;
        }
        let check = (11 - product) % 10;
        return Some(verified(check == d[8], s));
    }
    let register = DE_REGISTERS.iter().find(|r| s.starts_with(&r.to_ascii_uppercase()))?;
    let rest = &s[register.len()..];
    let number_len = rest.chars().take_while(char::is_ascii_digit).count();
    let (number, suffix) = rest.split_at(number_len);
    if !(1..=6).contains(&number.len()) || suffix.len() > 2 || !suffix.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut canonical = format!("{register} {number}");
    if !suffix.is_empty() {
        canonical = format!("{canonical} {suffix}");
    }
    Some(Ok(canonical))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::ERROR_CODES;
    use Country::*;

    fn ok(country: Country, number: &str) {
        assert_eq!(check(country, number), Ok(()), "{country:?} {number}");
    }

    fn err(country: Country, number: &str, code: &str) {
        assert_eq!(check(country, number), Err(code), "{country:?} {number}");
    }

    /// Changes the digit at `index` (counting digits only) by one, keeping everything else.
    fn typo(number: &str, index: usize) -> String {
        let mut seen = 0;
        number
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => {
                    seen += 1;
                    if seen - 1 == index {
                        char::from_digit((d + 1) % 10, 10).unwrap()
                    } else {
                        c
                    }
                }
                None => c,
            })
            .collect()
    }

    /// Any single changed digit must be caught: that is what the check digits are for.
    fn every_typo_fails(country: Country, number: &str) {
        let count = number.chars().filter(char::is_ascii_digit).count();
        for i in 0..count {
            let wrong = typo(number, i);
            let result = check(country, &wrong);
            assert!(result.is_err(), "{country:?} {wrong} (from {number}) passed");
        }
    }

    #[test]
    fn every_code_is_a_known_error() {
        for country in Country::ALL {
            assert!(ERROR_CODES.contains(&format_error(country)), "{country:?}");
        }
        assert!(ERROR_CODES.contains(&CHECKSUM));
        assert!(ERROR_CODES.contains(&SE_ENTITY));
    }

    #[test]
    fn empty_is_required_everywhere() {
        for country in Country::ALL {
            err(country, "", "err-required");
            err(country, "   ", "err-required");
        }
    }

    #[test]
    fn letters_and_punctuation_are_a_format_error_everywhere() {
        for country in Country::ALL {
            for junk in ["<script>", "ABC", "12345678x", "1234.5678", "１２３４５６７８"] {
                err(country, junk, format_error(country));
            }
        }
    }

    #[test]
    fn denmark_cvr() {
        ok(Dk, "24256790"); // Novo Nordisk A/S
        ok(Dk, "22756214"); // A.P. Møller - Mærsk A/S
        ok(Dk, "61056416"); // Carlsberg A/S
        ok(Dk, " 24 25 67 90 ");
        every_typo_fails(Dk, "24256790");
        err(Dk, "24256791", CHECKSUM);
        err(Dk, "37468717", CHECKSUM);
        err(Dk, "2425679", "err-registration-format-dk");
        err(Dk, "242567900", "err-registration-format-dk");
        err(Dk, "DK24256790", "err-registration-format-dk");
        err(Dk, "2425-6790", "err-registration-format-dk");
        // Weighted sum 0 is a multiple of 11, but no CVR number starts with 0.
        err(Dk, "00000000", "err-registration-format-dk");
        assert_eq!(normalise(Dk, "24 25 67 90"), "24256790");
    }

    #[test]
    fn finland_business_id() {
        ok(Fi, "0112038-9"); // Nokia Oyj
        ok(Fi, "1927400-1"); // Kone Oyj
        ok(Fi, "1041090-0"); // UPM-Kymmene Oyj: remainder 0, check digit 0
        ok(Fi, "01120389");
        ok(Fi, " 0112038 - 9 ");
        every_typo_fails(Fi, "0112038-9");
        err(Fi, "0112038-8", CHECKSUM);
        // 1234568: weighted sum 155, remainder 1: no check digit can make it valid.
        for check_digit in 0..=9 {
            err(Fi, &format!("1234568-{check_digit}"), CHECKSUM);
        }
        ok(Fi, "1234567-1"); // the example in the format message
        err(Fi, "112038-9", "err-registration-format-fi");
        err(Fi, "0112038-89", "err-registration-format-fi");
        err(Fi, "011203-89", "err-registration-format-fi");
        err(Fi, "0112038--9", "err-registration-format-fi");
        err(Fi, "0112038/9", "err-registration-format-fi");
        err(Fi, "FI01120389", "err-registration-format-fi");
        assert_eq!(normalise(Fi, "01120389"), "0112038-9");
        assert_eq!(normalise(Fi, "0112038-9"), "0112038-9");
    }

    #[test]
    fn estonia_registry_code() {
        ok(Ee, "10257326"); // AS Tallinna Vesi
        ok(Ee, "10234957"); // Telia Eesti AS
        ok(Ee, "12417834"); // Bolt Technology OÜ
        ok(Ee, "10421629"); // Eesti Energia AS: first remainder 10, second weights give 9
        every_typo_fails(Ee, "10257326");
        every_typo_fails(Ee, "10421629");
        err(Ee, "10257327", CHECKSUM);
        // 1000064: weights 1…7 give 65 ≡ 10, weights 3…9 give 87 ≡ 10 again: check digit 0.
        ok(Ee, "10000640");
        err(Ee, "10000641", CHECKSUM);
        err(Ee, "1025732", "err-registration-format-ee");
        err(Ee, "102573260", "err-registration-format-ee");
        err(Ee, "EE10257326", "err-registration-format-ee");
        assert_eq!(normalise(Ee, "1025 7326"), "10257326");
    }

    #[test]
    fn latvia_registration_number() {
        ok(Lv, "40003245752"); // AS Air Baltic Corporation
        ok(Lv, "40003032949"); // AS Latvenergo
        ok(Lv, "4000 3245 752");
        err(Lv, "4000324575", "err-registration-format-lv");
        err(Lv, "400032457521", "err-registration-format-lv");
        err(Lv, "LV40003245752", "err-registration-format-lv");
        err(Lv, "400032-45752", "err-registration-format-lv");
        assert_eq!(normalise(Lv, "4000 3245 752"), "40003245752");
    }

    #[test]
    fn lithuania_company_code() {
        ok(Lt, "121215434"); // Telia Lietuva, AB
        ok(Lt, "301844044"); // AB Ignitis grupė
        ok(Lt, "305123456"); // the demo supplier
        err(Lt, "12121543", "err-registration-format-lt");
        err(Lt, "1212154340", "err-registration-format-lt");
        err(Lt, "LT121215434", "err-registration-format-lt");
    }

    #[test]
    fn norway_organisation_number() {
        ok(No, "923609016"); // Equinor ASA
        ok(No, "984851006"); // DNB Bank ASA
        ok(No, "914778271"); // Norsk Hydro ASA: check digit 1 from remainder 10
        ok(No, "923 609 016");
        every_typo_fails(No, "923609016");
        err(No, "923609017", CHECKSUM);
        // Constructed: 10000000 weighs 3, check digit 11 − 3 = 8; 10000003 weighs 3 + 6 = 9,
        // check digit 2; 20001000 weighs 6 + 5 = 11, remainder 0, check digit 11 written as 0.
        ok(No, "100000008");
        ok(No, "100000032");
        ok(No, "200010000");
        err(No, "200010001", CHECKSUM);
        // 40000000 weighs 12, remainder 1, check digit 10: never issued.
        for last in 0..=9 {
            err(No, &format!("40000000{last}"), CHECKSUM);
        }
        err(No, "92360901", "err-registration-format-no");
        err(No, "9236090160", "err-registration-format-no");
        err(No, "NO923609016MVA", "err-registration-format-no");
        assert_eq!(normalise(No, "923 609 016"), "923609016");
    }

    #[test]
    fn sweden_organisation_number() {
        ok(Se, "556012-5790"); // AB Volvo
        ok(Se, "556042-7220"); // H & M Hennes & Mauritz AB
        ok(Se, "556016-0680"); // Telefonaktiebolaget LM Ericsson
        ok(Se, "5560125790");
        ok(Se, "556123-4567"); // the example in the format message
        every_typo_fails(Se, "556012-5790");
        err(Se, "556012-5791", CHECKSUM);
        // A personal identity number passes Luhn but is no legal entity's number.
        err(Se, "811218-9876", SE_ENTITY);
        err(Se, "5560125-790", "err-registration-format-se");
        err(Se, "556012-579", "err-registration-format-se");
        err(Se, "19556012-5790", "err-registration-format-se");
        err(Se, "556012+5790", "err-registration-format-se");
        err(Se, "SE556012579001", "err-registration-format-se");
        assert_eq!(normalise(Se, "5560125790"), "556012-5790");
        assert_eq!(normalise(Se, " 556012 - 5790 "), "556012-5790");
    }

    #[test]
    fn germany_register_entries() {
        ok(De, "HRB 123456");
        ok(De, "HRB 12345 B");
        ok(De, "HRA12345");
        ok(De, "hrb 86786"); // any case
        ok(De, "GnR 123");
        ok(De, "PR 1");
        ok(De, "VR 4711");
        ok(De, "GsR 99");
        ok(De, "HRB 1234 HB");
        err(De, "HRB", "err-registration-format-de");
        err(De, "HRB 1234567", "err-registration-format-de");
        err(De, "HRC 12345", "err-registration-format-de");
        err(De, "HRB 12345 BER", "err-registration-format-de");
        err(De, "HRB 123B45", "err-registration-format-de");
        err(De, "HRB-12345", "err-registration-format-de");
        err(De, "12345", "err-registration-format-de");
        err(De, "Amtsgericht München HRB 86786", "err-registration-format-de");
        assert_eq!(normalise(De, "hrb12345b"), "HRB 12345 B");
        assert_eq!(normalise(De, "  HRB   123456 "), "HRB 123456");
        assert_eq!(normalise(De, "gnr 123"), "GnR 123");
        assert_eq!(normalise(De, "GSR 99"), "GsR 99");
    }

    #[test]
    fn germany_vat_ids() {
        ok(De, "DE129273398"); // Bayerische Motoren Werke AG
        ok(De, "DE129274202"); // Siemens AG
        ok(De, "DE143454214"); // SAP SE
        ok(De, "DE123475223"); // Deutsche Telekom AG
        ok(De, "de 129 273 398");
        every_typo_fails(De, "DE129273398");
        err(De, "DE129273399", CHECKSUM);
        err(De, "DE12927339", "err-registration-format-de");
        err(De, "DE1292733980", "err-registration-format-de");
        err(De, "129273398", "err-registration-format-de");
        assert_eq!(normalise(De, "de 129 273 398"), "DE129273398");
    }

    #[test]
    fn invalid_input_is_stored_as_typed_only_trimmed() {
        assert_eq!(normalise(Dk, " 2425 679 "), "2425 679");
    }
}

//! The shape of a CPV code and its place in the hierarchy: plain rules without the list, so the
//! browser can check a code's form as it is typed (the server then looks it up in the list).

/// `XXXXXXXX-Y`: eight digits, a dash and a check digit. Whether the code exists is a question
/// for the list (the check digit follows no single algorithm, see shared/data/README.md).
pub fn is_well_formed(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 10 && b[..8].iter().all(u8::is_ascii_digit) && b[8] == b'-' && b[9].is_ascii_digit()
}

/// The digits that place a code in the hierarchy: its eight digits without the trailing zeros,
/// but never fewer than the two of its division. `45210000-2` → `4521`; every code whose digits
/// start with this is the code itself or one of its children.
pub fn stem(code: &str) -> &str {
    let digits = code.get(..8).unwrap_or(code);
    let kept = digits.trim_end_matches('0').len().max(2).min(digits.len());
    &digits[..kept]
}

/// Several codes as typed (see [`split_list`]): at most `max`, each well-formed. None is fine
/// here; a field that needs one says so itself.
pub fn check_list(v: &str, max: usize) -> Result<(), &'static str> {
    let codes = split_list(v);
    if codes.len() > max {
        return Err("err-too-many");
    }
    if codes.iter().all(|c| is_well_formed(c)) {
        Ok(())
    } else {
        Err("err-cpv-invalid")
    }
}

/// The codes typed into a field for several codes: separated by commas, semicolons, spaces or
/// new lines; empty pieces dropped, duplicates kept once, in the order typed.
pub fn split_list(v: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for piece in v.split([',', ';', ' ', '\n', '\r', '\t']).map(str::trim).filter(|p| !p.is_empty()) {
        if !codes.iter().any(|c| c == piece) {
            codes.push(piece.to_string());
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_well_formed("45210000-2"));
        for bad in ["45210000", "4521000-2", "45210000-", "4521000a-2", "45210000-22", " 45210000-2"] {
            assert!(!is_well_formed(bad), "{bad}");
        }
    }

    #[test]
    fn stems_follow_the_hierarchy() {
        assert_eq!(stem("45000000-7"), "45");
        assert_eq!(stem("03000000-1"), "03");
        assert_eq!(stem("45210000-2"), "4521");
        assert_eq!(stem("30192100-5"), "301921");
        assert_eq!(stem("72212100-0"), "722121");
        assert_eq!(stem("15811511-4"), "15811511");
        // A division ending in zero keeps both digits.
        assert_eq!(stem("50000000-5"), "50");
    }

    #[test]
    fn lists() {
        assert_eq!(split_list(" 45210000-2, 45000000-7;45210000-2\n"), vec!["45210000-2", "45000000-7"]);
        assert!(split_list(" , ").is_empty());
    }
}

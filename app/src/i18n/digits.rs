//! Digit grouping, shared by the server (every number it renders) and the browser (live notes).

/// `1234567` → `1,234,567` with `group` between groups of three digits.
pub fn group_digits(n: i64, group: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(ch);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits() {
        assert_eq!(group_digits(0, ","), "0");
        assert_eq!(group_digits(999, ","), "999");
        assert_eq!(group_digits(1000, "\u{a0}"), "1\u{a0}000");
        assert_eq!(group_digits(216_000, "."), "216.000");
        assert_eq!(group_digits(-1_234_567, ","), "-1,234,567");
    }
}

//! Dates and numbers in the reader's language. The patterns (month names, date order, digit
//! grouping) are messages in the `.ftl` files, so each language's convention lives with its texts.

use super::{lookup, lookup_args, Locale};
use time::OffsetDateTime;

/// A calendar date, e.g. "24 November 2026" or "24. marraskuuta 2026".
pub fn format_date(locale: Locale, unix_seconds: i64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(unix_seconds) else {
        return String::new();
    };
    let month = lookup(locale, &format!("month-{}", u8::from(at.month())));
    lookup_args(
        locale,
        "format-date",
        &[("day", at.day().to_string()), ("month", month), ("year", at.year().to_string())],
    )
}

/// A date and a UTC time of day, e.g. "24 November 2026, 14:05 UTC".
pub fn format_datetime(locale: Locale, unix_seconds: i64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(unix_seconds) else {
        return String::new();
    };
    lookup_args(
        locale,
        "format-datetime",
        &[
            ("date", format_date(locale, unix_seconds)),
            ("time", format!("{:02}:{:02}", at.hour(), at.minute())),
        ],
    )
}

/// A whole number with the language's digit grouping, e.g. "12,345" or "12 345".
pub fn format_number(locale: Locale, n: i64) -> String {
    let separator = lookup(locale, "format-group-separator");
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(&separator);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

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
    lookup_args(locale, "format-date", &[("day", at.day().to_string()), ("month", month), ("year", at.year().to_string())])
}

/// A date and a UTC time of day, e.g. "24 November 2026, 14:05 UTC".
pub fn format_datetime(locale: Locale, unix_seconds: i64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(unix_seconds) else {
        return String::new();
    };
    lookup_args(
        locale,
        "format-datetime",
        &[("date", format_date(locale, unix_seconds)), ("time", format!("{:02}:{:02}", at.hour(), at.minute()))],
    )
}

/// A whole number with the language's digit grouping, e.g. "12,345" or "12 345".
pub fn format_number(locale: Locale, n: i64) -> String {
    super::group_digits(n, &lookup(locale, "format-group-separator"))
}

/// Midnight UTC at the start of a calendar day, in Unix seconds.
pub fn unix_of_date(year: i32, month: u8, day: u8) -> i64 {
    time::Month::try_from(month)
        .ok()
        .and_then(|m| time::Date::from_calendar_date(year, m, day).ok())
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .unwrap_or(0)
}

fn zone(name: &str) -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(name).unwrap_or(jiff::tz::TimeZone::UTC)
}

/// A date and time of day in a time zone, with the zone's abbreviation, e.g.
/// "15 December 2026, 12:00 EET": deadlines are shown in the buyer's time zone.
pub fn format_datetime_in(locale: Locale, unix_seconds: i64, zone_name: &str) -> String {
    let Ok(at) = jiff::Timestamp::from_second(unix_seconds) else {
        return String::new();
    };
    let local = at.to_zoned(zone(zone_name));
    let date = lookup_args(
        locale,
        "format-date",
        &[
            ("day", local.day().to_string()),
            ("month", lookup(locale, &format!("month-{}", local.month()))),
            ("year", local.year().to_string()),
        ],
    );
    let time = format!("{:02}:{:02} {}", local.hour(), local.minute(), local.strftime("%Z"));
    lookup_args(locale, "format-datetime-zoned", &[("date", date), ("time", time)])
}

/// Reads `YYYY-MM-DDTHH:MM` (as `<input type="datetime-local">` sends it) as a local time in a
/// time zone; `None` if malformed or (in a spring-forward gap) ambiguous beyond repair.
pub fn parse_local(value: &str, zone_name: &str) -> Option<i64> {
    let civil: jiff::civil::DateTime = value.parse().ok()?;
    civil.to_zoned(zone(zone_name)).ok().map(|z| z.timestamp().as_second())
}

/// A moment as `YYYY-MM-DDTHH:MM` in a time zone, the value a datetime-local input takes.
pub fn local_input(unix_seconds: i64, zone_name: &str) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|t| t.to_zoned(zone(zone_name)).strftime("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

/// A moment as RFC 3339 in UTC (`2026-11-24T12:00:00Z`), as OCDS, Atom and the API write it.
pub fn rfc3339(unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds).map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// Today's date (`YYYY-MM-DD`) in a time zone.
pub fn today_in(zone_name: &str) -> String {
    jiff::Timestamp::now().to_zoned(zone(zone_name)).strftime("%Y-%m-%d").to_string()
}

/// The date (`YYYY-MM-DD`) of a moment in a time zone.
pub fn date_in(unix_seconds: i64, zone_name: &str) -> String {
    jiff::Timestamp::from_second(unix_seconds).map(|t| t.to_zoned(zone(zone_name)).strftime("%Y-%m-%d").to_string()).unwrap_or_default()
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn deadlines_in_the_buyers_zone() {
        let noon_helsinki_winter = parse_local("2026-12-15T12:00", "Europe/Helsinki").unwrap();
        assert_eq!(noon_helsinki_winter, unix_of_date(2026, 12, 15) + 10 * 3600);
        assert_eq!(local_input(noon_helsinki_winter, "Europe/Helsinki"), "2026-12-15T12:00");
        assert_eq!(local_input(noon_helsinki_winter, "Europe/Berlin"), "2026-12-15T11:00");
        let summer = parse_local("2026-07-01T12:00", "Europe/Copenhagen").unwrap();
        assert_eq!(summer, unix_of_date(2026, 7, 1) + 10 * 3600);
        assert!(parse_local("2026-13-01T12:00", "Europe/Helsinki").is_none());
        assert!(format_datetime_in(Locale::En, noon_helsinki_winter, "Europe/Helsinki").contains("12:00 EET"));
    }
}

//! Interface languages. The language enum and Accept-Language negotiation are shared by server
//! and browser; message look-up and formatting run on the server, which renders every text.

use serde::{Deserialize, Serialize};

#[cfg(all(test, feature = "ssr"))]
mod completeness;
mod digits;
#[cfg(feature = "ssr")]
mod format;
#[cfg(feature = "ssr")]
mod messages;
#[cfg(feature = "ssr")]
mod tr;

pub use digits::group_digits;
#[cfg(feature = "ssr")]
pub use format::{
    date_in, format_date, format_datetime, format_datetime_in, format_number, local_input, parse_local, rfc3339, today_in, unix_of_date,
};
#[cfg(feature = "ssr")]
pub use messages::{has_key, lookup, lookup_args, LOCALE_DIR};
#[cfg(feature = "ssr")]
pub use tr::{use_tr, Tr};

/// The seven interface languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Da,
    De,
    Et,
    Fi,
    Lv,
    Lt,
}

impl Locale {
    pub const ALL: [Locale; 7] = [Locale::En, Locale::Da, Locale::De, Locale::Et, Locale::Fi, Locale::Lv, Locale::Lt];

    /// The BCP 47 tag used in `<html lang>`, cookies and the database.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Da => "da",
            Locale::De => "de",
            Locale::Et => "et",
            Locale::Fi => "fi",
            Locale::Lv => "lv",
            Locale::Lt => "lt",
        }
    }

    /// The time zone of the country whose language this is, where the reader most likely is:
    /// times of messages and mail are shown there, with the zone named. English readers may be
    /// anywhere, so they get UTC.
    pub fn home_zone(self) -> &'static str {
        match self {
            Locale::En => "UTC",
            Locale::Da => "Europe/Copenhagen",
            Locale::De => "Europe/Berlin",
            Locale::Et => "Europe/Tallinn",
            Locale::Fi => "Europe/Helsinki",
            Locale::Lv => "Europe/Riga",
            Locale::Lt => "Europe/Vilnius",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Da => "Dansk",
            Locale::De => "Deutsch",
            Locale::Et => "Eesti",
            Locale::Fi => "Suomi",
            Locale::Lv => "Latviešu",
            Locale::Lt => "Lietuvių",
        }
    }

    /// Accepts a tag such as `de`, `de-AT` or `DE`; the primary subtag decides.
    pub fn from_code(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the best interface language from an `Accept-Language` header (RFC 9110 §12.5.4).
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(Locale, f32, usize)> = None;
        for (position, item) in accept_language.split(',').enumerate() {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let quality = parts.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
            if quality <= 0.0 {
                continue;
            }
            if let Some(locale) = Locale::from_code(tag) {
                let better = match best {
                    None => true,
                    Some((_, q, p)) => quality > q || (quality == q && position < p),
                };
                if better {
                    best = Some((locale, quality, position));
                }
            }
        }
        best.map(|(l, _, _)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_then_order() {
        assert_eq!(Locale::negotiate("de-DE,de;q=0.9,en;q=0.8"), Some(Locale::De));
        assert_eq!(Locale::negotiate("fr-FR, fi;q=0.5, et;q=0.7"), Some(Locale::Et));
        assert_eq!(Locale::negotiate("lv, lt"), Some(Locale::Lv));
        assert_eq!(Locale::negotiate("fr, es;q=0.9"), None);
        assert_eq!(Locale::negotiate("da;q=0, en;q=0.1"), Some(Locale::En));
        assert_eq!(Locale::negotiate(""), None);
    }

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        assert_eq!(Locale::from_code("LT-lt"), Some(Locale::Lt));
        assert_eq!(Locale::from_code("sv"), None);
    }
}

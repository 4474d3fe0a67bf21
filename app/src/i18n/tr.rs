//! `Tr`: the translator a page asks for its texts. Pages render on the server only (islands
//! architecture); islands receive their texts already translated, as props.

use super::Locale;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub Locale);

impl Tr {
    pub fn locale(self) -> Locale {
        self.0
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        super::lookup(self.0, key)
    }

    /// The message `key` with named arguments, e.g. `("name", "Anna")`.
    pub fn t_args(self, key: &str, args: &[(&str, String)]) -> String {
        super::lookup_args(self.0, key, args)
    }

    pub fn date(self, unix_seconds: i64) -> String {
        super::format_date(self.0, unix_seconds)
    }

    pub fn datetime(self, unix_seconds: i64) -> String {
        super::format_datetime(self.0, unix_seconds)
    }

    /// A moment in the reader's time zone (see `Locale::home_zone`), with the zone named.
    pub fn local_datetime(self, unix_seconds: i64) -> String {
        super::format_datetime_in(self.0, unix_seconds, self.0.home_zone())
    }

    pub fn number(self, n: i64) -> String {
        super::format_number(self.0, n)
    }

    /// An amount with its currency, e.g. "EUR 150,000".
    pub fn money(self, amount: i64, currency: &str) -> String {
        format!("{currency} {}", self.number(amount))
    }

    /// A country's name from its code (`FI` → "Finland"); an unknown code as it is.
    pub fn country(self, code: &str) -> String {
        match crate::reference::Country::from_code(code) {
            Some(c) => self.t(&c.message_key()),
            None if crate::reference::OTHER_EUROPEAN.contains(&code) => self.t(&format!("country-{}", code.to_ascii_lowercase())),
            None => code.to_string(),
        }
    }
}

/// The translator for the language of the current request.
pub fn use_tr() -> Tr {
    Tr(crate::identity::viewer::use_viewer().locale)
}

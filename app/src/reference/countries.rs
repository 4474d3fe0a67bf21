use serde::{Deserialize, Serialize};

/// The other European countries a knowledge case may come from (ISO 3166 alpha-2, Greece `EL` as
/// in NUTS), each named by a message `country-<code>`.
pub const OTHER_EUROPEAN: [&str; 24] = [
    "AT", "BE", "BG", "CH", "CY", "CZ", "EL", "ES", "FR", "HR", "HU", "IE", "IS", "IT", "LI", "LU", "MT", "NL", "PL", "PT", "RO", "SI",
    "SK", "UK",
];

/// The countries the platform serves: the Baltic Sea region and its Nordic neighbours.
/// Codes are ISO 3166-1 alpha-2, which for these countries are also their NUTS prefixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    Dk,
    De,
    Ee,
    Fi,
    Lv,
    Lt,
    No,
    Se,
}

impl Country {
    pub const ALL: [Country; 8] = [Country::Dk, Country::Ee, Country::Fi, Country::De, Country::Lv, Country::Lt, Country::No, Country::Se];

    pub fn code(self) -> &'static str {
        match self {
            Country::Dk => "DK",
            Country::De => "DE",
            Country::Ee => "EE",
            Country::Fi => "FI",
            Country::Lv => "LV",
            Country::Lt => "LT",
            Country::No => "NO",
            Country::Se => "SE",
        }
    }

    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The IANA time zone of the country (each served country has one): deadlines are local
    /// times there.
    pub fn time_zone(self) -> &'static str {
        match self {
            Country::Dk => "Europe/Copenhagen",
            Country::De => "Europe/Berlin",
            Country::Ee => "Europe/Tallinn",
            Country::Fi => "Europe/Helsinki",
            Country::Lv => "Europe/Riga",
            Country::Lt => "Europe/Vilnius",
            Country::No => "Europe/Oslo",
            Country::Se => "Europe/Stockholm",
        }
    }

    /// The message key of the country's name.
    pub fn message_key(self) -> String {
        format!("country-{}", self.code().to_ascii_lowercase())
    }
}

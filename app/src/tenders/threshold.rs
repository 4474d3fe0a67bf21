//! The EU threshold rule: is a contract's estimated value at or above the EU threshold that
//! applies to it, so that the EU procedures apply and the notice goes to TED?
//!
//! A plain rule without I/O, so the server and the browser run the same code. The figures come
//! from `app/data/eu-thresholds.json`, a copy of `shared/data/eu-thresholds.json` (the Commission
//! Delegated Regulations that revise the thresholds every two years); none is written out here.

use crate::identity::BodyType;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;

const JSON: &str = include_str!("../../data/eu-thresholds.json");

#[derive(Deserialize)]
struct ThresholdFile {
    periods: Vec<Period>,
}

static PERIODS: LazyLock<Vec<Period>> = LazyLock::new(|| {
    let file: ThresholdFile = serde_json::from_str(JSON).expect("eu-thresholds.json is well-formed");
    file.periods
});

/// The two-year periods in the data file, in the file's order (oldest first).
pub fn periods() -> &'static [Period] {
    &PERIODS
}

/// The period whose `valid_from..=valid_to` holds the date, if any.
pub fn period_on(date: Date) -> Option<&'static Period> {
    periods().iter().find(|p| p.contains(date))
}

/// One period of thresholds, as the data file has it: EUR excluding VAT.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Period {
    pub valid_from: Date,
    pub valid_to: Date,
    /// The Commission Delegated Regulations that set the figures, e.g. "(EU) 2025/2150".
    pub regulations: Vec<String>,
    pub works: i64,
    /// Concession contracts (Directive 2014/23/EU); [`classify`] does not deal with concessions.
    pub concessions: i64,
    pub supplies_services_central_government: i64,
    pub supplies_services_sub_central: i64,
    pub utilities_supplies_services: i64,
    pub utilities_works: i64,
    pub social_and_other_specific_services: i64,
    pub utilities_social_and_other_specific_services: i64,
}

impl Period {
    /// Whether the date falls in the period, both ends included.
    pub fn contains(&self, date: Date) -> bool {
        self.valid_from <= date && date <= self.valid_to
    }

    /// The threshold of a category in this period, in whole euros excluding VAT.
    pub fn threshold(&self, category: Category) -> i64 {
        match category {
            Category::Works => self.works,
            Category::SuppliesServicesCentral => self.supplies_services_central_government,
            Category::SuppliesServicesSubCentral => self.supplies_services_sub_central,
            Category::UtilitiesSuppliesServices => self.utilities_supplies_services,
            Category::UtilitiesWorks => self.utilities_works,
            Category::SocialServices => self.social_and_other_specific_services,
            Category::UtilitiesSocialServices => self.utilities_social_and_other_specific_services,
        }
    }
}

/// A calendar date (no time zone: the publication day as the buyer sees it). Only real dates
/// can be made, so a `Date` is always valid; it orders by year, then month, then day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date of the years 1 to 9999, or `None` if there is no such day (e.g. 2026-02-29).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Reads an ISO 8601 calendar date, `YYYY-MM-DD`, as the data file and `<input type="date">`
    /// write it.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return None;
        }
        Date::new(s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(s: String) -> Result<Date, String> {
        Date::parse(&s).ok_or_else(|| format!("not a date (YYYY-MM-DD): {s:?}"))
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

/// What is bought, as the directives tell contracts apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContractType {
    Works,
    Supplies,
    Services,
}

impl ContractType {
    pub const ALL: [ContractType; 3] = [ContractType::Works, ContractType::Supplies, ContractType::Services];
}

/// What [`classify`] needs to know about a contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThresholdInput {
    /// The estimated value in whole euros, excluding VAT (with options and renewals, as the
    /// directives count it).
    pub estimated_value_eur: i64,
    pub buyer: BodyType,
    pub contract: ContractType,
    /// Whether the main CPV code is one of the "social and other specific services" (Annex XIV
    /// of Directive 2014/24/EU, Annex XVII of Directive 2014/25/EU), which have their own, higher
    /// threshold. The list of those CPV codes is not in the reference data, so the caller
    /// decides. It only counts for [`ContractType::Services`]; works and supplies ignore it.
    pub social_services: bool,
    /// The day the contract notice is (to be) published: it picks the period of thresholds.
    pub publication_date: Date,
}

/// Which threshold of the data file applies; each is a key of a period in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    /// Works contracts of contracting authorities (`works`).
    Works,
    /// Supplies and services of central government authorities, those in Annex I of Directive
    /// 2014/24/EU (`supplies_services_central_government`).
    SuppliesServicesCentral,
    /// Supplies and services of all other contracting authorities: regional and local
    /// authorities and bodies governed by public law (`supplies_services_sub_central`).
    SuppliesServicesSubCentral,
    /// Supplies and services of utilities, Directive 2014/25/EU (`utilities_supplies_services`).
    UtilitiesSuppliesServices,
    /// Works contracts of utilities (`utilities_works`).
    UtilitiesWorks,
    /// Social and other specific services of contracting authorities
    /// (`social_and_other_specific_services`).
    SocialServices,
    /// Social and other specific services of utilities
    /// (`utilities_social_and_other_specific_services`).
    UtilitiesSocialServices,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Works,
        Category::SuppliesServicesCentral,
        Category::SuppliesServicesSubCentral,
        Category::UtilitiesSuppliesServices,
        Category::UtilitiesWorks,
        Category::SocialServices,
        Category::UtilitiesSocialServices,
    ];

    /// The category of a contract: utilities follow Directive 2014/25/EU, everyone else
    /// Directive 2014/24/EU, where only central government (Annex I) has the lower supplies and
    /// services threshold.
    pub fn of(buyer: BodyType, contract: ContractType, social_services: bool) -> Category {
        let utility = buyer == BodyType::Utility;
        match contract {
            ContractType::Works if utility => Category::UtilitiesWorks,
            ContractType::Works => Category::Works,
            ContractType::Services if social_services && utility => Category::UtilitiesSocialServices,
            ContractType::Services if social_services => Category::SocialServices,
            ContractType::Supplies | ContractType::Services => match buyer {
                BodyType::Utility => Category::UtilitiesSuppliesServices,
                BodyType::CentralGovernment => Category::SuppliesServicesCentral,
                BodyType::RegionalOrLocal | BodyType::PublicLawBody => Category::SuppliesServicesSubCentral,
            },
        }
    }

    /// The key of the category's figure in each period of the data file.
    pub fn json_key(self) -> &'static str {
        match self {
            Category::Works => "works",
            Category::SuppliesServicesCentral => "supplies_services_central_government",
            Category::SuppliesServicesSubCentral => "supplies_services_sub_central",
            Category::UtilitiesSuppliesServices => "utilities_supplies_services",
            Category::UtilitiesWorks => "utilities_works",
            Category::SocialServices => "social_and_other_specific_services",
            Category::UtilitiesSocialServices => "utilities_social_and_other_specific_services",
        }
    }

    /// The message that explains a verdict of this category in one sentence. The message takes
    /// `$value`, `$threshold`, `$from` and `$to`, all already formatted strings: the amounts with
    /// their currency (e.g. "EUR 216,000"), the dates in the reader's language.
    pub fn message_key(self, above: bool) -> &'static str {
        match (self, above) {
            (Category::Works, true) => "threshold-above-works",
            (Category::Works, false) => "threshold-below-works",
            (Category::SuppliesServicesCentral, true) => "threshold-above-central",
            (Category::SuppliesServicesCentral, false) => "threshold-below-central",
            (Category::SuppliesServicesSubCentral, true) => "threshold-above-sub-central",
            (Category::SuppliesServicesSubCentral, false) => "threshold-below-sub-central",
            (Category::UtilitiesSuppliesServices, true) => "threshold-above-utilities",
            (Category::UtilitiesSuppliesServices, false) => "threshold-below-utilities",
            (Category::UtilitiesWorks, true) => "threshold-above-utilities-works",
            (Category::UtilitiesWorks, false) => "threshold-below-utilities-works",
            (Category::SocialServices, true) => "threshold-above-social",
            (Category::SocialServices, false) => "threshold-below-social",
            (Category::UtilitiesSocialServices, true) => "threshold-above-utilities-social",
            (Category::UtilitiesSocialServices, false) => "threshold-below-utilities-social",
        }
    }

    /// Every message id [`Verdict::message_key`] can return (14: each category above and below).
    pub fn all_message_keys() -> impl Iterator<Item = &'static str> {
        Category::ALL.into_iter().flat_map(|c| [c.message_key(true), c.message_key(false)])
    }
}

/// The outcome of [`classify`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// At or above the threshold: the EU procedures apply and the notice goes to TED.
    pub above: bool,
    /// The threshold that applies, in whole euros excluding VAT.
    pub threshold_eur: i64,
    pub category: Category,
    /// The first and last day of the period of thresholds, `YYYY-MM-DD`.
    pub period_from: String,
    pub period_to: String,
    /// The Commission Delegated Regulations that set the period's figures.
    pub regulations: Vec<String>,
}

impl Verdict {
    /// The message id of the one-sentence explanation, e.g. `threshold-above-works`; the message
    /// takes `$value`, `$threshold`, `$from` and `$to` (see [`Category::message_key`]).
    pub fn message_key(&self) -> &'static str {
        self.category.message_key(self.above)
    }
}

/// Why [`classify`] could not decide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThresholdError {
    /// The estimated value is below zero.
    NegativeValue { value_eur: i64 },
    /// No period of the data file holds the publication date (thresholds for it are not
    /// published yet, or are too old to be kept). `periods` lists the periods the file has.
    OutsideEveryPeriod { date: Date, periods: Vec<(Date, Date)> },
}

impl fmt::Display for ThresholdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThresholdError::NegativeValue { value_eur } => {
                write!(f, "the estimated value cannot be negative (EUR {value_eur})")
            }
            ThresholdError::OutsideEveryPeriod { date, periods } => {
                write!(f, "no EU thresholds are known for a publication on {date}; the data covers ")?;
                for (i, (from, to)) in periods.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}{from} to {to}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ThresholdError {}

/// Decides whether a contract is at or above the EU threshold that applies to it on its
/// publication date. A value exactly at the threshold counts as above.
pub fn classify(input: &ThresholdInput) -> Result<Verdict, ThresholdError> {
    if input.estimated_value_eur < 0 {
        return Err(ThresholdError::NegativeValue { value_eur: input.estimated_value_eur });
    }
    let period = period_on(input.publication_date).ok_or_else(|| ThresholdError::OutsideEveryPeriod {
        date: input.publication_date,
        periods: periods().iter().map(|p| (p.valid_from, p.valid_to)).collect(),
    })?;
    let category = Category::of(input.buyer, input.contract, input.social_services);
    let threshold_eur = period.threshold(category);
    Ok(Verdict {
        above: input.estimated_value_eur >= threshold_eur,
        threshold_eur,
        category,
        period_from: period.valid_from.to_string(),
        period_to: period.valid_to.to_string(),
        regulations: period.regulations.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).expect("a real date")
    }

    fn input(value: i64, buyer: BodyType, contract: ContractType, social: bool, on: Date) -> ThresholdInput {
        ThresholdInput { estimated_value_eur: value, buyer, contract, social_services: social, publication_date: on }
    }

    fn verdict(value: i64, buyer: BodyType, contract: ContractType, social: bool, on: Date) -> Verdict {
        classify(&input(value, buyer, contract, social, on)).expect("a verdict")
    }

    /// The data file as untyped JSON, so the tests do not depend on the structs they check.
    fn raw_periods() -> Vec<serde_json::Value> {
        let file: serde_json::Value = serde_json::from_str(JSON).expect("JSON");
        file["periods"].as_array().expect("periods").clone()
    }

    fn raw_date(period: &serde_json::Value, key: &str) -> Date {
        Date::parse(period[key].as_str().expect("a date string")).expect("a valid date")
    }

    /// Every input that matters: each buyer, contract type and social-services flag.
    fn all_kinds() -> Vec<(BodyType, ContractType, bool)> {
        let mut kinds = Vec::new();
        for buyer in BodyType::ALL {
            for contract in ContractType::ALL {
                for social in [false, true] {
                    kinds.push((buyer, contract, social));
                }
            }
        }
        kinds
    }

    #[test]
    fn the_copy_matches_shared_data() {
        // The repository keeps a copy so a build needs nothing outside it; keep it in step.
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/eu-thresholds.json");
        if let Ok(original) = std::fs::read_to_string(shared) {
            assert_eq!(original, JSON, "app/data/eu-thresholds.json differs from shared/data: copy it again");
        }
    }

    #[test]
    fn the_file_loads_into_ordered_periods_without_gaps_or_overlaps() {
        let raw = raw_periods();
        assert_eq!(periods().len(), raw.len());
        assert_eq!(periods().len(), 2);
        for (p, r) in periods().iter().zip(&raw) {
            assert!(p.valid_from <= p.valid_to, "{} after {}", p.valid_from, p.valid_to);
            assert_eq!(p.valid_from, raw_date(r, "valid_from"));
            assert_eq!(p.valid_to, raw_date(r, "valid_to"));
            assert_eq!(p.valid_from.to_string(), r["valid_from"].as_str().unwrap());
            assert!(!p.regulations.is_empty());
            for c in Category::ALL {
                assert!(p.threshold(c) > 0, "{c:?} from {}", p.valid_from);
                assert_eq!(Some(p.threshold(c)), r[c.json_key()].as_i64(), "{c:?} from {}", p.valid_from);
            }
            assert_eq!(Some(p.concessions), r["concessions"].as_i64());
        }
        let next_day = |d: Date| {
            Date::new(d.year(), d.month(), d.day() + 1)
                .or_else(|| Date::new(d.year(), d.month() + 1, 1))
                .or_else(|| Date::new(d.year() + 1, 1, 1))
                .expect("a next day")
        };
        for pair in periods().windows(2) {
            assert_eq!(next_day(pair[0].valid_to), pair[1].valid_from, "periods overlap, leave a gap or are out of order");
        }
    }

    #[test]
    fn every_figure_of_every_period_is_above_at_the_threshold_and_below_one_euro_less() {
        let mut checked = 0;
        for period in raw_periods() {
            let from = raw_date(&period, "valid_from");
            let to = raw_date(&period, "valid_to");
            let regulations: Vec<String> =
                period["regulations"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_string()).collect();
            let mut figures_used = BTreeSet::new();
            for (buyer, contract, social) in all_kinds() {
                // Both ends of the period: it is inclusive.
                for on in [from, to] {
                    let category = classify(&input(0, buyer, contract, social, on)).unwrap().category;
                    let figure = period[category.json_key()].as_i64().expect("the figure is in the file");
                    figures_used.insert(category.json_key());

                    let at = verdict(figure, buyer, contract, social, on);
                    assert!(at.above, "{figure} for {buyer:?} {contract:?} social={social} on {on}");
                    assert_eq!(at.threshold_eur, figure);
                    assert_eq!(at.category, category);
                    assert_eq!(
                        (at.period_from.as_str(), at.period_to.as_str()),
                        (period["valid_from"].as_str().unwrap(), period["valid_to"].as_str().unwrap())
                    );
                    assert_eq!(at.regulations, regulations);

                    let below = verdict(figure - 1, buyer, contract, social, on);
                    assert!(!below.above, "{} for {buyer:?} {contract:?} social={social} on {on}", figure - 1);
                    assert_eq!(below.threshold_eur, figure);

                    assert!(!verdict(0, buyer, contract, social, on).above);
                    assert!(verdict(figure + 1, buyer, contract, social, on).above);
                    assert!(verdict(i64::MAX, buyer, contract, social, on).above);
                    checked += 1;
                }
            }
            // Every figure of the file that the rule is about was tested (concessions are not).
            let in_file: BTreeSet<&str> = period
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, v)| v.is_i64() && k.as_str() != "concessions")
                .map(|(k, _)| k.as_str())
                .collect();
            assert_eq!(figures_used, in_file, "period from {from}");
        }
        assert_eq!(checked, 2 * 2 * 4 * 3 * 2);
    }

    #[test]
    fn every_category_classify_reaches_is_in_the_file_and_every_category_is_reached() {
        let mut reached = BTreeSet::new();
        for (buyer, contract, social) in all_kinds() {
            for period in periods() {
                let v = verdict(1, buyer, contract, social, period.valid_from);
                assert_eq!(v.category, Category::of(buyer, contract, social));
                for raw in raw_periods() {
                    assert!(raw[v.category.json_key()].is_i64(), "{} is not in the file", v.category.json_key());
                }
                reached.insert(v.category.json_key());
            }
        }
        let all: BTreeSet<_> = Category::ALL.iter().map(|c| c.json_key()).collect();
        assert_eq!(reached, all);
    }

    #[test]
    fn literal_expectations() {
        use BodyType::*;
        use ContractType::*;

        // Regional or local authority buying services in 2026: EUR 216,000.
        let below = verdict(215_999, RegionalOrLocal, Services, false, date(2026, 3, 1));
        assert!(!below.above);
        assert_eq!((below.threshold_eur, below.category), (216_000, Category::SuppliesServicesSubCentral));
        assert_eq!(below.message_key(), "threshold-below-sub-central");
        let above = verdict(216_000, RegionalOrLocal, Services, false, date(2026, 3, 1));
        assert!(above.above);
        assert_eq!(above.threshold_eur, 216_000);
        assert_eq!(above.message_key(), "threshold-above-sub-central");
        assert_eq!((above.period_from.as_str(), above.period_to.as_str()), ("2026-01-01", "2027-12-31"));
        assert_eq!(above.regulations, ["(EU) 2025/2150", "(EU) 2025/2151", "(EU) 2025/2152"]);

        // Central government supplies: 143,000 up to the last day of 2025, 140,000 from 2026.
        let old = verdict(141_000, CentralGovernment, Supplies, false, date(2025, 12, 31));
        let new = verdict(141_000, CentralGovernment, Supplies, false, date(2026, 1, 1));
        assert_eq!((old.threshold_eur, old.above, old.category), (143_000, false, Category::SuppliesServicesCentral));
        assert_eq!((new.threshold_eur, new.above, new.category), (140_000, true, Category::SuppliesServicesCentral));
        assert_eq!((old.period_from.as_str(), old.period_to.as_str()), ("2024-01-01", "2025-12-31"));
        assert_eq!(old.regulations, ["(EU) 2023/2495", "(EU) 2023/2496", "(EU) 2023/2497"]);

        // Works: the same figure for contracting authorities and utilities, different categories.
        let works = verdict(5_404_000, Utility, Works, false, date(2027, 12, 31));
        assert_eq!((works.threshold_eur, works.above, works.category), (5_404_000, true, Category::UtilitiesWorks));
        assert_eq!(works.message_key(), "threshold-above-utilities-works");
        let works = verdict(5_537_999, RegionalOrLocal, Works, false, date(2024, 1, 1));
        assert_eq!((works.threshold_eur, works.above, works.category), (5_538_000, false, Category::Works));

        // Utilities buying supplies and services.
        let utility = verdict(432_000, Utility, Supplies, false, date(2026, 6, 15));
        assert_eq!((utility.threshold_eur, utility.above), (432_000, true));
        assert_eq!(utility.category, Category::UtilitiesSuppliesServices);
        assert_eq!(verdict(443_000, Utility, Services, false, date(2025, 6, 15)).threshold_eur, 443_000);

        // Social and other specific services.
        let social = verdict(749_999, RegionalOrLocal, Services, true, date(2026, 3, 1));
        assert_eq!((social.threshold_eur, social.above, social.category), (750_000, false, Category::SocialServices));
        assert_eq!(social.message_key(), "threshold-below-social");
        assert!(verdict(750_000, CentralGovernment, Services, true, date(2024, 5, 1)).above);
        let utility_social = verdict(1_000_000, Utility, Services, true, date(2026, 3, 1));
        assert_eq!((utility_social.threshold_eur, utility_social.above), (1_000_000, true));
        assert_eq!(utility_social.category, Category::UtilitiesSocialServices);
        assert!(!verdict(999_999, Utility, Services, true, date(2025, 3, 1)).above);

        // A body governed by public law has the sub-central threshold, not central government's.
        let law_body = verdict(150_000, PublicLawBody, Supplies, false, date(2026, 3, 1));
        assert_eq!((law_body.threshold_eur, law_body.above), (216_000, false));
        assert_eq!(law_body.category, Category::SuppliesServicesSubCentral);
        assert!(verdict(150_000, CentralGovernment, Supplies, false, date(2026, 3, 1)).above);
    }

    #[test]
    fn the_social_services_flag_only_counts_for_services() {
        for buyer in BodyType::ALL {
            for contract in [ContractType::Works, ContractType::Supplies] {
                assert_eq!(Category::of(buyer, contract, true), Category::of(buyer, contract, false));
            }
            assert_ne!(Category::of(buyer, ContractType::Services, true), Category::of(buyer, ContractType::Services, false));
        }
    }

    #[test]
    fn a_negative_value_is_an_error() {
        let on = date(2026, 3, 1);
        for value in [-1, -216_000, i64::MIN] {
            let err = classify(&input(value, BodyType::RegionalOrLocal, ContractType::Services, false, on));
            assert_eq!(err, Err(ThresholdError::NegativeValue { value_eur: value }));
        }
        // Zero is a value (nothing to pay), below every threshold.
        assert!(!verdict(0, BodyType::RegionalOrLocal, ContractType::Services, false, on).above);
        // The value is checked first, even when the date is outside every period too.
        let both = classify(&input(-1, BodyType::Utility, ContractType::Works, false, date(2023, 12, 31)));
        assert_eq!(both, Err(ThresholdError::NegativeValue { value_eur: -1 }));
        assert!(both.unwrap_err().to_string().contains("negative"));
    }

    #[test]
    fn a_date_outside_every_period_is_an_error_that_says_which() {
        let covered = vec![(date(2024, 1, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2027, 12, 31))];
        for on in [date(2023, 12, 31), date(2028, 1, 1), date(1999, 6, 1), date(9999, 12, 31)] {
            for (buyer, contract, social) in all_kinds() {
                let err = classify(&input(100_000, buyer, contract, social, on)).unwrap_err();
                assert_eq!(err, ThresholdError::OutsideEveryPeriod { date: on, periods: covered.clone() });
            }
        }
        let text = classify(&input(1, BodyType::Utility, ContractType::Works, false, date(2028, 1, 1))).unwrap_err().to_string();
        assert!(text.contains("2028-01-01"), "{text}");
        assert!(text.contains("2024-01-01 to 2025-12-31") && text.contains("2026-01-01 to 2027-12-31"), "{text}");
        // The ends of the covered range are inside.
        for on in [date(2024, 1, 1), date(2027, 12, 31)] {
            assert!(classify(&input(1, BodyType::Utility, ContractType::Works, false, on)).is_ok());
        }
    }

    #[test]
    fn fourteen_distinct_message_keys() {
        let keys: BTreeSet<&str> = Category::all_message_keys().collect();
        assert_eq!(keys.len(), 14);
        for key in &keys {
            assert!(key.starts_with("threshold-above-") || key.starts_with("threshold-below-"), "{key}");
        }
        for c in Category::ALL {
            assert!(c.message_key(true).starts_with("threshold-above-"));
            assert!(c.message_key(false).starts_with("threshold-below-"));
            assert_eq!(c.message_key(true).strip_prefix("threshold-above-"), c.message_key(false).strip_prefix("threshold-below-"));
        }
    }

    #[test]
    fn dates_are_real_days_in_iso_form() {
        assert_eq!(Date::parse("2026-03-01"), Some(date(2026, 3, 1)));
        assert_eq!(date(2026, 3, 1).to_string(), "2026-03-01");
        assert_eq!((date(2026, 3, 1).year(), date(2026, 3, 1).month(), date(2026, 3, 1).day()), (2026, 3, 1));
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2000-02-29").is_some());
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-3-1",
            "26-03-01",
            "2026/03/01",
            "2026-03-01 ",
            "+202-03-01",
            "2026-0a-01",
            "",
            "0000-01-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert!(date(2025, 12, 31) < date(2026, 1, 1));
        assert!(date(2026, 1, 31) < date(2026, 2, 1));
        assert!(date(2026, 2, 1) < date(2026, 2, 2));
        let json = serde_json::to_string(&date(2026, 1, 1)).unwrap();
        assert_eq!(json, "\"2026-01-01\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), date(2026, 1, 1));
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}

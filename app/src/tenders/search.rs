//! A tender search as the URL holds it: parsed leniently from the query string (a value that
//! makes no sense is dropped and reported, never an error page) and written back into links,
//! so a search can be shared, bookmarked, paged and subscribed to.

use super::model::{Innovation, Procedure};
use super::threshold::{ContractType, Date};
use crate::reference::Code;
use crate::reference::{cpv_code, Country};
use crate::words::index_words;
use std::collections::BTreeMap;

pub const PER_PAGE: i64 = 20;
/// Deep pages cost the database more and help nobody: refine the search instead.
pub const MAX_PAGE: i64 = 500;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    Open,
    Closed,
    Awarded,
    Cancelled,
    All,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 5] =
        [StatusFilter::Open, StatusFilter::Closed, StatusFilter::Awarded, StatusFilter::Cancelled, StatusFilter::All];
    pub fn code(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::Awarded => "awarded",
            StatusFilter::Cancelled => "cancelled",
            StatusFilter::All => "all",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdFilter {
    Above,
    Below,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Deadline,
    Newest,
    Value,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Deadline, Sort::Newest, Sort::Value];
    pub fn code(self) -> &'static str {
        match self {
            Sort::Deadline => "deadline",
            Sort::Newest => "newest",
            Sort::Value => "value",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    pub text: String,
    pub country: Option<Country>,
    /// A NUTS code: the region and its sub-regions.
    pub nuts: Option<String>,
    /// A CPV code: the code and its children.
    pub cpv: Option<String>,
    pub contract_type: Option<ContractType>,
    pub procedure: Option<Procedure>,
    pub innovation: Option<Innovation>,
    pub threshold: Option<ThresholdFilter>,
    pub status: StatusFilter,
    /// Submission deadline from (inclusive) and to (exclusive), Unix seconds.
    pub deadline_from: Option<i64>,
    pub deadline_to: Option<i64>,
    pub value_min: Option<i64>,
    pub value_max: Option<i64>,
    pub sort: Sort,
    pub page: i64,
    /// Only tenders published after `published_since` and up to `published_until` (saved-search
    /// digests); not in URLs.
    pub published_since: Option<i64>,
    pub published_until: Option<i64>,
    /// Parameters that were given but made no sense, by name: the page says so.
    pub ignored: Vec<String>,
}

fn date_start(s: &str) -> Option<i64> {
    let d = Date::parse(s)?;
    Some(crate::i18n::unix_of_date(d.year(), d.month(), d.day()))
}

impl SearchQuery {
    /// Reads a query string's parameters. Unknown values are ignored and listed in `ignored`.
    pub fn parse(params: &BTreeMap<String, String>) -> SearchQuery {
        let mut q = SearchQuery { page: 1, ..Default::default() };
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let mut ignored = Vec::new();
        macro_rules! field {
            ($name:literal, $parse:expr) => {
                get($name).and_then(|v| {
                    let parsed = $parse(v);
                    if parsed.is_none() {
                        ignored.push($name.to_string());
                    }
                    parsed
                })
            };
        }
        q.text = get("q").map(|t| t.chars().take(200).collect()).unwrap_or_default();
        q.country = field!("country", Country::from_code);
        q.nuts = field!("nuts", |v: &str| {
            let v = v.to_uppercase();
            (crate::validation::check_nuts(&v).is_ok()).then_some(v)
        });
        q.cpv = field!("cpv", |v: &str| {
            // A whole code, or just its leading digits (`45`, `4521`).
            let ok = cpv_code::is_well_formed(v) || (v.len() >= 2 && v.len() <= 8 && v.bytes().all(|b| b.is_ascii_digit()));
            ok.then(|| v.to_string())
        });
        q.contract_type = field!("contract", ContractType::parse);
        q.procedure = field!("procedure", Procedure::parse);
        q.innovation = field!("innovation", Innovation::parse);
        q.threshold = field!("threshold", |v: &str| match v {
            "above" => Some(ThresholdFilter::Above),
            "below" => Some(ThresholdFilter::Below),
            _ => None,
        });
        q.status = field!("status", |v: &str| StatusFilter::ALL.into_iter().find(|s| s.code() == v)).unwrap_or_default();
        q.deadline_from = field!("deadline_from", date_start);
        q.deadline_to = field!("deadline_to", |v: &str| date_start(v).map(|t| t + 86_400));
        q.value_min = field!("value_min", |v: &str| crate::validation::parse_amount(v).ok());
        q.value_max = field!("value_max", |v: &str| crate::validation::parse_amount(v).ok());
        q.sort = field!("sort", |v: &str| Sort::ALL.into_iter().find(|s| s.code() == v)).unwrap_or_default();
        q.page = field!("page", |v: &str| v.parse::<i64>().ok().filter(|p| (1..=MAX_PAGE).contains(p))).unwrap_or(1);
        q.ignored = ignored;
        q
    }

    /// The words of the text query, as the index holds them (each matches words it begins).
    pub fn words(&self) -> Vec<String> {
        index_words(&self.text).into_iter().take(10).collect()
    }

    /// The leading digits every matching CPV code starts with.
    pub fn cpv_stem(&self) -> Option<String> {
        self.cpv.as_deref().map(|c| if cpv_code::is_well_formed(c) { cpv_code::stem(c).to_string() } else { c.to_string() })
    }

    pub fn per_page(&self) -> i64 {
        PER_PAGE
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PER_PAGE
    }

    /// The query string of this search (without the page), as the search form would send it.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut p: Vec<(&'static str, String)> = Vec::new();
        let mut push = |k: &'static str, v: Option<String>| {
            if let Some(v) = v.filter(|v| !v.is_empty()) {
                p.push((k, v));
            }
        };
        push("q", Some(self.text.clone()));
        push("country", self.country.map(|c| c.code().to_string()));
        push("nuts", self.nuts.clone());
        push("cpv", self.cpv.clone());
        push("contract", self.contract_type.map(|c| c.code().to_string()));
        push("procedure", self.procedure.map(|c| c.code().to_string()));
        push("innovation", self.innovation.map(|c| c.code().to_string()));
        push("threshold", self.threshold.map(|t| if t == ThresholdFilter::Above { "above".into() } else { "below".into() }));
        push("status", (self.status != StatusFilter::Open).then(|| self.status.code().to_string()));
        push("deadline_from", self.deadline_from.map(|t| crate::i18n::date_in(t, "UTC")));
        push("deadline_to", self.deadline_to.map(|t| crate::i18n::date_in(t - 86_400, "UTC")));
        push("value_min", self.value_min.map(|v| v.to_string()));
        push("value_max", self.value_max.map(|v| v.to_string()));
        push("sort", (self.sort != Sort::Deadline).then(|| self.sort.code().to_string()));
        p
    }

    /// `?a=b&c=d` for this search on `page` (no page parameter for the first).
    pub fn query_string(&self, page: i64) -> String {
        crate::web::query_string(self.to_params().into_iter().map(|(k, v)| (k, Some(v))).collect(), page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> SearchQuery {
        SearchQuery::parse(&pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn reads_and_writes_the_whole_query() {
        let q = parse(&[
            ("q", "street lighting"),
            ("country", "fi"),
            ("nuts", "fi1b"),
            ("cpv", "34928500-3"),
            ("contract", "supplies"),
            ("procedure", "pcp"),
            ("innovation", "rd-act"),
            ("threshold", "below"),
            ("status", "all"),
            ("deadline_from", "2026-12-01"),
            ("deadline_to", "2026-12-31"),
            ("value_min", "10 000"),
            ("value_max", "500000"),
            ("sort", "value"),
            ("page", "3"),
        ]);
        assert!(q.ignored.is_empty(), "{:?}", q.ignored);
        assert_eq!(q.country, Some(Country::Fi));
        assert_eq!(q.nuts.as_deref(), Some("FI1B"));
        assert_eq!(q.cpv_stem().as_deref(), Some("349285"));
        assert_eq!(q.value_min, Some(10_000));
        assert_eq!(q.offset(), 40);
        let again = SearchQuery::parse(&serde_urlencoded::from_str(&q.query_string(3)[1..]).unwrap());
        assert_eq!(again, q);
    }

    #[test]
    fn nonsense_is_ignored_and_named() {
        let q = parse(&[("country", "FR"), ("cpv", "x"), ("page", "0"), ("sort", "random"), ("value_min", "-3")]);
        assert_eq!(q, SearchQuery { page: 1, ignored: q.ignored.clone(), ..Default::default() });
        assert_eq!(q.ignored, vec!["country", "cpv", "value_min", "sort", "page"]);
        assert_eq!(q.query_string(1), "");
    }

    #[test]
    fn a_cpv_prefix_searches_children() {
        assert_eq!(parse(&[("cpv", "45")]).cpv_stem().as_deref(), Some("45"));
        assert_eq!(parse(&[("cpv", "45000000-7")]).cpv_stem().as_deref(), Some("45"));
    }
}

//! A knowledge search as the URL holds it (`/knowledge?q=…&procedure=pcp&country=FI`): parsed
//! leniently (a value that makes no sense is dropped, never an error) and written back into the
//! page's links. One value per facet; facets combine with AND.

use super::model::*;
use crate::reference::{Code, Theme};
use crate::tenders::model::{Innovation, Procedure};
use std::collections::BTreeMap;

pub const PER_PAGE: usize = 20;
/// Deeper pages are a crawler, not a reader.
pub const MAX_PAGE: usize = 200;
const MAX_QUERY_CHARS: usize = 200;

/// A facet: a structured field the results are narrowed and counted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Kind,
    Type,
    Stage,
    Country,
    Procedure,
    Innovation,
    Theme,
    Lang,
    Audience,
    Population,
    Sme,
}

impl Facet {
    pub const ALL: [Facet; 11] = [
        Facet::Kind,
        Facet::Theme,
        Facet::Country,
        Facet::Procedure,
        Facet::Innovation,
        Facet::Population,
        Facet::Sme,
        Facet::Type,
        Facet::Stage,
        Facet::Audience,
        Facet::Lang,
    ];

    /// Its URL parameter, and the root of its paths in the index (`/country/FI`).
    pub fn param(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Type => "type",
            Facet::Stage => "stage",
            Facet::Country => "country",
            Facet::Procedure => "procedure",
            Facet::Innovation => "innovation",
            Facet::Theme => "theme",
            Facet::Lang => "lang",
            Facet::Audience => "audience",
            Facet::Population => "population",
            Facet::Sme => "sme",
        }
    }

    /// Whether `v` is one of its values (countries: any two capital letters, for cases from
    /// anywhere in Europe).
    pub fn accepts(self, v: &str) -> bool {
        match self {
            Facet::Kind => Kind::parse(v).is_some(),
            Facet::Type => MaterialType::parse(v).is_some(),
            Facet::Stage => Stage::parse(v).is_some(),
            Facet::Country => v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()),
            Facet::Procedure => Procedure::parse(v).is_some(),
            Facet::Innovation => Innovation::parse(v).is_some(),
            Facet::Theme => Theme::parse(v).is_some(),
            Facet::Lang => super::rules::CONTENT_LANGS.contains(&v),
            Facet::Audience => Audience::parse(v).is_some(),
            Facet::Population => PopulationBand::parse(v).is_some(),
            Facet::Sme => v == "yes",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
}

impl Sort {
    pub fn code(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct KnowledgeQuery {
    pub text: String,
    /// The chosen value of each facet.
    pub facets: BTreeMap<Facet, String>,
    /// Buyers under this many inhabitants (the population bands entirely below it).
    pub population_under: Option<u64>,
    /// Cases awarded in this year or later.
    pub awarded_from: Option<i32>,
    pub sort: Sort,
    pub page: usize,
}

impl KnowledgeQuery {
    pub fn parse(params: &BTreeMap<String, String>) -> KnowledgeQuery {
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let facets = Facet::ALL.iter().filter_map(|f| get(f.param()).filter(|v| f.accepts(v)).map(|v| (*f, v.to_string()))).collect();
        KnowledgeQuery {
            text: get("q").map(|t| t.chars().take(MAX_QUERY_CHARS).collect()).unwrap_or_default(),
            facets,
            population_under: get("population_under")
                .and_then(|v| v.parse().ok())
                .filter(|n| [10_000, 50_000, 100_000, 500_000].contains(n)),
            awarded_from: get("awarded_from").and_then(|v| v.parse().ok()).filter(|y| (1990..=2100).contains(y)),
            sort: if get("sort") == Some("newest") { Sort::Newest } else { Sort::Relevance },
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(1).clamp(1, MAX_PAGE),
        }
    }

    pub fn facet(&self, f: Facet) -> Option<&str> {
        self.facets.get(&f).map(String::as_str)
    }

    /// The same search with one facet set (or cleared), back on its first page.
    pub fn with_facet(&self, f: Facet, value: Option<&str>) -> KnowledgeQuery {
        let mut q = self.clone();
        match value {
            Some(v) => q.facets.insert(f, v.to_string()),
            None => q.facets.remove(&f),
        };
        q.page = 1;
        q
    }

    pub fn offset(&self) -> usize {
        (self.page - 1) * PER_PAGE
    }

    /// The search's parameters, in a stable order.
    pub fn params(&self) -> Vec<(&'static str, Option<String>)> {
        let mut p = vec![("q", Some(self.text.clone()))];
        p.extend(Facet::ALL.iter().map(|f| (f.param(), self.facet(*f).map(str::to_string))));
        p.push(("population_under", self.population_under.map(|n| n.to_string())));
        p.push(("awarded_from", self.awarded_from.map(|y| y.to_string())));
        p.push(("sort", (self.sort != Sort::Relevance).then(|| self.sort.code().to_string())));
        p
    }

    /// Whether anything narrows the search (the first page of everything is the library's front).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.facets.is_empty() && self.population_under.is_none() && self.awarded_from.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn keeps_what_makes_sense_and_drops_the_rest() {
        let q = KnowledgeQuery::parse(&map(&[
            ("q", " liikenne "),
            ("procedure", "innovation"),
            ("country", "FI"),
            ("theme", "no-such"),
            ("population_under", "100000"),
            ("awarded_from", "2020"),
            ("sme", "yes"),
            ("page", "99999"),
        ]));
        assert_eq!(q.text, "liikenne");
        assert_eq!(q.facet(Facet::Procedure), Some("innovation"));
        assert_eq!(q.facet(Facet::Country), Some("FI"));
        assert_eq!(q.facet(Facet::Theme), None);
        assert_eq!(q.population_under, Some(100_000));
        assert_eq!(q.awarded_from, Some(2020));
        assert_eq!(q.page, MAX_PAGE);
        let odd = KnowledgeQuery::parse(&map(&[("country", "€1"), ("population_under", "7"), ("awarded_from", "ٌ٢٠٢٠"), ("page", "-1")]));
        assert_eq!(odd, KnowledgeQuery { page: 1, ..Default::default() });
    }

    #[test]
    fn setting_a_facet_goes_back_to_the_first_page() {
        let q = KnowledgeQuery::parse(&map(&[("kind", "case"), ("page", "3")]));
        let narrowed = q.with_facet(Facet::Country, Some("DK"));
        assert_eq!((narrowed.page, narrowed.facet(Facet::Country), narrowed.facet(Facet::Kind)), (1, Some("DK"), Some("case")));
        assert_eq!(narrowed.with_facet(Facet::Kind, None).facet(Facet::Kind), None);
    }
}

//! The directory's query, as the URL holds it: `/suppliers?q=…&country=…&region=…&cpv=…&size=…
//! &sme=yes&language=…&page=…`. Nonsense values are ignored and named, never an error.

use super::model::{Size, LANGUAGES};
use crate::reference::Code;
use crate::reference::{cpv_code, Country};
use crate::words::index_words;
use std::collections::BTreeMap;

pub const PER_PAGE: i64 = 20;
/// Deep pages cost an ever larger offset; nobody reads past this.
pub const MAX_PAGE: i64 = 500;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryQuery {
    pub text: String,
    pub country: Option<Country>,
    /// A NUTS code: companies serving it, a region containing it or a part of it.
    pub region: Option<String>,
    /// A CPV code or its leading digits: companies naming it or one of its children.
    pub cpv: Option<String>,
    pub size: Option<Size>,
    /// Small and medium-sized enterprises only (micro, small, medium).
    pub sme: bool,
    pub language: Option<String>,
    pub page: i64,
    pub ignored: Vec<String>,
}

impl DirectoryQuery {
    pub fn parse(params: &BTreeMap<String, String>) -> DirectoryQuery {
        let mut q = DirectoryQuery { page: 1, ..Default::default() };
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let mut ignored = Vec::new();
        let mut field = |name: &str, parsed: Option<Option<String>>| -> Option<String> {
            match parsed {
                Some(None) => {
                    ignored.push(name.to_string());
                    None
                }
                Some(v) => v,
                None => None,
            }
        };
        q.text = get("q").map(|t| t.chars().take(200).collect()).unwrap_or_default();
        q.country = field("country", get("country").map(|v| Country::from_code(v).map(|c| c.code().to_string())))
            .and_then(|c| Country::from_code(&c));
        q.region = field(
            "region",
            get("region").map(|v| {
                let v = v.to_uppercase();
                crate::validation::check_nuts(&v).is_ok().then_some(v)
            }),
        );
        q.cpv = field(
            "cpv",
            get("cpv").map(|v| {
                let ok = cpv_code::is_well_formed(v) || (v.len() >= 2 && v.len() <= 8 && v.bytes().all(|b| b.is_ascii_digit()));
                ok.then(|| v.to_string())
            }),
        );
        q.size = field("size", get("size").map(|v| Size::parse(v).map(|s| s.code().to_string()))).and_then(|s| Size::parse(&s));
        q.sme = field("sme", get("sme").map(|v| (v == "yes").then(|| v.to_string()))).is_some();
        q.language = field("language", get("language").map(|v| LANGUAGES.contains(&v).then(|| v.to_string())));
        q.page = field("page", get("page").map(|v| v.parse::<i64>().ok().filter(|p| (1..=MAX_PAGE).contains(p)).map(|p| p.to_string())))
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        q.ignored = ignored;
        q
    }

    /// The words of the text query as the index holds them (each matches words it begins).
    pub fn words(&self) -> Vec<String> {
        index_words(&self.text).into_iter().take(10).collect()
    }

    pub fn cpv_stem(&self) -> Option<String> {
        self.cpv.as_deref().map(|c| if cpv_code::is_well_formed(c) { cpv_code::stem(c).to_string() } else { c.to_string() })
    }

    pub fn per_page(&self) -> i64 {
        PER_PAGE
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PER_PAGE
    }

    /// How many filters (besides words) are in use.
    pub fn filters_in_use(&self) -> usize {
        [self.country.is_some(), self.region.is_some(), self.cpv.is_some(), self.size.is_some(), self.sme, self.language.is_some()]
            .into_iter()
            .filter(|x| *x)
            .count()
    }

    /// `?a=b&c=d` for this search on `page` (no page parameter for the first).
    pub fn query_string(&self, page: i64) -> String {
        let params = vec![
            ("q", Some(self.text.clone())),
            ("country", self.country.map(|c| c.code().to_string())),
            ("region", self.region.clone()),
            ("cpv", self.cpv.clone()),
            ("size", self.size.map(|s| s.code().to_string())),
            ("sme", self.sme.then(|| "yes".to_string())),
            ("language", self.language.clone()),
        ];
        crate::web::query_string(params, page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> DirectoryQuery {
        DirectoryQuery::parse(&pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn reads_and_writes_the_whole_query() {
        let q = parse(&[
            ("q", "smart lighting"),
            ("country", "FI"),
            ("region", "fi1b"),
            ("cpv", "34928500-3"),
            ("size", "small"),
            ("sme", "yes"),
            ("language", "fi"),
            ("page", "2"),
        ]);
        assert!(q.ignored.is_empty(), "{:?}", q.ignored);
        assert_eq!(q.region.as_deref(), Some("FI1B"));
        assert_eq!(q.cpv_stem().as_deref(), Some("349285"));
        assert_eq!(q.offset(), 20);
        assert_eq!(q.filters_in_use(), 6);
        let again = DirectoryQuery::parse(&serde_urlencoded::from_str(&q.query_string(2)[1..]).unwrap());
        assert_eq!(again, q);
    }

    #[test]
    fn nonsense_is_ignored_and_named() {
        let q = parse(&[("country", "FR"), ("size", "huge"), ("language", "xx"), ("sme", "maybe"), ("page", "-1")]);
        assert_eq!(q.ignored, vec!["country", "size", "sme", "language", "page"]);
        assert_eq!(q.query_string(1), "");
    }
}

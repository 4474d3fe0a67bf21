//! A partner-post search as the URL holds it (`/partners?q=…&theme=…`): parsed leniently (a value
//! that makes no sense is dropped) and written back into the page links.

use super::model::Theme;
use crate::reference::Code;
use crate::reference::Country;
use std::collections::BTreeMap;

pub const PER_PAGE: i64 = 20;
/// Partner posts are few; a deep page number is a mistake or a crawler.
pub const MAX_PAGE: i64 = 500;
/// Words looked for at most (each one is a LIKE over title and description).
const MAX_WORDS: usize = 8;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PostQuery {
    pub text: String,
    pub theme: Option<Theme>,
    /// Posts of public bodies in this country.
    pub country: Option<Country>,
    /// Posts that welcome partners from this country (or from any).
    pub seeking: Option<Country>,
    pub page: i64,
}

impl PostQuery {
    pub fn parse(params: &BTreeMap<String, String>) -> PostQuery {
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        PostQuery {
            text: get("q").map(|t| t.chars().take(200).collect()).unwrap_or_default(),
            theme: get("theme").and_then(Theme::parse),
            country: get("country").and_then(Country::from_code),
            seeking: get("seeking").and_then(Country::from_code),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(1).clamp(1, MAX_PAGE),
        }
    }

    /// The words to find, lower-cased, each in title or description.
    pub fn words(&self) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for w in self.text.to_lowercase().split_whitespace() {
            if !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
        }
        words.truncate(MAX_WORDS);
        words
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PER_PAGE
    }

    /// `?q=…&theme=…&page=2`: the search as a link to `page` (empty for the first page of
    /// everything).
    pub fn query_string(&self, page: i64) -> String {
        let params = vec![
            ("q", Some(self.text.clone())),
            ("theme", self.theme.map(|t| t.code().to_string())),
            ("country", self.country.map(|c| c.code().to_string())),
            ("seeking", self.seeking.map(|c| c.code().to_string())),
        ];
        crate::web::query_string(params, page)
    }
}

/// `%word%` for SQL `LIKE … ESCAPE '\'`: the word's own `%`, `_` and `\` match only themselves.
pub fn like_pattern(word: &str) -> String {
    let mut p = String::from("%");
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> PostQuery {
        PostQuery::parse(&pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn parses_and_writes_back() {
        let q = parse(&[
            ("q", " Electric  BUSES buses "),
            ("theme", "mobility_transport"),
            ("country", "fi"),
            ("seeking", "EE"),
            ("page", "3"),
        ]);
        assert_eq!(q.theme, Some(Theme::MobilityTransport));
        assert_eq!(q.country, Some(Country::Fi));
        assert_eq!(q.seeking, Some(Country::Ee));
        assert_eq!(q.words(), vec!["electric", "buses"]);
        assert_eq!(q.offset(), 40);
        assert_eq!(q.query_string(2), "?q=Electric++BUSES+buses&theme=mobility_transport&country=FI&seeking=EE&page=2");
        assert_eq!(parse(&q_pairs(&q.query_string(3))), q);
    }

    fn q_pairs(qs: &str) -> Vec<(&'static str, &'static str)> {
        let parsed: Vec<(String, String)> = serde_urlencoded::from_str(qs.trim_start_matches('?')).unwrap();
        parsed.into_iter().map(|(k, v)| (&*k.leak(), &*v.leak())).collect()
    }

    #[test]
    fn nonsense_is_dropped() {
        let q = parse(&[("theme", "poetry"), ("country", "XX"), ("page", "-4")]);
        assert_eq!(q, PostQuery { page: 1, ..Default::default() });
        assert_eq!(q.query_string(1), "");
        assert_eq!(parse(&[("page", "99999")]).page, MAX_PAGE);
    }

    #[test]
    fn like_patterns_escape() {
        assert_eq!(like_pattern("bus"), "%bus%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}

//! Links to a page of a search: the query string a search form would send.

/// `?a=b&c=d` from the parameters that have a value, with `page` unless it is the first; empty
/// for the first page of an unfiltered search.
pub fn query_string(params: Vec<(&str, Option<String>)>, page: i64) -> String {
    let mut pairs: Vec<(&str, String)> = params.into_iter().filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v))).collect();
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    format!("?{}", serde_urlencoded::to_string(&pairs).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_values_and_later_pages_appear() {
        assert_eq!(
            query_string(vec![("q", Some("street light".into())), ("country", None), ("cpv", Some(String::new()))], 2),
            "?q=street+light&page=2"
        );
        assert_eq!(query_string(vec![("q", None)], 1), "");
    }
}

//! NUTS 2024 regions, loaded from the copy of `shared/data/nuts-2024.csv` kept in `app/data`.

use super::Country;
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub code: String,
    pub country: String,
    pub level: u8,
    pub label: String,
}

const CSV: &str = include_str!("../../data/nuts-2024.csv");

static REGIONS: LazyLock<BTreeMap<String, Region>> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(CSV.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.expect("nuts-2024.csv is well-formed");
            let region = Region {
                code: r[0].to_string(),
                country: r[1].to_string(),
                level: r[2].parse().expect("NUTS level is a number"),
                label: r[3].to_string(),
            };
            (region.code.clone(), region)
        })
        .collect()
});

pub fn region(code: &str) -> Option<&'static Region> {
    REGIONS.get(code.trim())
}

/// The regions of a country, in code order (so each level-1 region precedes its sub-regions),
/// without the "Extra-Regio" codes (`…Z`), which no public body is based in.
pub fn regions_of(country: Country) -> impl Iterator<Item = &'static Region> {
    REGIONS.values().filter(move |r| r.country == country.code() && !r.code[2..].starts_with('Z'))
}

/// Regions of the countries served matching what was typed, best first: by code when the query
/// looks like one (`FI1B` finds FI1B and its sub-regions), otherwise by words of the name.
pub fn search(query: &str, limit: usize) -> Vec<&'static Region> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    let served = |r: &&Region| Country::from_code(&r.country).is_some() && !r.code[2..].starts_with('Z');
    let upper = q.to_uppercase();
    let looks_like_code = upper.len() <= 5
        && upper.len() >= 2
        && upper.is_ascii()
        && Country::from_code(&upper[..2]).is_some()
        && upper[2..].chars().all(|c| c.is_ascii_alphanumeric());
    if looks_like_code {
        return REGIONS
            .range(upper.clone()..)
            .take_while(|(c, _)| c.starts_with(&upper))
            .map(|(_, r)| r)
            .filter(served)
            .take(limit)
            .collect();
    }
    let words: Vec<String> = q.to_lowercase().split_whitespace().map(String::from).collect();
    let mut found: Vec<&Region> = REGIONS
        .values()
        .filter(served)
        .filter(|r| {
            let l = r.label.to_lowercase();
            words.iter().all(|w| l.contains(w.as_str()))
        })
        .collect();
    found.sort_by_key(|r| (!r.label.to_lowercase().starts_with(words[0].as_str()), r.level, r.code.clone()));
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_by_code_and_name() {
        let by_code = search("fi1b", 10);
        assert_eq!(by_code[0].code, "FI1B");
        assert!(by_code.iter().all(|r| r.code.starts_with("FI1B")));
        let by_name = search("helsinki", 10);
        assert!(by_name.iter().any(|r| r.code == "FI1B1"), "{by_name:?}");
        // Only the countries served, never Extra-Regio.
        assert!(search("FR1", 10).is_empty());
        assert!(search("EE0Z", 10).is_empty());
        assert!(search(" ", 10).is_empty());
    }

    #[test]
    fn loads_every_region() {
        assert_eq!(REGIONS.len(), 1911);
        let uusimaa = region("FI1B1").expect("Helsinki-Uusimaa exists");
        assert_eq!((uusimaa.country.as_str(), uusimaa.level), ("FI", 3));
        assert!(region("FI9").is_none());
        // Estonia: EE0, EE00 and five level-3 regions; not the three Extra-Regio codes.
        assert_eq!(regions_of(Country::Ee).count(), 7);
        assert!(regions_of(Country::Lv).all(|r| !r.label.starts_with("Extra-Regio")));
    }

    #[test]
    fn the_copy_matches_shared_data() {
        // The repository keeps a copy so a build needs nothing outside it; keep it in step.
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/nuts-2024.csv");
        if let Ok(original) = std::fs::read_to_string(shared) {
            assert_eq!(original, CSV, "app/data/nuts-2024.csv differs from shared/data: copy it again");
        }
    }
}

//! Which suppliers may fit a tender, and which tenders may fit a supplier: the same score read
//! from both sides. It weighs CPV overlap most (what is bought against what is supplied), then
//! the region served, then words the tender and the profile share, and keeps every reason, so
//! the page can say in words why a match was suggested.

use crate::reference::cpv_code;

/// What the score reads of a supplier's profile.
pub struct SupplierSide<'a> {
    pub cpv: &'a [String],
    pub regions: &'a [String],
    pub all_eu: bool,
    /// Index words of its capability statement and innovation offer.
    pub words: &'a [String],
}

/// What the score reads of a tender.
pub struct TenderSide<'a> {
    /// The main code first, then the additional ones.
    pub cpv: &'a [String],
    pub nuts: &'a str,
    pub words: &'a [String],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The supplier names the tender's code itself.
    SameCode {
        code: String,
        main: bool,
    },
    /// The supplier names a broader code that includes the tender's.
    BroaderCode {
        supplier: String,
        tender: String,
        main: bool,
    },
    /// Both codes lie in the same CPV group (the first three digits).
    SameGroup {
        supplier: String,
        tender: String,
    },
    /// The supplier serves the tender's region, or a region that contains it.
    ServesRegion {
        region: String,
    },
    ServesAllEu,
    SharedWords {
        words: Vec<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How many shared words are named at most.
const WORDS_SHOWN: usize = 5;

/// Words too common to say anything about a fit, in the platform's main languages.
const STOP_WORDS: [&str; 40] = [
    "with", "from", "that", "this", "will", "have", "their", "which", "also", "they", "into", "other", "such", "more", "services",
    "service", "supply", "supplies", "works", "public", "über", "oder", "eine", "einer", "sowie", "werden", "sekä", "joka", "mukaan",
    "myös", "også", "eller", "samt", "för", "eller", "kaip", "arba", "nebo", "ning", "ehk",
];

fn meaningful(w: &str) -> bool {
    w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()) && !STOP_WORDS.contains(&w)
}

/// The tender's codes against the supplier's: the strongest relation found, with its points.
fn cpv_reason(s: &SupplierSide, t: &TenderSide) -> Option<(u32, Reason)> {
    let mut best: Option<(u32, Reason)> = None;
    for (i, tc) in t.cpv.iter().enumerate() {
        let main = i == 0;
        for sc in s.cpv {
            let found = if sc == tc {
                Some((if main { 60 } else { 40 }, Reason::SameCode { code: tc.clone(), main }))
            } else if tc.starts_with(cpv_code::stem(sc)) {
                Some((if main { 45 } else { 30 }, Reason::BroaderCode { supplier: sc.clone(), tender: tc.clone(), main }))
            } else if sc.get(..3).is_some_and(|g| tc.starts_with(g)) {
                Some((20, Reason::SameGroup { supplier: sc.clone(), tender: tc.clone() }))
            } else {
                None
            };
            if let Some(f) = found.filter(|f| best.as_ref().is_none_or(|b| f.0 > b.0)) {
                best = Some(f);
            }
        }
    }
    best
}

fn region_reason(s: &SupplierSide, t: &TenderSide) -> Option<(u32, Reason)> {
    let served = s.regions.iter().filter(|r| t.nuts.starts_with(r.as_str())).max_by_key(|r| r.len());
    match served {
        Some(r) => Some((25, Reason::ServesRegion { region: r.clone() })),
        None if s.all_eu => Some((20, Reason::ServesAllEu)),
        None => None,
    }
}

fn words_reason(s: &SupplierSide, t: &TenderSide) -> Option<(u32, Reason)> {
    let shared: Vec<String> = t.words.iter().filter(|w| meaningful(w) && s.words.contains(w)).cloned().collect();
    if shared.is_empty() {
        return None;
    }
    let points = (shared.len() as u32 * 5).min(25);
    Some((points, Reason::SharedWords { words: shared.into_iter().take(WORDS_SHOWN).collect() }))
}

/// The fit of a supplier and a tender, or `None` when their CPV codes do not meet: a region or
/// a few words in common alone suggest nothing. Nor does the same CPV group alone: a group can be
/// wide (349, "miscellaneous transport equipment", holds street lighting, road barriers, anchors
/// and horse-drawn carts), so a group match counts only with words the two texts share.
pub fn score(s: &SupplierSide, t: &TenderSide) -> Option<Match> {
    let (cpv_points, cpv) = cpv_reason(s, t)?;
    let words = words_reason(s, t);
    if matches!(cpv, Reason::SameGroup { .. }) && words.is_none() {
        return None;
    }
    let mut m = Match { score: cpv_points, reasons: vec![cpv] };
    for (points, reason) in [region_reason(s, t), words].into_iter().flatten() {
        m.score += points;
        m.reasons.push(reason);
    }
    Some(m)
}

/// The best `n` of scored candidates, best first (ties by the order given).
pub fn best<T>(mut scored: Vec<(T, Match)>, n: usize) -> Vec<(T, Match)> {
    scored.sort_by_key(|s| std::cmp::Reverse(s.1.score));
    scored.truncate(n);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_same_main_code_in_the_served_region_with_shared_words() {
        let (cpv, regions, words) = (strings(&["34928500-3"]), strings(&["FI1B"]), strings(&["smart", "lighting", "sensors", "with"]));
        let s = SupplierSide { cpv: &cpv, regions: &regions, all_eu: false, words: &words };
        let (tcpv, twords) = (strings(&["34928500-3", "31500000-1"]), strings(&["street", "lighting", "with", "sensors", "2026"]));
        let t = TenderSide { cpv: &tcpv, nuts: "FI1B1", words: &twords };
        let m = score(&s, &t).unwrap();
        assert_eq!(
            m.reasons,
            vec![
                Reason::SameCode { code: "34928500-3".into(), main: true },
                Reason::ServesRegion { region: "FI1B".into() },
                Reason::SharedWords { words: strings(&["lighting", "sensors"]) },
            ]
        );
        assert_eq!(m.score, 60 + 25 + 10);
    }

    #[test]
    fn a_broader_code_or_the_same_group_counts_less() {
        let t_cpv = strings(&["34928510-6"]);
        let t = TenderSide { cpv: &t_cpv, nuts: "DK01", words: &[] };
        let broader = strings(&["34928000-8"]);
        let s = SupplierSide { cpv: &broader, regions: &[], all_eu: true, words: &[] };
        let m = score(&s, &t).unwrap();
        assert_eq!(m.reasons[0], Reason::BroaderCode { supplier: "34928000-8".into(), tender: "34928510-6".into(), main: true });
        assert_eq!(m.reasons[1], Reason::ServesAllEu);
        assert_eq!(m.score, 45 + 20);
        let group = strings(&["34910000-9"]);
        let s = SupplierSide { cpv: &group, regions: &[], all_eu: true, words: &[] };
        assert_eq!(score(&s, &t), None, "the same group alone (and serving everywhere) is no fit");
        let (t_words, s_words) = (strings(&["street", "lighting", "poles"]), strings(&["lighting", "poles", "anchors"]));
        let t = TenderSide { cpv: &t_cpv, nuts: "DK01", words: &t_words };
        let s = SupplierSide { cpv: &group, regions: &[], all_eu: false, words: &s_words };
        assert_eq!(score(&s, &t).unwrap().score, 20 + 10, "with shared words it counts");
    }

    #[test]
    fn no_code_in_common_is_no_match() {
        let (cpv, regions, words) = (strings(&["72000000-5"]), strings(&["DK"]), strings(&["lighting"]));
        let s = SupplierSide { cpv: &cpv, regions: &regions, all_eu: false, words: &words };
        let t_cpv = strings(&["34928500-3"]);
        let t_words = strings(&["lighting"]);
        assert_eq!(score(&s, &TenderSide { cpv: &t_cpv, nuts: "DK01", words: &t_words }), None);
    }

    #[test]
    fn the_best_come_first() {
        let m = |score| Match { score, reasons: vec![] };
        let ranked = best(vec![("a", m(20)), ("b", m(60)), ("c", m(45))], 2);
        assert_eq!(ranked.iter().map(|r| r.0).collect::<Vec<_>>(), vec!["b", "c"]);
    }
}

//! "Cases like this tender" and "open tenders like this case". The rule that says whether a case
//! fits a tender, and why in words, is plain Rust: the same CPV division (what is bought), the
//! same procedure, the same innovation character (eForms BT-776), and words they share (stems,
//! so "lighting" meets "light"). Same words alone need at least two; a structural reason is
//! enough by itself. The server finds candidates through the search index, then applies this.

use std::collections::BTreeSet;

/// What the rule compares of a tender or a case.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Traits {
    /// The two-digit CPV divisions.
    pub cpv_divisions: BTreeSet<String>,
    pub procedure: String,
    pub innovation: String,
    /// Stems of the title and text.
    pub stems: BTreeSet<String>,
}

/// Why a case fits, as message keys with their argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Both buy in this CPV division.
    Division(String),
    /// The same procedure (its code).
    Procedure(String),
    /// The same innovation character (its code).
    Innovation(String),
    /// Words both use.
    Words(Vec<String>),
}

/// Procedures too common to say anything about fit by themselves.
const PLAIN_PROCEDURES: [&str; 3] = ["open", "restricted", "simplified"];
const MIN_SHARED_WORDS: usize = 2;
/// Words that are in most procurement texts and say nothing about the subject.
const COMMON: [&str; 18] = [
    "procur", "tender", "public", "citi", "municip", "contract", "servic", "solut", "new", "innov", "project", "suppli", "buyer", "market",
    "use", "year", "also", "will",
];

pub fn division(cpv: &str) -> Option<String> {
    let d: String = cpv.chars().take(2).collect();
    (d.len() == 2 && d.chars().all(|c| c.is_ascii_digit())).then_some(d)
}

/// The reasons a case fits a tender, and a score to rank by; empty when it does not fit.
pub fn fit(tender: &Traits, case: &Traits) -> (Vec<Reason>, u32) {
    let mut reasons = Vec::new();
    let mut score = 0;
    if let Some(d) = tender.cpv_divisions.intersection(&case.cpv_divisions).next() {
        reasons.push(Reason::Division(d.clone()));
        score += 4;
    }
    let structural_procedure = !tender.procedure.is_empty() && tender.procedure == case.procedure;
    if structural_procedure && !PLAIN_PROCEDURES.contains(&tender.procedure.as_str()) {
        reasons.push(Reason::Procedure(tender.procedure.clone()));
        score += 3;
    }
    if !tender.innovation.is_empty() && tender.innovation == case.innovation {
        reasons.push(Reason::Innovation(tender.innovation.clone()));
        score += 2;
    }
    let shared: Vec<String> = tender
        .stems
        .intersection(&case.stems)
        .filter(|w| w.chars().count() > 3 && !COMMON.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .cloned()
        .collect();
    let structural = !reasons.is_empty();
    if shared.len() >= MIN_SHARED_WORDS || (structural && !shared.is_empty()) {
        score += shared.len().min(5) as u32;
        reasons.push(Reason::Words(shared.into_iter().take(5).collect()));
    }
    if reasons.is_empty() {
        (reasons, 0)
    } else {
        (reasons, score)
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::knowledge::analysis::terms;
    use crate::knowledge::model::{Facts, Kind};
    use crate::knowledge::repo::{self, Item};
    use crate::state::AppState;
    use crate::tenders::repo::{Tender, TenderSummary};

    /// How many cases a tender shows, and tenders a case shows.
    pub const SHOWN: usize = 5;

    fn stems(langs: &[&str], text: &str) -> BTreeSet<String> {
        langs.iter().flat_map(|l| terms(l, text)).collect()
    }

    pub fn tender_traits(t: &Tender) -> Traits {
        let d = &t.data;
        let text = format!("{} {}", d.title, d.description);
        Traits {
            cpv_divisions: std::iter::once(&d.main_cpv).chain(&d.additional_cpv).filter_map(|c| division(c)).collect(),
            procedure: d.procedure.clone(),
            innovation: d.innovation.clone().unwrap_or_default(),
            stems: stems(&["en", crate::knowledge::similar::country_lang(&t.country)], &text),
        }
    }

    fn case_traits(item: &Item) -> Option<Traits> {
        let Facts::Case(f) = &item.facts else { return None };
        let text: String = item
            .texts
            .iter()
            .flat_map(|t| {
                std::iter::once(t.title.as_str())
                    .chain(std::iter::once(t.summary.as_str()))
                    .chain(t.sections.iter().map(|s| s.markdown.as_str()))
            })
            .collect::<Vec<_>>()
            .join(" ");
        let langs: Vec<&str> = item.texts.iter().map(|t| t.lang.as_str()).chain(["en"]).collect();
        Some(Traits {
            cpv_divisions: f.cpv.iter().filter_map(|c| division(c)).collect(),
            procedure: f.procedure.clone(),
            innovation: f.innovation.clone(),
            stems: stems(&langs, &text),
        })
    }

    /// The published cases that fit a tender, best first, each with its reasons.
    pub async fn cases_like(state: &AppState, tender: &Tender) -> Vec<(Item, Vec<Reason>)> {
        state.knowledge.fresh(&state.db).await;
        let traits = tender_traits(tender);
        let d = &tender.data;
        let words = format!("{} {}", d.title, d.description.chars().take(2_000).collect::<String>());
        let mut ids: Vec<i64> =
            state.knowledge.passages(&words, 60, Some(Kind::Case)).unwrap_or_default().into_iter().map(|p| p.item_id).collect();
        ids.extend(state.knowledge.cases_with(&traits.cpv_divisions, &traits.procedure, &traits.innovation).unwrap_or_default());
        ids.sort_unstable();
        ids.dedup();
        let items = repo::published_in(&state.db, &ids).await.unwrap_or_default();
        let mut scored: Vec<(u32, Item, Vec<Reason>)> = items
            .into_iter()
            .filter_map(|i| {
                let (reasons, score) = fit(&traits, &case_traits(&i)?);
                (score > 0).then_some((score, i, reasons))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
        let langs = ["en", country_lang(&tender.country)];
        scored.into_iter().take(SHOWN).map(|(_, i, r)| (i, r.into_iter().map(|r| as_typed(r, &words, &langs)).collect())).collect()
    }

    /// Shared words as the tender wrote them, not as stems ("lighting", not "light").
    fn as_typed(reason: Reason, text: &str, langs: &[&str]) -> Reason {
        let Reason::Words(stems) = reason else { return reason };
        let written: Vec<String> = stems
            .iter()
            .map(|stem| {
                text.split(|c: char| !c.is_alphanumeric())
                    .find(|w| langs.iter().any(|l| terms(l, w).first() == Some(stem)))
                    .map(|w| w.to_lowercase())
                    .unwrap_or_else(|| stem.clone())
            })
            .collect();
        Reason::Words(written)
    }

    /// Open tenders in the case's CPV divisions (or, without codes, under the same procedure).
    pub async fn open_tenders_like(state: &AppState, item: &Item) -> Vec<TenderSummary> {
        let Facts::Case(f) = &item.facts else { return Vec::new() };
        let mut found: Vec<TenderSummary> = Vec::new();
        let now = crate::db::now();
        let mut queries: Vec<crate::tenders::search::SearchQuery> = f
            .cpv
            .iter()
            .filter_map(|c| division(c))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|d| crate::tenders::search::SearchQuery { cpv: Some(d), page: 1, ..Default::default() })
            .collect();
        if queries.is_empty() {
            if let Some(p) = <crate::tenders::model::Procedure as crate::reference::Code>::parse(&f.procedure)
                .filter(|_| !PLAIN_PROCEDURES.contains(&f.procedure.as_str()))
            {
                queries.push(crate::tenders::search::SearchQuery { procedure: Some(p), page: 1, ..Default::default() });
            }
        }
        for q in queries {
            if let Ok((tenders, _)) = crate::tenders::repo::search(&state.db, &q, now).await {
                for t in tenders {
                    if found.len() < SHOWN && !found.iter().any(|x| x.id == t.id) {
                        found.push(t);
                    }
                }
            }
        }
        found
    }
}

/// The language a country's texts are mostly written in (for stemming a tender's words).
pub fn country_lang(country: &str) -> &'static str {
    match country {
        "DK" => "da",
        "DE" | "AT" => "de",
        "EE" => "et",
        "FI" => "fi",
        "LV" => "lv",
        "LT" => "lt",
        "SE" => "sv",
        "NO" => "no",
        _ => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traits(cpv: &[&str], procedure: &str, innovation: &str, words: &[&str]) -> Traits {
        Traits {
            cpv_divisions: cpv.iter().filter_map(|c| division(c)).collect(),
            procedure: procedure.into(),
            innovation: innovation.into(),
            stems: words.iter().map(|w| w.to_string()).collect(),
        }
    }

    #[test]
    fn a_case_fits_by_what_is_bought_and_how() {
        let tender = traits(&["34993000-4"], "innovation", "prod-innov", &["street", "light"]);
        let case = traits(&["34928500-3"], "innovation", "prod-innov", &["street", "light", "sensor"]);
        let (reasons, score) = fit(&tender, &case);
        assert_eq!(
            reasons,
            [
                Reason::Division("34".into()),
                Reason::Procedure("innovation".into()),
                Reason::Innovation("prod-innov".into()),
                Reason::Words(vec!["light".into(), "street".into()])
            ]
        );
        assert!(score > 9);
    }

    #[test]
    fn an_open_procedure_or_one_common_word_is_no_fit() {
        let tender = traits(&["45000000-7"], "open", "", &["school", "procur"]);
        let case = traits(&["90000000-7"], "open", "", &["school", "procur", "tender"]);
        assert_eq!(fit(&tender, &case), (vec![], 0));
        let two_words = traits(&[], "open", "", &["school", "canteen"]);
        assert_eq!(
            fit(&two_words, &traits(&[], "", "", &["school", "canteen"])).0,
            [Reason::Words(vec!["canteen".into(), "school".into()])]
        );
    }

    #[test]
    fn divisions_come_from_codes_of_any_shape() {
        assert_eq!(division("34993000-4"), Some("34".into()));
        assert_eq!(division("3"), None);
        assert_eq!(division("€€"), None);
    }
}

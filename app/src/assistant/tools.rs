//! Rule answers: the questions the platform answers from its own rules and live data (see
//! `intents`), each answer saying which rule or data it used.

use super::intents::{search_words, Intent};
use super::model::{Answer, Mode, Outcome, Sentence};
use super::retrieve::is_stop_word;
use crate::db::now;
use crate::forms::render_note;
use crate::i18n::Tr;
use crate::identity::BodyType;
use crate::reference::cpv;
use crate::state::AppState;
use crate::tenders::search::SearchQuery;
use crate::tenders::threshold::{self, Category, ContractType, Date, ThresholdInput};
use crate::validation::{LiveArg, LiveNote};

fn sentence(text: String, href: Option<String>) -> Sentence {
    Sentence { text, cites: Vec::new(), href }
}

fn rule_answer(lang: &str, rule: &str, sentences: Vec<Sentence>) -> Answer {
    let mut a = Answer::new(lang, Outcome::Rule, Mode::Rule);
    a.rule = Some(rule.to_string());
    a.sentences = sentences;
    a.score = 1.0;
    a
}

/// Today, as the threshold rule reads it.
fn today() -> Option<Date> {
    Date::parse(&crate::i18n::date_in(now(), "Europe/Brussels"))
}

/// The verdict of the tender form's own rule, or, when the question lacks the value, the
/// contract type or the buyer, the thresholds that may apply.
fn threshold_answer(tr: Tr, lang: &str, value: Option<i64>, contract: Option<ContractType>, buyer: Option<BodyType>) -> Answer {
    let Some(date) = today() else { return rule_answer(lang, "assistant-rule-threshold", Vec::new()) };
    let mut out = Vec::new();
    if let (Some(v), Some(c), Some(b)) = (value, contract, buyer) {
        let input = ThresholdInput { estimated_value_eur: v, buyer: b, contract: c, social_services: false, publication_date: date };
        match threshold::classify(&input) {
            Ok(verdict) => {
                let note = LiveNote {
                    key: verdict.message_key().to_string(),
                    args: vec![
                        ("value".into(), LiveArg::Euros(v)),
                        ("threshold".into(), LiveArg::Euros(verdict.threshold_eur)),
                        ("from".into(), LiveArg::Date(verdict.period_from.clone())),
                        ("to".into(), LiveArg::Date(verdict.period_to.clone())),
                    ],
                };
                out.push(sentence(render_note(tr, &note), None));
                out.push(sentence(tr.t_args("assistant-threshold-regulations", &[("regulations", verdict.regulations.join(", "))]), None));
                out.push(sentence(tr.t("assistant-threshold-caveat"), None));
            }
            Err(_) => out.push(sentence(tr.t("assistant-threshold-no-period"), None)),
        }
        return rule_answer(lang, "assistant-rule-threshold", out);
    }
    let Some(period) = threshold::period_on(date) else {
        return rule_answer(lang, "assistant-rule-threshold", vec![sentence(tr.t("assistant-threshold-no-period"), None)]);
    };
    out.push(sentence(tr.t("assistant-threshold-need-more"), None));
    let categories: Vec<Category> = match (contract, buyer) {
        (Some(c), Some(b)) => vec![Category::of(b, c, false)],
        (Some(c), None) => {
            [BodyType::CentralGovernment, BodyType::RegionalOrLocal, BodyType::Utility].map(|b| Category::of(b, c, false)).to_vec()
        }
        (None, Some(b)) => ContractType::ALL.map(|c| Category::of(b, c, false)).to_vec(),
        (None, None) => Category::ALL.to_vec(),
    };
    let mut seen = Vec::new();
    for c in categories {
        if seen.contains(&c) {
            continue;
        }
        seen.push(c);
        out.push(sentence(
            tr.t_args(
                &format!("assistant-threshold-{}", c.json_key().replace('_', "-")),
                &[
                    ("threshold", tr.money(period.threshold(c), "EUR")),
                    ("from", period.valid_from.to_string()),
                    ("to", period.valid_to.to_string()),
                ],
            ),
            None,
        ));
    }
    if let Some(v) = value {
        out.push(sentence(tr.t_args("assistant-threshold-value", &[("value", tr.money(v, "EUR"))]), None));
    }
    rule_answer(lang, "assistant-rule-threshold", out)
}

/// A code's label, or the codes whose labels have the question's words (the CPV 2008 list).
fn cpv_answer(tr: Tr, lang: &str, code: Option<String>, words: &str) -> Answer {
    let mut out = Vec::new();
    if let Some(code) = code {
        match cpv::search(&code, 1).first() {
            Some(c) if c.code.starts_with(&code) => out.push(sentence(
                tr.t_args("assistant-cpv-is", &[("code", c.code.clone()), ("label", c.label.clone())]),
                Some(format!("/reference/cpv?q={code}")),
            )),
            _ => out.push(sentence(tr.t_args("assistant-cpv-unknown", &[("code", code)]), None)),
        }
        return rule_answer(lang, "assistant-rule-cpv", out);
    }
    let topic = search_words(words, &|w| is_stop_word(lang, w));
    // The labels are English: each word of the question is tried, longest first.
    let mut found = cpv::search(&topic, 5);
    if found.is_empty() {
        let mut ws: Vec<&str> = topic.split(' ').filter(|w| w.chars().count() > 3).collect();
        ws.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        found = ws.iter().map(|w| cpv::search(w, 5)).find(|f| !f.is_empty()).unwrap_or_default();
    }
    if found.is_empty() {
        out.push(sentence(tr.t_args("assistant-cpv-none", &[("words", topic.clone())]), Some("/reference/cpv".into())));
    } else {
        out.push(sentence(tr.t("assistant-cpv-found"), None));
        for c in found {
            out.push(sentence(
                format!("{} – {}", c.code, c.label),
                Some(format!("/reference/cpv?q={}", crate::reference::cpv_code::stem(&c.code))),
            ));
        }
    }
    rule_answer(lang, "assistant-rule-cpv", out)
}

/// The open tenders about the question's words, from the live tender search.
async fn tenders_answer(state: &AppState, tr: Tr, lang: &str, words: &str) -> Answer {
    let topic = search_words(words, &|w| is_stop_word(lang, w));
    let q = SearchQuery { text: topic.clone(), page: 1, ..Default::default() };
    let href = format!("/tenders?q={}", topic.replace(' ', "+"));
    let mut out = Vec::new();
    match crate::tenders::repo::search(&state.db, &q, now()).await {
        Ok((found, total)) if total > 0 => {
            out.push(sentence(tr.t_args("assistant-tenders-found", &[("count", total.to_string()), ("words", topic.clone())]), Some(href)));
            for t in found.into_iter().take(5) {
                out.push(sentence(t.title.clone(), Some(format!("/tenders/{}", t.id))));
            }
        }
        Ok(_) => out.push(sentence(tr.t_args("assistant-tenders-none", &[("words", topic.clone())]), Some("/tenders".into()))),
        Err(_) => out.push(sentence(tr.t("assistant-tenders-unavailable"), Some("/tenders".into()))),
    }
    rule_answer(lang, "assistant-rule-tenders", out)
}

/// The answer of a rule question.
pub async fn answer(state: &AppState, tr: Tr, lang: &str, intent: Intent) -> Answer {
    match intent {
        Intent::Threshold { value_eur, contract, buyer } => threshold_answer(tr, lang, value_eur, contract, buyer),
        Intent::Cpv { code, words } => cpv_answer(tr, lang, code, &words),
        Intent::Tenders { words } => tenders_answer(state, tr, lang, &words).await,
    }
}

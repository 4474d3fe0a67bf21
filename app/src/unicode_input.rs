//! Any string, in any script, is input: every rule and every query parser meets arbitrary
//! Unicode here and must answer (an error code, a default, an empty list), never panic. A byte
//! slice through a multi-byte character is the usual way to panic, so the strings lean towards
//! short ones mixing ASCII code shapes (`FI1B`, `2026-12-01T10:00`) with multi-byte characters.

use crate::forms::{FormKind, FormRule};
use crate::reference::{cpv, cpv_code, nuts, registration, Country};
use crate::validation::FormValues;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Every field name any rule reads: the short lower-case string literals of the rule files
/// (read from the source, so a new field is covered without a list to keep).
fn field_names() -> Vec<String> {
    let sources = [
        include_str!("accounts/rules.rs"),
        include_str!("tenders/rules.rs"),
        include_str!("suppliers/rules.rs"),
        include_str!("bodies/rules.rs"),
        include_str!("messages/rules.rs"),
        include_str!("tenders/search.rs"),
        include_str!("suppliers/search.rs"),
        include_str!("bodies/search.rs"),
        include_str!("knowledge/form_values.rs"),
        include_str!("knowledge/search.rs"),
        include_str!("knowledge/model.rs"),
    ];
    let mut names: Vec<String> = sources
        .iter()
        .flat_map(|src| src.split('"').skip(1).step_by(2))
        .filter(|s| (2..=30).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-'))
        .map(String::from)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Short strings of code-like ASCII and characters of 2, 3 and 4 bytes, or anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z0-9a-z€äÖж語😀 ,.:/T_-]{0,18}",
        any::<String>(),
        "(FI|DE|DK|EE|LV|LT|SE|NO)[0-9A-Z€ä]{0,4}",
        "[0-9]{4}-[0-9€]{2}-[0-9ä]{2}T[0-9語]{2}:[0-9]{2}",
        "[0-9€]{0,8}-?[0-9ж]?",
    ]
}

fn values(names: Vec<String>) -> impl Strategy<Value = FormValues> {
    proptest::collection::btree_map(proptest::sample::select(names), text(), 0..24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_form_rule_answers_any_input(v in values(field_names())) {
        for kind in FormKind::all() {
            let _ = kind.validate(&v);
            let _ = kind.live(&v);
        }
    }

    #[test]
    fn every_query_parser_answers_any_input(v in values(field_names())) {
        let params: BTreeMap<String, String> = v;
        let t = crate::tenders::search::SearchQuery::parse(&params);
        let _ = t.query_string(2);
        let d = crate::suppliers::search::DirectoryQuery::parse(&params);
        let _ = d.query_string(2);
        let _ = crate::bodies::search::PostQuery::parse(&params);
        let k = crate::knowledge::search::KnowledgeQuery::parse(&params);
        let _ = k.params();
    }

    #[test]
    fn code_look_ups_answer_any_input(s in text()) {
        let _ = nuts::search(&s, 12);
        let _ = nuts::region(&s);
        let _ = cpv::search(&s, 12);
        let _ = cpv::lookup(&s);
        let _ = cpv_code::is_well_formed(&s);
        let _ = cpv_code::stem(&s);
        let _ = cpv_code::split_list(&s);
        for country in Country::ALL {
            let _ = registration::check(country, &s);
            let _ = registration::normalise(country, &s);
            let _ = crate::validation::check_nuts_in(&s, country.code());
        }
        let _ = crate::validation::check_nuts(&s);
        let _ = crate::tenders::rules::check_datetime(&s);
        let _ = crate::validation::parse_amount(&s);
        let _ = crate::tenders::rules::lots(&s);
        let _ = crate::tenders::threshold::Date::parse(&s);
        let _ = crate::i18n::parse_local(&s, "Europe/Helsinki");
    }

    #[test]
    fn knowledge_rules_answer_any_input(s in text()) {
        let _ = crate::knowledge::rules::check_partial_date(&s);
        let _ = crate::knowledge::rules::check_slug(&s);
        let _ = crate::knowledge::rules::sections_of(&s);
        let _ = crate::knowledge::model::year_of(&s);
        let _ = crate::knowledge::similar::division(&s);
        let _ = crate::knowledge::content::read_original(crate::knowledge::model::Kind::Case, &s);
        let _ = crate::knowledge::content::read_original(crate::knowledge::model::Kind::Material, &format!("+++\n{s}\n+++\n## A {{#a}}\n{s}"));
        for lang in crate::knowledge::rules::CONTENT_LANGS {
            let _ = crate::knowledge::analysis::terms(lang, &s);
        }
    }

    #[test]
    fn course_rules_answer_any_input(s in text(), t in any::<String>()) {
        use crate::courses::{model, readiness, rules};
        for q in [&s, &t] {
            if let Some(code) = rules::normalise_code(q) {
                prop_assert_eq!(rules::normalise_code(&code), Some(code.clone()), "a normalised code stays itself");
            }
            let question = model::Question {
                id: "q".into(),
                kind: model::QuestionKind::Multiple,
                options: vec![model::OptionKey { id: "a".into(), correct: true, knowledge: String::new() }],
            };
            let _ = rules::check_answer(&question, &q.split(',').map(str::to_string).collect::<Vec<_>>());
            let _ = crate::shell::sections::split_sections(q);
            let _ = readiness::content::parse(q);
            let values = [("q-x".to_string(), q.to_string())].into_iter().collect();
            let questionnaire = readiness::Questionnaire {
                version: 1,
                scale: Default::default(),
                dimensions: vec![readiness::Dimension { id: "d".into(), questions: vec![readiness::Question { id: "x".into(), ..Default::default() }], ..Default::default() }],
            };
            let _ = readiness::answers_of(&questionnaire, &values);
            let _ = crate::courses::credential::did_of(q);
        }
    }

    #[test]
    fn assistant_rules_answer_any_input(s in text(), t in any::<String>()) {
        use crate::assistant::{intents, rules};
        for q in [&s, &t] {
            let _ = rules::question_error(q);
            let _ = crate::shell::markdown::plain_text(q);
            let ranges = rules::sentence_ranges(q);
            let n = q.chars().count();
            prop_assert!(ranges.iter().all(|(a, b)| a < b && *b <= n));
            let _ = rules::take_citations(q);
            let _ = rules::checked_sentence(q, 3);
            let (done, rest) = rules::complete_sentences(q);
            prop_assert!(done.iter().all(|d| !d.is_empty()) && rest.chars().count() <= n);
            let _ = intents::detect(q);
            let _ = intents::amount_eur(q);
            let _ = intents::cpv_code(q);
            let _ = crate::assistant::language::of_question(q, crate::i18n::Locale::En);
            let _ = crate::assistant::glossary::find(&crate::knowledge::analysis::terms("lv", q), "lv");
        }
    }

    #[test]
    fn text_helpers_answer_any_input(s in any::<String>()) {
        let _ = crate::shell::markdown::to_safe_html(&s);
        let _ = crate::uploads::clean_name(&s);
        let next = crate::accounts::handlers::safe_next(&s);
        prop_assert!(next.starts_with('/') && !next.starts_with("//"));
        prop_assert!(http::HeaderValue::from_str(&next).is_ok(), "a valid Location header: {next:?}");
    }
}

//! Every language has every message, and every message the code asks for exists.

use super::{has_key, lookup, Locale, LOCALE_DIR};
use crate::identity::BodyType;
use crate::reference::Country;
use std::collections::BTreeSet;

/// The message ids of a language: every `.ftl` file of its folder (one per capability). An id
/// defined twice, in one file or two, fails here.
fn ids(locale: Locale) -> BTreeSet<String> {
    let dir = format!("{LOCALE_DIR}/{}", locale.code());
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        for id in text.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase())).filter_map(|l| l.split_once('=')) {
            let id = id.0.trim().to_string();
            assert!(found.insert(id.clone()), "{}: {id} is defined twice", locale.code());
        }
    }
    found
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = ids(Locale::En);
    assert!(english.len() > 100);
    for locale in Locale::ALL {
        let theirs = ids(locale);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.code());
        for id in &english {
            assert!(has_key(locale, id), "{}: {id} does not load (syntax error?)", locale.code());
        }
    }
}

/// The message ids the code builds from parts (`format!("country-{}", …)` and the like).
fn composed_ids() -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Country::ALL.iter().map(|c| c.message_key()));
    ids.extend(crate::reference::OTHER_EUROPEAN.iter().map(|c| format!("country-{}", c.to_ascii_lowercase())));
    ids.extend(BodyType::ALL.iter().map(|b| b.message_key()));
    ids.extend(["buyer", "supplier", "moderator", "admin"].map(|r| format!("role-{r}")));
    ids.extend((1..=12).map(|m| format!("month-{m}")));
    ids.extend(["queued", "sent", "failed", "logged"].map(|s| format!("outbox-status-{s}")));
    for status in ["400", "403", "404", "405", "413", "415", "429", "500"] {
        ids.push(format!("error-{status}-title"));
        ids.push(format!("error-{status}-text"));
    }
    for section in ["tenders", "suppliers", "knowledge", "courses", "assistant"] {
        ids.push(format!("nav-{section}"));
    }
    for mail in [
        "course-reminder",
        "verify",
        "account-exists",
        "reset",
        "password-changed",
        "change-email",
        "email-changed",
        "body-verified",
        "body-rejected",
        "tender-amended",
        "tender-cancelled",
        "tender-awarded",
        "tender-answered",
        "question-asked",
        "question-answered",
        "saved-search-digest",
        "join-request",
        "invitation",
        "join-accepted",
        "join-declined",
        "tenders-for-you",
        "partner-interest",
        "message-received",
        "messages-daily",
    ] {
        ids.push(format!("mail-{mail}-subject"));
        ids.push(format!("mail-{mail}-body"));
    }
    // The code lists of tenders, the search's choices and the tender form's fields (the change
    // history names a changed field by `tender-field-<name>`).
    {
        use crate::reference::Code;
        use crate::tenders::model::{Currency, Innovation, Procedure, Status};
        fn all<T: Code>() -> Vec<String> {
            T::ALL.iter().map(|v| v.message_key()).collect()
        }
        ids.extend(all::<crate::tenders::threshold::ContractType>());
        ids.extend(all::<Procedure>());
        ids.extend(all::<Innovation>());
        ids.extend(all::<Currency>());
        ids.extend(all::<Status>());
        ids.extend(crate::tenders::search::StatusFilter::ALL.iter().map(|s| format!("search-status-{}", s.code())));
        ids.extend(crate::tenders::search::Sort::ALL.iter().map(|s| format!("search-sort-{}", s.code())));
        ids.extend(crate::tenders::rules::FIELDS.iter().map(|k| format!("tender-field-{}", k.replace('_', "-"))));
    }
    // The knowledge centre's code lists, facets, sorts, case sections (each with a hint) and the
    // notes on an item's status.
    {
        use crate::knowledge::model::*;
        use crate::reference::Code;
        fn all<T: Code>() -> Vec<String> {
            T::ALL.iter().map(|v| v.message_key()).collect()
        }
        ids.extend(all::<Kind>());
        ids.extend(all::<MaterialType>());
        ids.extend(all::<Stage>());
        ids.extend(all::<Audience>());
        ids.extend(all::<Level>());
        ids.extend(all::<PopulationBand>());
        ids.extend(all::<BuyerType>());
        ids.extend(all::<Status>());
        ids.extend(all::<Review>());
        ids.extend(Status::ALL.iter().map(|s| format!("knowledge-status-note-{}", s.code())));
        ids.extend(crate::knowledge::search::Facet::ALL.iter().map(|f| format!("knowledge-facet-{}", f.param())));
        ids.extend(["relevance", "newest"].map(|s| format!("knowledge-sort-{s}")));
        ids.extend(["submitted", "published"].map(|e| format!("knowledge-event-{e}")));
        ids.extend(CASE_SECTIONS.iter().map(|s| format!("knowledge-section-{s}")));
        ids.extend(CASE_SECTIONS.iter().map(|s| format!("hint-knowledge-section-{s}")));
    }
    // Suppliers' and public bodies' code lists, the profile steps (each with an introduction),
    // the completeness items and the working languages.
    {
        use crate::reference::Code;
        use crate::suppliers::model::{completeness, ProfileFacts, ProfileStatus, Size, Step, LANGUAGES};
        fn all<T: Code>() -> Vec<String> {
            T::ALL.iter().map(|v| v.message_key()).collect()
        }
        ids.extend(all::<Size>());
        ids.extend(Size::ALL.iter().map(|s| format!("{}-hint", s.message_key())));
        ids.extend(all::<ProfileStatus>());
        ids.extend(all::<Step>());
        ids.extend(Step::ALL.iter().map(|s| format!("{}-intro", s.message_key())));
        ids.extend(completeness(&ProfileFacts::default()).iter().map(|i| format!("complete-{}", i.key)));
        ids.extend(LANGUAGES.iter().map(|l| format!("language-{l}")));
        ids.extend(all::<crate::bodies::model::Theme>());
        ids.extend(all::<crate::bodies::model::PostStatus>());
    }
    // The assistant's stored notes and rules, its threshold lines per category, its examples
    // and the two introductions of an answer.
    ids.extend(["context", "model-down", "model-slow"].map(|n| format!("assistant-note-{n}")));
    ids.extend(["threshold", "cpv", "tenders"].map(|r| format!("assistant-rule-{r}")));
    ids.extend(crate::tenders::threshold::Category::ALL.iter().map(|c| format!("assistant-threshold-{}", c.json_key().replace('_', "-"))));
    ids.extend((1..=4).map(|n| format!("assistant-example-{n}")));
    ids.extend(["assistant-intro-model", "assistant-intro-extractive", "assistant-question", "assistant-follow-up"].map(String::from));
    ids.extend(
        ["assistant-source-case", "assistant-source-material", "assistant-rated-helpful", "assistant-rated-unhelpful"].map(String::from),
    );
    // Each threshold category, above and below, as `Verdict::message_key` returns them.
    ids.extend(crate::tenders::threshold::Category::all_message_keys().map(String::from));
    ids
}

/// Message ids written out in the source: `t("…")` and `t_args("…"`.
fn literal_ids() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut dirs = vec![std::path::PathBuf::from(src)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                for marker in [".t(\"", ".t_args(\""] {
                    for part in text.split(marker).skip(1) {
                        if let Some(id) = part.split('"').next() {
                            found.insert(id.to_string());
                        }
                    }
                }
                // Error codes are string literals `"err-…"`; notices are asked for by
                // redirects, `?notice=…` (or `&notice=…`).
                for part in text.split("\"err-").skip(1) {
                    let code: String = part.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                    if part[code.len()..].starts_with('"') && !code.is_empty() {
                        found.insert(format!("err-{code}"));
                    }
                }
                for part in text.split("notice=").skip(1) {
                    let notice: String = part.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
                    if !notice.is_empty() && !notice.ends_with('-') {
                        found.insert(format!("notice-{notice}"));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_uses_exists() {
    let english = ids(Locale::En);
    let used: Vec<String> = literal_ids().into_iter().chain(composed_ids()).collect();
    assert!(used.len() > 150, "the scan found too little: {}", used.len());
    let missing: Vec<_> = used.iter().filter(|id| !english.contains(*id)).collect();
    assert!(missing.is_empty(), "used in the code but in no file of locales/en: {missing:?}");
}

#[test]
fn times_are_shown_in_the_readers_zone_with_its_name() {
    let t = 1_795_478_400 + 3600 * 14 + 300; // 24 November 2026, 14:05 UTC
    assert_eq!(super::Tr(Locale::En).local_datetime(t), "24 November 2026, 14:05 UTC");
    let fi = super::Tr(Locale::Fi).local_datetime(t);
    assert!(fi.contains("16.05") || fi.contains("16:05"), "{fi}");
    assert!(fi.contains("EET"), "{fi}");
    let de = super::Tr(Locale::De).local_datetime(t);
    assert!(de.contains("15:05") && de.contains("CET"), "{de}");
}

#[test]
fn dates_and_numbers_follow_the_language() {
    let t = 1_795_478_400; // 24 November 2026, 00:00 UTC
    assert_eq!(super::format_date(Locale::En, t), "24 November 2026");
    assert_eq!(super::format_datetime(Locale::En, t + 3600 * 14 + 300), "24 November 2026, 14:05 UTC");
    assert_eq!(super::format_number(Locale::En, 1_234_567), "1,234,567");
    assert_eq!(super::format_number(Locale::En, -1000), "-1,000");
    assert_eq!(super::format_number(Locale::En, 999), "999");
    for locale in Locale::ALL {
        let date = super::format_date(locale, t);
        assert!(date.contains("24") && date.contains("2026"), "{}: {date}", locale.code());
        assert!(!date.contains("month-"), "{}: {date}", locale.code());
    }
    assert_eq!(super::format_number(Locale::De, 1_234_567), "1.234.567");
    assert_eq!(super::format_number(Locale::Fi, 1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(lookup(Locale::Lt, "format-group-separator"), "\u{a0}");
}

#[test]
fn counts_choose_the_plural_form() {
    let one = super::lookup_args(Locale::En, "moderation-count", &[("count", "1".into())]);
    let many = super::lookup_args(Locale::En, "moderation-count", &[("count", "3".into())]);
    assert_eq!(one, "One public body is waiting.");
    assert_eq!(many, "3 public bodies are waiting.");
    let lt_few = super::lookup_args(Locale::Lt, "moderation-count", &[("count", "3".into())]);
    let lt_many = super::lookup_args(Locale::Lt, "moderation-count", &[("count", "12".into())]);
    assert_ne!(lt_few, lt_many, "Lithuanian has distinct few and many forms");
}

#[test]
fn threshold_messages_use_all_four_arguments() {
    let args = [
        ("value", "EUR 215,999".to_string()),
        ("threshold", "EUR 216,000".to_string()),
        ("from", "1 January 2026".to_string()),
        ("to", "31 December 2027".to_string()),
    ];
    for locale in Locale::ALL {
        for id in crate::tenders::threshold::Category::all_message_keys() {
            let text = super::lookup_args(locale, id, &args);
            for (name, value) in &args {
                assert!(text.contains(value.as_str()), "{} {id} does not show ${name}: {text}", locale.code());
            }
            assert!(!text.contains('{') && text.ends_with('.'), "{} {id}: {text}", locale.code());
        }
    }
}

//! The tender form's rules: plain functions without I/O, run by the browser as the buyer types
//! and by the server again before anything is stored. What needs the database or the clock (the
//! CPV and NUTS codes exist, the deadline is in the future) follows on the server only.

use super::model::{Currency, Innovation, Procedure};
use super::threshold::{self, ContractType, Date, ThresholdInput, Verdict};
use crate::identity::BodyType;
use crate::reference::cpv_code;
use crate::reference::Code;
use crate::validation::{
    check_choice, check_email, check_nuts, check_text, check_url, parse_amount, required, value, FieldErrors, FormValues, CONTEXT_TODAY,
};
use crate::validation::{LiveArg, LiveNote};

pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 20_000;
pub const LOTS_MAX: usize = 50;
pub const ADDITIONAL_CPV_MAX: usize = 20;

/// The fields of a tender the buyer fills in (the change history names them by these).
pub const FIELDS: [&str; 19] = [
    "title",
    "description",
    "contract_type",
    "procedure",
    "innovation",
    "value",
    "currency",
    "value_eur",
    "social_services",
    "main_cpv",
    "additional_cpv",
    "nuts",
    "lots",
    "questions_deadline",
    "submission_deadline",
    "contact_name",
    "contact_email",
    "notice_url",
    "ted_pending",
];

/// The fields the server fills in, never the buyer: the buyer's legal type and today's date
/// decide which threshold applies. The browser gets them for the live verdict; the server
/// overwrites whatever comes back before it checks.
pub const CONTEXT_BUYER_TYPE: &str = "buyer_type";

/// `YYYY-MM-DDTHH:MM`, as `<input type="datetime-local">` sends it.
pub fn check_datetime(v: &str) -> Result<(), &'static str> {
    required(v)?;
    // ASCII first: the positions below are byte positions.
    let ok = v.len() == 16
        && v.is_ascii()
        && Date::parse(&v[..10]).is_some()
        && v.as_bytes()[10] == b'T'
        && v.as_bytes()[13] == b':'
        && v[11..13].parse::<u8>().is_ok_and(|h| h < 24)
        && v[14..16].parse::<u8>().is_ok_and(|m| m < 60);
    if ok {
        Ok(())
    } else {
        Err("err-datetime-invalid")
    }
}

fn check_cpv(v: &str) -> Result<(), &'static str> {
    required(v)?;
    if cpv_code::is_well_formed(v) {
        Ok(())
    } else {
        Err("err-cpv-invalid")
    }
}

fn check_additional_cpv(v: &str) -> Result<(), &'static str> {
    cpv_code::check_list(v, ADDITIONAL_CPV_MAX)
}

/// The lots typed one per line; blank lines dropped.
pub fn lots(v: &str) -> Vec<String> {
    v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

fn check_lots(v: &str) -> Result<(), &'static str> {
    let lots = lots(v);
    if lots.len() > LOTS_MAX {
        return Err("err-too-many");
    }
    lots.iter().try_for_each(|l| check_text(l, TITLE_MAX_CHARS, false))
}

/// What the threshold rule needs, when the form holds enough of it to decide.
pub fn threshold_input(v: &FormValues) -> Option<ThresholdInput> {
    let currency = Currency::parse(value(v, "currency")).unwrap_or(Currency::Eur);
    let value_field = if currency == Currency::Eur { "value" } else { "value_eur" };
    Some(ThresholdInput {
        estimated_value_eur: parse_amount(value(v, value_field)).ok()?,
        buyer: BodyType::parse(value(v, CONTEXT_BUYER_TYPE))?,
        contract: ContractType::parse(value(v, "contract_type"))?,
        social_services: value(v, "social_services") == "yes",
        publication_date: Date::parse(value(v, CONTEXT_TODAY))?,
    })
}

pub fn verdict(v: &FormValues) -> Option<Verdict> {
    threshold::classify(&threshold_input(v)?).ok()
}

/// The one-sentence threshold verdict the form shows live as the value changes.
pub fn live_verdict(v: &FormValues) -> Option<LiveNote> {
    let verdict = verdict(v)?;
    let input = threshold_input(v)?;
    Some(LiveNote {
        key: verdict.message_key().to_string(),
        args: vec![
            ("value".into(), LiveArg::Euros(input.estimated_value_eur)),
            ("threshold".into(), LiveArg::Euros(verdict.threshold_eur)),
            ("from".into(), LiveArg::Date(verdict.period_from)),
            ("to".into(), LiveArg::Date(verdict.period_to)),
        ],
    })
}

/// The tender form. A draft too is saved only when valid, so a buyer never publishes something
/// that was not checked (publishing checks it again, with today's thresholds).
pub fn tender(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("title", check_text(value(v, "title"), TITLE_MAX_CHARS, false));
    e.check("description", check_text(value(v, "description"), DESCRIPTION_MAX_CHARS, true));
    e.check("contract_type", check_choice::<ContractType>(value(v, "contract_type")));
    e.check("procedure", check_choice::<Procedure>(value(v, "procedure")));
    if !value(v, "innovation").is_empty() {
        e.check("innovation", check_choice::<Innovation>(value(v, "innovation")));
    }
    e.check("value", parse_amount(value(v, "value")).map(|_| ()));
    e.check("currency", check_choice::<Currency>(value(v, "currency")));
    if Currency::parse(value(v, "currency")).is_some_and(|c| c != Currency::Eur) {
        e.check("value_eur", parse_amount(value(v, "value_eur")).map(|_| ()));
    }
    e.check("main_cpv", check_cpv(value(v, "main_cpv")));
    e.check("additional_cpv", check_additional_cpv(value(v, "additional_cpv")));
    e.check("nuts", check_nuts(value(v, "nuts")));
    e.check("lots", check_lots(value(v, "lots")));
    e.check("questions_deadline", check_datetime(value(v, "questions_deadline")));
    e.check("submission_deadline", check_datetime(value(v, "submission_deadline")));
    if e.get("questions_deadline").is_none()
        && e.get("submission_deadline").is_none()
        && value(v, "questions_deadline") >= value(v, "submission_deadline")
    {
        e.add("submission_deadline", "err-deadline-order");
    }
    e.check("contact_name", check_text(value(v, "contact_name"), 100, false));
    e.check("contact_email", check_email(value(v, "contact_email")));
    // A national below-threshold procedure is no option for a tender above the EU threshold.
    if e.get("procedure").is_none()
        && Procedure::parse(value(v, "procedure")) == Some(Procedure::SimplifiedBelowThreshold)
        && verdict(v).is_some_and(|verdict| verdict.above)
    {
        e.add("procedure", "err-procedure-below-threshold-only");
    }
    let notice_url = value(v, "notice_url");
    if !notice_url.is_empty() {
        e.check("notice_url", check_url(notice_url));
    } else if verdict(v).is_some_and(|verdict| verdict.above) && value(v, "ted_pending") != "yes" {
        e.add("notice_url", "err-notice-required");
    }
    e
}

pub const QUESTION_MAX_CHARS: usize = 2_000;
pub const ANSWER_MAX_CHARS: usize = 5_000;

/// A supplier's clarification question.
pub fn question(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("question", check_text(value(v, "question"), QUESTION_MAX_CHARS, true));
    e
}

/// The buyer's answer to a question.
pub fn answer(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("answer", check_text(value(v, "answer"), ANSWER_MAX_CHARS, true));
    e
}

/// Saving a search under a name.
pub fn saved_search(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("name", check_text(value(v, "name"), 100, false));
    e
}

/// Cancelling a published tender: the public is told why.
pub fn cancel(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("reason", check_text(value(v, "reason"), 1_000, true));
    e
}

/// Marking a tender awarded: the winner and the contract value.
pub fn award(v: &FormValues) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.check("winner", check_text(value(v, "winner"), TITLE_MAX_CHARS, false));
    e.check("awarded_value", parse_amount(value(v, "awarded_value")).map(|_| ()));
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> FormValues {
        [
            ("title", "Smart street lighting"),
            ("description", "We want lighting that dims itself.\nTwo lines."),
            ("contract_type", "supplies"),
            ("procedure", "innovation"),
            ("innovation", "prod-innov"),
            ("value", "150 000"),
            ("currency", "EUR"),
            ("main_cpv", "34928500-3"),
            ("additional_cpv", "50232100-1, 45316110-9"),
            ("nuts", "FI1B1"),
            ("lots", "North\nSouth\n"),
            ("questions_deadline", "2026-12-01T12:00"),
            ("submission_deadline", "2026-12-15T12:00"),
            ("contact_name", "Aino Virtanen"),
            ("contact_email", "aino@hel.fi"),
            (CONTEXT_BUYER_TYPE, "regional_local"),
            (CONTEXT_TODAY, "2026-11-24"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    fn with(pairs: &[(&str, &str)]) -> FormValues {
        let mut v = valid();
        for (k, val) in pairs {
            v.insert(k.to_string(), val.to_string());
        }
        v
    }

    #[test]
    fn a_complete_tender_passes() {
        assert_eq!(tender(&valid()), FieldErrors::default());
    }

    #[test]
    fn the_simplified_procedure_is_below_the_threshold_only() {
        let below = with(&[("procedure", "simplified"), ("value", "100 000")]);
        assert_eq!(tender(&below).get("procedure"), None);
        let above = with(&[("procedure", "simplified"), ("value", "11 000 000"), ("ted_pending", "yes")]);
        assert_eq!(tender(&above).get("procedure"), Some("err-procedure-below-threshold-only"));
        let open = with(&[("procedure", "open"), ("value", "11 000 000"), ("ted_pending", "yes")]);
        assert_eq!(tender(&open), FieldErrors::default());
    }

    #[test]
    fn byte_positions_never_split_a_character() {
        assert_eq!(check_datetime("2026-12-€1T10:00"), Err("err-datetime-invalid"));
        assert_eq!(check_datetime("ääääääääT10:00"), Err("err-datetime-invalid"));
        assert_eq!(check_nuts("€1"), Err("err-nuts-invalid"));
        assert_eq!(check_nuts("F€"), Err("err-nuts-invalid"));
        assert_eq!(crate::validation::check_nuts_in("€12", "FI"), Err("err-nuts-invalid"));
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("1 200 000"), Ok(1_200_000));
        assert_eq!(parse_amount("1.200.000"), Ok(1_200_000));
        assert_eq!(parse_amount("1,200,000"), Ok(1_200_000));
        assert_eq!(parse_amount("1200000"), Ok(1_200_000));
        assert_eq!(parse_amount("0"), Ok(0));
        assert_eq!(parse_amount("-5"), Err("err-amount-negative"));
        assert_eq!(parse_amount("1.200,50"), Err("err-amount-invalid"));
        assert_eq!(parse_amount("12,5"), Err("err-amount-invalid"));
        assert_eq!(parse_amount("ten"), Err("err-amount-invalid"));
        assert_eq!(parse_amount("1000000000001"), Err("err-amount-too-large"));
        assert_eq!(parse_amount("99999999999999999999999"), Err("err-amount-too-large"));
        assert_eq!(parse_amount(""), Err("err-required"));
    }

    #[test]
    fn bad_input_is_named_at_its_field() {
        let e = tender(&with(&[("currency", "XBT"), ("main_cpv", "4521"), ("nuts", "FR101"), ("procedure", "auction")]));
        assert_eq!(e.get("currency"), Some("err-choice"));
        assert_eq!(e.get("main_cpv"), Some("err-cpv-invalid"));
        assert_eq!(e.get("nuts"), Some("err-nuts-invalid"));
        assert_eq!(e.get("procedure"), Some("err-choice"));
        let e = tender(&with(&[("additional_cpv", "45000000-7, nonsense")]));
        assert_eq!(e.get("additional_cpv"), Some("err-cpv-invalid"));
        let e = tender(&with(&[("title", "a\u{7}b"), ("notice_url", "javascript:alert(1)")]));
        assert_eq!(e.get("title"), Some("err-control-chars"));
        assert_eq!(e.get("notice_url"), Some("err-url-invalid"));
        let e = tender(&with(&[("questions_deadline", "2026-13-01T12:00"), ("submission_deadline", "2026-12-01 12:00")]));
        assert_eq!(e.get("questions_deadline"), Some("err-datetime-invalid"));
        assert_eq!(e.get("submission_deadline"), Some("err-datetime-invalid"));
    }

    #[test]
    fn submission_comes_after_questions() {
        let e = tender(&with(&[("questions_deadline", "2026-12-15T12:00")]));
        assert_eq!(e.get("submission_deadline"), Some("err-deadline-order"));
    }

    #[test]
    fn another_currency_needs_the_euro_value() {
        let e = tender(&with(&[("currency", "DKK"), ("value", "1 500 000")]));
        assert_eq!(e.get("value_eur"), Some("err-required"));
        assert!(tender(&with(&[("currency", "DKK"), ("value", "1 500 000"), ("value_eur", "201 000")])).is_empty());
    }

    #[test]
    fn above_the_threshold_needs_the_notice_or_ted() {
        // 2026-2027 sub-central supplies threshold: EUR 216,000.
        let above = with(&[("value", "216 000")]);
        assert_eq!(tender(&above).get("notice_url"), Some("err-notice-required"));
        assert!(tender(&with(&[("value", "216 000"), ("ted_pending", "yes")])).is_empty());
        assert!(tender(&with(&[("value", "216 000"), ("notice_url", "https://ted.europa.eu/en/notice/-/detail/1-2026")])).is_empty());
        assert!(tender(&with(&[("value", "215 999")])).is_empty());
    }

    #[test]
    fn the_live_verdict_follows_the_value() {
        let below = live_verdict(&valid()).expect("enough to decide");
        assert_eq!(below.key, "threshold-below-sub-central");
        let above = live_verdict(&with(&[("value", "300 000")])).expect("enough to decide");
        assert_eq!(above.key, "threshold-above-sub-central");
        assert!(live_verdict(&with(&[("value", "")])).is_none());
        let social = live_verdict(&with(&[("contract_type", "services"), ("social_services", "yes")])).unwrap();
        assert_eq!(social.key, "threshold-below-social");
    }

    #[test]
    fn lots_are_lines() {
        assert_eq!(lots("A\n\n B \n"), vec!["A", "B"]);
        let many = "x\n".repeat(LOTS_MAX + 1);
        assert_eq!(tender(&with(&[("lots", &many)])).get("lots"), Some("err-too-many"));
    }
}

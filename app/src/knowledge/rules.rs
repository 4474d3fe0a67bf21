//! The rules of a case and a material, shared by the browser (the contribution form checks as
//! one types), the server (which checks again) and the content loader (a content file obeys the
//! same rules as a form). Each error is a message code at the field it concerns.

use super::model::*;
use crate::reference::Code;
use crate::tenders::model::{Innovation, Procedure};
pub use crate::validation::check_slug;
use crate::validation::check_url;
use crate::validation::{check_text, required, FieldErrors};

pub const TITLE_MAX_CHARS: usize = 200;
pub const SUMMARY_MAX_CHARS: usize = 600;
pub const SECTION_MAX_CHARS: usize = 12_000;
pub const SHORT_MAX_CHARS: usize = 300;
pub const LIST_MAX: usize = 30;
/// The languages content may be written in: the interface's seven, and Swedish and Norwegian.
pub const CONTENT_LANGS: [&str; 9] = ["en", "da", "de", "et", "fi", "lv", "lt", "sv", "no"];

/// A date as precise as a source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (empty: not given).
pub fn check_partial_date(v: &str) -> Result<(), &'static str> {
    if v.is_empty() {
        return Ok(());
    }
    let parts: Vec<&str> = v.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
        }
        _ => false,
    };
    let plausible = year_of(v).is_some_and(|y| (1990..=2100).contains(&y));
    if ok && plausible {
        Ok(())
    } else {
        Err("err-partial-date")
    }
}

/// An optional code of a closed list.
fn check_optional<T: Code>(v: &str) -> Result<(), &'static str> {
    if v.is_empty() || T::parse(v).is_some() {
        Ok(())
    } else {
        Err("err-choice")
    }
}

fn check_optional_url(v: &str) -> Result<(), &'static str> {
    if v.is_empty() {
        Ok(())
    } else {
        check_url(v)
    }
}

fn check_optional_text(v: &str, max: usize) -> Result<(), &'static str> {
    if v.is_empty() {
        Ok(())
    } else {
        check_text(v, max, false)
    }
}

fn check_count(v: Option<i64>, max: i64) -> Result<(), &'static str> {
    match v {
        Some(n) if !(0..=max).contains(&n) => Err("err-number-range"),
        _ => Ok(()),
    }
}

fn check_codes<T: Code>(codes: &[String], at_least_one: bool) -> Result<(), &'static str> {
    if at_least_one && codes.is_empty() {
        return Err("err-required");
    }
    if codes.len() > LIST_MAX {
        return Err("err-too-many");
    }
    if codes.iter().all(|c| T::parse(c).is_some()) {
        Ok(())
    } else {
        Err("err-choice")
    }
}

fn check_links(e: &mut FieldErrors, field: &str, links: &[Link]) {
    if links.len() > LIST_MAX {
        e.add(field, "err-too-many");
    }
    for l in links {
        e.check(field, check_text(&l.title, SHORT_MAX_CHARS, false));
        e.check(field, check_url(&l.url));
    }
}

/// The text of an item in one language: title, summary and sections (`required` ids must be there).
pub fn check_text_of(e: &mut FieldErrors, t: &Text, section_ids: Option<&[&str]>, required_ids: &[&str]) {
    e.check("lang", if CONTENT_LANGS.contains(&t.lang.as_str()) { Ok(()) } else { Err("err-choice") });
    e.check("title", check_text(&t.title, TITLE_MAX_CHARS, false));
    e.check("summary", check_text(&t.summary, SUMMARY_MAX_CHARS, true));
    for id in required_ids {
        if t.section(id).is_none_or(|s| s.markdown.trim().is_empty()) {
            e.add(id, "err-required");
        }
    }
    for (i, s) in t.sections.iter().enumerate() {
        let key = if section_ids.is_some() { s.id.clone() } else { format!("section-{i}") };
        if section_ids.is_some_and(|ids| !ids.contains(&s.id.as_str())) {
            e.add("sections", "err-section-unknown");
        }
        if check_slug(&s.id).is_err() || t.sections.iter().filter(|o| o.id == s.id).count() > 1 {
            e.add("sections", "err-section-id");
        }
        if !s.markdown.trim().is_empty() {
            e.check(&key, check_text(&s.markdown, SECTION_MAX_CHARS, true));
        }
        e.check(&key, check_text(&s.heading, SHORT_MAX_CHARS, false));
    }
}

/// Where the facts come from: a case or material without its source is refused at that field.
pub fn check_provenance(e: &mut FieldErrors, p: &Provenance, external: bool) {
    if external {
        e.check("source_url", required(&p.source_url).and_then(|_| check_url(&p.source_url)));
        e.check("source_title", check_text(&p.source_title, SHORT_MAX_CHARS, false));
        e.check("source_publisher", check_text(&p.source_publisher, SHORT_MAX_CHARS, false));
    } else {
        e.check("source_url", check_optional_url(&p.source_url));
    }
    check_links(e, "sources", &p.sources);
    e.check("licence", check_optional_text(&p.licence, SHORT_MAX_CHARS));
    e.check("review_status", check_optional::<Review>(&p.review_status));
    e.check("last_verified", check_partial_date(&p.last_verified));
}

/// A case's facts. The buyer's name, country and a theme are required; every other fact is
/// optional, for a fact the source does not give stays empty (news reports of a tender often do
/// not name its procedure).
pub fn check_case_facts(e: &mut FieldErrors, f: &CaseFacts) {
    e.check("buyer_name", check_text(&f.buyer_name, TITLE_MAX_CHARS, false));
    for n in &f.buyer_names {
        e.check("buyer_names", check_text(n, TITLE_MAX_CHARS, false));
    }
    let country_ok = f.country.len() == 2 && f.country.bytes().all(|b| b.is_ascii_uppercase());
    e.check("country", required(&f.country).and(if country_ok { Ok(()) } else { Err("err-country-invalid") }));
    let nuts_ok = f.nuts.is_ascii() && f.nuts.len() <= 5 && f.nuts.starts_with(f.country.as_str());
    if !f.nuts.is_empty() && !nuts_ok {
        e.add("nuts", "err-nuts-country");
    }
    e.check("population_band", check_optional::<PopulationBand>(&f.population_band));
    e.check("buyer_type", check_optional::<BuyerType>(&f.buyer_type));
    e.check("procedure", check_optional::<Procedure>(&f.procedure));
    e.check("innovation", check_optional::<Innovation>(&f.innovation));
    e.check("cpv", if f.cpv.len() > LIST_MAX { Err("err-too-many") } else { Ok(()) });
    if f.cpv.iter().any(|c| !crate::reference::cpv_code::is_well_formed(c)) {
        e.add("cpv", "err-cpv-format");
    }
    e.check("themes", check_codes::<crate::reference::Theme>(&f.themes, true));
    e.check("consultation_participants", check_count(f.consultation_participants, 100_000));
    for (field, date) in [
        ("need_date", &f.need_date),
        ("consultation_date", &f.consultation_date),
        ("call_date", &f.call_date),
        ("award_date", &f.award_date),
        ("deployment_date", &f.deployment_date),
    ] {
        e.check(field, check_partial_date(date));
    }
    if !f.call_date.is_empty() && !f.award_date.is_empty() && f.award_date < f.call_date {
        e.add("award_date", "err-award-before-call");
    }
    e.check("estimated_value_eur", check_count(f.estimated_value_eur, crate::validation::VALUE_MAX));
    e.check("awarded_value_eur", check_count(f.awarded_value_eur, crate::validation::VALUE_MAX));
    e.check("bids_received", check_count(f.bids_received, 10_000));
    e.check("sme_winners", check_count(f.sme_winners, 10_000));
    e.check("cross_border_winners", check_count(f.cross_border_winners, 10_000));
    e.check("ipr", check_optional_text(&f.ipr, SECTION_MAX_CHARS));
    for t in f.ted.iter().chain(&f.ocids) {
        e.check("ted", check_text(t, 100, false));
    }
    e.check("portal_url", check_optional_url(&f.portal_url));
    e.check("contact_name", check_optional_text(&f.contact_name, SHORT_MAX_CHARS));
    if !f.contact_email.is_empty() {
        e.check("contact_email", crate::validation::check_email(&f.contact_email));
    }
    e.check("contact_url", check_optional_url(&f.contact_url));
    if f.outcomes.len() > LIST_MAX {
        e.add("outcomes", "err-too-many");
    }
    for o in &f.outcomes {
        e.check("outcomes", check_text(&o.measure, SHORT_MAX_CHARS, false));
        e.check("outcomes", check_optional_text(&o.before, SHORT_MAX_CHARS));
        e.check("outcomes", check_optional_text(&o.after, SHORT_MAX_CHARS));
    }
    check_links(e, "documents", &f.documents);
}

/// A material's facts: its type, at least one stage and audience, a level, and what it rests on.
pub fn check_material_facts(e: &mut FieldErrors, f: &MaterialFacts) {
    e.check("type", check_optional::<MaterialType>(&f.material_type).and_then(|_| required(&f.material_type)));
    e.check("stages", check_codes::<Stage>(&f.stages, true));
    e.check("audiences", check_codes::<Audience>(&f.audiences, true));
    e.check("level", required(&f.level).and_then(|_| check_optional::<Level>(&f.level)));
    e.check("themes", check_codes::<crate::reference::Theme>(&f.themes, false));
    e.check("version_date", required(&f.version_date).and_then(|_| check_partial_date(&f.version_date)));
    e.check("author", check_text(&f.author, SHORT_MAX_CHARS, false));
    e.check("link_url", check_optional_url(&f.link_url));
    if !f.superseded_by.is_empty() {
        e.check("superseded_by", check_slug(&f.superseded_by));
    }
    if f.references.is_empty() {
        e.add("references", "err-references-required");
    }
    check_links(e, "references", &f.references);
}

/// A whole case: its text (the challenge and the outcome are required), facts and sources.
pub fn check_case(text: &Text, facts: &CaseFacts, provenance: &Provenance) -> FieldErrors {
    let mut e = FieldErrors::default();
    check_text_of(&mut e, text, Some(&CASE_SECTIONS), &["challenge", "outcome"]);
    check_case_facts(&mut e, facts);
    check_provenance(&mut e, provenance, true);
    e
}

/// A whole material: its text, facts and sources (its own references are what it rests on).
pub fn check_material(text: &Text, facts: &MaterialFacts, provenance: &Provenance) -> FieldErrors {
    let mut e = FieldErrors::default();
    check_text_of(&mut e, text, None, &[]);
    if text.sections.is_empty() && facts.link_url.is_empty() {
        e.add("sections", "err-required");
    }
    check_material_facts(&mut e, facts);
    check_provenance(&mut e, provenance, false);
    e
}

/// `## Heading {#id}` lines start sections; text before the first heading is refused (it would
/// belong to no section and no anchor).
pub fn sections_of(markdown: &str) -> Result<Vec<Section>, String> {
    let (intro, sections) = crate::shell::sections::split_sections(markdown)?;
    if !intro.is_empty() {
        return Err("text before the first ## heading belongs to no section".into());
    }
    Ok(sections.into_iter().map(|s| Section { id: s.id, heading: s.heading, markdown: s.markdown }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(check_slug("tampere-smart-lighting").is_ok());
        assert!(check_slug("pcp-2019").is_ok());
        for bad in ["", "2019", "Tampere", "a--b", "-a", "a-", "é", "a b", "a/b"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn partial_dates() {
        for good in ["", "2019", "2019-05", "2019-05-14"] {
            assert!(check_partial_date(good).is_ok(), "{good}");
        }
        for bad in ["19", "2019-13", "2019-5", "2019-05-32", "1800", "€019", "2019-05-14-1", "2019-٠٥"] {
            assert!(check_partial_date(bad).is_err(), "{bad}");
        }
    }

    fn case() -> (Text, CaseFacts, Provenance) {
        let text = Text {
            lang: "en".into(),
            title: "Smart lighting".into(),
            summary: "A city bought light as a service.".into(),
            sections: vec![
                Section { id: "challenge".into(), heading: "Challenge".into(), markdown: "Too much energy.".into() },
                Section { id: "outcome".into(), heading: "Outcome".into(), markdown: "Less energy.".into() },
            ],
        };
        let facts = CaseFacts {
            buyer_name: "City of Tampere".into(),
            country: "FI".into(),
            procedure: "pcp".into(),
            themes: vec!["energy_climate".into()],
            ..Default::default()
        };
        let provenance = Provenance {
            source_url: "https://example.eu/case".into(),
            source_title: "Case".into(),
            source_publisher: "Commission".into(),
            ..Default::default()
        };
        (text, facts, provenance)
    }

    #[test]
    fn a_complete_case_passes() {
        let (t, f, p) = case();
        assert!(check_case(&t, &f, &p).is_empty(), "{:?}", check_case(&t, &f, &p));
    }

    #[test]
    fn a_case_without_its_source_is_refused_at_the_field() {
        let (t, f, mut p) = case();
        p.source_url.clear();
        assert_eq!(check_case(&t, &f, &p).get("source_url"), Some("err-required"));
        p.source_url = "javascript:alert(1)".into();
        assert_eq!(check_case(&t, &f, &p).get("source_url"), Some("err-url-invalid"));
    }

    #[test]
    fn a_case_needs_its_challenge_and_outcome_and_known_sections() {
        let (mut t, f, p) = case();
        t.sections.retain(|s| s.id != "outcome");
        assert_eq!(check_case(&t, &f, &p).get("outcome"), Some("err-required"));
        t.sections.push(Section { id: "gossip".into(), heading: "Gossip".into(), markdown: "x".into() });
        assert_eq!(check_case(&t, &f, &p).get("sections"), Some("err-section-unknown"));
    }

    #[test]
    fn a_case_whose_source_names_no_procedure_passes() {
        let (t, mut f, p) = case();
        f.procedure.clear();
        assert!(check_case(&t, &f, &p).is_empty());
    }

    #[test]
    fn case_facts_are_checked() {
        let (t, mut f, p) = case();
        f.procedure = "auction".into();
        f.award_date = "2018".into();
        f.call_date = "2019-02".into();
        f.bids_received = Some(-1);
        f.nuts = "SE110".into();
        f.themes.clear();
        let e = check_case(&t, &f, &p);
        assert_eq!(e.get("procedure"), Some("err-choice"));
        assert_eq!(e.get("award_date"), Some("err-award-before-call"));
        assert_eq!(e.get("bids_received"), Some("err-number-range"));
        assert_eq!(e.get("nuts"), Some("err-nuts-country"));
        assert_eq!(e.get("themes"), Some("err-required"));
    }

    #[test]
    fn a_material_rests_on_references() {
        let (t, _, _) = case();
        let mut f = MaterialFacts {
            material_type: "guide".into(),
            stages: vec!["needs".into()],
            audiences: vec!["buyer".into()],
            level: "introductory".into(),
            version_date: "2026-12-02".into(),
            author: "PPI Hub editors".into(),
            ..Default::default()
        };
        let p = Provenance::default();
        assert_eq!(check_material(&t, &f, &p).get("references"), Some("err-references-required"));
        f.references.push(Link { title: "Directive 2014/24/EU".into(), url: "https://eur-lex.europa.eu/eli/dir/2014/24/oj".into() });
        assert!(check_material(&t, &f, &p).is_empty(), "{:?}", check_material(&t, &f, &p));
        f.stages = vec!["someday".into()];
        assert_eq!(check_material(&t, &f, &p).get("stages"), Some("err-choice"));
    }
}

//! A case or material as a form posts it, read into the stored shape, with an error at each field
//! that cannot be read (a count that is not a number, a line of figures without its measure).
//! Shared, so the browser checks a form with the very rules the server and the content loader use.

use super::model::*;
use super::rules;
use crate::reference::cpv_code;
use crate::validation::{value, FieldErrors, FormValues};

/// `yes`, `no` or not given.
fn flag(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A count or a sum: digits with group separators, or nothing.
fn number(e: &mut FieldErrors, values: &FormValues, field: &str) -> Option<i64> {
    let v = value(values, field);
    if v.is_empty() {
        return None;
    }
    match crate::validation::parse_amount(v) {
        Ok(n) => Some(n),
        Err(code) => {
            e.add(field, code);
            None
        }
    }
}

/// Lines of `a | b | c`: each line's pieces, trimmed; empty lines dropped.
fn lines(v: &str) -> Vec<Vec<String>> {
    v.lines().filter(|l| !l.trim().is_empty()).map(|l| l.split('|').map(|p| p.trim().to_string()).collect()).collect()
}

/// "title | https://…" lines into links; a line without an address is an error at the field.
fn links(e: &mut FieldErrors, values: &FormValues, field: &str) -> Vec<Link> {
    let mut out = Vec::new();
    for parts in lines(value(values, field)) {
        match parts.as_slice() {
            [title, url] => out.push(Link { title: title.clone(), url: url.clone() }),
            [url] if url.starts_with("http") => out.push(Link { title: url.clone(), url: url.clone() }),
            _ => e.add(field, "err-link-line"),
        }
    }
    out
}

fn list(v: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in v.split([',', ';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
        if !out.iter().any(|o| o == piece) {
            out.push(piece.to_string());
        }
    }
    out
}

fn provenance(e: &mut FieldErrors, values: &FormValues) -> Provenance {
    Provenance {
        source_url: value(values, "source_url").into(),
        source_title: value(values, "source_title").into(),
        source_publisher: value(values, "source_publisher").into(),
        sources: links(e, values, "sources"),
        licence: value(values, "licence").into(),
        review_status: String::new(),
        last_verified: String::new(),
    }
}

/// The form field of a case's section (`section_procedure`: apart from the `procedure` fact).
pub fn section_field(id: &str) -> String {
    format!("section_{id}")
}

/// The case form: its text (one textarea per section), facts and sources.
pub fn case_from(values: &FormValues) -> (Text, CaseFacts, Provenance, FieldErrors) {
    let mut e = FieldErrors::default();
    let sections = CASE_SECTIONS
        .iter()
        .filter(|id| !value(values, &section_field(id)).is_empty())
        .map(|id| Section { id: id.to_string(), heading: String::new(), markdown: value(values, &section_field(id)).to_string() })
        .collect();
    let text = Text {
        lang: value(values, "lang").into(),
        title: value(values, "title").into(),
        summary: value(values, "summary").into(),
        sections,
    };
    let mut outcomes = Vec::new();
    for parts in lines(value(values, "outcomes")) {
        match parts.as_slice() {
            [measure, before, after] if !measure.is_empty() => {
                outcomes.push(OutcomeFigure { measure: measure.clone(), before: before.clone(), after: after.clone() })
            }
            _ => e.add("outcomes", "err-outcome-line"),
        }
    }
    let facts = CaseFacts {
        buyer_name: value(values, "buyer_name").into(),
        buyer_names: Vec::new(),
        country: value(values, "country").into(),
        nuts: value(values, "nuts").into(),
        population_band: value(values, "population_band").into(),
        buyer_type: value(values, "buyer_type").into(),
        procedure: value(values, "procedure").into(),
        innovation: value(values, "innovation").into(),
        cpv: cpv_code::split_list(value(values, "cpv")),
        themes: list(value(values, "themes")),
        prior_information_notice: flag(value(values, "prior_information_notice")),
        market_consultation: flag(value(values, "market_consultation")),
        consultation_participants: number(&mut e, values, "consultation_participants"),
        need_date: value(values, "need_date").into(),
        consultation_date: value(values, "consultation_date").into(),
        call_date: value(values, "call_date").into(),
        award_date: value(values, "award_date").into(),
        deployment_date: value(values, "deployment_date").into(),
        estimated_value_eur: number(&mut e, values, "estimated_value_eur"),
        awarded_value_eur: number(&mut e, values, "awarded_value_eur"),
        bids_received: number(&mut e, values, "bids_received"),
        sme_winners: number(&mut e, values, "sme_winners"),
        cross_border_winners: number(&mut e, values, "cross_border_winners"),
        ipr: value(values, "ipr").into(),
        ted: list(value(values, "ted")),
        ocids: list(value(values, "ocids")),
        portal_url: value(values, "portal_url").into(),
        contact_name: value(values, "contact_name").into(),
        contact_email: value(values, "contact_email").into(),
        contact_url: value(values, "contact_url").into(),
        outcomes,
        documents: links(&mut e, values, "documents"),
    };
    let provenance = provenance(&mut e, values);
    (text, facts, provenance, e)
}

/// The material form: its text as Markdown with `## Heading {#id}` sections, facts and references.
pub fn material_from(values: &FormValues) -> (Text, MaterialFacts, Provenance, FieldErrors) {
    let mut e = FieldErrors::default();
    let sections = match rules::sections_of(value(values, "text")) {
        Ok(s) => s,
        Err(_) => {
            e.add("text", "err-material-sections");
            Vec::new()
        }
    };
    let text = Text {
        lang: value(values, "lang").into(),
        title: value(values, "title").into(),
        summary: value(values, "summary").into(),
        sections,
    };
    let facts = MaterialFacts {
        material_type: value(values, "type").into(),
        stages: list(value(values, "stages")),
        audiences: list(value(values, "audiences")),
        level: value(values, "level").into(),
        themes: list(value(values, "themes")),
        version_date: value(values, "version_date").into(),
        author: value(values, "author").into(),
        link_url: value(values, "link_url").into(),
        superseded_by: value(values, "superseded_by").into(),
        references: links(&mut e, values, "references"),
        ..Default::default()
    };
    let provenance = provenance(&mut e, values);
    (text, facts, provenance, e)
}

/// Merges the errors of reading a form with those of its rules (reading errors first: they say
/// what was typed wrong).
fn merged(mut reading: FieldErrors, rules: FieldErrors) -> FieldErrors {
    for (field, code) in rules.0 {
        reading.0.entry(field).or_insert(code);
    }
    reading
}

/// The case form's rule: read, then the rules a content file obeys. A section's error is at its
/// textarea (the form has no section headings: the page gives them).
pub fn check_case_form(values: &FormValues) -> FieldErrors {
    // The buyer is the body the case is about: the server puts its name and country into the
    // values before it checks them; the form has no such fields, so the browser leaves them be.
    let mut values = values.clone();
    for field in ["buyer_name", "country"] {
        values.entry(field.to_string()).or_insert_with(|| if field == "country" { "FI".into() } else { "-".into() });
    }
    let (mut text, facts, provenance, e) = case_from(&values);
    for s in &mut text.sections {
        s.heading = s.id.clone();
    }
    let mut errors = merged(e, rules::check_case(&text, &facts, &provenance));
    for id in CASE_SECTIONS {
        if let Some(code) = errors.0.remove(id) {
            errors.0.insert(section_field(id), code);
        }
    }
    errors
}

pub fn check_material_form(values: &FormValues) -> FieldErrors {
    let (text, facts, provenance, e) = material_from(values);
    let mut errors = merged(e, rules::check_material(&text, &facts, &provenance));
    if let Some(code) = errors.0.remove("sections") {
        errors.0.entry("text".into()).or_insert(code);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormValues {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn case_form() -> FormValues {
        form(&[
            ("lang", "en"),
            ("title", "Street lights that dim"),
            ("summary", "Lights as a service."),
            ("buyer_name", "Helsingin kaupunki"),
            ("country", "FI"),
            ("procedure", "innovation"),
            ("themes", "energy_climate"),
            ("section_challenge", "Old lamps."),
            ("section_outcome", "Half the energy."),
            ("source_url", "https://example.eu/case"),
            ("source_title", "The case"),
            ("source_publisher", "City of Helsinki"),
            ("bids_received", "4"),
            ("awarded_value_eur", "1 200 000"),
            ("outcomes", "Energy | 100 MWh | 50 MWh"),
        ])
    }

    #[test]
    fn a_filled_in_case_form_passes_and_reads_its_numbers() {
        assert!(check_case_form(&case_form()).is_empty(), "{:?}", check_case_form(&case_form()));
        let (_, facts, _, _) = case_from(&case_form());
        assert_eq!((facts.bids_received, facts.awarded_value_eur), (Some(4), Some(1_200_000)));
        assert_eq!(facts.outcomes[0].after, "50 MWh");
    }

    #[test]
    fn errors_are_at_the_field_that_is_wrong() {
        let mut v = case_form();
        v.insert("bids_received".into(), "four".into());
        v.insert("outcomes".into(), "just a line".into());
        v.insert("source_url".into(), String::new());
        v.insert("section_outcome".into(), String::new());
        let e = check_case_form(&v);
        assert_eq!(e.get("bids_received"), Some("err-amount-invalid"));
        assert_eq!(e.get("outcomes"), Some("err-outcome-line"));
        assert_eq!(e.get("source_url"), Some("err-required"));
        assert_eq!(e.get("section_outcome"), Some("err-required"));
    }

    #[test]
    fn a_material_needs_sections_with_ids() {
        let v = form(&[
            ("lang", "en"),
            ("title", "A checklist"),
            ("summary", "What to check."),
            ("type", "checklist"),
            ("stages", "needs"),
            ("audiences", "buyer"),
            ("level", "introductory"),
            ("version_date", "2026-12"),
            ("author", "PPI Hub editors"),
            ("references", "Directive 2014/24/EU | https://eur-lex.europa.eu/eli/dir/2014/24/oj"),
            ("text", "## Before you start {#before}\n- [ ] Name the need"),
        ]);
        assert!(check_material_form(&v).is_empty(), "{:?}", check_material_form(&v));
        let mut no_id = v.clone();
        no_id.insert("text".into(), "## Before you start\n- [ ] Name the need".into());
        assert_eq!(check_material_form(&no_id).get("text"), Some("err-material-sections"));
    }
}

//! Knowledge items in any number, for the search benchmark: cases and materials with every facet
//! filled in from the code lists and texts made of procurement phrases in English, Finnish,
//! German and Danish. Titles start with "Generated", so they are never mistaken for content.
//! Deterministic for a seed.

use app::db::Db;
use app::knowledge::content::ContentItem;
use app::knowledge::model::*;
use app::knowledge::repo;
use app::reference::{Code, Theme};
use app::tenders::model::{Innovation, Procedure};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const COUNTRIES: [&str; 12] = ["DK", "EE", "FI", "DE", "LV", "LT", "SE", "NO", "NL", "BE", "ES", "AT"];
const CPV: [&str; 8] = ["34993000-4", "34144910-0", "90500000-2", "15000000-8", "72000000-5", "45000000-7", "33100000-1", "09300000-2"];

const PHRASES: [(&str, &[&str]); 4] = [
    (
        "en",
        &[
            "street lighting that dims on empty roads",
            "electric buses for cold winters",
            "school meals with less food waste",
            "remote monitoring of patients at home",
            "heat pumps in public buildings",
            "open data about public transport",
            "a market consultation with forty suppliers",
            "an innovation partnership in three phases",
            "award criteria that reward quality",
            "the buyer kept the rights to use the results",
            "small companies won two of the three lots",
            "energy use fell by half",
        ],
    ),
    (
        "fi",
        &[
            "katuvalaistus joka himmenee tyhjillä teillä",
            "sähkobussit kylmiin talviin",
            "kouluruoka ja vähemmän ruokahävikkiä",
            "potilaiden etäseuranta kotona",
            "lämpöpumput julkisissa rakennuksissa",
            "markkinavuoropuhelu neljänkymmenen toimittajan kanssa",
            "innovaatiokumppanuus kolmessa vaiheessa",
            "laatua palkitsevat vertailuperusteet",
            "energiankulutus puolittui",
        ],
    ),
    (
        "de",
        &[
            "Straßenbeleuchtung, die auf leeren Straßen dimmt",
            "Elektrobusse für kalte Winter",
            "Schulessen mit weniger Lebensmittelabfall",
            "Fernüberwachung von Patienten zu Hause",
            "Wärmepumpen in öffentlichen Gebäuden",
            "eine Markterkundung mit vierzig Anbietern",
            "eine Innovationspartnerschaft in drei Phasen",
            "Zuschlagskriterien, die Qualität belohnen",
            "der Energieverbrauch halbierte sich",
        ],
    ),
    (
        "da",
        &[
            "gadebelysning der dæmpes på tomme veje",
            "elbusser til kolde vintre",
            "skolemad med mindre madspild",
            "fjernovervågning af patienter i hjemmet",
            "varmepumper i offentlige bygninger",
            "en markedsdialog med fyrre leverandører",
            "et innovationspartnerskab i tre faser",
            "tildelingskriterier der belønner kvalitet",
            "energiforbruget blev halveret",
        ],
    ),
];

fn pick<'a, T>(rng: &mut StdRng, list: &'a [T]) -> &'a T {
    list.choose(rng).expect("a non-empty list")
}

fn sentence(rng: &mut StdRng, phrases: &[&str], n: usize) -> String {
    (0..n).map(|_| *pick(rng, phrases)).collect::<Vec<_>>().join(". ") + "."
}

fn item(rng: &mut StdRng, n: usize) -> ContentItem {
    let (lang, phrases) = *pick(rng, &PHRASES);
    let title = format!("Generated {n}: {}", pick(rng, phrases));
    let is_case = rng.gen_bool(0.7);
    let (facts, section_ids): (Facts, Vec<String>) = if is_case {
        let facts = CaseFacts {
            buyer_name: format!("Generated buyer {}", rng.gen_range(1..500)),
            country: pick(rng, &COUNTRIES).to_string(),
            population_band: pick(rng, PopulationBand::ALL).code().into(),
            buyer_type: pick(rng, BuyerType::ALL).code().into(),
            procedure: pick(rng, Procedure::ALL).code().into(),
            innovation: pick(rng, Innovation::ALL).code().into(),
            cpv: vec![pick(rng, &CPV).to_string()],
            themes: vec![pick(rng, Theme::ALL).code().into()],
            award_date: format!("{}-{:02}", rng.gen_range(2012..2026), rng.gen_range(1..13)),
            awarded_value_eur: Some(rng.gen_range(50..5_000) * 1_000),
            bids_received: Some(rng.gen_range(1..12)),
            sme_winners: Some(rng.gen_range(0..3)),
            ..Default::default()
        };
        (Facts::Case(facts), CASE_SECTIONS.iter().map(|s| s.to_string()).collect())
    } else {
        let facts = MaterialFacts {
            material_type: pick(rng, MaterialType::ALL).code().into(),
            stages: vec![pick(rng, Stage::ALL).code().into()],
            audiences: vec![pick(rng, Audience::ALL).code().into()],
            level: pick(rng, Level::ALL).code().into(),
            themes: vec![pick(rng, Theme::ALL).code().into()],
            version_date: format!("{}", rng.gen_range(2015..2027)),
            author: "Generated".into(),
            references: vec![Link { title: "Directive 2014/24/EU".into(), url: "https://eur-lex.europa.eu/eli/dir/2014/24/oj".into() }],
            ..Default::default()
        };
        (Facts::Material(facts), (1..=4).map(|i| format!("part-{i}")).collect())
    };
    let sections = section_ids.into_iter().map(|id| Section { heading: id.clone(), markdown: sentence(rng, phrases, 6), id }).collect();
    let text = Text { lang: lang.into(), title, summary: sentence(rng, phrases, 2), sections };
    let provenance =
        Provenance { source_url: "https://example.org/generated".into(), source_title: "Generated".into(), ..Default::default() };
    ContentItem { slug: format!("generated-{n}"), facts, provenance, texts: vec![text], hash: format!("generated-{n}") }
}

/// Stores `count` generated items (published); how many.
pub async fn generate(db: &Db, count: usize, seed: u64) -> Result<usize, sqlx::Error> {
    let mut rng = StdRng::seed_from_u64(seed);
    for n in 1..=count {
        repo::load_content(db, &item(&mut rng, n)).await?;
    }
    Ok(count)
}

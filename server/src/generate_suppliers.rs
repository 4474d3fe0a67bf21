//! Realistic supplier profiles in any number, for demos and the directory benchmark: companies
//! in every country served, with CPV codes clustered in a division, regions served, languages,
//! sizes and a capability statement built from their codes. Deterministic for a seed.

use app::db::{now, Db};
use app::reference::Code;
use app::reference::{cpv, nuts, Country};
use app::suppliers::model::{Size, LANGUAGES};
use app::suppliers::repo::{self, NewProfile};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const BATCH: usize = 500;

const WORDS: [&str; 16] = [
    "Nordic", "Baltic", "Smart", "Green", "Open", "Bright", "Circular", "Clear", "Aurora", "Delta", "Kestrel", "Linden", "Meridian",
    "Polar", "Amber", "Harbour",
];
const NOUNS: [&str; 12] =
    ["Systems", "Solutions", "Labs", "Works", "Technologies", "Services", "Engineering", "Data", "Mobility", "Care", "Energy", "Design"];
const STRENGTHS: [&str; 8] = [
    "sensor networks and remote monitoring",
    "user research with residents and staff",
    "energy-efficient retrofits",
    "open interfaces and open data",
    "accessible digital services (EN 301 549)",
    "circular materials and take-back schemes",
    "predictive maintenance with machine learning",
    "pilots delivered together with municipalities",
];

fn legal_form(c: Country) -> &'static str {
    match c {
        Country::Dk => "ApS",
        Country::De => "GmbH",
        Country::Ee => "OÜ",
        Country::Fi => "Oy",
        Country::Lv => "SIA",
        Country::Lt => "UAB",
        Country::No => "AS",
        Country::Se => "AB",
    }
}

fn home_language(c: Country) -> &'static str {
    match c {
        Country::Dk => "da",
        Country::De => "de",
        Country::Ee => "et",
        Country::Fi => "fi",
        Country::Lv => "lv",
        Country::Lt => "lt",
        Country::No => "no",
        Country::Se => "sv",
    }
}

/// Generates `count` published profiles; how many were stored.
pub async fn generate(db: &Db, count: usize, seed: u64) -> Result<usize, sqlx::Error> {
    let mut rng = StdRng::seed_from_u64(seed);
    let codes: Vec<&cpv::Cpv> = cpv::all().collect();
    let start = repo::published_count(db).await? as usize;
    let t0 = now();
    let mut batch = Vec::with_capacity(BATCH);
    for i in 0..count {
        let country = *Country::ALL.choose(&mut rng).expect("countries");
        let first = codes.choose(&mut rng).expect("codes");
        // A company's codes cluster: more codes from the first one's division.
        let division: Vec<&&cpv::Cpv> = codes.iter().filter(|c| c.code[..2] == first.code[..2]).collect();
        let mut cpv_codes = vec![first.code.clone()];
        for _ in 0..rng.gen_range(0..4) {
            let c = division.choose(&mut rng).expect("division");
            if !cpv_codes.contains(&c.code) {
                cpv_codes.push(c.code.clone());
            }
        }
        let regions_of: Vec<_> = nuts::regions_of(country).filter(|r| r.level >= 2).collect();
        let roll = rng.gen_range(0..10);
        let (all_eu, regions) = match roll {
            0 => (true, vec![]),
            1 | 2 => (false, vec![country.code().to_string()]),
            _ => {
                let n = rng.gen_range(1..=3);
                let mut r: Vec<String> = regions_of.choose_multiple(&mut rng, n).map(|r| r.code.clone()).collect();
                r.sort();
                (false, r)
            }
        };
        let mut languages = vec![home_language(country).to_string(), "en".to_string()];
        if rng.gen_bool(0.3) {
            let extra = LANGUAGES.choose(&mut rng).expect("languages").to_string();
            if !languages.contains(&extra) {
                languages.push(extra);
            }
        }
        let name = format!(
            "{} {} {} {}",
            WORDS.choose(&mut rng).expect("w"),
            NOUNS.choose(&mut rng).expect("n"),
            start + i + 1,
            legal_form(country)
        );
        let strength = STRENGTHS.choose(&mut rng).expect("s");
        let capability = format!(
            "We supply {} to public buyers. Our team is strong in {strength}, and we have delivered in {} since {}.",
            first.label.to_lowercase(),
            country.code(),
            rng.gen_range(1990..2024)
        );
        let size = *Size::ALL.choose(&mut rng).expect("sizes");
        batch.push(NewProfile {
            name: name.clone(),
            country: country.code().into(),
            // Marked as generated: these numbers are not in any register.
            registration_number: format!("GENERATED-{}", start + i + 1),
            size: size.code().into(),
            year_founded: rng.gen_range(1950..2025),
            website: format!("https://supplier{}.example.com", start + i + 1),
            all_eu,
            capability,
            innovation: format!("New: {strength} applied to {}.", first.label.to_lowercase()),
            contact_name: "Sales team".into(),
            contact_email: format!("sales@supplier{}.example.com", start + i + 1),
            cpv: cpv_codes,
            regions,
            languages,
            published_at: t0 - rng.gen_range(0..365 * 86_400),
        });
        if batch.len() == BATCH {
            repo::insert_published(db, &batch).await?;
            batch.clear();
        }
    }
    repo::insert_published(db, &batch).await?;
    app::tenders::repo::analyze(db).await?;
    Ok(count)
}

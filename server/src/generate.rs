//! Realistic tenders in any number, for demos and benchmarks: public bodies in every country
//! served (named after their NUTS regions), tenders across CPV divisions, procedures, innovation
//! characters, values and life-cycle states, with their OCDS releases. Deterministic for a seed.

use app::accounts::repo as accounts;
use app::db::{now, Db};
use app::identity::BodyType;
use app::reference::Code;
use app::reference::{cpv, nuts, Country};
use app::tenders::handlers::search_text;
use app::tenders::model::{Innovation, Procedure, Status};
use app::tenders::ocds;
use app::tenders::repo::{self, NewTender, Tender, TenderData};
use app::tenders::threshold::{classify, ContractType, Date, ThresholdInput};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const BODIES_PER_COUNTRY: usize = 12;
const BATCH: usize = 500;

const NEEDS: [&str; 12] = [
    "with lower energy use",
    "for a carbon-neutral city",
    "with open interfaces and open data",
    "that older residents can use on their own",
    "with predictive maintenance",
    "made from recycled materials",
    "as a service, paid by outcome",
    "for cross-border use in the Baltic Sea region",
    "piloted in two districts before roll-out",
    "that works without a mobile network",
    "with accessible user interfaces (EN 301 549)",
    "with a circular end-of-life plan",
];

const BODY_KINDS: [(&str, BodyType); 4] = [
    ("municipality", BodyType::RegionalOrLocal),
    ("regional council", BodyType::RegionalOrLocal),
    ("hospital district", BodyType::PublicLawBody),
    ("water and energy utility", BodyType::Utility),
];

struct Body {
    id: i64,
    name: String,
    country: Country,
    body_type: BodyType,
    nuts: String,
}

async fn public_bodies(db: &Db, rng: &mut StdRng) -> Result<Vec<Body>, sqlx::Error> {
    let mut bodies = Vec::new();
    for country in Country::ALL {
        let regions: Vec<_> = nuts::regions_of(country).filter(|r| r.level == 3).collect();
        for i in 0..BODIES_PER_COUNTRY {
            let Some(region) = regions.get(i % regions.len().max(1)) else { continue };
            let (kind, body_type) = *BODY_KINDS.choose(rng).expect("kinds");
            let body_type = if i == 0 { BodyType::CentralGovernment } else { body_type };
            let name = if body_type == BodyType::CentralGovernment {
                format!("{} procurement agency ({})", region.label, country.code())
            } else {
                format!("{} {kind}", region.label)
            };
            let id = accounts::insert_verified_public_body(db, &name, country.code(), body_type, &region.code).await?;
            bodies.push(Body { id, name, country, body_type, nuts: region.code.clone() });
        }
    }
    Ok(bodies)
}

fn contract_of(code: &str) -> ContractType {
    match code.get(..2).and_then(|d| d.parse::<u8>().ok()).unwrap_or(0) {
        45 => ContractType::Works,
        3..=44 | 48 => ContractType::Supplies,
        _ => ContractType::Services,
    }
}

/// A value between 10,000 and 20 million, spread evenly on a log scale, rounded to thousands.
fn value(rng: &mut StdRng) -> i64 {
    let exp = rng.gen_range(4.0_f64..7.3);
    (10_f64.powf(exp) / 1000.0).round() as i64 * 1000
}

fn tender(rng: &mut StdRng, body: &Body, codes: &[&cpv::Cpv], at: i64) -> NewTender {
    let main = *codes.choose(rng).expect("codes");
    // Additional codes from the main code's group, as buyers pick them.
    let group: Vec<&&cpv::Cpv> = codes.iter().filter(|c| c.code[..3] == main.code[..3] && c.code != main.code).collect();
    let mut extra: Vec<String> = (0..rng.gen_range(0..3)).filter_map(|_| group.choose(rng).map(|c| c.code.clone())).collect();
    extra.sort();
    extra.dedup();
    let need = NEEDS.choose(rng).expect("needs");
    let title = format!("{} {need}", main.label);
    let contract = contract_of(&main.code);
    let procedure = *Procedure::ALL.choose(rng).expect("procedures");
    let innovation = rng.gen_bool(0.7).then(|| Innovation::ALL.choose(rng).expect("codes").code().to_string());
    let value_eur = value(rng);
    // Published within the last year; deadlines from two months before today to three after.
    let published = at - rng.gen_range(0..365 * 86_400);
    let submission = (published + rng.gen_range(20..120) * 86_400).min(at + 90 * 86_400);
    let status = match rng.gen_range(0..100) {
        0..=4 => Status::Cancelled,
        5..=14 if submission < at => Status::Awarded,
        _ if submission < at => Status::Closed,
        _ => Status::Published,
    };
    let zone = body.country.time_zone();
    let day = app::i18n::date_in(published, zone);
    let above = Date::parse(&day)
        .and_then(|d| {
            classify(&ThresholdInput {
                estimated_value_eur: value_eur,
                buyer: body.body_type,
                contract,
                social_services: false,
                publication_date: d,
            })
            .ok()
        })
        .is_some_and(|v| v.above);
    // Above the EU threshold a national below-threshold procedure is not allowed (the form
    // refuses it too).
    let procedure = if above && procedure == Procedure::SimplifiedBelowThreshold { Procedure::Open } else { procedure };
    let description = format!(
        "{} is looking for {} {need}.\n\nWe welcome consortia and SMEs. A market dialogue precedes the procedure; questions are answered on PPI Hub.",
        body.name,
        main.label.to_lowercase(),
    );
    let mut codes_for_search = vec![main.code.as_str()];
    codes_for_search.extend(extra.iter().map(String::as_str));
    NewTender {
        organisation_id: body.id,
        created_by: None,
        country: body.country.code().into(),
        time_zone: zone.into(),
        status,
        published_at: Some(published),
        created_at: published - 7 * 86_400,
        data: TenderData {
            search_text: search_text(&title, &description, &body.name, &codes_for_search),
            title,
            description,
            contract_type: contract.code().into(),
            procedure: procedure.code().into(),
            innovation,
            value_amount: value_eur,
            currency: "EUR".into(),
            value_eur,
            social_services: false,
            main_cpv: main.code.clone(),
            additional_cpv: extra,
            nuts_code: body.nuts.clone(),
            lots: Vec::new(),
            questions_deadline: submission - 10 * 86_400,
            submission_deadline: submission,
            contact_name: "Procurement team".into(),
            contact_email: format!("procurement{}@{}.example.eu", body.id, body.country.code().to_lowercase()),
            notice_url: above
                .then(|| format!("https://ted.europa.eu/en/notice/-/detail/{}-{}", rng.gen_range(100_000..999_999), &day[..4])),
            ted_pending: false,
            above_threshold: above,
        },
    }
}

/// Generates `count` tenders (and the public bodies that publish them); how many were stored.
pub async fn generate(db: &Db, count: usize, seed: u64, ocid_prefix: &str, base_url: &str) -> Result<usize, sqlx::Error> {
    let mut rng = StdRng::seed_from_u64(seed);
    let bodies = public_bodies(db, &mut rng).await?;
    let codes: Vec<&cpv::Cpv> = cpv::all().collect();
    let at = now();
    let mut done = 0;
    while done < count {
        let chosen: Vec<&Body> = (0..BATCH.min(count - done)).map(|_| bodies.choose(&mut rng).expect("bodies")).collect();
        let batch: Vec<NewTender> = chosen.iter().map(|body| tender(&mut rng, body, &codes, at)).collect();
        let ids = repo::insert_many(db, &batch).await?;
        let mut releases = Vec::with_capacity(batch.len());
        for ((id, new), body) in ids.iter().zip(batch).zip(chosen) {
            let date = new.published_at.unwrap_or(at);
            let t = Tender {
                id: *id,
                organisation_id: new.organisation_id,
                buyer_name: body.name.clone(),
                buyer_type: body.body_type.as_str().into(),
                country: new.country,
                time_zone: new.time_zone,
                status: new.status,
                data: new.data,
                awarded_to: None,
                awarded_value: None,
                cancel_reason: None,
                published_at: new.published_at,
                created_at: new.created_at,
                updated_at: new.created_at,
            };
            let body_json = ocds::release(ocid_prefix, base_url, &t, "tender", date, 1);
            releases.push((*id, body_json["id"].as_str().unwrap_or_default().to_string(), date, body_json.to_string()));
        }
        repo::insert_releases(db, &releases).await?;
        done += ids.len();
    }
    repo::analyze(db).await?;
    Ok(done)
}

//! What the knowledge centre holds, shared by server and browser: the code lists of cases and
//! materials, and the structured case and material as stored and as content files give them.

use crate::reference::Code;
use serde::{Deserialize, Serialize};

macro_rules! code_list {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($variant:ident => $code:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),* }

        impl Code for $name {
            const ALL: &'static [Self] = &[$($name::$variant),*];
            const MESSAGE_PREFIX: &'static str = $prefix;
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }
        }
    };
}

code_list!(
    /// A case (a completed procurement told as a structured story) or a material (a guide …).
    Kind, "knowledge-kind", { Case => "case", Material => "material" }
);

code_list!(
    /// What kind of practical material it is.
    MaterialType, "material-type", {
        Guide => "guide", Checklist => "checklist", Template => "template", Legal => "legal",
        Tool => "tool", Report => "report", Video => "video",
    }
);

code_list!(
    /// The stage of a procurement a material serves, in the order of the European Commission's
    /// 2021 Guidance on innovation procurement.
    Stage, "knowledge-stage", {
        Strategy => "strategy", Needs => "needs", MarketConsultation => "market-consultation",
        ProcedureDesign => "procedure-design", TenderingAward => "tendering-award",
        ContractScaleUp => "contract-scale-up",
    }
);

code_list!(
    /// Whom a material is written for.
    Audience, "knowledge-audience", { Buyer => "buyer", Supplier => "supplier", Policy => "policy" }
);

code_list!(
    /// How much the reader should already know.
    Level, "knowledge-level", { Introductory => "introductory", Intermediate => "intermediate", Advanced => "advanced" }
);

code_list!(
    /// The size of the buyer's population, in bands (a case's source rarely gives the exact number).
    PopulationBand, "knowledge-population", {
        Under10k => "under-10k", From10kTo50k => "10k-50k", From50kTo100k => "50k-100k",
        From100kTo500k => "100k-500k", Over500k => "over-500k", National => "national",
    }
);

code_list!(
    /// What kind of public buyer the case's buyer is.
    BuyerType, "knowledge-buyer-type", {
        Municipality => "municipality", Region => "region", Central => "central", Hospital => "hospital",
        Utility => "utility", University => "university", Other => "other",
    }
);

code_list!(
    /// Where a case is on its way to the public: a body's draft, waiting for a moderator, returned
    /// with a comment, published, or retired (no longer shown, its history kept).
    Status, "knowledge-status", {
        Draft => "draft", Submitted => "submitted", Returned => "returned", Published => "published",
        Retired => "retired",
    }
);

code_list!(
    /// Whether an editor checked every field against the sources.
    Review, "knowledge-review", { Verified => "verified", Unverified => "unverified" }
);

impl PopulationBand {
    /// The bands entirely below `limit` inhabitants ("a city under 100,000").
    pub fn below(limit: u64) -> Vec<PopulationBand> {
        use PopulationBand::*;
        [(Under10k, 10_000), (From10kTo50k, 50_000), (From50kTo100k, 100_000), (From100kTo500k, 500_000)]
            .into_iter()
            .filter(|(_, top)| *top <= limit)
            .map(|(b, _)| b)
            .collect()
    }
}

/// The fixed sections of a case, in reading order; a section's id is its anchor on the page and
/// the id of its passage in the search index.
pub const CASE_SECTIONS: [&str; 8] =
    ["challenge", "why-not-standard", "market-engagement", "procedure", "outcome", "what-worked", "do-differently", "transfer"];

/// A link with a title (a source, a document, a reference).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A before/after figure of a case's outcome, as its source gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutcomeFigure {
    pub measure: String,
    #[serde(default)]
    pub before: String,
    #[serde(default)]
    pub after: String,
}

/// One section of an item's text: its id (anchor), heading and Markdown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub markdown: String,
}

/// An item's text in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
}

impl Text {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// The structured facts of a case: each a filter or a sort, not text. Empty where the source does
/// not say.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseFacts {
    pub buyer_name: String,
    pub buyer_names: Vec<String>,
    pub country: String,
    pub nuts: String,
    pub population_band: String,
    pub buyer_type: String,
    pub procedure: String,
    pub innovation: String,
    pub cpv: Vec<String>,
    pub themes: Vec<String>,
    pub prior_information_notice: Option<bool>,
    pub market_consultation: Option<bool>,
    pub consultation_participants: Option<i64>,
    pub need_date: String,
    pub consultation_date: String,
    pub call_date: String,
    pub award_date: String,
    pub deployment_date: String,
    pub estimated_value_eur: Option<i64>,
    pub awarded_value_eur: Option<i64>,
    pub bids_received: Option<i64>,
    pub sme_winners: Option<i64>,
    pub cross_border_winners: Option<i64>,
    pub ipr: String,
    pub ted: Vec<String>,
    pub ocids: Vec<String>,
    pub portal_url: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_url: String,
    pub outcomes: Vec<OutcomeFigure>,
    pub documents: Vec<Link>,
}

/// The structured facts of a practical material.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MaterialFacts {
    #[serde(rename = "type")]
    pub material_type: String,
    pub stages: Vec<String>,
    pub audiences: Vec<String>,
    pub level: String,
    pub themes: Vec<String>,
    pub version_date: String,
    pub author: String,
    pub link_url: String,
    pub superseded_by: String,
    pub references: Vec<Link>,
    /// A file kept in the platform's storage: its key, name and type (set on the platform).
    pub file_key: String,
    pub file_name: String,
    pub file_type: String,
}

/// Where an item's facts come from and how far to trust them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Provenance {
    pub source_url: String,
    pub source_title: String,
    pub source_publisher: String,
    pub sources: Vec<Link>,
    pub licence: String,
    pub review_status: String,
    pub last_verified: String,
}

/// The facts of an item, by its kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
// Items are few per request and moved rarely: boxing the larger variant buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum Facts {
    Case(CaseFacts),
    Material(MaterialFacts),
}

impl Facts {
    pub fn kind(&self) -> Kind {
        match self {
            Facts::Case(_) => Kind::Case,
            Facts::Material(_) => Kind::Material,
        }
    }
}

/// A partial date as sources give them ("2019", "2019-05", "2019-05-14"): its year, if any.
pub fn year_of(date: &str) -> Option<i32> {
    let year: String = date.chars().take(4).collect();
    (year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())).then(|| year.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_name_their_messages() {
        fn check<C: Code + PartialEq + std::fmt::Debug>() {
            for c in C::ALL {
                assert_eq!(C::parse(c.code()), Some(*c));
                assert!(c.code().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", c.code());
            }
        }
        check::<Kind>();
        check::<MaterialType>();
        check::<Stage>();
        check::<Audience>();
        check::<Level>();
        check::<PopulationBand>();
        check::<BuyerType>();
        check::<Status>();
        check::<Review>();
        assert_eq!(Stage::MarketConsultation.message_key(), "knowledge-stage-market-consultation");
    }

    #[test]
    fn population_bands_below_a_limit() {
        use PopulationBand::*;
        assert_eq!(PopulationBand::below(100_000), vec![Under10k, From10kTo50k, From50kTo100k]);
        assert_eq!(PopulationBand::below(50_000), vec![Under10k, From10kTo50k]);
        assert!(PopulationBand::below(5_000).is_empty());
    }

    #[test]
    fn years_of_partial_dates() {
        assert_eq!(year_of("2019"), Some(2019));
        assert_eq!(year_of("2019-05-14"), Some(2019));
        assert_eq!(year_of(""), None);
        assert_eq!(year_of("20€9"), None);
        assert_eq!(year_of("ééééé"), None);
    }
}

//! The procurement themes: what a public body procures in (its interests, a partner post's theme)
//! and what a knowledge case or material is about. One list, so a body's interests find cases.

use super::Code;
use serde::{Deserialize, Serialize};

/// What a public body procures in, broadly: enough to find peers with the same needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    HealthCare,
    MobilityTransport,
    EnergyClimate,
    DigitalServices,
    ConstructionBuildings,
    WaterEnvironment,
    Education,
    Food,
    SafetySecurity,
    CircularEconomy,
    Other,
}

impl Code for Theme {
    const ALL: &'static [Self] = &[
        Theme::HealthCare,
        Theme::MobilityTransport,
        Theme::EnergyClimate,
        Theme::DigitalServices,
        Theme::ConstructionBuildings,
        Theme::WaterEnvironment,
        Theme::Education,
        Theme::Food,
        Theme::SafetySecurity,
        Theme::CircularEconomy,
        Theme::Other,
    ];
    const MESSAGE_PREFIX: &'static str = "theme";
    fn code(self) -> &'static str {
        match self {
            Theme::HealthCare => "health_care",
            Theme::MobilityTransport => "mobility_transport",
            Theme::EnergyClimate => "energy_climate",
            Theme::DigitalServices => "digital_services",
            Theme::ConstructionBuildings => "construction_buildings",
            Theme::WaterEnvironment => "water_environment",
            Theme::Education => "education",
            Theme::Food => "food",
            Theme::SafetySecurity => "safety_security",
            Theme::CircularEconomy => "circular_economy",
            Theme::Other => "other",
        }
    }
}

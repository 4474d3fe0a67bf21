//! What a tender is, shared by server and browser: its kinds, procedures, innovation character,
//! currencies and life-cycle states, each with the code stored and the message that names it.

use super::threshold::ContractType;
use crate::reference::Code;
use serde::{Deserialize, Serialize};

impl Code for ContractType {
    const ALL: &'static [Self] = &ContractType::ALL;
    const MESSAGE_PREFIX: &'static str = "contract";
    fn code(self) -> &'static str {
        match self {
            ContractType::Works => "works",
            ContractType::Supplies => "supplies",
            ContractType::Services => "services",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Procedure {
    Open,
    Restricted,
    CompetitiveNegotiation,
    CompetitiveDialogue,
    InnovationPartnership,
    PreCommercial,
    NegotiatedWithoutPublication,
    SimplifiedBelowThreshold,
    MarketConsultation,
}

impl Code for Procedure {
    const ALL: &'static [Self] = &[
        Procedure::Open,
        Procedure::Restricted,
        Procedure::CompetitiveNegotiation,
        Procedure::CompetitiveDialogue,
        Procedure::InnovationPartnership,
        Procedure::PreCommercial,
        Procedure::NegotiatedWithoutPublication,
        Procedure::SimplifiedBelowThreshold,
        Procedure::MarketConsultation,
    ];
    const MESSAGE_PREFIX: &'static str = "procedure";
    fn code(self) -> &'static str {
        match self {
            Procedure::Open => "open",
            Procedure::Restricted => "restricted",
            Procedure::CompetitiveNegotiation => "neg_w_call",
            Procedure::CompetitiveDialogue => "comp_dial",
            Procedure::InnovationPartnership => "innovation",
            Procedure::PreCommercial => "pcp",
            Procedure::NegotiatedWithoutPublication => "neg_wo_call",
            Procedure::SimplifiedBelowThreshold => "simplified",
            Procedure::MarketConsultation => "market_consultation",
        }
    }
}

impl Procedure {
    /// The OCDS `procurementMethod` (open, selective, limited, direct) of the procedure.
    pub fn ocds_method(self) -> &'static str {
        match self {
            Procedure::Open | Procedure::SimplifiedBelowThreshold | Procedure::MarketConsultation => "open",
            Procedure::NegotiatedWithoutPublication => "limited",
            _ => "selective",
        }
    }
}

/// eForms BT-776 "Procurement of innovation", code list `innovative-acquisition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Innovation {
    /// `mar-nov`: a novel or significantly improved product, service or process.
    MarketNovelty,
    /// `proc-innov`: an innovative process.
    Process,
    /// `prod-innov`: an innovative product or service.
    Product,
    /// `rd-act`: research and development activities (e.g. pre-commercial procurement).
    ResearchDevelopment,
}

impl Code for Innovation {
    const ALL: &'static [Self] = &[Innovation::MarketNovelty, Innovation::Process, Innovation::Product, Innovation::ResearchDevelopment];
    const MESSAGE_PREFIX: &'static str = "innovation";
    fn code(self) -> &'static str {
        match self {
            Innovation::MarketNovelty => "mar-nov",
            Innovation::Process => "proc-innov",
            Innovation::Product => "prod-innov",
            Innovation::ResearchDevelopment => "rd-act",
        }
    }
}

/// Currencies of the region's public buyers (euro area, Denmark, Sweden, Norway).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    Eur,
    Dkk,
    Sek,
    Nok,
}

impl Code for Currency {
    const ALL: &'static [Self] = &[Currency::Eur, Currency::Dkk, Currency::Sek, Currency::Nok];
    const MESSAGE_PREFIX: &'static str = "currency";
    fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Dkk => "DKK",
            Currency::Sek => "SEK",
            Currency::Nok => "NOK",
        }
    }
}

/// Where a tender is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Seen only by its buyer's organisation.
    Draft,
    /// Public and open for questions and tenders until the submission deadline.
    Published,
    /// The submission deadline has passed, or the buyer closed it.
    Closed,
    Awarded,
    Cancelled,
}

impl Code for Status {
    const ALL: &'static [Self] = &[Status::Draft, Status::Published, Status::Closed, Status::Awarded, Status::Cancelled];
    const MESSAGE_PREFIX: &'static str = "status";
    fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Published => "published",
            Status::Closed => "closed",
            Status::Awarded => "awarded",
            Status::Cancelled => "cancelled",
        }
    }
}

impl Status {
    /// The status as the public sees it at `now`: a published tender whose submission deadline
    /// has passed is closed, whether or not anyone closed it.
    pub fn at(self, submission_deadline: i64, now: i64) -> Status {
        if self == Status::Published && submission_deadline <= now {
            Status::Closed
        } else {
            self
        }
    }

    /// The OCDS `tender.status` code.
    pub fn ocds(self) -> &'static str {
        match self {
            Status::Draft => "planned",
            Status::Published => "active",
            Status::Closed | Status::Awarded => "complete",
            Status::Cancelled => "cancelled",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        fn check<T: Code + PartialEq + std::fmt::Debug>() {
            for v in T::ALL {
                assert_eq!(T::parse(v.code()), Some(*v));
            }
            assert_eq!(T::parse("nonsense"), None);
        }
        check::<ContractType>();
        check::<Procedure>();
        check::<Innovation>();
        check::<Currency>();
        check::<Status>();
        assert_eq!(Procedure::PreCommercial.message_key(), "procedure-pcp");
        assert_eq!(Procedure::MarketConsultation.message_key(), "procedure-market-consultation");
    }

    #[test]
    fn a_passed_deadline_closes() {
        assert_eq!(Status::Published.at(100, 99), Status::Published);
        assert_eq!(Status::Published.at(100, 100), Status::Closed);
        assert_eq!(Status::Cancelled.at(100, 200), Status::Cancelled);
    }
}

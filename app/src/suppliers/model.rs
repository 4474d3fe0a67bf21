//! What a supplier profile is: its size by the EU SME definition, working languages, the steps
//! of its onboarding and how complete it is.

use crate::reference::Code;
use serde::{Deserialize, Serialize};

/// Company size as Commission Recommendation 2003/361/EC defines it (staff headcount and
/// turnover or balance sheet); micro, small and medium together are the SMEs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Size {
    Micro,
    Small,
    Medium,
    Large,
}

impl Code for Size {
    const ALL: &'static [Self] = &[Size::Micro, Size::Small, Size::Medium, Size::Large];
    const MESSAGE_PREFIX: &'static str = "size";
    fn code(self) -> &'static str {
        match self {
            Size::Micro => "micro",
            Size::Small => "small",
            Size::Medium => "medium",
            Size::Large => "large",
        }
    }
}

impl Size {
    pub fn is_sme(self) -> bool {
        self != Size::Large
    }
}

/// The languages a company may say it works in (ISO 639-1): the region's, its neighbours' and
/// the EU's most used. Each is named by the message `language-<code>`.
pub const LANGUAGES: [&str; 14] = ["en", "da", "de", "et", "fi", "lv", "lt", "sv", "no", "pl", "fr", "es", "it", "nl"];

/// Where a profile stands: being written, in the directory, or taken out of it by the company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfileStatus {
    Draft,
    Published,
    Hidden,
}

impl Code for ProfileStatus {
    const ALL: &'static [Self] = &[ProfileStatus::Draft, ProfileStatus::Published, ProfileStatus::Hidden];
    const MESSAGE_PREFIX: &'static str = "profile-status";
    fn code(self) -> &'static str {
        match self {
            ProfileStatus::Draft => "draft",
            ProfileStatus::Published => "published",
            ProfileStatus::Hidden => "hidden",
        }
    }
}

/// The onboarding steps, in order. Each is saved on its own, so a supplier can stop after any
/// step and come back to the first one not yet done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Company,
    Logo,
    Offer,
    About,
    References,
    Contact,
    Review,
}

impl Code for Step {
    const ALL: &'static [Self] = &[Step::Company, Step::Logo, Step::Offer, Step::About, Step::References, Step::Contact, Step::Review];
    const MESSAGE_PREFIX: &'static str = "step";
    fn code(self) -> &'static str {
        match self {
            Step::Company => "company",
            Step::Logo => "logo",
            Step::Offer => "offer",
            Step::About => "about",
            Step::References => "references",
            Step::Contact => "contact",
            Step::Review => "review",
        }
    }
}

impl Step {
    /// 1 for the first step.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step's bit in the stored set of steps done.
    pub fn bit(self) -> i64 {
        1 << (self.number() - 1)
    }

    pub fn next(self) -> Step {
        Self::ALL.get(self.number()).copied().unwrap_or(Step::Review)
    }

    /// Where a returning supplier resumes: the first step not done yet.
    pub fn resume(done: i64) -> Step {
        Self::ALL.iter().copied().find(|s| done & s.bit() == 0).unwrap_or(Step::Review)
    }
}

/// What the completeness indicator looks at, read off a stored profile.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileFacts {
    pub size: bool,
    pub vat_number: bool,
    pub year_founded: bool,
    pub website: bool,
    pub logo: bool,
    pub cpv_codes: usize,
    pub serves_somewhere: bool,
    pub languages: usize,
    pub capability: bool,
    pub innovation: bool,
    pub references: usize,
    pub certifications: bool,
    pub contact: bool,
}

/// One thing the indicator checks: its message (`complete-<key>`), the step that fills it in,
/// whether publishing needs it, and whether it is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub key: &'static str,
    pub step: Step,
    pub required: bool,
    pub done: bool,
}

/// Everything a good profile has; the required ones are what a buyer needs to find and judge
/// the company (what it supplies, where, in which languages, what it can do, whom to contact).
pub fn completeness(f: &ProfileFacts) -> Vec<Item> {
    let item = |key, step, required, done| Item { key, step, required, done };
    vec![
        item("size", Step::Company, true, f.size),
        item("vat", Step::Company, false, f.vat_number),
        item("year", Step::Company, false, f.year_founded),
        item("website", Step::Company, false, f.website),
        item("logo", Step::Logo, false, f.logo),
        item("cpv", Step::Offer, true, f.cpv_codes > 0),
        item("regions", Step::Offer, true, f.serves_somewhere),
        item("languages", Step::Offer, true, f.languages > 0),
        item("capability", Step::About, true, f.capability),
        item("innovation", Step::About, false, f.innovation),
        item("certifications", Step::About, false, f.certifications),
        item("references", Step::References, false, f.references > 0),
        item("contact", Step::Contact, true, f.contact),
    ]
}

/// The share of all items present, 0–100.
pub fn percent_complete(items: &[Item]) -> u8 {
    let done = items.iter().filter(|i| i.done).count();
    (done * 100 / items.len().max(1)) as u8
}

pub fn may_publish(items: &[Item]) -> bool {
    items.iter().all(|i| i.done || !i.required)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resumes_at_the_first_step_not_done() {
        assert_eq!(Step::resume(0), Step::Company);
        assert_eq!(Step::resume(Step::Company.bit() | Step::Logo.bit()), Step::Offer);
        // A step skipped and a later one done: back to the skipped one.
        assert_eq!(Step::resume(Step::Company.bit() | Step::Offer.bit()), Step::Logo);
        let all = Step::ALL.iter().fold(0, |acc, s| acc | s.bit());
        assert_eq!(Step::resume(all), Step::Review);
        assert_eq!(Step::Contact.next(), Step::Review);
        assert_eq!(Step::Review.next(), Step::Review);
        assert_eq!(Step::Offer.number(), 3);
    }

    #[test]
    fn completeness_counts_and_gates_publishing() {
        let empty = completeness(&ProfileFacts::default());
        assert_eq!(percent_complete(&empty), 0);
        assert!(!may_publish(&empty));
        let needed = ProfileFacts {
            size: true,
            cpv_codes: 2,
            serves_somewhere: true,
            languages: 1,
            capability: true,
            contact: true,
            ..Default::default()
        };
        let items = completeness(&needed);
        assert!(may_publish(&items));
        assert_eq!(percent_complete(&items), 46); // 6 of 13
        let missing: Vec<&str> = items.iter().filter(|i| !i.done).map(|i| i.key).collect();
        assert_eq!(missing, vec!["vat", "year", "website", "logo", "innovation", "certifications", "references"]);
    }

    #[test]
    fn smes_are_all_but_large() {
        assert!(Size::Micro.is_sme() && Size::Medium.is_sme());
        assert!(!Size::Large.is_sme());
        assert_eq!(Size::parse("small"), Some(Size::Small));
        assert_eq!(Size::Small.message_key(), "size-small");
    }
}

//! Who acts: a person's role, their organisation's kind and verification, and the signed-in user
//! as every page and handler sees it. The ground floor: every capability may use it.

#[cfg(feature = "ssr")]
pub mod viewer;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Buyer,
    Supplier,
    Moderator,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Buyer => "buyer",
            Role::Supplier => "supplier",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Buyer, Role::Supplier, Role::Moderator, Role::Admin].into_iter().find(|r| r.as_str() == s)
    }

    /// Moderators and admins verify public bodies.
    pub fn can_moderate(self) -> bool {
        matches!(self, Role::Moderator | Role::Admin)
    }
}

/// The legal category of a public buyer, as the procurement directives distinguish them
/// (it decides which EU threshold applies).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BodyType {
    CentralGovernment,
    RegionalOrLocal,
    PublicLawBody,
    Utility,
}

impl BodyType {
    pub const ALL: [BodyType; 4] = [BodyType::CentralGovernment, BodyType::RegionalOrLocal, BodyType::PublicLawBody, BodyType::Utility];

    pub fn as_str(self) -> &'static str {
        match self {
            BodyType::CentralGovernment => "central_government",
            BodyType::RegionalOrLocal => "regional_local",
            BodyType::PublicLawBody => "public_law_body",
            BodyType::Utility => "utility",
        }
    }

    pub fn parse(s: &str) -> Option<BodyType> {
        BodyType::ALL.into_iter().find(|b| b.as_str() == s)
    }

    pub fn message_key(self) -> String {
        format!("body-type-{}", self.as_str().replace('_', "-"))
    }
}

/// Where a public body stands with the moderators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verification {
    Pending,
    Verified,
    Rejected,
    /// Companies need no verification.
    NotRequired,
}

impl Verification {
    pub fn as_str(self) -> &'static str {
        match self {
            Verification::Pending => "pending",
            Verification::Verified => "verified",
            Verification::Rejected => "rejected",
            Verification::NotRequired => "not_required",
        }
    }

    pub fn parse(s: &str) -> Option<Verification> {
        [Verification::Pending, Verification::Verified, Verification::Rejected, Verification::NotRequired]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// The signed-in user, as every page sees them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub verification: Option<Verification>,
}

impl SessionUser {
    /// A buyer who acts for a public body, verified or not.
    pub fn is_buyer_with_body(&self) -> bool {
        self.role == Role::Buyer && self.organisation_id.is_some()
    }

    /// A buyer whose public body a moderator has verified: who may speak for it in public.
    pub fn is_verified_buyer(&self) -> bool {
        self.is_buyer_with_body() && self.verification == Some(Verification::Verified)
    }

    /// A supplier who belongs to a company.
    pub fn is_supplier_with_company(&self) -> bool {
        self.role == Role::Supplier && self.organisation_id.is_some()
    }

    /// Whether the user acts for this organisation.
    pub fn acts_for(&self, organisation_id: i64) -> bool {
        self.organisation_id == Some(organisation_id)
    }
}

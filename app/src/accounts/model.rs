//! What an account is, shared by server and browser.

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
    pub const ALL: [BodyType; 4] =
        [BodyType::CentralGovernment, BodyType::RegionalOrLocal, BodyType::PublicLawBody, BodyType::Utility];

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

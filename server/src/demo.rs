//! Demo data: a few organisations and one user of each role, so the platform can be tried at
//! once. Loading it twice changes nothing.

use app::accounts::passwords;
use app::accounts::repo::{self, NewOrganisation, NewUser};
use app::db::Db;
use app::i18n::Locale;
use app::identity::{BodyType, Role};

/// The password of every demo account (demo data is for trying the platform locally).
pub const DEMO_PASSWORD: &str = "demo-password-2026";

struct DemoUser {
    email: &'static str,
    name: &'static str,
    role: Role,
    locale: Locale,
    org: Option<fn() -> NewOrganisation>,
    verified_body: bool,
}

const USERS: [DemoUser; 6] = [
    DemoUser { email: "admin@demo.ppihub.eu", name: "Ada Admin", role: Role::Admin, locale: Locale::En, org: None, verified_body: false },
    DemoUser {
        email: "moderator@demo.ppihub.eu",
        name: "Mona Moderaator",
        role: Role::Moderator,
        locale: Locale::Et,
        org: None,
        verified_body: false,
    },
    DemoUser {
        email: "buyer@demo.ppihub.eu",
        name: "Aino Virtanen",
        role: Role::Buyer,
        locale: Locale::Fi,
        org: Some(|| NewOrganisation::PublicBody {
            name: "Helsingin kaupunki".into(),
            country: "FI".into(),
            body_type: BodyType::RegionalOrLocal,
            nuts_code: "FI1B1".into(),
        }),
        verified_body: true,
    },
    DemoUser {
        email: "buyer.dk@demo.ppihub.eu",
        name: "Mette Jensen",
        role: Role::Buyer,
        locale: Locale::Da,
        org: Some(|| NewOrganisation::PublicBody {
            name: "Region Hovedstaden".into(),
            country: "DK".into(),
            body_type: BodyType::RegionalOrLocal,
            nuts_code: "DK01".into(),
        }),
        verified_body: true,
    },
    DemoUser {
        email: "buyer.pending@demo.ppihub.eu",
        name: "Jānis Bērziņš",
        role: Role::Buyer,
        locale: Locale::Lv,
        org: Some(|| NewOrganisation::PublicBody {
            name: "Rīgas valstspilsētas pašvaldība".into(),
            country: "LV".into(),
            body_type: BodyType::RegionalOrLocal,
            nuts_code: "LV00A".into(),
        }),
        verified_body: false,
    },
    DemoUser {
        email: "supplier@demo.ppihub.eu",
        name: "Jonas Petrauskas",
        role: Role::Supplier,
        locale: Locale::Lt,
        org: Some(|| NewOrganisation::Company {
            name: "Baltic Smart Mobility UAB".into(),
            country: "LT".into(),
            registration_number: "305123456".into(),
        }),
        verified_body: false,
    },
];

/// Tenders the demo starts with (generated once, by public bodies of every country).
pub const DEMO_TENDERS: usize = 300;
/// Published supplier profiles the demo directory starts with (generated once).
pub const DEMO_SUPPLIERS: usize = 200;

/// Loads what is missing; returns the lines to print (e-mail, role).
pub async fn load(db: &Db, ocid_prefix: &str, base_url: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    if app::tenders::repo::count(db).await? == 0 {
        crate::generate::generate(db, DEMO_TENDERS, 2026, ocid_prefix, base_url).await?;
    }
    if app::suppliers::repo::published_count(db).await? == 0 {
        crate::generate_suppliers::generate(db, DEMO_SUPPLIERS, 2026).await?;
    }
    let hash = passwords::hash(DEMO_PASSWORD.into()).await;
    let mut logins = Vec::new();
    for u in USERS {
        logins.push((u.email.to_string(), u.role.as_str().to_string()));
        let user = NewUser { email: u.email.into(), password_hash: hash.clone(), name: u.name.into(), role: u.role, locale: u.locale };
        let id = match repo::create_account(db, user, u.org.map(|f| f())).await {
            Ok(id) => id,
            // Loaded before (or by another process just now): it is there, as wanted.
            Err(e) if e.as_database_error().is_some_and(|d| d.is_unique_violation()) => continue,
            Err(e) => return Err(e),
        };
        repo::set_email_verified(db, id).await?;
        if u.verified_body {
            repo::verify_organisation_of(db, id).await?;
        }
    }
    Ok(logins)
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::reference::nuts;

    #[test]
    fn demo_public_bodies_lie_in_real_regions_of_their_country() {
        for u in USERS {
            if let Some(NewOrganisation::PublicBody { country, nuts_code, .. }) = u.org.map(|f| f()) {
                let region = nuts::region(&nuts_code).unwrap_or_else(|| panic!("{nuts_code} is no NUTS 2024 region"));
                assert_eq!(region.country, country);
            }
        }
    }
}

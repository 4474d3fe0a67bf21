//! What happens when a supplier posts a step of its profile, publishes, hides or deletes it.
//! Only the company's own people may: checked here on the server, whatever the page showed.

use super::access::may_edit;
use super::model::{completeness, may_publish, ProfileStatus, Step};
use super::repo::{self, CompanyStep};
use super::rules;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest, Outcome};
use crate::i18n::today_in;
use crate::identity::SessionUser;
use crate::reference::Code;
use crate::reference::{cpv, cpv_code, nuts, registration, Country};
use crate::state::AppState;
use crate::suppliers::forms::SupplierForm;
use crate::validation::{parse_amount, CONTEXT_TODAY};
use crate::validation::{FieldErrors, FormValues};
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The signed-in user's company, or the refusal to answer (the response itself: a handler
/// returns it as it is, so boxing it would buy nothing).
#[allow(clippy::result_large_err)]
fn company_of(req: &FormRequest) -> Result<(SessionUser, i64), Response> {
    match req.viewer().user.filter(may_edit) {
        Some(u) => {
            let org = u.organisation_id.unwrap_or_default();
            Ok((u, org))
        }
        None => Err(StatusCode::FORBIDDEN.into_response()),
    }
}

/// The posted values with the server's own date put in, so year checks use today's date.
pub fn with_today(values: &FormValues, country: &str) -> FormValues {
    let mut v = values.clone();
    let zone = Country::from_code(country).map(|c| c.time_zone()).unwrap_or("Europe/Brussels");
    v.insert(CONTEXT_TODAY.into(), today_in(zone));
    v
}

fn step_path(step: Step) -> String {
    format!("/suppliers/profile/{}", step.code())
}

fn saved(step: Step) -> String {
    format!("{}?notice=step-saved", step_path(step.next()))
}

/// Every code in a list must exist in the CPV list or the NUTS regions.
fn unknown_codes(codes: &[String], exists: impl Fn(&str) -> bool) -> bool {
    codes.iter().any(|c| !exists(c))
}

/// POST `/suppliers/profile/{step}` for the steps that are one form.
pub async fn save_step(State(state): State<AppState>, Path(step): Path<String>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some(step) = Step::parse(&step).filter(|s| matches!(s, Step::Company | Step::Offer | Step::About | Step::Contact)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = match step {
        Step::Company => save_company(&state, &req, org).await,
        Step::Offer => save_offer(&state, &req, org).await,
        Step::About => save_about(&state, &req, org).await,
        _ => save_contact(&state, &req, org).await,
    };
    finish(&state, req, &step_path(step), "step", result).await
}

async fn save_company(state: &AppState, req: &FormRequest, org: i64) -> Result<Outcome, AppError> {
    let values = with_today(&req.values, req.value("country"));
    let errors = SupplierForm::Company.validate(&values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let get = |k| crate::validation::value(&values, k);
    let country = Country::from_code(get("country")).unwrap_or(Country::Fi);
    let registration_number = registration::normalise(country, get("registration_number"));
    // Another company with this number: the supplier is told, never merged silently.
    if let Some((other, _)) = repo::company_by_registration(&state.db, country.code(), &registration_number).await? {
        if other != org {
            return Ok(Err(FieldErrors::from_field("registration_number", "err-company-exists")));
        }
    }
    let step = CompanyStep {
        name: get("name").into(),
        country: country.code().into(),
        registration_number,
        vat_number: get("vat_number").chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_uppercase(),
        size: get("size").into(),
        year_founded: get("year_founded").parse().ok(),
        website: get("website").into(),
    };
    match repo::save_company(&state.db, org, &step).await {
        Ok(()) => Ok(Ok(saved(Step::Company))),
        Err(e) if e.as_database_error().is_some_and(|d| d.is_unique_violation()) => {
            Ok(Err(FieldErrors::from_field("registration_number", "err-company-exists")))
        }
        Err(e) => Err(e.into()),
    }
}

async fn save_offer(state: &AppState, req: &FormRequest, org: i64) -> Result<Outcome, AppError> {
    let mut errors = SupplierForm::Offer.validate(&req.values);
    let codes = cpv_code::split_list(req.value("cpv"));
    let regions = cpv_code::split_list(&req.value("regions").to_uppercase());
    if errors.get("cpv").is_none() && unknown_codes(&codes, |c| cpv::lookup(c).is_some()) {
        errors.add("cpv", "err-cpv-unknown");
    }
    if errors.get("regions").is_none() && unknown_codes(&regions, |c| nuts::region(c).is_some() || Country::from_code(c).is_some()) {
        errors.add("regions", "err-nuts-unknown");
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let languages = rules::languages(req.value("languages"));
    repo::save_offer(&state.db, org, &codes, &regions, req.value("all_eu") == "yes", &languages).await?;
    Ok(Ok(saved(Step::Offer)))
}

async fn save_about(state: &AppState, req: &FormRequest, org: i64) -> Result<Outcome, AppError> {
    let errors = SupplierForm::About.validate(&req.values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    repo::save_about(&state.db, org, req.value("capability"), req.value("innovation"), req.value("certifications")).await?;
    Ok(Ok(saved(Step::About)))
}

async fn save_contact(state: &AppState, req: &FormRequest, org: i64) -> Result<Outcome, AppError> {
    let errors = SupplierForm::Contact.validate(&req.values);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let weekly = req.value("weekly_tenders") == "yes";
    repo::save_contact(&state.db, org, req.value("contact_name"), req.value("contact_email"), req.value("contact_phone"), weekly).await?;
    Ok(Ok(saved(Step::Contact)))
}

/// POST `/suppliers/profile/{step}/next`: a step with nothing more to save (logo skipped,
/// references done) is marked done, and the supplier goes on.
pub async fn next_step(State(state): State<AppState>, Path(step): Path<String>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some(step) = Step::parse(&step).filter(|s| matches!(s, Step::Logo | Step::References)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = repo::mark_step(&state.db, org, step).await.map(|_| Ok(step_path(step.next()))).map_err(AppError::from);
    finish(&state, req, &step_path(step), "next", result).await
}

/// A company names at most this many references.
pub const REFERENCES_MAX: i64 = 20;

pub async fn add_reference(State(state): State<AppState>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = async {
        let profile = repo::own_profile(&state.db, org).await?.ok_or_else(|| AppError::new("supplier without company"))?;
        let values = with_today(&req.values, &profile.country);
        let errors = SupplierForm::Reference.validate(&values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if repo::reference_count(&state.db, org).await? >= REFERENCES_MAX {
            return Ok(Err(FieldErrors::form("err-too-many")));
        }
        let get = |k| crate::validation::value(&values, k);
        let year = get("year").parse().unwrap_or(0);
        repo::add_reference(&state.db, org, get("buyer"), year, parse_amount(get("value")).unwrap_or(0), get("description")).await?;
        Ok(Ok("/suppliers/profile/references?notice=reference-added".to_string()))
    }
    .await;
    finish(&state, req, "/suppliers/profile/references", "reference", result).await
}

pub async fn delete_reference(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = match repo::delete_reference(&state.db, org, id).await {
        // Another company's reference, or one already gone: nothing here by that id.
        Ok(false) => return StatusCode::NOT_FOUND.into_response(),
        Ok(true) => Ok(Ok("/suppliers/profile/references?notice=reference-removed".to_string())),
        Err(e) => Err(AppError::from(e)),
    };
    finish(&state, req, "/suppliers/profile/references", &format!("delete-reference-{id}"), result).await
}

/// POST `/suppliers/profile/publish`, `…/hide` and `…/delete`.
pub async fn change_status(State(state): State<AppState>, Path(action): Path<String>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    if !matches!(action.as_str(), "publish" | "hide" | "delete") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let result = async {
        let Some(profile) = repo::own_profile(&state.db, org).await? else { return Err(AppError::new("supplier without company")) };
        match action.as_str() {
            "publish" => {
                if !may_publish(&completeness(&profile.facts())) {
                    return Ok(Err(FieldErrors::form("err-profile-incomplete")));
                }
                repo::set_status(&state.db, org, ProfileStatus::Published).await?;
                repo::mark_step(&state.db, org, Step::Review).await?;
                Ok(Ok(format!("/suppliers/{org}?notice=profile-published")))
            }
            "hide" => {
                repo::set_status(&state.db, org, ProfileStatus::Hidden).await?;
                Ok(Ok("/suppliers/profile/review?notice=profile-hidden".to_string()))
            }
            _ => {
                if req.value("confirm") != "yes" {
                    return Ok(Err(FieldErrors::from_field("confirm", "err-confirm-delete")));
                }
                if let Some(key) = repo::delete_profile(&state.db, org).await? {
                    crate::uploads::remove(&state, &key).await;
                }
                Ok(Ok("/dashboard?notice=profile-deleted".to_string()))
            }
        }
    }
    .await;
    finish(&state, req, "/suppliers/profile/review", &action, result).await
}

/// POST `/suppliers/weekly`: the weekly "tenders for you" e-mail on or off.
pub async fn set_weekly(State(state): State<AppState>, req: FormRequest) -> Response {
    let (_, org) = match company_of(&req) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let on = req.value("weekly") == "yes";
    let result = repo::set_weekly(&state.db, org, on)
        .await
        .map(|_| Ok(format!("/dashboard?notice={}", if on { "weekly-on" } else { "weekly-off" })))
        .map_err(AppError::from);
    finish(&state, req, "/dashboard", "weekly", result).await
}

//! What happens when a tender form is posted: drafting and amending, the life cycle, questions
//! and answers, following. Every handler checks on the server who may act, whatever the page
//! showed, and re-checks the form with the rule the browser used.

use super::access::{may_ask, may_draft, may_publish, owns};
use super::model::{Currency, Status};
use super::ocds;
use super::repo::{self, Tender, TenderData};
use super::rules::{self, CONTEXT_BUYER_TYPE};
use crate::accounts::repo as accounts;
use crate::db::now;
use crate::forms::Choice;
use crate::forms::FormRule;
use crate::forms::{finish, FormRequest};
use crate::i18n::{local_input, parse_local, today_in};
use crate::identity::SessionUser;
use crate::mail::Mail;
use crate::reference::Code;
use crate::reference::{cpv, cpv_code, nuts, Country};
use crate::state::AppState;
use crate::tenders::forms::TenderForm;
use crate::validation::{parse_amount, CONTEXT_TODAY};
use crate::validation::{FieldErrors, FormValues};
use crate::web::AppError;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

/// The public body a buyer acts for: its legal type, country and time zone.
struct Buyer {
    name: String,
    body_type: String,
    country: Country,
}

async fn buyer_of(state: &AppState, user: &SessionUser) -> Result<Option<Buyer>, AppError> {
    let Some(org_id) = user.organisation_id else { return Ok(None) };
    let Some(org) = accounts::organisation(&state.db, org_id).await? else { return Ok(None) };
    let Some(country) = Country::from_code(&org.country) else { return Ok(None) };
    Ok(Some(Buyer { name: org.name, body_type: org.body_type.unwrap_or_default(), country }))
}

/// The values the server decides, put into a posted form before it is checked.
fn with_context(values: &FormValues, buyer: &Buyer) -> FormValues {
    let mut v = values.clone();
    v.insert(CONTEXT_BUYER_TYPE.into(), buyer.body_type.clone());
    v.insert(CONTEXT_TODAY.into(), today_in(buyer.country.time_zone()));
    v
}

/// Checks a posted tender form as the browser did, then what only the server can (codes exist,
/// deadlines are real and in the future), and builds what is stored.
fn checked_tender(values: &FormValues, buyer: &Buyer) -> Result<TenderData, FieldErrors> {
    let v = with_context(values, buyer);
    let get = |k: &str| crate::validation::value(&v, k);
    let mut errors = TenderForm::Tender.validate(&v);
    if errors.get("main_cpv").is_none() && cpv::lookup(get("main_cpv")).is_none() {
        errors.add("main_cpv", "err-cpv-unknown");
    }
    let additional = cpv_code::split_list(get("additional_cpv"));
    if errors.get("additional_cpv").is_none() && additional.iter().any(|c| cpv::lookup(c).is_none()) {
        errors.add("additional_cpv", "err-cpv-unknown");
    }
    if errors.get("nuts").is_none() && nuts::region(get("nuts")).is_none() {
        errors.add("nuts", "err-nuts-unknown");
    }
    let zone = buyer.country.time_zone();
    let questions_deadline = parse_local(get("questions_deadline"), zone);
    let submission_deadline = parse_local(get("submission_deadline"), zone);
    if errors.get("questions_deadline").is_none() && questions_deadline.is_none() {
        errors.add("questions_deadline", "err-datetime-invalid");
    }
    match submission_deadline {
        None => errors.add("submission_deadline", "err-datetime-invalid"),
        Some(t) if t <= now() => errors.add("submission_deadline", "err-deadline-past"),
        Some(_) => {}
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let currency = Currency::parse(get("currency")).unwrap_or(Currency::Eur);
    let value_amount = parse_amount(get("value")).unwrap_or(0);
    let value_eur = if currency == Currency::Eur { value_amount } else { parse_amount(get("value_eur")).unwrap_or(0) };
    let main_cpv = get("main_cpv").to_string();
    let codes: Vec<&str> = std::iter::once(main_cpv.as_str()).chain(additional.iter().map(String::as_str)).collect();
    let search_text = search_text(get("title"), get("description"), &buyer.name, &codes);
    Ok(TenderData {
        title: get("title").into(),
        description: get("description").into(),
        contract_type: get("contract_type").into(),
        procedure: get("procedure").into(),
        innovation: Some(get("innovation").to_string()).filter(|i| !i.is_empty()),
        value_amount,
        currency: currency.code().into(),
        value_eur,
        social_services: get("social_services") == "yes",
        additional_cpv: additional.into_iter().filter(|c| *c != main_cpv).collect(),
        main_cpv,
        nuts_code: get("nuts").into(),
        lots: rules::lots(get("lots")),
        questions_deadline: questions_deadline.unwrap_or(0),
        submission_deadline: submission_deadline.unwrap_or(0),
        contact_name: get("contact_name").into(),
        contact_email: get("contact_email").into(),
        notice_url: Some(get("notice_url").to_string()).filter(|u| !u.is_empty()),
        ted_pending: get("ted_pending") == "yes",
        above_threshold: rules::verdict(&v).is_some_and(|v| v.above),
        search_text,
    })
}

/// What the text search reads: title, description, buyer and the CPV labels, lower-cased.
pub fn search_text(title: &str, description: &str, buyer: &str, cpv_codes: &[&str]) -> String {
    let labels: Vec<&str> = cpv_codes.iter().filter_map(|c| cpv::lookup(c)).map(|c| c.label.as_str()).collect();
    format!("{title} {description} {buyer} {}", labels.join(" ")).to_lowercase()
}

/// The form values of a stored tender, to fill the edit form.
pub fn form_values(t: &Tender) -> FormValues {
    let d = &t.data;
    let eur = Currency::parse(&d.currency) == Some(Currency::Eur);
    [
        ("title", d.title.clone()),
        ("description", d.description.clone()),
        ("contract_type", d.contract_type.clone()),
        ("procedure", d.procedure.clone()),
        ("innovation", d.innovation.clone().unwrap_or_default()),
        ("value", d.value_amount.to_string()),
        ("currency", d.currency.clone()),
        ("value_eur", if eur { String::new() } else { d.value_eur.to_string() }),
        ("social_services", if d.social_services { "yes".into() } else { String::new() }),
        ("main_cpv", d.main_cpv.clone()),
        ("additional_cpv", d.additional_cpv.join(", ")),
        ("nuts", d.nuts_code.clone()),
        ("lots", d.lots.join("\n")),
        ("questions_deadline", local_input(d.questions_deadline, &t.time_zone)),
        ("submission_deadline", local_input(d.submission_deadline, &t.time_zone)),
        ("contact_name", d.contact_name.clone()),
        ("contact_email", d.contact_email.clone()),
        ("notice_url", d.notice_url.clone().unwrap_or_default()),
        ("ted_pending", if d.ted_pending { "yes".into() } else { String::new() }),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// What changed between two versions, field by field, as the form shows the values: the
/// amendment's entries in the public change history.
pub fn differences(old: &Tender, new: &TenderData) -> Vec<repo::FieldChange> {
    let before = form_values(old);
    let mut after_tender = old.clone();
    after_tender.data = new.clone();
    let after = form_values(&after_tender);
    before
        .iter()
        .filter(|(k, v)| after.get(*k) != Some(*v))
        .map(|(k, v)| repo::FieldChange { field: k.clone(), before: v.clone(), after: after.get(k).cloned().unwrap_or_default() })
        .collect()
}

// ---- drafting and amending ----

pub async fn create(State(state): State<AppState>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_draft) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let Some(buyer) = buyer_of(&state, &user).await? else { return Err(AppError::new("buyer without public body")) };
        let data = match checked_tender(&req.values, &buyer) {
            Ok(d) => d,
            Err(e) => return Ok(Err(e)),
        };
        let org = user.organisation_id.unwrap_or_default();
        let id = repo::insert_draft(&state.db, org, user.id, buyer.country.code(), buyer.country.time_zone(), &data).await?;
        Ok(Ok(format!("/tenders/{id}?notice=draft-saved")))
    }
    .await;
    finish(&state, req, "/tenders/new", "tender", result).await
}

/// The tender `id` if the signed-in user speaks for its buyer; otherwise the refusal to answer.
async fn owned(state: &AppState, req: &FormRequest, id: i64) -> Result<(SessionUser, Tender), Response> {
    let Some(user) = req.viewer().user else { return Err(StatusCode::FORBIDDEN.into_response()) };
    match repo::find(&state.db, id).await {
        Ok(Some(t)) if owns(&user, &t) => Ok((user, t)),
        Ok(Some(_)) => Err(StatusCode::FORBIDDEN.into_response()),
        Ok(None) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

pub async fn edit(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (user, tender) = match owned(&state, &req, id).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let result = async {
        if !matches!(tender.status_now(), Status::Draft | Status::Published) {
            return Ok(Err(FieldErrors::form("err-tender-not-editable")));
        }
        let Some(buyer) = buyer_of(&state, &user).await? else { return Err(AppError::new("buyer without public body")) };
        let data = match checked_tender(&req.values, &buyer) {
            Ok(d) => d,
            Err(e) => return Ok(Err(e)),
        };
        let published = tender.status == Status::Published;
        // Only a published tender's changes are history; a draft changes freely.
        let changes = if published { differences(&tender, &data) } else { Vec::new() };
        repo::update(&state.db, id, user.id, &data, &changes).await?;
        if published && !changes.is_empty() {
            ocds::publish_release(&state, id, "tenderAmendment").await?;
            tell_followers(&state, &tender, "tender-amended").await?;
        }
        Ok(Ok(format!("/tenders/{id}?notice={}", if published { "tender-amended" } else { "draft-saved" })))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}/edit"), "tender", result).await
}

async fn tell_followers(state: &AppState, t: &Tender, kind: &str) -> Result<(), AppError> {
    let link = format!("{}/tenders/{}", state.config.base_url, t.id);
    for f in repo::followers(&state.db, t.id).await? {
        let args = vec![("name", f.name), ("title", t.data.title.clone()), ("link", link.clone())];
        state.mailer.send(Mail { to: &f.email, locale: f.locale, kind, args }).await?;
    }
    Ok(())
}

// ---- the life cycle ----

pub async fn publish(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let (user, tender) = match owned(&state, &req, id).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    if !may_publish(&user) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let result = async {
        let Some(buyer) = buyer_of(&state, &user).await? else { return Err(AppError::new("buyer without public body")) };
        // Checked again as of today: deadlines may have passed and thresholds changed since drafting.
        let data = match checked_tender(&form_values(&tender), &buyer) {
            Ok(d) => d,
            Err(_) => return Ok(Err(FieldErrors::form("err-tender-incomplete"))),
        };
        repo::set_above_threshold(&state.db, id, data.above_threshold).await?;
        if !repo::transition(&state.db, id, &[Status::Draft], Status::Published).await? {
            return Ok(Err(FieldErrors::form("err-tender-not-editable")));
        }
        ocds::publish_release(&state, id, "tender").await?;
        Ok(Ok(format!("/tenders/{id}?notice=tender-published")))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "publish", result).await
}

pub async fn close(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let result = match owned(&state, &req, id).await {
        Ok(_) => {
            async {
                if !repo::transition(&state.db, id, &[Status::Published], Status::Closed).await? {
                    return Ok(Err(FieldErrors::form("err-tender-not-editable")));
                }
                ocds::publish_release(&state, id, "tenderUpdate").await?;
                Ok(Ok(format!("/tenders/{id}?notice=tender-closed")))
            }
            .await
        }
        Err(refused) => return refused,
    };
    finish(&state, req, &format!("/tenders/{id}"), "close", result).await
}

pub async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let tender = match owned(&state, &req, id).await {
        Ok((_, t)) => t,
        Err(refused) => return refused,
    };
    let result = async {
        let errors = TenderForm::Cancel.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        // Only a tender that was public is cancelled (and stays public, with the reason); a
        // draft is deleted instead, so nothing unverified ever becomes public this way.
        if !repo::transition(&state.db, id, &[Status::Published, Status::Closed], Status::Cancelled).await? {
            return Ok(Err(FieldErrors::form("err-tender-not-editable")));
        }
        repo::set_cancel_reason(&state.db, id, req.value("reason")).await?;
        ocds::publish_release(&state, id, "tenderCancellation").await?;
        tell_followers(&state, &tender, "tender-cancelled").await?;
        Ok(Ok(format!("/tenders/{id}?notice=tender-cancelled")))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "cancel", result).await
}

/// Discards a draft: it was never public, so it goes with its documents and leaves no trace.
pub async fn delete_draft(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    if let Err(refused) = owned(&state, &req, id).await {
        return refused;
    }
    let result = async {
        let Some(keys) = repo::delete_draft(&state.db, id).await? else {
            return Ok(Err(FieldErrors::form("err-tender-not-editable")));
        };
        for key in keys {
            crate::uploads::remove(&state, &key).await;
        }
        Ok(Ok("/tenders/mine?notice=tender-draft-deleted".to_string()))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "delete", result).await
}

pub async fn award(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let tender = match owned(&state, &req, id).await {
        Ok((_, t)) => t,
        Err(refused) => return refused,
    };
    let result = async {
        let errors = TenderForm::Award.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        // Only once tenders are in: after the deadline, or closed by the buyer.
        if tender.status_now() != Status::Closed {
            return Ok(Err(FieldErrors::form("err-tender-not-closed")));
        }
        if !repo::transition(&state.db, id, &[Status::Published, Status::Closed], Status::Awarded).await? {
            return Ok(Err(FieldErrors::form("err-tender-not-editable")));
        }
        repo::set_award(&state.db, id, req.value("winner"), parse_amount(req.value("awarded_value")).unwrap_or(0)).await?;
        ocds::publish_release(&state, id, "award").await?;
        tell_followers(&state, &tender, "tender-awarded").await?;
        Ok(Ok(format!("/tenders/{id}?notice=tender-awarded")))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "award", result).await
}

// ---- questions, answers, following ----

/// A public tender (never a draft) for anyone signed in.
async fn public_tender(state: &AppState, id: i64) -> Result<Option<Tender>, AppError> {
    Ok(repo::find(&state.db, id).await?.filter(|t| t.status != Status::Draft))
}

pub async fn ask(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user.filter(may_ask) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let result = async {
        let Some(tender) = public_tender(&state, id).await? else { return Err(AppError::NotFound) };
        let errors = TenderForm::Question.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if tender.status_now() != Status::Published || tender.data.questions_deadline <= now() {
            return Ok(Err(FieldErrors::form("err-questions-closed")));
        }
        if !state.limits.allow(req.ip(), Some(&format!("question:{}", user.id))) {
            return Ok(Err(FieldErrors::form("err-rate-limited")));
        }
        repo::ask(&state.db, id, user.id, req.value("question")).await?;
        // The buyer's people hear of it, without who asked.
        for member in accounts::members_of(&state.db, tender.organisation_id).await? {
            let args = vec![
                ("name", member.name.clone()),
                ("title", tender.data.title.clone()),
                ("link", format!("{}/tenders/{id}#questions", state.config.base_url)),
            ];
            state.mailer.send(Mail { to: &member.email, locale: member.locale, kind: "question-asked", args }).await?;
        }
        Ok(Ok(format!("/tenders/{id}?notice=question-sent#questions")))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "ask", result).await
}

pub async fn answer(State(state): State<AppState>, Path((id, question_id)): Path<(i64, i64)>, req: FormRequest) -> Response {
    let tender = match owned(&state, &req, id).await {
        Ok((_, t)) => t,
        Err(refused) => return refused,
    };
    let result = async {
        let errors = TenderForm::Answer.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let repo::Answering::Answered { asker_id: asker } = repo::answer(&state.db, id, question_id, req.value("answer")).await? else {
            return Ok(Err(FieldErrors::form("err-already-answered")));
        };
        let link = format!("{}/tenders/{id}#questions", state.config.base_url);
        if let Some(login) = match asker {
            Some(a) => accounts::login_by_id(&state.db, a).await?,
            None => None,
        } {
            let args = vec![("name", login.name.clone()), ("title", tender.data.title.clone()), ("link", link.clone())];
            state.mailer.send(Mail { to: &login.email, locale: login.locale, kind: "question-answered", args }).await?;
        }
        tell_followers(&state, &tender, "tender-answered").await?;
        Ok(Ok(format!("/tenders/{id}?notice=answer-published#questions")))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), &format!("answer-{question_id}"), result).await
}

pub async fn follow(State(state): State<AppState>, Path(id): Path<i64>, req: FormRequest) -> Response {
    let Some(user) = req.viewer().user else { return StatusCode::FORBIDDEN.into_response() };
    let result = async {
        if public_tender(&state, id).await?.is_none() {
            return Err(AppError::NotFound);
        }
        let on = req.value("follow") == "yes";
        repo::follow(&state.db, id, user.id, on).await?;
        Ok(Ok(format!("/tenders/{id}?notice={}", if on { "following" } else { "unfollowed" })))
    }
    .await;
    finish(&state, req, &format!("/tenders/{id}"), "follow", result).await
}

// ---- calendar and code pickers ----

/// Text as an iCalendar value (RFC 5545 §3.3.11): backslash, semicolon, comma and new line escaped.
fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\r', "").replace('\n', "\\n")
}

fn ics_time(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// The submission deadline as a calendar event ("add to calendar").
pub async fn calendar(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let Some(t) = public_tender(&state, id).await? else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    let url = format!("{}/tenders/{id}", state.config.base_url);
    let host = state.config.base_url.split("://").nth(1).unwrap_or("ppihub");
    let body = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//PPI Hub//Tenders//EN".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:tender-{id}-deadline@{host}"),
        format!("DTSTAMP:{}", ics_time(now())),
        format!("DTSTART:{}", ics_time(t.data.submission_deadline)),
        format!("DTEND:{}", ics_time(t.data.submission_deadline)),
        format!("SUMMARY:{}", ics_text(&format!("Deadline: {}", t.data.title))),
        format!("DESCRIPTION:{}", ics_text(&format!("{} – {url}", t.buyer_name))),
        format!("URL:{url}"),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ]
    .join("\r\n")
        + "\r\n";
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"tender-{id}.ics\"")),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct CodeQuery {
    #[serde(default)]
    pub q: String,
}

/// Suggestions for the CPV picker: `[{value, label}]`.
pub async fn cpv_suggestions(Query(q): Query<CodeQuery>) -> Json<Vec<Choice>> {
    let last = cpv_code::split_list(&q.q).pop().unwrap_or_default();
    let query = if q.q.contains(' ') && !q.q.contains(',') { q.q.clone() } else { last };
    Json(
        cpv::search(&query, 12).into_iter().map(|c| Choice { value: c.code.clone(), label: format!("{} – {}", c.code, c.label) }).collect(),
    )
}

/// Suggestions for the NUTS picker.
pub async fn nuts_suggestions(Query(q): Query<CodeQuery>) -> Json<Vec<Choice>> {
    Json(nuts::search(&q.q, 12).into_iter().map(|r| Choice { value: r.code.clone(), label: format!("{} – {}", r.code, r.label) }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_text_is_escaped() {
        assert_eq!(ics_text("a,b;c\\d\nnext"), "a\\,b\\;c\\\\d\\nnext");
    }

    fn sample() -> Tender {
        Tender {
            id: 1,
            organisation_id: 2,
            buyer_name: "Helsinki".into(),
            buyer_type: "regional_local".into(),
            country: "FI".into(),
            time_zone: "Europe/Helsinki".into(),
            status: Status::Published,
            data: TenderData {
                title: "Lighting".into(),
                description: "Text".into(),
                contract_type: "supplies".into(),
                procedure: "open".into(),
                innovation: None,
                value_amount: 100_000,
                currency: "EUR".into(),
                value_eur: 100_000,
                social_services: false,
                main_cpv: "34928500-3".into(),
                additional_cpv: vec![],
                nuts_code: "FI1B1".into(),
                lots: vec!["North".into()],
                questions_deadline: 1_795_478_400,
                submission_deadline: 1_796_083_200,
                contact_name: "Aino".into(),
                contact_email: "aino@hel.fi".into(),
                notice_url: None,
                ted_pending: false,
                above_threshold: false,
                search_text: String::new(),
            },
            awarded_to: None,
            awarded_value: None,
            cancel_reason: None,
            published_at: Some(1_795_000_000),
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn the_form_has_every_field() {
        let values = form_values(&sample());
        let keys: Vec<&str> = values.keys().map(String::as_str).collect();
        let mut fields = rules::FIELDS.to_vec();
        fields.sort();
        assert_eq!(keys, fields);
        // Deadlines read back in the buyer's time zone.
        assert_eq!(values["questions_deadline"], "2026-11-24T02:00");
    }

    #[test]
    fn an_amendment_lists_what_changed() {
        let old = sample();
        let mut new = old.data.clone();
        new.submission_deadline += 86_400;
        new.title = "Smart lighting".into();
        let changes = differences(&old, &new);
        assert_eq!(
            changes,
            vec![
                repo::FieldChange {
                    field: "submission_deadline".into(),
                    before: "2026-12-01T02:00".into(),
                    after: "2026-12-02T02:00".into()
                },
                repo::FieldChange { field: "title".into(), before: "Lighting".into(), after: "Smart lighting".into() },
            ]
        );
        assert!(differences(&old, &old.data).is_empty());
    }

    #[test]
    fn calendar_times_are_utc() {
        assert_eq!(ics_time(1_795_478_400), "20261124T000000Z");
    }
}

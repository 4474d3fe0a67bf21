//! What a learner takes away or controls: their learning records as xAPI (JSON lines), their
//! choices (hide progress from colleagues, the idle reminder), the team CSV for colleagues, and
//! the one reminder after 7 days without progress.

use super::{repo, team, xapi};
use crate::forms::{finish, FormRequest};
use crate::mail::Mail;
use crate::state::AppState;
use crate::web::AppError;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

/// GET /courses/records.jsonl
pub async fn download(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let viewer = req.extensions().get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default();
    let Some(user) = viewer.user else { return Redirect::to("/signin?next=/courses").into_response() };
    match xapi::statements(&state.db, &state.config.base_url, &user).await {
        Ok(statements) => {
            let body: String = statements.iter().map(|s| format!("{s}\n")).collect();
            (
                [
                    (header::CONTENT_TYPE, "application/x-ndjson; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"ppi-hub-learning-records.jsonl\""),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                body,
            )
                .into_response()
        }
        Err(e) => AppError::from(e).into_response(),
    }
}

/// GET /courses/team.csv
pub async fn team_csv(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let viewer = req.extensions().get::<crate::identity::viewer::Viewer>().cloned().unwrap_or_default();
    let Some(user) = viewer.user else { return Redirect::to("/signin?next=/courses/team").into_response() };
    let Some(org) = user.organisation_id else { return AppError::Forbidden.into_response() };
    let result = async {
        let teams = team::of_organisation(&state.db, org, user.id, viewer.locale.code()).await?;
        team::csv(&teams).map_err(AppError::new)
    }
    .await;
    match result {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"ppi-hub-team-courses.csv\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            csv,
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

/// POST /courses/settings: hide my progress from colleagues; the idle reminder on or off.
pub async fn settings(State(state): State<AppState>, req: FormRequest) -> Response {
    let result = async {
        let user = req.viewer().user.ok_or(AppError::Forbidden)?;
        let hide = !req.value("hide").is_empty();
        let reminders = !req.value("reminders").is_empty();
        repo::set_settings(&state.db, user.id, hide, reminders).await?;
        Ok(Ok("/courses?notice=course-settings-saved".to_string()))
    }
    .await;
    finish(&state, req, "/courses", "course-settings", result).await
}

/// The daily job: one e-mail to each learner idle for 7 days in a course they have not
/// completed, unless they switched reminders off; then none until they take another step.
pub async fn remind_idle(state: &AppState) -> Result<u64, AppError> {
    let week_ms = 7 * 24 * 3600 * 1000;
    let idle = repo::idle_learners(&state.db, crate::db::now_ms() - week_ms).await?;
    let mut reminded = std::collections::BTreeSet::new();
    for i in idle {
        if !reminded.insert(i.user_id) {
            continue;
        }
        let Some(stored) = repo::by_id(&state.db, i.course_id).await? else { continue };
        let locale = crate::i18n::Locale::from_code(&i.locale).unwrap_or_default();
        let title = stored.course.text(locale.code()).title.clone();
        let link = format!("{}/courses/{}", state.config.base_url.trim_end_matches('/'), stored.course.slug);
        let args = vec![
            ("name", i.name.clone()),
            ("course", title),
            ("link", link),
            ("settings", format!("{}/courses#course-settings", state.config.base_url.trim_end_matches('/'))),
        ];
        state.mailer.send(Mail { to: &i.email, locale, kind: "course-reminder", args }).await?;
        repo::mark_reminded(&state.db, i.user_id).await?;
    }
    Ok(reminded.len() as u64)
}

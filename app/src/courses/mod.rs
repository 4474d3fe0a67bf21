//! Courses: self-study courses of modules and lessons, with quizzes that give feedback per
//! option, progress that follows the learner across devices (and from visitor to account),
//! *Continue* to the exact place, and certificates anyone can check by their code, also issued
//! as signed Open Badges 3.0 credentials. Content is loaded from version-controlled folders
//! (`content/courses`).
//!
//! Shared with the browser: the course model and the rules of learning (done, progress, linear
//! mode, continue, quiz checking, attempts). On the server: content files, storage, access,
//! certificates and credentials, handlers and pages.

pub mod forms;
pub mod model;
pub mod readiness;
pub mod rules;
pub mod tracker;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod certificate_pdf;
#[cfg(feature = "ssr")]
pub mod certificates;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod credential;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod loader;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod records;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod team;
#[cfg(feature = "ssr")]
pub mod xapi;

/// The courses' HTTP routes (pages are in `pages::CoursesRoutes`).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/courses/readiness", post(readiness::handlers::answer))
        .route("/courses/settings", post(records::settings))
        .route("/courses/records.jsonl", get(records::download))
        .route("/courses/team.csv", get(records::team_csv))
        .route("/courses/{slug}/{lesson}/done", post(handlers::done))
        .route("/courses/{slug}/{lesson}/place", post(handlers::place))
        .route("/courses/{slug}/{lesson}/quiz", post(handlers::answer))
        .route("/courses/{slug}/{lesson}/quiz/retry", post(handlers::retry))
        .route("/certificates/{code}/withdraw", post(handlers::withdraw))
        .route("/certificates/{code}/restore", post(handlers::restore))
        .route("/certificates/{code}/revoke", post(handlers::revoke))
        .route("/certificates/{code}/credential.json", get(files::credential))
        .route("/certificates/{code}/qr.svg", get(files::qr))
        .route("/certificates/{code}/certificate.pdf", get(files::pdf))
        .route("/.well-known/did.json", get(files::did_document))
}

/// The daily reminder of learners idle for a week, and forgetting visitors' old progress.
#[cfg(feature = "ssr")]
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::{Job, DAY};
    vec![
        Job { name: "remind-idle-learners", every: DAY, at_start: false, run: |s| Box::pin(async move { records::remind_idle(&s).await }) },
        // A visitor's token dies with their session; their progress follows a day later.
        Job {
            name: "forget-visitor-progress",
            every: DAY,
            at_start: false,
            run: |s| {
                Box::pin(async move {
                    let lifetime_ms = (s.config.session_absolute_hours + 24) * 3600 * 1000;
                    Ok(repo::forget_old_visitors(&s.db, crate::db::now_ms() - lifetime_ms).await?)
                })
            },
        },
    ]
}

/// A person's learning in their data export: their xAPI statements and certificates.
#[cfg(feature = "ssr")]
pub async fn personal_data(
    state: &crate::state::AppState,
    user: &crate::identity::SessionUser,
) -> Result<serde_json::Value, crate::web::AppError> {
    let statements = xapi::statements(&state.db, &state.config.base_url, user).await?;
    let certificates: Vec<serde_json::Value> = repo::certificates_of(&state.db, user.id)
        .await?
        .into_iter()
        .map(|c| serde_json::json!({ "code": c.code, "course": c.course_title, "completed_at": crate::i18n::rfc3339(c.completed_at), "withdrawn": c.withdrawn == 1, "revoked": c.revoked_at.is_some() }))
        .collect();
    Ok(serde_json::json!({ "learning_records": statements, "certificates": certificates }))
}

/// A deleted account's learning records go with it.
#[cfg(feature = "ssr")]
pub async fn account_deleted(state: &crate::state::AppState, user_id: i64) -> Result<(), crate::web::AppError> {
    Ok(repo::forget(&state.db, &access::of_user(user_id)).await?)
}

/// What a sign-in does for the courses: the visitor's progress becomes the account's.
#[cfg(feature = "ssr")]
pub async fn signed_in(
    state: &crate::state::AppState,
    session: &tower_sessions::Session,
    user_id: i64,
) -> Result<(), crate::web::AppError> {
    access::claim(&state.db, session, user_id).await
}

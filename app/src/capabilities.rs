//! The centre: each capability plugs in here with one line per list. A capability owns its
//! routes, forms, jobs, messages and access rules in its own folder.

use crate::jobs::Job;
use crate::state::AppState;

/// Every capability's HTTP routes (form posts, files, feeds, APIs). Pages are Leptos routes.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .merge(crate::accounts::routes())
        .merge(crate::tenders::routes())
        .merge(crate::suppliers::routes())
        .merge(crate::bodies::routes())
        .merge(crate::messages::routes())
        .merge(crate::knowledge::routes())
        .merge(crate::assistant::routes())
        .merge(crate::courses::routes())
}

/// Every capability's periodic jobs.
pub fn jobs() -> Vec<Job> {
    [
        crate::tenders::jobs(),
        crate::suppliers::jobs(),
        crate::messages::jobs(),
        crate::knowledge::jobs(),
        crate::assistant::jobs(),
        crate::courses::jobs(),
    ]
    .concat()
}

/// What each capability does when a person signs in (a visitor's work becomes theirs).
pub async fn signed_in(state: &AppState, session: &tower_sessions::Session, user_id: i64) -> Result<(), crate::web::AppError> {
    crate::assistant::signed_in(state, session, user_id).await?;
    crate::courses::signed_in(state, session, user_id).await
}

/// Each capability's part of a person's data export (GDPR Art. 15 and 20), by its key.
pub async fn personal_data(
    state: &AppState,
    user: &crate::identity::SessionUser,
) -> Result<Vec<(&'static str, serde_json::Value)>, crate::web::AppError> {
    Ok(vec![("courses", crate::courses::personal_data(state, user).await?)])
}

/// What each capability forgets of a deleted account that the database does not cascade.
pub async fn account_deleted(state: &AppState, user_id: i64) -> Result<(), crate::web::AppError> {
    crate::courses::account_deleted(state, user_id).await
}

/// A job by its name (`ppi-hub run-job NAME`).
pub fn job(name: &str) -> Option<Job> {
    jobs().into_iter().find(|j| j.name == name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_unique_and_shell_friendly() {
        let all = super::jobs();
        let mut names: Vec<&str> = all.iter().map(|j| j.name).collect();
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')), "{names:?}");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }
}

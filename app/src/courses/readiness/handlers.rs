//! POST /courses/readiness: a public body's answers, by one of its people. Every question needs
//! a step of the scale; a missing one is marked at its field and everything typed is kept.

use super::{answers_of, repo, scores};
use crate::forms::{finish, FormRequest, Outcome};
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::State;
use axum::response::Response;

pub async fn answer(State(state): State<AppState>, req: FormRequest) -> Response {
    let result: Result<Outcome, AppError> = async {
        let user = req.viewer().user.ok_or(AppError::Forbidden)?;
        let organisation = user.organisation_id.filter(|_| user.is_buyer_with_body()).ok_or(AppError::Forbidden)?;
        let q = repo::current(&state.db).await?.ok_or(AppError::NotFound)?;
        let answers = match answers_of(&q, &req.values) {
            Ok(a) => a,
            Err(errors) => {
                let mut e = FieldErrors::default();
                for (field, code) in errors {
                    e.add(&field, code);
                }
                e.add(crate::validation::FORM, "err-readiness-incomplete");
                return Ok(Err(e));
            }
        };
        let s = scores(&q, &answers);
        let id = repo::add(&state.db, organisation, user.id, q.version, &answers, &s).await?;
        Ok(Ok(format!("/courses/readiness/{id}")))
    }
    .await;
    finish(&state, req, "/courses/readiness", "readiness", result).await
}

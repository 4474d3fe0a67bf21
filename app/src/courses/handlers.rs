//! What happens when a learner takes a step: a lesson read to its end, the place in a lesson,
//! a quiz answer, a new attempt; and a certificate withdrawn, restored or revoked. Every step is
//! the requester's own (their account, or their session's visitor token) and checked here
//! against the course: its lessons, its questions, linear mode, attempts and cool-down.

use super::access::{self, holds, may_revoke};
use super::certificates::issue_if_complete;
use super::forms::CoursesForm;
use super::pages::lesson_href;
use super::repo::{self, Step, Stored};
use super::rules;
use crate::db::now;
use crate::forms::{finish, FormRequest, FormRule, Outcome};
use crate::state::AppState;
use crate::validation::FieldErrors;
use crate::web::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeSet;

/// The course and lesson a step is about: a missing one is "not found".
async fn course_and_lesson(state: &AppState, slug: &str, lesson: &str) -> Result<Stored, AppError> {
    let stored = repo::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)?;
    if stored.course.lesson(lesson).is_none() {
        return Err(AppError::NotFound);
    }
    Ok(stored)
}

async fn learner(req: &FormRequest) -> Result<String, AppError> {
    let session = req.session().ok();
    access::learner(req.viewer().user.as_ref(), session.as_ref(), true)
        .await
        .ok_or_else(|| AppError::new("no session to keep a visitor's progress"))
}

async fn done_lessons(state: &AppState, learner: &str, course_id: i64) -> Result<BTreeSet<String>, AppError> {
    Ok(repo::progress(&state.db, learner, course_id).await?.into_iter().filter(|p| p.done_at.is_some()).map(|p| p.lesson).collect())
}

/// When a signed-in learner's step completed the course, the certificate is issued.
async fn after_step(state: &AppState, req: &FormRequest, stored: &Stored) -> Result<(), AppError> {
    let viewer = req.viewer();
    if let Some(user) = viewer.user.as_ref() {
        issue_if_complete(&state.db, &state.config.base_url, user, stored, viewer.locale.code()).await?;
    }
    Ok(())
}

/// POST /courses/{slug}/{lesson}/done: the lesson was read to its end; on to the next lesson.
pub async fn done(State(state): State<AppState>, Path((slug, lesson)): Path<(String, String)>, req: FormRequest) -> Response {
    let page = lesson_href(&slug, &lesson, "");
    let result: Result<Outcome, AppError> = async {
        let stored = course_and_lesson(&state, &slug, &lesson).await?;
        let learner = learner(&req).await?;
        let course = &stored.course;
        let rows = repo::progress(&state.db, &learner, stored.id).await?;
        let mut done: BTreeSet<String> = rows.iter().filter(|p| p.done_at.is_some()).map(|p| p.lesson.clone()).collect();
        if !rules::is_open(course, &done, &lesson) {
            return Ok(Err(FieldErrors::form("err-lesson-locked")));
        }
        let l = course.lesson(&lesson).ok_or(AppError::NotFound)?;
        let passed = rows.iter().any(|p| p.lesson == lesson && p.quiz_passed_at.is_some());
        let now_done = rules::lesson_done(l, true, passed);
        repo::record(&state.db, &learner, stored.id, &lesson, Step { section: "", viewed: true, quiz_passed: false, done: now_done })
            .await?;
        after_step(&state, &req, &stored).await?;
        // The step that completes the course says so (a later re-read does not).
        let was_complete = rules::progress(course, &done).complete;
        if now_done {
            done.insert(lesson.clone());
        }
        if !was_complete && rules::progress(course, &done).complete {
            return Ok(Ok(format!("/courses/{slug}?notice=course-complete")));
        }
        Ok(Ok(match rules::next_lesson(course, &lesson) {
            Some(next) => lesson_href(&slug, next, ""),
            None => format!("/courses/{slug}"),
        }))
    }
    .await;
    finish(&state, req, &page, "lesson-done", result).await
}

/// POST /courses/{slug}/{lesson}/place: the section the learner reached (the lesson player
/// sends it as they read), for *Continue*.
pub async fn place(State(state): State<AppState>, Path((slug, lesson)): Path<(String, String)>, req: FormRequest) -> Response {
    let result: Result<StatusCode, AppError> = async {
        let stored = course_and_lesson(&state, &slug, &lesson).await?;
        let section = req.value("section");
        let known =
            stored.course.lesson(&lesson).is_some_and(|l| l.texts.first().is_some_and(|t| t.sections.iter().any(|s| s.id == section)));
        if !known && !section.is_empty() {
            return Ok(StatusCode::UNPROCESSABLE_ENTITY);
        }
        let learner = learner(&req).await?;
        repo::record(&state.db, &learner, stored.id, &lesson, Step { section, ..Default::default() }).await?;
        Ok(StatusCode::NO_CONTENT)
    }
    .await;
    match result {
        Ok(status) => status.into_response(),
        Err(e) => e.into_response(),
    }
}

/// The form id of a question's answer form (its errors are shown there).
pub fn answer_form(question: &str) -> String {
    format!("quiz-{question}")
}

/// POST /courses/{slug}/{lesson}/quiz: one question's answer, in the learner's current attempt
/// (the first answer starts attempt 1). `attempt` is the attempt the page showed: an answer to
/// an attempt that is over, or a question answered already, is refused and nothing is recorded.
pub async fn answer(State(state): State<AppState>, Path((slug, lesson)): Path<(String, String)>, req: FormRequest) -> Response {
    let page = lesson_href(&slug, &lesson, "");
    let question_id = req.value("question").to_string();
    let form_id = answer_form(&question_id);
    let result: Result<Outcome, AppError> = async {
        let stored = course_and_lesson(&state, &slug, &lesson).await?;
        let course = &stored.course;
        let l = course.lesson(&lesson).ok_or(AppError::NotFound)?;
        let question = l.question(&question_id).ok_or(AppError::NotFound)?;
        let errors = CoursesForm::Answer.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let chosen: Vec<String> = req.value("option").split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        let right = match rules::check_answer(question, &chosen) {
            Ok(right) => right,
            Err(code) => return Ok(Err(FieldErrors::from_field("option", code))),
        };
        let learner = learner(&req).await?;
        let done = done_lessons(&state, &learner, stored.id).await?;
        if !rules::is_open(course, &done, &lesson) {
            return Ok(Err(FieldErrors::form("err-lesson-locked")));
        }
        let posted: i64 = req.value("attempt").parse().unwrap_or(-1);
        let attempts = repo::attempts(&state.db, &learner, stored.id, &lesson).await?;
        let open = attempts.iter().find(|a| a.finished_at.is_none()).cloned();
        let attempt = match open {
            Some(a) if posted == a.number || (posted == 0 && attempts.len() == 1) => a,
            Some(_) => return Ok(Err(FieldErrors::form("err-quiz-attempt-over"))),
            None if posted == 0 && attempts.is_empty() => {
                repo::start_attempt(&state.db, &learner, stored.id, &lesson, 1, l.quiz.len() as i64).await?;
                let all = repo::attempts(&state.db, &learner, stored.id, &lesson).await?;
                all.into_iter().find(|a| a.finished_at.is_none()).ok_or(AppError::new("the first attempt did not start"))?
            }
            None => return Ok(Err(FieldErrors::form("err-quiz-attempt-over"))),
        };
        if !repo::add_answer(&state.db, attempt.id, &question.id, &chosen, right).await? {
            return Ok(Err(FieldErrors::form("err-quiz-answered")));
        }
        let answers = repo::answers(&state.db, attempt.id).await?;
        let to = format!("{page}#question-{}", question.id);
        if answers.len() < l.quiz.len() {
            return Ok(Ok(to));
        }
        let correct = answers.iter().filter(|a| a.correct == 1).count();
        let passed = rules::passes(correct, l.quiz.len(), course.pass_mark);
        if repo::finish_attempt(&state.db, attempt.id, correct as i64, passed).await? && passed {
            let viewed = repo::progress(&state.db, &learner, stored.id).await?.iter().any(|p| p.lesson == lesson && p.viewed_at.is_some());
            let now_done = rules::lesson_done(l, viewed, true);
            repo::record(
                &state.db,
                &learner,
                stored.id,
                &lesson,
                Step { section: "quiz", viewed: false, quiz_passed: true, done: now_done },
            )
            .await?;
            after_step(&state, &req, &stored).await?;
        }
        Ok(Ok(format!("{page}#quiz")))
    }
    .await;
    finish(&state, req, &page, &form_id, result).await
}

/// POST /courses/{slug}/{lesson}/quiz/retry: a new attempt, when the course allows one now.
pub async fn retry(State(state): State<AppState>, Path((slug, lesson)): Path<(String, String)>, req: FormRequest) -> Response {
    let page = lesson_href(&slug, &lesson, "");
    let result: Result<Outcome, AppError> = async {
        let stored = course_and_lesson(&state, &slug, &lesson).await?;
        let l = stored.course.lesson(&lesson).ok_or(AppError::NotFound)?;
        if l.quiz.is_empty() {
            return Err(AppError::NotFound);
        }
        let learner = learner(&req).await?;
        let attempts = repo::attempts(&state.db, &learner, stored.id, &lesson).await?;
        if attempts.iter().any(|a| a.finished_at.is_none()) {
            return Ok(Ok(format!("{page}#quiz")));
        }
        if let Err(blocked) = rules::may_start_attempt(&stored.course, l, &repo::finished(&attempts), now()) {
            return Ok(Err(FieldErrors::form(blocked.code())));
        }
        let number = attempts.iter().map(|a| a.number).max().unwrap_or(0) + 1;
        repo::start_attempt(&state.db, &learner, stored.id, &lesson, number, l.quiz.len() as i64).await?;
        Ok(Ok(format!("{page}#quiz")))
    }
    .await;
    finish(&state, req, &page, "quiz-retry", result).await
}

async fn own_certificate(state: &AppState, req: &FormRequest, code: &str) -> Result<repo::Certificate, AppError> {
    let user = req.viewer().user.ok_or(AppError::Forbidden)?;
    let code = rules::normalise_code(code).ok_or(AppError::NotFound)?;
    let c = repo::certificate_by_code(&state.db, &code).await?.ok_or(AppError::NotFound)?;
    if !holds(&user, &c) {
        return Err(AppError::Forbidden);
    }
    Ok(c)
}

/// POST /certificates/{code}/withdraw and /restore: the holder takes it out of public view or
/// back.
pub async fn withdraw(State(state): State<AppState>, Path(code): Path<String>, req: FormRequest) -> Response {
    set_withdrawn(state, code, req, true).await
}

pub async fn restore(State(state): State<AppState>, Path(code): Path<String>, req: FormRequest) -> Response {
    set_withdrawn(state, code, req, false).await
}

async fn set_withdrawn(state: AppState, code: String, req: FormRequest, withdrawn: bool) -> Response {
    let page = format!("/certificates/{code}");
    let result: Result<Outcome, AppError> = async {
        let c = own_certificate(&state, &req, &code).await?;
        repo::set_withdrawn(&state.db, c.id, withdrawn).await?;
        let notice = if withdrawn { "certificate-withdrawn" } else { "certificate-restored" };
        Ok(Ok(format!("/certificates/{}?notice={notice}", c.code)))
    }
    .await;
    finish(&state, req, &page, "certificate-visibility", result).await
}

/// POST /certificates/{code}/revoke: a moderator revokes a certificate, with the reason the
/// page will show.
pub async fn revoke(State(state): State<AppState>, Path(code): Path<String>, req: FormRequest) -> Response {
    let page = format!("/certificates/{code}");
    let result: Result<Outcome, AppError> = async {
        let user = req.viewer().user.ok_or(AppError::Forbidden)?;
        if !may_revoke(&user) {
            return Err(AppError::Forbidden);
        }
        let code = rules::normalise_code(&code).ok_or(AppError::NotFound)?;
        let c = repo::certificate_by_code(&state.db, &code).await?.ok_or(AppError::NotFound)?;
        let errors = CoursesForm::Revoke.validate(&req.values);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        repo::revoke(&state.db, c.id, req.value("reason")).await?;
        Ok(Ok(format!("/certificates/{}?notice=certificate-revoked", c.code)))
    }
    .await;
    finish(&state, req, &page, "certificate-revoke", result).await
}

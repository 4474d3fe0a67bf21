//! The courses' pages: the catalogue with one's learning and a certificate check (`/courses`),
//! a course with its progress and *Continue* (`/courses/{slug}`), the lesson player
//! (`/courses/{slug}/{lesson}`) and a certificate's public page (`/certificates/{code}`).

mod catalogue;
pub mod certificate;
mod course;
pub mod lesson;
mod quiz;
mod team;

pub use catalogue::CataloguePage;
pub use certificate::{CertificateLookupPage, CertificatePage};
pub use course::CoursePage;
pub use lesson::LessonPage;

use crate::courses::access;
use crate::courses::model::{Course, Level};
use crate::courses::repo::{self, LessonProgress};
use crate::courses::rules::Tally;
use crate::i18n::Tr;
use crate::identity::viewer::use_viewer;
use crate::state::AppState;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The courses' pages: a transparent route group, which the route table names in one line.
#[component(transparent)]
pub fn CoursesRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/courses") view=CataloguePage ssr=SsrMode::Async />
        <Route path=path!("/courses/team") view=team::TeamPage ssr=SsrMode::Async />
        <Route path=path!("/courses/readiness") view=crate::courses::readiness::page::ReadinessPage ssr=SsrMode::Async />
        <Route path=path!("/courses/readiness/:id") view=crate::courses::readiness::page::ReadinessResultPage ssr=SsrMode::Async />
        <Route path=path!("/courses/:slug") view=CoursePage ssr=SsrMode::Async />
        <Route path=path!("/courses/:slug/:lesson") view=LessonPage ssr=SsrMode::Async />
        <Route path=path!("/certificates") view=CertificateLookupPage ssr=SsrMode::Async />
        <Route path=path!("/certificates/:code") view=CertificatePage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub fn param(name: &str) -> String {
    leptos_router::hooks::use_params_map().get_untracked().get(name).unwrap_or_default()
}

/// The learner this page is for, without making a visitor's token (a visitor who has taken no
/// step has no progress to show).
pub async fn current_learner() -> Option<String> {
    let session = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned());
    access::learner(use_viewer().user.as_ref(), session.as_ref(), false).await
}

/// A learner's progress rows in a course (none for a visitor without steps).
pub async fn progress_of(state: &AppState, learner: Option<&str>, course_id: i64) -> Vec<LessonProgress> {
    match learner {
        Some(l) => repo::progress(&state.db, l, course_id).await.unwrap_or_default(),
        None => Vec::new(),
    }
}

pub fn done_set(rows: &[LessonProgress]) -> BTreeSet<String> {
    rows.iter().filter(|p| p.done_at.is_some()).map(|p| p.lesson.clone()).collect()
}

/// The lesson last worked on and the section last seen there.
pub fn last_place(rows: &[LessonProgress]) -> Option<(&str, &str)> {
    rows.iter().max_by_key(|p| p.updated_at).map(|p| (p.lesson.as_str(), p.section.as_str()))
}

pub fn level_name(tr: Tr, level: Level) -> String {
    tr.t(&format!("course-level-{}", level.as_str()))
}

pub fn audience_names(tr: Tr, course: &Course) -> String {
    course.audiences.iter().map(|a| tr.t(&format!("course-audience-{a}"))).collect::<Vec<_>>().join(", ")
}

pub fn language_names(tr: Tr, course: &Course) -> String {
    course.langs().iter().map(|l| tr.t(&format!("language-{l}"))).collect::<Vec<_>>().join(", ")
}

/// "About 2 h 10 min" or "45 min".
pub fn duration(tr: Tr, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    if h == 0 {
        tr.t_args("course-minutes", &[("minutes", m.to_string())])
    } else {
        tr.t_args("course-hours-minutes", &[("hours", h.to_string()), ("minutes", m.to_string())])
    }
}

/// A progress bar with its words ("3 of 6 lessons done"), read out by screen readers as one.
pub fn progress_bar(tr: Tr, tally: Tally, label_id: String) -> impl IntoView {
    let words = tr.t_args("course-progress-of", &[("done", tally.done.to_string()), ("total", tally.total.to_string())]);
    view! {
        <div class="progress">
            <progress max=tally.total.to_string() value=tally.done.to_string() aria-labelledby=label_id.clone()></progress>
            <span id=label_id>{words}</span>
        </div>
    }
}

/// The address of a lesson at a section.
pub fn lesson_href(slug: &str, lesson: &str, section: &str) -> String {
    if section.is_empty() {
        format!("/courses/{slug}/{lesson}")
    } else {
        format!("/courses/{slug}/{lesson}#{section}")
    }
}

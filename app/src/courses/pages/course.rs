//! `/courses/{slug}`: a course: what it teaches, for whom, how long; the learner's progress per
//! module and *Continue* to the exact place; every lesson with its state (done, open, locked in
//! a linear course); and, once complete, the certificate (a visitor is asked to sign in first).

use super::{
    audience_names, current_learner, done_set, duration, language_names, last_place, lesson_href, level_name, param, progress_bar,
};
use crate::courses::certificates::issue_if_complete;
use crate::courses::model::DoneWhen;
use crate::courses::repo::{self, Certificate, Stored};
use crate::courses::rules::{self, CourseProgress};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::shell::{Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn CoursePage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let slug = param("slug");
    let user = use_viewer().user;
    let page = move || {
        let (state, slug, user) = (state.clone(), slug.clone(), user.clone());
        Suspend::new(async move {
            let stored = match repo::by_slug(&state.db, &slug).await {
                Ok(Some(s)) => s,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let learner = current_learner().await;
            let rows = super::progress_of(&state, learner.as_deref(), stored.id).await;
            let done = done_set(&rows);
            let progress = rules::progress(&stored.course, &done);
            let next = rules::continue_at(&stored.course, &done, last_place(&rows));
            // A course completed before the certificate existed (or as a visitor, now signed
            // in) gets its certificate here.
            let certificate = match (&user, progress.complete) {
                (Some(u), true) => issue_if_complete(&state.db, &state.config.base_url, u, &stored, tr.0.code()).await.ok().flatten(),
                _ => None,
            };
            course_view(tr, &stored, &done, &progress, next, !rows.is_empty(), certificate, user.is_some()).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

#[allow(clippy::too_many_arguments)]
fn course_view(
    tr: Tr,
    stored: &Stored,
    done: &BTreeSet<String>,
    progress: &CourseProgress,
    next: Option<(String, String)>,
    started: bool,
    certificate: Option<Certificate>,
    signed_in: bool,
) -> impl IntoView + use<> {
    let course = &stored.course;
    let slug = course.slug.clone();
    let text = course.text(tr.0.code());
    let lang = text.lang.clone();
    let outcomes = text.outcomes.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view();
    let action = match &next {
        Some((lesson, section)) => {
            let title = course.lesson(lesson).map(|l| l.text(tr.0.code()).title.clone()).unwrap_or_default();
            let label = if started { tr.t("course-continue") } else { tr.t("course-start") };
            view! {
                <p class="course-action">
                    <a class="button" href=lesson_href(&slug, lesson, section)>{label}</a>
                    " "<span class="muted">{tr.t_args("course-next-lesson", &[("title", title)])}</span>
                </p>
            }
            .into_any()
        }
        None => view! { <p class="notice notice-success">{tr.t("course-complete")}</p> }.into_any(),
    };
    let certificate_view = progress.complete.then(|| match (&certificate, signed_in) {
        (Some(c), _) => view! {
            <section aria-labelledby="certificate-heading" class="certificate-box">
                <h2 id="certificate-heading">{tr.t("certificate-yours")}</h2>
                <p><a class="button" href=format!("/certificates/{}", c.code)>{tr.t("certificate-open")}</a></p>
            </section>
        }
        .into_any(),
        (None, false) => view! {
            <section aria-labelledby="certificate-heading" class="certificate-box">
                <h2 id="certificate-heading">{tr.t("certificate-yours")}</h2>
                <p>{tr.t("certificate-sign-in")}</p>
                <p><a class="button" href=format!("/signin?next=/courses/{slug}")>{tr.t("nav-sign-in")}</a></p>
            </section>
        }
        .into_any(),
        (None, true) => ().into_any(),
    });
    let modules = course
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let title = text.module_titles.get(i).cloned().unwrap_or_default();
            let tally = progress.modules.get(i).copied().unwrap_or_default();
            let heading_id = format!("module-{}", m.id);
            let lessons = m
                .lessons
                .iter()
                .filter_map(|id| course.lesson(id))
                .map(|l| {
                    let t = l.text(tr.0.code());
                    let is_done = done.contains(&l.id);
                    let open = rules::is_open(course, done, &l.id);
                    let state = if is_done {
                        tr.t("lesson-state-done")
                    } else if open {
                        tr.t("lesson-state-open")
                    } else {
                        tr.t("lesson-state-locked")
                    };
                    let rule = match (l.done_when, l.quiz.is_empty()) {
                        (DoneWhen::Quiz, false) => tr.t_args("lesson-has-quiz", &[("count", l.quiz.len().to_string())]),
                        _ => String::new(),
                    };
                    let title_view = if open {
                        view! { <a href=lesson_href(&course.slug, &l.id, "") lang=t.lang.clone()>{t.title.clone()}</a> }.into_any()
                    } else {
                        view! { <span lang=t.lang.clone()>{t.title.clone()}</span> }.into_any()
                    };
                    view! {
                        <li class="lesson-row" class:lesson-done=is_done class:lesson-locked=!open>
                            <span class="lesson-state">{state}</span>
                            {title_view}
                            <span class="muted">{duration(tr, l.minutes)}{(!rule.is_empty()).then(|| format!(", {rule}"))}{(!l.required).then(|| format!(", {}", tr.t("lesson-optional")))}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="module" aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>{title}</h3>
                    {progress_bar(tr, tally, format!("{heading_id}-progress"))}
                    <ol class="lesson-list">{lessons}</ol>
                </section>
            }
        })
        .collect_view();
    let linear = course.linear.then(|| view! { <p class="hint">{tr.t("course-linear")}</p> });
    let facts = view! {
        <dl class="facts">
            <dt>{tr.t("course-level")}</dt><dd>{level_name(tr, course.level)}</dd>
            <dt>{tr.t("course-for")}</dt><dd>{audience_names(tr, course)}</dd>
            <dt>{tr.t("course-length")}</dt><dd>{duration(tr, course.minutes())}</dd>
            <dt>{tr.t("course-languages")}</dt><dd>{language_names(tr, course)}</dd>
            <dt>{tr.t("course-pass-mark")}</dt><dd>{tr.t_args("course-pass-mark-value", &[("percent", course.pass_mark.to_string())])}</dd>
            <dt>{tr.t("course-version")}</dt><dd>{stored.version.to_string()}</dd>
        </dl>
    }
    .into_any();
    let overall = progress_bar(tr, progress.course, "course-progress".to_string()).into_any();
    let time_left = (!progress.complete && started)
        .then(|| view! { <p class="muted">{tr.t_args("course-time-left", &[("time", duration(tr, progress.minutes_left))])}</p> });
    let title = text.title.clone();
    let summary = text.summary.clone();
    let modules = modules.into_any();
    view! {
        <Page title=title lang=lang.clone()>
            <p class="lead" lang=lang.clone()>{summary}</p>
            <div class="detail-layout">
                <div class="detail-main">
                    <section aria-labelledby="progress-heading">
                        <h2 id="progress-heading">{tr.t("course-your-progress")}</h2>
                        {overall}
                        {time_left}
                        {action}
                        {(!signed_in && started).then(|| view! { <p class="hint">{tr.t("course-visitor-progress")}" "<a href=format!("/signin?next=/courses/{slug}")>{tr.t("nav-sign-in")}</a></p> })}
                    </section>
                    {certificate_view}
                    <section aria-labelledby="lessons-heading">
                        <h2 id="lessons-heading">{tr.t("course-lessons")}</h2>
                        {linear}
                        {modules}
                    </section>
                </div>
                <aside class="detail-side">
                    <section aria-labelledby="outcomes-heading">
                        <h2 id="outcomes-heading">{tr.t("course-outcomes")}</h2>
                        <ul lang=lang>{outcomes}</ul>
                    </section>
                    <section aria-labelledby="facts-heading">
                        <h2 id="facts-heading">{tr.t("course-facts")}</h2>
                        {facts}
                    </section>
                </aside>
            </div>
            <p><a href="/courses">{tr.t("course-back")}</a></p>
        </Page>
    }
}

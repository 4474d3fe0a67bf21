//! `/courses/{slug}/{lesson}`: the lesson player. The lesson's text by sections (each an anchor
//! the learner's place is kept at), its video link, the knowledge items it builds on and its
//! sources; its quiz with feedback after each answer; and at its end *Done, next lesson*, which
//! records that it was read. Every step is a plain form, so the player works without
//! JavaScript; the tracker island keeps the section reached as one reads.

use super::quiz::{quiz_view, QuizState};
use super::{current_learner, done_set, duration, lesson_href, param};
use crate::courses::model::{DoneWhen, Lesson};
use crate::courses::repo::{self, Stored};
use crate::courses::rules;
use crate::courses::tracker::LessonTracker;
use crate::forms::FormEcho;
use crate::i18n::{use_tr, Tr};
use crate::knowledge::model::Status;
use crate::shell::{Page, StatusPage};
use crate::state::{use_state, AppState};
use leptos::prelude::*;

/// A knowledge item a lesson links: its address and title in the reader's language.
pub struct KnowledgeLink {
    pub href: String,
    pub title: String,
    pub lang: String,
}

/// `slug` or `slug#section` of a published knowledge item as a link; `None` when it is not
/// (or no longer) published.
pub async fn knowledge_link(state: &AppState, target: &str, lang: &str) -> Option<KnowledgeLink> {
    let (slug, section) = target.split_once('#').unwrap_or((target, ""));
    let item = crate::knowledge::repo::by_slug(&state.db, slug).await.ok().flatten().filter(|i| i.status == Status::Published)?;
    let text = item.text_in(lang);
    let mut href = crate::knowledge::pages::item_path(item.facts.kind(), slug);
    if !section.is_empty() {
        href = format!("{href}#{section}");
    }
    Some(KnowledgeLink { href, title: text.title.clone(), lang: text.lang.clone() })
}

#[component]
pub fn LessonPage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let (slug, lesson_id) = (param("slug"), param("lesson"));
    let page = move || {
        let (state, slug, lesson_id) = (state.clone(), slug.clone(), lesson_id.clone());
        Suspend::new(async move {
            let stored = match repo::by_slug(&state.db, &slug).await {
                Ok(Some(s)) => s,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let Some(lesson) = stored.course.lesson(&lesson_id).cloned() else { return view! { <StatusPage status=404 /> }.into_any() };
            let learner = current_learner().await;
            let rows = super::progress_of(&state, learner.as_deref(), stored.id).await;
            let done = done_set(&rows);
            if !rules::is_open(&stored.course, &done, &lesson_id) {
                let to = rules::continue_at(&stored.course, &done, None)
                    .map(|(l, s)| lesson_href(&slug, &l, &s))
                    .unwrap_or_else(|| format!("/courses/{slug}"));
                return locked_view(tr, &stored, &lesson, to).into_any();
            }
            if let Some(l) = &learner {
                let _ = repo::touch(&state.db, l, stored.id, &lesson_id).await;
            }
            let quiz = QuizState::load(&state, learner.as_deref(), &stored, &lesson, tr.0.code()).await;
            let mut read_more = Vec::new();
            for k in &lesson.knowledge {
                if let Some(link) = knowledge_link(&state, k, tr.0.code()).await {
                    read_more.push(link);
                }
            }
            let is_done = done.contains(&lesson_id);
            lesson_view(tr, &stored, &lesson, quiz, read_more, is_done).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn crumbs(tr: Tr, stored: &Stored, lesson: &Lesson) -> impl IntoView + use<> {
    let course = &stored.course;
    let order = course.order();
    let at = order.iter().position(|id| *id == lesson.id).unwrap_or(0) + 1;
    let title = course.text(tr.0.code()).title.clone();
    view! {
        <nav aria-label=tr.t("lesson-breadcrumbs") class="breadcrumbs">
            <a href="/courses">{tr.t("nav-courses")}</a>" › "
            <a href=format!("/courses/{}", course.slug)>{title}</a>" › "
            <span aria-current="page">{tr.t_args("lesson-n-of", &[("n", at.to_string()), ("total", order.len().to_string())])}</span>
        </nav>
    }
}

fn locked_view(tr: Tr, stored: &Stored, lesson: &Lesson, to: String) -> impl IntoView + use<> {
    let text = lesson.text(tr.0.code());
    let (title, lang) = (text.title.clone(), text.lang.clone());
    let crumbs = crumbs(tr, stored, lesson).into_any();
    view! {
        <Page title=title lang=lang>
            {crumbs}
            <p class="notice notice-warning" role="note">{tr.t("lesson-locked")}</p>
            <p><a class="button" href=to>{tr.t("course-continue")}</a></p>
        </Page>
    }
}

fn lesson_view(
    tr: Tr,
    stored: &Stored,
    lesson: &Lesson,
    quiz: QuizState,
    read_more: Vec<KnowledgeLink>,
    is_done: bool,
) -> impl IntoView + use<> {
    let course = &stored.course;
    let slug = course.slug.clone();
    let text = lesson.text(tr.0.code()).clone();
    let lang = text.lang.clone();
    let rule = match (lesson.done_when, lesson.quiz.is_empty()) {
        (DoneWhen::Quiz, false) => tr.t_args("lesson-rule-quiz", &[("percent", course.pass_mark.to_string())]),
        _ => tr.t("lesson-rule-read"),
    };
    let intro = (!text.intro.is_empty()).then(|| {
        let html = crate::shell::markdown::to_safe_html(&text.intro);
        view! { <div class="prose" inner_html=html></div> }
    });
    let sections = text
        .sections
        .iter()
        .map(|s| {
            let html = crate::shell::markdown::to_safe_html(&s.markdown);
            view! {
                <section class="lesson-section" id=s.id.clone() aria-labelledby=format!("{}-heading", s.id)>
                    <h2 id=format!("{}-heading", s.id)>{s.heading.clone()}</h2>
                    <div class="prose" inner_html=html></div>
                </section>
            }
        })
        .collect_view();
    let video = (!lesson.video_url.is_empty()).then(|| {
        view! { <p><a href=lesson.video_url.clone() rel="noopener noreferrer" class="button button-secondary">{tr.t("lesson-video")}</a></p> }
    });
    let read_more_view = (!read_more.is_empty()).then(|| {
        let items = read_more.into_iter().map(|k| view! { <li><a href=k.href lang=k.lang>{k.title}</a></li> }).collect_view();
        view! {
            <section aria-labelledby="read-more-heading">
                <h2 id="read-more-heading">{tr.t("lesson-read-more")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let sources = lesson
        .sources
        .iter()
        .map(|s| view! { <li><a href=s.url.clone() rel="noopener noreferrer">{s.title.clone()}</a></li> })
        .collect_view();
    let quiz_view = (!lesson.quiz.is_empty()).then(|| quiz_view(tr, &slug, lesson, &text, &quiz).into_any());
    let previous =
        rules::previous_lesson(course, &lesson.id).map(|p| view! { <a href=lesson_href(&slug, p, "")>{tr.t("lesson-previous")}</a> });
    let next = rules::next_lesson(course, &lesson.id);
    let done_error = use_context::<FormEcho>()
        .filter(|e| e.form_id == "lesson-done")
        .and_then(|e| e.errors.get(crate::validation::FORM).map(|c| tr.t(c)));
    let done_label = match next {
        Some(_) => tr.t("lesson-done-next"),
        None => tr.t("lesson-done-last"),
    };
    let section_ids: Vec<String> = text.sections.iter().map(|s| s.id.clone()).collect();
    let crumbs = crumbs(tr, stored, lesson).into_any();
    let meta = format!(
        "{} · {rule}{}",
        duration(tr, lesson.minutes),
        if is_done { format!(" · {}", tr.t("lesson-state-done")) } else { String::new() }
    );
    let done_action = format!("/courses/{slug}/{}/done", lesson.id);
    let place_action = format!("/courses/{slug}/{}/place", lesson.id);
    let title = text.title.clone();
    view! {
        <Page title=title lang=lang.clone()>
            {crumbs}
            <p class="lesson-meta muted">{meta}</p>
            <article class="lesson" lang=lang>
                {intro}
                {sections}
                {video}
            </article>
            {quiz_view}
            {read_more_view}
            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{tr.t("lesson-sources")}</h2>
                <ul>{sources}</ul>
            </section>
            <div class="lesson-end" id="lesson-end">
                <form method="post" action=done_action id="lesson-done">
                    {done_error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                    <button type="submit" class="button">{done_label}</button>
                </form>
                {previous}
                <a href=format!("/courses/{slug}")>{tr.t("lesson-to-course")}</a>
            </div>
            <LessonTracker action=place_action sections=section_ids />
        </Page>
    }
}

//! `/courses`: the catalogue, filtered by audience, level, language and topic (a GET form, so
//! the address holds the query), each course with its length and the learner's progress; then
//! the learner's own courses to continue, their certificates, and a certificate check by code.

use super::{audience_names, current_learner, done_set, duration, language_names, last_place, lesson_href, level_name, progress_bar};
use crate::courses::model::{Level, AUDIENCES, TOPICS};
use crate::courses::repo::{self, Filters, Stored};
use crate::courses::rules;
use crate::forms::Choice;
use crate::i18n::{use_tr, Locale, Tr};
use crate::identity::viewer::use_viewer;
use crate::shell::{filter_input, filter_select, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A card's progress: the tally, and where *Continue* goes (`None`: nothing done yet).
struct CardProgress {
    tally: rules::Tally,
    complete: bool,
    continue_to: Option<String>,
}

#[component]
pub fn CataloguePage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let query = use_query_map().get_untracked();
    let pick = |name: &str, allowed: &[&str]| query.get(name).filter(|v| allowed.contains(&v.as_str())).unwrap_or_default();
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
    let langs: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let filters = Filters {
        audience: pick("audience", &AUDIENCES),
        level: pick("level", &levels),
        lang: pick("lang", &langs),
        topic: pick("topic", &TOPICS),
    };
    let signed_in = use_viewer().user;
    let page = move || {
        let (state, filters, signed_in) = (state.clone(), filters.clone(), signed_in.clone());
        Suspend::new(async move {
            let Ok(courses) = repo::published(&state.db, &filters).await else { return view! { <StatusPage status=500 /> }.into_any() };
            let learner = current_learner().await;
            let mut cards = Vec::new();
            for c in courses {
                let rows = super::progress_of(&state, learner.as_deref(), c.id).await;
                let progress = (!rows.is_empty()).then(|| {
                    let done = done_set(&rows);
                    let p = rules::progress(&c.course, &done);
                    let continue_to =
                        rules::continue_at(&c.course, &done, last_place(&rows)).map(|(l, s)| lesson_href(&c.course.slug, &l, &s));
                    CardProgress { tally: p.course, complete: p.complete, continue_to }
                });
                cards.push((c, progress));
            }
            let certificates = match &signed_in {
                Some(u) => repo::certificates_of(&state.db, u.id).await.unwrap_or_default(),
                None => Vec::new(),
            };
            let settings = match &signed_in {
                Some(u) => Some((repo::settings(&state.db, u.id).await.unwrap_or((false, true)), u.organisation_id.is_some())),
                None => None,
            };
            catalogue_view(tr, &filters, cards, certificates, settings).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn choices(tr: Tr, prefix: &str, codes: &[&str]) -> Vec<Choice> {
    codes.iter().map(|c| Choice { value: c.to_string(), label: tr.t(&format!("{prefix}{c}")) }).collect()
}

fn card(tr: Tr, c: &Stored, progress: Option<&CardProgress>) -> impl IntoView + use<> {
    let course = &c.course;
    let text = course.text(tr.0.code());
    let href = format!("/courses/{}", course.slug);
    let heading_id = format!("course-{}", course.slug);
    let lessons = course.lessons.len();
    let action = match progress {
        Some(CardProgress { complete: true, .. }) => {
            view! { <a class="button button-secondary" href=href.clone()>{tr.t("course-review")}</a> }.into_any()
        }
        Some(CardProgress { continue_to: Some(to), .. }) => {
            view! { <a class="button" href=to.clone()>{tr.t("course-continue")}</a> }.into_any()
        }
        _ => view! { <a class="button" href=href.clone()>{tr.t("course-start")}</a> }.into_any(),
    };
    let bar = progress.map(|p| progress_bar(tr, p.tally, format!("{heading_id}-progress")).into_any());
    let labelled_by = heading_id.clone();
    view! {
        <li class="card course-card" aria-labelledby=labelled_by>
            <h3 id=heading_id><a href=href lang=text.lang.clone()>{text.title.clone()}</a></h3>
            <p lang=text.lang.clone()>{text.summary.clone()}</p>
            <dl class="facts facts-inline">
                <dt>{tr.t("course-level")}</dt><dd>{level_name(tr, course.level)}</dd>
                <dt>{tr.t("course-for")}</dt><dd>{audience_names(tr, course)}</dd>
                <dt>{tr.t("course-length")}</dt><dd>{tr.t_args("course-lessons-count", &[("count", lessons.to_string())])}", "{duration(tr, course.minutes())}</dd>
                <dt>{tr.t("course-languages")}</dt><dd>{language_names(tr, course)}</dd>
            </dl>
            {bar}
            <p>{action}</p>
        </li>
    }
}

/// A signed-in learner's choices, and their links to their records, their team and the
/// readiness self-assessment.
fn yours_view(tr: Tr, (hide, reminders): (bool, bool), in_organisation: bool) -> impl IntoView + use<> {
    view! {
        <section aria-labelledby="course-settings-heading" id="course-settings">
            <h2 id="course-settings-heading">{tr.t("course-settings")}</h2>
            <ul>
                {in_organisation.then(|| view! { <li><a href="/courses/team">{tr.t("course-team-title")}</a></li> })}
                <li><a href="/courses/readiness">{tr.t("readiness-title")}</a></li>
                <li><a href="/courses/records.jsonl" download="">{tr.t("course-records")}</a>" "<span class="muted">{tr.t("course-records-hint")}</span></li>
            </ul>
            <form method="post" action="/courses/settings" id="course-settings-form">
                <div class="choice">
                    <input type="checkbox" id="course-settings-hide" name="hide" value="on" checked=hide />
                    <label for="course-settings-hide">{tr.t("course-settings-hide")}</label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="course-settings-reminders" name="reminders" value="on" checked=reminders />
                    <label for="course-settings-reminders">{tr.t("course-settings-reminders")}</label>
                </div>
                <button type="submit" class="button button-secondary">{tr.t("course-settings-save")}</button>
            </form>
        </section>
    }
}

fn catalogue_view(
    tr: Tr,
    f: &Filters,
    cards: Vec<(Stored, Option<CardProgress>)>,
    certificates: Vec<repo::Certificate>,
    settings: Option<((bool, bool), bool)>,
) -> impl IntoView + use<> {
    let signed_in = settings.is_some();
    let yours = settings.map(|(s, org)| yours_view(tr, s, org).into_any());
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
    let langs: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let any = tr.t("search-any");
    let filter_form = view! {
        <form method="get" action="/courses" class="search-form course-filters" aria-labelledby="course-filters-heading">
            <h2 id="course-filters-heading" class="visually-hidden">{tr.t("course-filters")}</h2>
            {filter_select("courses", "audience", tr.t("course-for"), any.clone(), Some(&f.audience), choices(tr, "course-audience-", &AUDIENCES))}
            {filter_select("courses", "level", tr.t("course-level"), any.clone(), Some(&f.level), choices(tr, "course-level-", &levels))}
            {filter_select("courses", "lang", tr.t("course-language"), any.clone(), Some(&f.lang), choices(tr, "language-", &langs))}
            {filter_select("courses", "topic", tr.t("course-topic"), any, Some(&f.topic), choices(tr, "course-topic-", &TOPICS))}
            <button type="submit" class="button button-secondary">{tr.t("search-submit")}</button>
        </form>
    }
    .into_any();
    let mine: Vec<_> = cards.iter().filter(|(_, p)| p.as_ref().is_some_and(|p| !p.complete && p.continue_to.is_some())).collect();
    let mine_view = (!mine.is_empty()).then(|| {
        let items = mine
            .iter()
            .map(|(c, p)| {
                let text = c.course.text(tr.0.code());
                let to = p.as_ref().and_then(|p| p.continue_to.clone()).unwrap_or_default();
                let tally = p.as_ref().map(|p| p.tally).unwrap_or_default();
                view! {
                    <li>
                        <a href=to lang=text.lang.clone()>{tr.t_args("course-continue-named", &[("title", text.title.clone())])}</a>
                        " "<span class="muted">{tr.t_args("course-progress-of", &[("done", tally.done.to_string()), ("total", tally.total.to_string())])}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="my-learning-heading" class="my-learning">
                <h2 id="my-learning-heading">{tr.t("course-my-learning")}</h2>
                <ul>{items}</ul>
                {(!signed_in).then(|| view! { <p class="hint">{tr.t("course-visitor-progress")}" "<a href="/signin?next=/courses">{tr.t("nav-sign-in")}</a></p> })}
            </section>
        }
    });
    let certificates_view = (!certificates.is_empty()).then(|| {
        let items = certificates
            .iter()
            .map(|c| view! { <li><a href=format!("/certificates/{}", c.code)>{c.course_title.clone()}</a>" "<span class="muted">{tr.date(c.completed_at)}</span></li> })
            .collect_view();
        view! {
            <section aria-labelledby="my-certificates-heading">
                <h2 id="my-certificates-heading">{tr.t("course-my-certificates")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let count = cards.len();
    let list = if cards.is_empty() {
        view! { <p class="notice">{tr.t("course-none-found")}</p> }.into_any()
    } else {
        cards.iter().map(|(c, p)| card(tr, c, p.as_ref())).collect_view().into_any()
    };
    view! {
        <Page title=tr.t("nav-courses")>
            <p class="lead">{tr.t("course-catalogue-intro")}</p>
            {mine_view}
            {filter_form}
            <section aria-labelledby="course-list-heading">
                <h2 id="course-list-heading">{tr.t_args("course-found", &[("count", count.to_string())])}</h2>
                <ul class="cards course-cards">{list}</ul>
            </section>
            {certificates_view}
            {yours}
            <section aria-labelledby="check-heading">
                <h2 id="check-heading">{tr.t("certificate-check")}</h2>
                <form method="get" action="/certificates" class="inline-form">
                    {filter_input("certificate", "code", tr.t("certificate-code"), String::new(), "text", Some(tr.t("certificate-code-hint")))}
                    <button type="submit" class="button button-secondary">{tr.t("certificate-check-submit")}</button>
                </form>
            </section>
        </Page>
    }
}

//! A lesson's quiz as the player shows it: each question a form of its own, answered one at a
//! time; after an answer, whether it was right and the feedback of each chosen option with the
//! knowledge item that teaches it. The right options are never in the page before the learner
//! has answered, and a wrong answer does not reveal them. When every question is answered the
//! attempt's score shows, and a failed attempt offers the next one when the course allows it.

use super::lesson::{knowledge_link, KnowledgeLink};
use crate::courses::handlers::answer_form;
use crate::courses::model::{Lesson, LessonText, QuestionKind};
use crate::courses::repo::{self, Answer, Attempt, Stored};
use crate::courses::rules::{self, Blocked};
use crate::db::now;
use crate::forms::FormEcho;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::validation::FORM;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The learner's quiz so far: the latest attempt, its answers, the links of the chosen
/// options' feedback, and whether a new attempt may start.
#[derive(Default)]
pub struct QuizState {
    pub latest: Option<Attempt>,
    pub answers: Vec<Answer>,
    pub links: BTreeMap<String, KnowledgeLink>,
    pub used: usize,
    pub allowed: u32,
    pub blocked: Option<Blocked>,
    pub pass_mark: u32,
}

impl QuizState {
    pub async fn load(state: &AppState, learner: Option<&str>, stored: &Stored, lesson: &Lesson, lang: &str) -> QuizState {
        let mut q = QuizState { allowed: lesson.attempts(&stored.course), pass_mark: stored.course.pass_mark, ..Default::default() };
        let Some(learner) = learner else { return q };
        if lesson.quiz.is_empty() {
            return q;
        }
        let attempts = repo::attempts(&state.db, learner, stored.id, &lesson.id).await.unwrap_or_default();
        q.blocked = rules::may_start_attempt(&stored.course, lesson, &repo::finished(&attempts), now()).err();
        q.used = attempts.len();
        q.latest = attempts.last().cloned();
        if let Some(a) = &q.latest {
            q.answers = repo::answers(&state.db, a.id).await.unwrap_or_default();
        }
        for answer in &q.answers {
            let Some(question) = lesson.question(&answer.question) else { continue };
            for chosen in answer.chosen() {
                let target = question.options.iter().find(|o| o.id == chosen).map(|o| o.knowledge.clone()).unwrap_or_default();
                if !target.is_empty() && !q.links.contains_key(&target) {
                    if let Some(link) = knowledge_link(state, &target, lang).await {
                        q.links.insert(target, link);
                    }
                }
            }
        }
        q
    }
}

pub fn quiz_view(tr: Tr, slug: &str, lesson: &Lesson, text: &LessonText, q: &QuizState) -> impl IntoView + use<> {
    let finished = q.latest.as_ref().is_some_and(|a| a.finished_at.is_some());
    let attempt_number = match &q.latest {
        Some(a) if a.finished_at.is_none() => a.number,
        _ => 0,
    };
    let action = format!("/courses/{slug}/{}/quiz", lesson.id);
    let echo = use_context::<FormEcho>();
    let questions = lesson
        .quiz
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let t = text.questions.iter().find(|t| t.id == question.id).cloned().unwrap_or_default();
            let heading = tr.t_args("quiz-question-n", &[("n", (i + 1).to_string()), ("total", lesson.quiz.len().to_string())]);
            let answered = q.answers.iter().find(|a| a.question == question.id);
            let body = match answered {
                Some(a) => {
                    let chosen = a.chosen();
                    let verdict = if a.correct == 1 { tr.t("quiz-right") } else { tr.t("quiz-wrong") };
                    let feedback = t
                        .options
                        .iter()
                        .filter(|o| chosen.contains(&o.id))
                        .map(|o| {
                            let key = question.options.iter().find(|k| k.id == o.id).map(|k| k.knowledge.clone()).unwrap_or_default();
                            let link = q.links.get(&key).map(|l| {
                                view! { <p class="feedback-link">{tr.t("quiz-learn-more")}" "<a href=l.href.clone() lang=l.lang.clone()>{l.title.clone()}</a></p> }
                            });
                            view! {
                                <li>
                                    <p><strong>{tr.t("quiz-your-answer")}</strong>" "{o.text.clone()}</p>
                                    <p>{o.feedback.clone()}</p>
                                    {link}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="quiz-question-text">{t.text.clone()}</p>
                        <p class="quiz-verdict" class:quiz-verdict-right=a.correct == 1 class:quiz-verdict-wrong=a.correct != 1 role="status">{verdict}</p>
                        <ul class="quiz-feedback">{feedback}</ul>
                    }
                    .into_any()
                }
                None if finished => view! { <p class="quiz-question-text">{t.text.clone()}</p> }.into_any(),
                None => {
                    let form_id = answer_form(&question.id);
                    let mine = echo.as_ref().filter(|e| e.form_id == form_id);
                    let error = mine.and_then(|e| e.errors.get("option").or(e.errors.get(FORM)).map(|c| tr.t(c)));
                    let typed: Vec<String> = mine.and_then(|e| e.values.get("option")).map(|v| v.split(',').map(str::to_string).collect()).unwrap_or_default();
                    let invalid = error.is_some();
                    let (kind, hint) = match question.kind {
                        QuestionKind::Single => ("radio", tr.t("quiz-choose-one")),
                        QuestionKind::Multiple => ("checkbox", tr.t("quiz-choose-all")),
                    };
                    let legend_id = format!("{form_id}-legend");
                    let error_id = format!("{form_id}-option-error");
                    let options = t
                        .options
                        .iter()
                        .map(|o| {
                            let id = format!("{form_id}-{}", o.id);
                            let checked = typed.contains(&o.id);
                            view! {
                                <div class="choice">
                                    <input type=kind id=id.clone() name="option" value=o.id.clone() checked=checked aria-describedby=error_id.clone() />
                                    <label for=id>{o.text.clone()}</label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <form method="post" action=action.clone() id=form_id.clone() class="quiz-form" novalidate=true>
                            <input type="hidden" name="question" value=question.id.clone() />
                            <input type="hidden" name="attempt" value=attempt_number.to_string() />
                            <fieldset class="field" class:field-invalid=invalid aria-invalid=if invalid { "true" } else { "false" }>
                                <legend id=legend_id>{t.text.clone()}</legend>
                                <p class="hint">{hint}</p>
                                {options}
                                <p class="field-error" id=error_id role=invalid.then_some("alert")>{error}</p>
                            </fieldset>
                            <button type="submit" class="button">{tr.t("quiz-check")}</button>
                        </form>
                    }
                    .into_any()
                }
            };
            let label = heading.clone();
            view! {
                <section class="quiz-question" id=format!("question-{}", question.id) aria-label=label>
                    <h3>{heading}</h3>
                    {body}
                </section>
            }
        })
        .collect_view();
    let result = q.latest.as_ref().filter(|a| a.finished_at.is_some()).map(|a| {
        let percent = rules::percent(a.correct as usize, a.questions as usize);
        let words = tr.t_args(
            "quiz-score",
            &[("correct", a.correct.to_string()), ("total", a.questions.to_string()), ("percent", percent.to_string())],
        );
        let passed = a.passed == 1;
        let verdict = if passed { tr.t("quiz-passed") } else { tr.t_args("quiz-failed", &[("percent", q.pass_mark.to_string())]) };
        let retry_error = echo.as_ref().filter(|e| e.form_id == "quiz-retry").and_then(|e| e.errors.get(FORM).map(|c| tr.t(c)));
        let next = match q.blocked {
            _ if passed => ().into_any(),
            Some(Blocked::NoAttemptsLeft) => view! { <p class="notice">{tr.t("err-quiz-no-attempts")}</p> }.into_any(),
            Some(Blocked::CoolingDown(at)) => {
                view! { <p class="notice">{tr.t_args("quiz-cooling-down-until", &[("time", tr.local_datetime(at))])}</p> }.into_any()
            }
            _ => view! {
                <form method="post" action=format!("/courses/{slug}/{}/quiz/retry", lesson.id) id="quiz-retry">
                    {retry_error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                    <button type="submit" class="button">{tr.t("quiz-retry")}</button>
                </form>
            }
            .into_any(),
        };
        view! {
            <div class="quiz-result" class:quiz-result-passed=passed role="status">
                <p><strong>{verdict}</strong>" "{words}</p>
                {next}
            </div>
        }
    });
    let attempts = (q.allowed > 0).then(|| tr.t_args("quiz-attempts", &[("used", q.used.to_string()), ("allowed", q.allowed.to_string())]));
    view! {
        <section class="quiz" id="quiz" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading">{tr.t("quiz-title")}</h2>
            <p class="muted">{tr.t_args("quiz-pass-mark", &[("percent", q.pass_mark.to_string())])}{attempts.map(|a| format!(" {a}"))}</p>
            {result}
            {questions}
        </section>
    }
}

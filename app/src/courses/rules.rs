//! The rules of learning, shared by the browser and the server: when a lesson is done, how far a
//! learner is through a course and when it is complete, which lesson opens in linear mode, where
//! *Continue* goes, whether a quiz answer is right, whether another attempt may start, and the
//! shape of a certificate's code.

use super::model::*;
use std::collections::BTreeSet;

/// A lesson is done when it was read to its end, or, for a lesson the course marks "done when its
/// quiz is passed", when that quiz was passed.
pub fn lesson_done(lesson: &Lesson, viewed: bool, quiz_passed: bool) -> bool {
    match lesson.done_when {
        DoneWhen::Viewed => viewed,
        DoneWhen::Quiz if lesson.quiz.is_empty() => viewed,
        DoneWhen::Quiz => quiz_passed,
    }
}

/// Done out of all, for a module or a course.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub done: usize,
    pub total: usize,
}

impl Tally {
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0) as u32
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseProgress {
    /// Per module, in module order: its required lessons done.
    pub modules: Vec<Tally>,
    /// The course's required lessons done.
    pub course: Tally,
    /// Every required lesson done.
    pub complete: bool,
    /// The estimated minutes of the lessons not yet done.
    pub minutes_left: u32,
    /// Any lesson done at all (the catalogue says "started").
    pub started: bool,
}

/// How far a learner is, from the ids of the lessons they have done (ids no longer in the course
/// are ignored; optional lessons do not count towards completion).
pub fn progress(course: &Course, done: &BTreeSet<String>) -> CourseProgress {
    let required = |id: &String| course.lesson(id).is_some_and(|l| l.required);
    let modules: Vec<Tally> = course
        .modules
        .iter()
        .map(|m| {
            let req: Vec<&String> = m.lessons.iter().filter(|id| required(id)).collect();
            Tally { done: req.iter().filter(|id| done.contains(**id)).count(), total: req.len() }
        })
        .collect();
    let course_tally = Tally { done: modules.iter().map(|t| t.done).sum(), total: modules.iter().map(|t| t.total).sum() };
    CourseProgress {
        complete: course_tally.total > 0 && course_tally.done == course_tally.total,
        minutes_left: course.lessons.iter().filter(|l| !done.contains(&l.id)).map(|l| l.minutes).sum(),
        started: course.lessons.iter().any(|l| done.contains(&l.id)),
        modules,
        course: course_tally,
    }
}

/// In a linear course a lesson opens only when every lesson before it is done; otherwise every
/// lesson is open. A lesson already done stays open.
pub fn is_open(course: &Course, done: &BTreeSet<String>, lesson: &str) -> bool {
    if !course.linear || done.contains(lesson) {
        return true;
    }
    let order = course.order();
    match order.iter().position(|id| *id == lesson) {
        Some(at) => order[..at].iter().all(|id| done.contains(*id)),
        None => false,
    }
}

/// Where *Continue* goes: the lesson last worked on, at the section last seen, while it is not
/// done; else the first lesson not done after it (then from the start); `None` when every lesson
/// is done.
pub fn continue_at(course: &Course, done: &BTreeSet<String>, last: Option<(&str, &str)>) -> Option<(String, String)> {
    let order = course.order();
    if let Some((lesson, section)) = last {
        if order.contains(&lesson) && !done.contains(lesson) {
            return Some((lesson.to_string(), section.to_string()));
        }
    }
    let after = last.and_then(|(lesson, _)| order.iter().position(|id| *id == lesson)).map_or(0, |at| at + 1);
    order[after..].iter().chain(order[..after].iter()).find(|id| !done.contains(**id)).map(|id| (id.to_string(), String::new()))
}

/// The lesson after `lesson` in reading order.
pub fn next_lesson<'a>(course: &'a Course, lesson: &str) -> Option<&'a str> {
    let order = course.order();
    let at = order.iter().position(|id| *id == lesson)?;
    order.get(at + 1).copied()
}

pub fn previous_lesson<'a>(course: &'a Course, lesson: &str) -> Option<&'a str> {
    let order = course.order();
    let at = order.iter().position(|id| *id == lesson)?;
    at.checked_sub(1).map(|i| order[i])
}

/// Whether the chosen options answer the question rightly: a single-choice question takes one
/// option, a multiple-choice question every right option and no wrong one. A choice that is
/// not one of the question's options is refused, not counted wrong.
pub fn check_answer(question: &Question, chosen: &[String]) -> Result<bool, &'static str> {
    let chosen: BTreeSet<&str> = chosen.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    if chosen.is_empty() {
        return Err("err-quiz-choose");
    }
    if chosen.iter().any(|c| !question.options.iter().any(|o| o.id == *c)) {
        return Err("err-quiz-unknown-option");
    }
    if question.kind == QuestionKind::Single && chosen.len() > 1 {
        return Err("err-quiz-one-option");
    }
    let right: BTreeSet<&str> = question.options.iter().filter(|o| o.correct).map(|o| o.id.as_str()).collect();
    Ok(chosen == right)
}

/// A quiz is passed with at least `pass_mark` per cent of its questions right.
pub fn passes(correct: usize, total: usize, pass_mark: u32) -> bool {
    total > 0 && correct * 100 >= pass_mark as usize * total
}

pub fn percent(correct: usize, total: usize) -> u32 {
    (correct * 100).checked_div(total).unwrap_or(0) as u32
}

/// A finished attempt at a lesson's quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finished {
    pub passed: bool,
    pub finished_at: i64,
}

/// Why no new attempt may start now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// The quiz is passed already.
    Passed,
    /// Every attempt the course allows is used.
    NoAttemptsLeft,
    /// After a failed attempt, the next one opens at this time (Unix seconds).
    CoolingDown(i64),
}

impl Blocked {
    pub fn code(self) -> &'static str {
        match self {
            Blocked::Passed => "err-quiz-passed",
            Blocked::NoAttemptsLeft => "err-quiz-no-attempts",
            Blocked::CoolingDown(_) => "err-quiz-cooling-down",
        }
    }
}

/// Whether a new attempt at a lesson's quiz may start, given the finished ones (in any order).
pub fn may_start_attempt(course: &Course, lesson: &Lesson, finished: &[Finished], now: i64) -> Result<(), Blocked> {
    if finished.iter().any(|f| f.passed) {
        return Err(Blocked::Passed);
    }
    let allowed = lesson.attempts(course);
    if allowed > 0 && finished.len() >= allowed as usize {
        return Err(Blocked::NoAttemptsLeft);
    }
    let last = finished.iter().map(|f| f.finished_at).max();
    match last.map(|at| at + i64::from(lesson.cooldown_minutes(course)) * 60) {
        Some(opens) if opens > now => Err(Blocked::CoolingDown(opens)),
        _ => Ok(()),
    }
}

/// The band a certificate shows for the learner's quiz results (their best attempt per quiz).
pub fn score_band(percent: Option<u32>) -> &'static str {
    match percent {
        None => "completed",
        Some(p) if p >= 90 => "distinction",
        Some(p) if p >= 75 => "merit",
        Some(_) => "pass",
    }
}

/// The letters of certificate codes: no 0/O, 1/I/L, so a code read aloud or typed is not mistaken.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const CODE_LEN: usize = 12;

/// A certificate code as typed (any case, spaces or hyphens between groups) in its stored form,
/// `XXXX-XXXX-XXXX`; `None` when it cannot be one.
pub fn normalise_code(typed: &str) -> Option<String> {
    let letters: Vec<char> = typed.chars().filter(|c| !matches!(c, ' ' | '-')).map(|c| c.to_ascii_uppercase()).collect();
    if letters.len() != CODE_LEN || !letters.iter().all(|c| c.is_ascii() && CODE_ALPHABET.contains(&(*c as u8))) {
        return None;
    }
    let s: String = letters.iter().collect();
    Some(format!("{}-{}-{}", &s[0..4], &s[4..8], &s[8..12]))
}

/// A certificate's hours for its page: minutes in hours with one decimal, at least 0.1.
pub fn hours(minutes: u32) -> String {
    let tenths = (minutes * 10).div_ceil(60).max(1);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: &str, done_when: DoneWhen, questions: usize) -> Lesson {
        Lesson {
            id: id.into(),
            minutes: 10,
            required: true,
            done_when,
            quiz: (0..questions)
                .map(|i| Question {
                    id: format!("q{i}"),
                    kind: QuestionKind::Single,
                    options: vec![
                        OptionKey { id: "a".into(), correct: true, knowledge: String::new() },
                        OptionKey { id: "b".into(), correct: false, knowledge: String::new() },
                    ],
                })
                .collect(),
            ..Default::default()
        }
    }

    fn course(linear: bool) -> Course {
        let mut optional = lesson("extra", DoneWhen::Viewed, 0);
        optional.required = false;
        Course {
            slug: "c".into(),
            linear,
            pass_mark: 70,
            quiz_attempts: 3,
            quiz_cooldown_minutes: 5,
            modules: vec![
                Module { id: "m1".into(), lessons: vec!["one".into(), "two".into()] },
                Module { id: "m2".into(), lessons: vec!["three".into(), "extra".into()] },
            ],
            lessons: vec![
                lesson("one", DoneWhen::Viewed, 0),
                lesson("two", DoneWhen::Quiz, 3),
                lesson("three", DoneWhen::Viewed, 0),
                optional,
            ],
            ..Default::default()
        }
    }

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_quiz_lesson_is_done_by_passing_not_by_reading() {
        let c = course(false);
        assert!(lesson_done(c.lesson("one").unwrap(), true, false));
        assert!(!lesson_done(c.lesson("one").unwrap(), false, false));
        assert!(!lesson_done(c.lesson("two").unwrap(), true, false));
        assert!(lesson_done(c.lesson("two").unwrap(), false, true));
        // "Done when its quiz is passed" without a quiz falls back to reading it.
        assert!(lesson_done(&lesson("x", DoneWhen::Quiz, 0), true, false));
    }

    #[test]
    fn progress_counts_required_lessons_per_module() {
        let c = course(false);
        let p = progress(&c, &set(&["one", "extra", "gone"]));
        assert_eq!(p.modules, vec![Tally { done: 1, total: 2 }, Tally { done: 0, total: 1 }]);
        assert_eq!(p.course, Tally { done: 1, total: 3 });
        assert_eq!(p.course.percent(), 33);
        assert!(!p.complete && p.started);
        assert_eq!(p.minutes_left, 20);
        let all = progress(&c, &set(&["one", "two", "three"]));
        assert!(all.complete, "the optional lesson is not needed");
        assert!(!progress(&Course::default(), &set(&[])).complete, "an empty course is never complete");
    }

    #[test]
    fn linear_mode_opens_lessons_in_order() {
        let c = course(true);
        assert!(is_open(&c, &set(&[]), "one"));
        assert!(!is_open(&c, &set(&[]), "two"));
        assert!(is_open(&c, &set(&["one"]), "two"));
        assert!(!is_open(&c, &set(&["one"]), "three"));
        assert!(is_open(&c, &set(&["three"]), "three"), "a lesson done stays open");
        assert!(!is_open(&c, &set(&[]), "missing"));
        assert!(is_open(&course(false), &set(&[]), "three"));
    }

    #[test]
    fn continue_goes_to_the_exact_place_or_the_next_lesson() {
        let c = course(false);
        assert_eq!(continue_at(&c, &set(&[]), None), Some(("one".into(), String::new())));
        assert_eq!(continue_at(&c, &set(&["one"]), Some(("two", "phases"))), Some(("two".into(), "phases".into())));
        assert_eq!(continue_at(&c, &set(&["one", "two"]), Some(("two", "phases"))), Some(("three".into(), String::new())));
        // After the last lesson, the first one left undone.
        assert_eq!(continue_at(&c, &set(&["two", "three", "extra"]), Some(("extra", ""))), Some(("one".into(), String::new())));
        assert_eq!(continue_at(&c, &set(&["one", "two", "three", "extra"]), Some(("one", ""))), None);
        assert_eq!(continue_at(&c, &set(&[]), Some(("removed", "x"))), Some(("one".into(), String::new())));
        assert_eq!(next_lesson(&c, "two"), Some("three"));
        assert_eq!(next_lesson(&c, "extra"), None);
        assert_eq!(previous_lesson(&c, "one"), None);
        assert_eq!(previous_lesson(&c, "three"), Some("two"));
    }

    #[test]
    fn answers_are_checked_against_the_options() {
        let mut q = lesson("x", DoneWhen::Quiz, 1).quiz.remove(0);
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(check_answer(&q, &c(&["a"])), Ok(true));
        assert_eq!(check_answer(&q, &c(&["b"])), Ok(false));
        assert_eq!(check_answer(&q, &c(&[])), Err("err-quiz-choose"));
        assert_eq!(check_answer(&q, &c(&[" "])), Err("err-quiz-choose"));
        assert_eq!(check_answer(&q, &c(&["z"])), Err("err-quiz-unknown-option"));
        assert_eq!(check_answer(&q, &c(&["a", "b"])), Err("err-quiz-one-option"));
        assert_eq!(check_answer(&q, &c(&["a", "a"])), Ok(true), "the same option twice is one choice");
        q.kind = QuestionKind::Multiple;
        q.options[1].correct = true;
        assert_eq!(check_answer(&q, &c(&["a", "b"])), Ok(true));
        assert_eq!(check_answer(&q, &c(&["a"])), Ok(false), "every right option is needed");
    }

    #[test]
    fn pass_mark_and_percent() {
        assert!(passes(3, 3, 70) && passes(7, 10, 70) && !passes(2, 3, 70) && !passes(0, 0, 0));
        assert_eq!(percent(2, 3), 66);
        assert_eq!(percent(1, 0), 0);
    }

    #[test]
    fn attempts_are_limited_and_cool_down() {
        let c = course(false);
        let l = c.lessons[0].clone();
        let failed = |at| Finished { passed: false, finished_at: at };
        assert_eq!(may_start_attempt(&c, &l, &[], 1000), Ok(()));
        assert_eq!(may_start_attempt(&c, &l, &[failed(1000)], 1100), Err(Blocked::CoolingDown(1300)));
        assert_eq!(may_start_attempt(&c, &l, &[failed(1000)], 1300), Ok(()));
        assert_eq!(may_start_attempt(&c, &l, &[failed(1), failed(2), failed(3)], 10_000), Err(Blocked::NoAttemptsLeft));
        assert_eq!(may_start_attempt(&c, &l, &[Finished { passed: true, finished_at: 1 }], 10_000), Err(Blocked::Passed));
        // A quiz's own limits win over the course's, in both directions.
        let strict = Lesson { quiz_attempts: Some(1), quiz_cooldown_minutes: Some(60), ..l.clone() };
        assert_eq!(may_start_attempt(&c, &strict, &[failed(1000)], 1300), Err(Blocked::NoAttemptsLeft));
        let lenient = Lesson { quiz_attempts: Some(0), quiz_cooldown_minutes: Some(0), ..l.clone() };
        assert_eq!(may_start_attempt(&c, &lenient, &[failed(1000); 9], 1000), Ok(()));
        let unlimited = Course { quiz_attempts: 0, quiz_cooldown_minutes: 0, ..c };
        assert_eq!(may_start_attempt(&unlimited, &l, &[failed(1); 50], 2), Ok(()));
    }

    #[test]
    fn certificate_codes_and_bands() {
        assert_eq!(normalise_code("abcd efgh jkmn").as_deref(), Some("ABCD-EFGH-JKMN"));
        assert_eq!(normalise_code("ABCD-EFGH-JKMN").as_deref(), Some("ABCD-EFGH-JKMN"));
        for bad in ["", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMO", "ABCD-EFGH-JKMNP", "ÄBCD-EFGH-JKMN", "€€€€-€€€€-€€€€"] {
            assert_eq!(normalise_code(bad), None, "{bad}");
        }
        assert_eq!(score_band(None), "completed");
        assert_eq!(score_band(Some(95)), "distinction");
        assert_eq!(score_band(Some(80)), "merit");
        assert_eq!(score_band(Some(70)), "pass");
        assert_eq!(hours(60), "1.0");
        assert_eq!(hours(95), "1.6");
        assert_eq!(hours(0), "0.1");
    }
}

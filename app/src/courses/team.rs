//! A public body's (or company's) people and the courses: who started, who completed, where
//! people stop, per course; for the page (`/courses/team`) and its CSV export. Colleagues who
//! hide their progress are left out.

use super::repo::{self, TeamRow};
use super::rules;
use crate::db::Db;
use std::collections::{BTreeMap, BTreeSet};

pub struct Person {
    pub name: String,
    pub done: usize,
    pub total: usize,
    pub last_ms: i64,
    pub completed_at: Option<i64>,
}

pub struct CourseTeam {
    pub slug: String,
    pub title: String,
    pub people: Vec<Person>,
    /// The lesson most people who have not completed were last at, and how many.
    pub stop: Option<(String, usize)>,
}

pub async fn of_organisation(db: &Db, organisation_id: i64, viewer: i64, lang: &str) -> Result<Vec<CourseTeam>, sqlx::Error> {
    let rows = repo::team(db, organisation_id, viewer).await?;
    let mut by_course: BTreeMap<i64, Vec<TeamRow>> = BTreeMap::new();
    for r in rows {
        by_course.entry(r.course_id).or_default().push(r);
    }
    let mut out = Vec::new();
    for (course_id, rows) in by_course {
        let Some(stored) = repo::by_id(db, course_id).await? else { continue };
        let course = &stored.course;
        let mut people_rows: BTreeMap<i64, Vec<&TeamRow>> = BTreeMap::new();
        for r in &rows {
            people_rows.entry(r.user_id).or_default().push(r);
        }
        let mut people = Vec::new();
        let mut stops: BTreeMap<String, usize> = BTreeMap::new();
        for (user_id, steps) in people_rows {
            let done: BTreeSet<String> = steps.iter().filter(|s| s.done_at.is_some()).map(|s| s.lesson.clone()).collect();
            let p = rules::progress(course, &done);
            let completed_at = repo::certificate_of(db, user_id, course_id).await?.map(|c| c.completed_at);
            let last = steps.iter().max_by_key(|s| s.updated_at);
            if !p.complete {
                if let Some(l) = last {
                    *stops.entry(l.lesson.clone()).or_default() += 1;
                }
            }
            people.push(Person {
                name: steps[0].name.clone(),
                done: p.course.done,
                total: p.course.total,
                last_ms: last.map_or(0, |s| s.updated_at),
                completed_at: completed_at.or(p.complete.then(|| last.map_or(0, |s| s.updated_at / 1000))),
            });
        }
        let stop = stops.into_iter().max_by_key(|(_, n)| *n).map(|(lesson, n)| {
            let title = course.lesson(&lesson).map(|l| l.text(lang).title.clone()).unwrap_or(lesson);
            (title, n)
        });
        out.push(CourseTeam { slug: course.slug.clone(), title: course.text(lang).title.clone(), people, stop });
    }
    Ok(out)
}

/// The team view as CSV: one row per person and course.
pub fn csv(teams: &[CourseTeam]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["course", "person", "lessons_done", "lessons_required", "last_activity", "completed"]).map_err(|e| e.to_string())?;
    for t in teams {
        for p in &t.people {
            let last = crate::i18n::rfc3339(p.last_ms / 1000);
            let completed = p.completed_at.map(crate::i18n::rfc3339).unwrap_or_default();
            w.write_record([t.title.as_str(), p.name.as_str(), &p.done.to_string(), &p.total.to_string(), &last, &completed])
                .map_err(|e| e.to_string())?;
        }
    }
    String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

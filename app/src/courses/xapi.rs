//! A learner's records as xAPI statements (one JSON object per line), so an organisation's own
//! learning record store can take them: `attempted` (a quiz attempt begun), `answered` (each
//! answer, with its response and whether it was right), `passed` / `failed` (an attempt's
//! score), `completed` (a lesson done, and a course). Verbs are the ADL vocabulary's; activity
//! ids are the platform's addresses. Statement ids are derived from what they record, so a
//! second download names the same statements the same way and a store does not duplicate them.
//! (The xapi-rs crates are GPL-3.0; PPI Hub is EUPL-1.2, so these few structures are our own.)

use super::model::Course;
use super::repo;
use crate::db::Db;
use crate::i18n::rfc3339;
use crate::identity::SessionUser;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub const VERBS: [&str; 5] = ["attempted", "answered", "passed", "failed", "completed"];

fn verb(name: &str) -> Value {
    json!({ "id": format!("http://adlnet.gov/expapi/verbs/{name}"), "display": { "en-US": name } })
}

/// A UUID (RFC 9562 version 8, "custom") from the statement's own key.
fn statement_id(key: &str) -> String {
    let h = Sha256::digest(key.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

fn activity(id: String, kind: &str, name: &str, lang: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": id,
        "definition": { "type": format!("http://adlnet.gov/expapi/activities/{kind}"), "name": { lang: name } },
    })
}

/// Every statement of the learner, oldest first.
pub async fn statements(db: &Db, base_url: &str, user: &SessionUser) -> Result<Vec<Value>, sqlx::Error> {
    let base = base_url.trim_end_matches('/');
    let learner = super::access::of_user(user.id);
    let actor = json!({ "objectType": "Agent", "name": user.name, "mbox": format!("mailto:{}", user.email) });
    let mut courses: BTreeMap<i64, Course> = BTreeMap::new();
    let steps = repo::records(db, &learner).await?;
    let attempts = repo::attempt_records(db, &learner).await?;
    let answers = repo::answer_records(db, &learner).await?;
    for id in steps.iter().map(|s| s.course_id).chain(attempts.iter().map(|a| a.course_id)) {
        if let std::collections::btree_map::Entry::Vacant(e) = courses.entry(id) {
            if let Some(stored) = repo::by_id(db, id).await? {
                e.insert(stored.course);
            }
        }
    }
    let lesson_activity = |course: &Course, lesson: &str, suffix: &str, kind: &str| {
        let title = course.lesson(lesson).map(|l| l.texts.first().map(|t| t.title.clone()).unwrap_or_default()).unwrap_or_default();
        let lang = course.texts.first().map(|t| t.lang.clone()).unwrap_or_else(|| "en".into());
        activity(format!("{base}/courses/{}/{lesson}{suffix}", course.slug), kind, &title, &lang)
    };
    let mut out: Vec<(i64, Value)> = Vec::new();
    let statement = |key: String, v: &str, object: Value, at: i64, result: Option<Value>, course: &Course| {
        let mut s = json!({
            "id": statement_id(&key),
            "actor": actor,
            "verb": verb(v),
            "object": object,
            "timestamp": rfc3339(at),
            "context": { "contextActivities": { "parent": [{ "objectType": "Activity", "id": format!("{base}/courses/{}", course.slug) }] }, "platform": "PPI Hub" },
        });
        if let Some(r) = result {
            s["result"] = r;
        }
        (at, s)
    };
    for s in &steps {
        let (Some(course), Some(done)) = (courses.get(&s.course_id), s.done_at) else { continue };
        out.push(statement(
            format!("{learner}/{}/{}/completed", course.slug, s.lesson),
            "completed",
            lesson_activity(course, &s.lesson, "", "lesson"),
            done,
            Some(json!({ "completion": true })),
            course,
        ));
    }
    for a in &attempts {
        let Some(course) = courses.get(&a.course_id) else { continue };
        let quiz = lesson_activity(course, &a.lesson, "#quiz", "assessment");
        out.push(statement(
            format!("{learner}/{}/{}/attempt/{}", course.slug, a.lesson, a.number),
            "attempted",
            quiz.clone(),
            a.started_at,
            None,
            course,
        ));
        if let Some(finished) = a.finished_at {
            let scaled = if a.questions > 0 { a.correct as f64 / a.questions as f64 } else { 0.0 };
            let result = json!({ "score": { "raw": a.correct, "min": 0, "max": a.questions, "scaled": scaled }, "success": a.passed == 1, "completion": true });
            let v = if a.passed == 1 { "passed" } else { "failed" };
            out.push(statement(
                format!("{learner}/{}/{}/attempt/{}/{v}", course.slug, a.lesson, a.number),
                v,
                quiz,
                finished,
                Some(result),
                course,
            ));
        }
        for answer in answers.iter().filter(|x| x.attempt_id == a.id) {
            let object = lesson_activity(course, &a.lesson, &format!("#question-{}", answer.question), "cmi.interaction");
            let result = json!({ "response": answer.chosen.replace(' ', "[,]"), "success": answer.correct == 1 });
            out.push(statement(
                format!("{learner}/{}/{}/attempt/{}/{}", course.slug, a.lesson, a.number, answer.question),
                "answered",
                object,
                answer.answered_at,
                Some(result),
                course,
            ));
        }
    }
    for c in repo::certificates_of(db, user.id).await? {
        let Some(course) = courses.get(&c.course_id) else { continue };
        let object = activity(format!("{base}/courses/{}", course.slug), "course", &c.course_title, &c.lang);
        out.push(statement(
            format!("{learner}/{}/completed", course.slug),
            "completed",
            object,
            c.completed_at,
            Some(json!({ "completion": true })),
            course,
        ));
    }
    out.sort_by_key(|(at, _)| *at);
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn statement_ids_are_stable_uuids() {
        let a = super::statement_id("u1/course/lesson/completed");
        assert_eq!(a, super::statement_id("u1/course/lesson/completed"));
        assert_ne!(a, super::statement_id("u2/course/lesson/completed"));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), vec![8, 4, 4, 4, 12]);
        assert!(parts[2].starts_with('8'), "version 8");
        assert!(matches!(parts[3].chars().next(), Some('8' | '9' | 'a' | 'b')), "RFC variant");
    }
}

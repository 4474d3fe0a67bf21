//! The courses' storage: published courses and their versions, learners' progress, quiz
//! attempts and answers, certificates and the issuer's signing keys.

use super::content::ContentCourse;
use super::model::Course;
use crate::db::{now, now_ms, Db};

pub type DbResult<T> = Result<T, sqlx::Error>;

/// A published course as stored.
#[derive(Clone, Debug)]
pub struct Stored {
    pub id: i64,
    pub version: i64,
    pub course: Course,
}

#[derive(sqlx::FromRow)]
struct CourseRow {
    id: i64,
    version: i64,
    document: String,
}

impl CourseRow {
    fn decode(self) -> DbResult<Stored> {
        let course = serde_json::from_str(&self.document).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        Ok(Stored { id: self.id, version: self.version, course })
    }
}

/// Codes as a padded, space-separated column, so `LIKE '% code %'` finds one.
fn padded(codes: &[&str]) -> String {
    format!(" {} ", codes.join(" "))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    Added,
    Updated,
    Unchanged,
}

/// A course from its folder: added, a new version when its files changed, or left alone.
pub async fn load(db: &Db, c: &ContentCourse) -> DbResult<Loaded> {
    let existing: Option<(i64, i64, String, String)> =
        sqlx::query_as("SELECT id, version, content_hash, status FROM courses WHERE slug = $1")
            .bind(&c.course.slug)
            .fetch_optional(&db.pool)
            .await?;
    if let Some((_, _, hash, status)) = &existing {
        if *hash == c.hash && status == "published" {
            return Ok(Loaded::Unchanged);
        }
    }
    let document = serde_json::to_string(&c.course).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let course = &c.course;
    let audiences: Vec<&str> = course.audiences.iter().map(String::as_str).collect();
    let topics: Vec<&str> = course.topics.iter().map(String::as_str).collect();
    let mut tx = db.pool.begin().await?;
    let (id, version, loaded) = match existing {
        Some((id, version, _, _)) => {
            sqlx::query(
                "UPDATE courses SET status = 'published', version = $1, level = $2, audiences = $3, topics = $4, langs = $5, minutes = $6, document = $7, content_hash = $8, updated_at = $9 WHERE id = $10",
            )
            .bind(version + 1)
            .bind(course.level.as_str())
            .bind(padded(&audiences))
            .bind(padded(&topics))
            .bind(padded(&course.langs()))
            .bind(i64::from(course.minutes()))
            .bind(&document)
            .bind(&c.hash)
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            (id, version + 1, Loaded::Updated)
        }
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO courses (slug, status, version, level, audiences, topics, langs, minutes, document, content_hash, updated_at) VALUES ($1, 'published', 1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(&course.slug)
            .bind(course.level.as_str())
            .bind(padded(&audiences))
            .bind(padded(&topics))
            .bind(padded(&course.langs()))
            .bind(i64::from(course.minutes()))
            .bind(&document)
            .bind(&c.hash)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
            (id, 1, Loaded::Added)
        }
    };
    sqlx::query("INSERT INTO course_versions (course_id, version, document, published_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(version)
        .bind(&document)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(loaded)
}

/// Courses whose folder is gone are retired (progress and certificates stay).
pub async fn retire_missing(db: &Db, slugs: &[&str]) -> DbResult<usize> {
    let all: Vec<(i64, String)> = sqlx::query_as("SELECT id, slug FROM courses WHERE status = 'published'").fetch_all(&db.pool).await?;
    let mut retired = 0;
    for (id, slug) in all {
        if !slugs.contains(&slug.as_str()) {
            sqlx::query("UPDATE courses SET status = 'retired', updated_at = $1 WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(&db.pool)
                .await?;
            retired += 1;
        }
    }
    Ok(retired)
}

/// The catalogue's filters; an empty one does not filter.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub audience: String,
    pub level: String,
    pub lang: String,
    pub topic: String,
}

pub async fn published(db: &Db, f: &Filters) -> DbResult<Vec<Stored>> {
    let like = |v: &str| if v.is_empty() { "%".to_string() } else { format!("% {v} %") };
    let rows: Vec<CourseRow> = sqlx::query_as(
        "SELECT id, version, document FROM courses WHERE status = 'published' AND audiences LIKE $1 AND topics LIKE $2 AND langs LIKE $3 AND ($4 = '' OR level = $4) ORDER BY id",
    )
    .bind(like(&f.audience))
    .bind(like(&f.topic))
    .bind(like(&f.lang))
    .bind(&f.level)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(CourseRow::decode).collect()
}

pub async fn by_slug(db: &Db, slug: &str) -> DbResult<Option<Stored>> {
    let row: Option<CourseRow> = sqlx::query_as("SELECT id, version, document FROM courses WHERE slug = $1 AND status = 'published'")
        .bind(slug)
        .fetch_optional(&db.pool)
        .await?;
    row.map(CourseRow::decode).transpose()
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Stored>> {
    let row: Option<CourseRow> =
        sqlx::query_as("SELECT id, version, document FROM courses WHERE id = $1").bind(id).fetch_optional(&db.pool).await?;
    row.map(CourseRow::decode).transpose()
}

/// One learner's state in one lesson.
#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct LessonProgress {
    pub lesson: String,
    pub section: String,
    pub viewed_at: Option<i64>,
    pub quiz_passed_at: Option<i64>,
    pub done_at: Option<i64>,
    pub updated_at: i64,
}

pub async fn progress(db: &Db, learner: &str, course_id: i64) -> DbResult<Vec<LessonProgress>> {
    sqlx::query_as(
        "SELECT lesson, section, viewed_at, quiz_passed_at, done_at, updated_at FROM course_progress WHERE learner = $1 AND course_id = $2",
    )
    .bind(learner)
    .bind(course_id)
    .fetch_all(&db.pool)
    .await
}

/// Every course a learner has touched, the most recent first: (course id, progress rows).
pub async fn learner_courses(db: &Db, learner: &str) -> DbResult<Vec<(i64, i64)>> {
    sqlx::query_as(
        "SELECT course_id, MAX(updated_at) AS last FROM course_progress WHERE learner = $1 GROUP BY course_id ORDER BY last DESC",
    )
    .bind(learner)
    .fetch_all(&db.pool)
    .await
}

/// What a step in a lesson records.
#[derive(Clone, Copy, Debug, Default)]
pub struct Step<'a> {
    pub section: &'a str,
    pub viewed: bool,
    pub quiz_passed: bool,
    pub done: bool,
}

/// Records a step: the place (section) always; viewed, passed and done only ever from not yet
/// to a time (a later step never undoes them). One statement, so two devices at once are safe.
pub async fn record(db: &Db, learner: &str, course_id: i64, lesson: &str, step: Step<'_>) -> DbResult<()> {
    let at = now();
    let when = |yes: bool| yes.then_some(at);
    let stamp = now_ms();
    sqlx::query(
        "INSERT INTO course_progress (learner, course_id, lesson, section, viewed_at, quiz_passed_at, done_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (learner, course_id, lesson) DO UPDATE SET
           section = excluded.section,
           viewed_at = COALESCE(course_progress.viewed_at, excluded.viewed_at),
           quiz_passed_at = COALESCE(course_progress.quiz_passed_at, excluded.quiz_passed_at),
           done_at = COALESCE(course_progress.done_at, excluded.done_at),
           updated_at = excluded.updated_at",
    )
    .bind(learner)
    .bind(course_id)
    .bind(lesson)
    .bind(step.section)
    .bind(when(step.viewed))
    .bind(when(step.quiz_passed))
    .bind(when(step.done))
    .bind(stamp)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Attempt {
    pub id: i64,
    pub number: i64,
    pub questions: i64,
    pub correct: i64,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub passed: i64,
}

/// The finished attempts among `attempts`, as the rule that decides on a new one reads them.
pub fn finished(attempts: &[Attempt]) -> Vec<super::rules::Finished> {
    attempts.iter().filter_map(|a| a.finished_at.map(|at| super::rules::Finished { passed: a.passed == 1, finished_at: at })).collect()
}

pub async fn attempts(db: &Db, learner: &str, course_id: i64, lesson: &str) -> DbResult<Vec<Attempt>> {
    sqlx::query_as(
        "SELECT id, number, questions, correct, started_at, finished_at, passed FROM quiz_attempts WHERE learner = $1 AND course_id = $2 AND lesson = $3 ORDER BY number",
    )
    .bind(learner)
    .bind(course_id)
    .bind(lesson)
    .fetch_all(&db.pool)
    .await
}

/// Starts attempt `number`; `false` when another request started it first.
pub async fn start_attempt(db: &Db, learner: &str, course_id: i64, lesson: &str, number: i64, questions: i64) -> DbResult<bool> {
    let done = sqlx::query(
        "INSERT INTO quiz_attempts (learner, course_id, lesson, number, questions, started_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (learner, course_id, lesson, number) DO NOTHING",
    )
    .bind(learner)
    .bind(course_id)
    .bind(lesson)
    .bind(number)
    .bind(questions)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Answer {
    pub question: String,
    pub chosen: String,
    pub correct: i64,
}

impl Answer {
    pub fn chosen(&self) -> Vec<String> {
        self.chosen.split(' ').filter(|s| !s.is_empty()).map(str::to_string).collect()
    }
}

pub async fn answers(db: &Db, attempt: i64) -> DbResult<Vec<Answer>> {
    sqlx::query_as("SELECT question, chosen, correct FROM quiz_answers WHERE attempt_id = $1").bind(attempt).fetch_all(&db.pool).await
}

/// Records an answer once: `false` when the question was already answered in this attempt.
pub async fn add_answer(db: &Db, attempt: i64, question: &str, chosen: &[String], correct: bool) -> DbResult<bool> {
    let done = sqlx::query(
        "INSERT INTO quiz_answers (attempt_id, question, chosen, correct, answered_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (attempt_id, question) DO NOTHING",
    )
    .bind(attempt)
    .bind(question)
    .bind(chosen.join(" "))
    .bind(i64::from(correct))
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Closes an attempt with its score (once: a second close changes nothing).
pub async fn finish_attempt(db: &Db, attempt: i64, correct: i64, passed: bool) -> DbResult<bool> {
    let done = sqlx::query("UPDATE quiz_attempts SET finished_at = $1, correct = $2, passed = $3 WHERE id = $4 AND finished_at IS NULL")
        .bind(now())
        .bind(correct)
        .bind(i64::from(passed))
        .bind(attempt)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The best score (per cent) of each passed quiz of a learner in a course.
pub async fn best_scores(db: &Db, learner: &str, course_id: i64) -> DbResult<Vec<(String, i64, i64)>> {
    sqlx::query_as(
        "SELECT lesson, MAX(correct), MAX(questions) FROM quiz_attempts WHERE learner = $1 AND course_id = $2 AND passed = 1 GROUP BY lesson",
    )
    .bind(learner)
    .bind(course_id)
    .fetch_all(&db.pool)
    .await
}

/// A visitor's learning becomes the account's when they sign in: lessons merge (the earlier
/// of two times wins, the later place); quiz attempts move unless the account has its own
/// attempts at the same quiz (then the account's record stands and the visitor's go).
pub async fn claim(db: &Db, visitor: &str, account: &str) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO course_progress (learner, course_id, lesson, section, viewed_at, quiz_passed_at, done_at, updated_at)
         SELECT $1, course_id, lesson, section, viewed_at, quiz_passed_at, done_at, updated_at FROM course_progress WHERE learner = $2
         ON CONFLICT (learner, course_id, lesson) DO UPDATE SET
           section = CASE WHEN excluded.updated_at > course_progress.updated_at THEN excluded.section ELSE course_progress.section END,
           viewed_at = COALESCE(course_progress.viewed_at, excluded.viewed_at),
           quiz_passed_at = COALESCE(course_progress.quiz_passed_at, excluded.quiz_passed_at),
           done_at = COALESCE(course_progress.done_at, excluded.done_at),
           updated_at = CASE WHEN excluded.updated_at > course_progress.updated_at THEN excluded.updated_at ELSE course_progress.updated_at END",
    )
    .bind(account)
    .bind(visitor)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM course_progress WHERE learner = $1").bind(visitor).execute(&mut *tx).await?;
    sqlx::query(
        "UPDATE quiz_attempts SET learner = $1 WHERE learner = $2 AND NOT EXISTS
           (SELECT 1 FROM quiz_attempts own WHERE own.learner = $1 AND own.course_id = quiz_attempts.course_id AND own.lesson = quiz_attempts.lesson)",
    )
    .bind(account)
    .bind(visitor)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM quiz_attempts WHERE learner = $1").bind(visitor).execute(&mut *tx).await?;
    tx.commit().await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Certificate {
    pub id: i64,
    pub code: String,
    pub user_id: i64,
    pub course_id: i64,
    pub course_version: i64,
    pub learner_name: String,
    pub course_title: String,
    pub lang: String,
    pub minutes: i64,
    pub score_band: String,
    pub completed_at: i64,
    pub withdrawn: i64,
    pub revoked_at: Option<i64>,
    pub revoked_reason: String,
    pub credential: String,
}

const CERTIFICATE_COLUMNS: &str = "id, code, user_id, course_id, course_version, learner_name, course_title, lang, minutes, score_band, completed_at, withdrawn, revoked_at, revoked_reason, credential";

pub async fn certificate_by_code(db: &Db, code: &str) -> DbResult<Option<Certificate>> {
    sqlx::query_as(&format!("SELECT {CERTIFICATE_COLUMNS} FROM course_certificates WHERE code = $1"))
        .bind(code)
        .fetch_optional(&db.pool)
        .await
}

pub async fn certificate_of(db: &Db, user_id: i64, course_id: i64) -> DbResult<Option<Certificate>> {
    sqlx::query_as(&format!("SELECT {CERTIFICATE_COLUMNS} FROM course_certificates WHERE user_id = $1 AND course_id = $2"))
        .bind(user_id)
        .bind(course_id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn certificates_of(db: &Db, user_id: i64) -> DbResult<Vec<Certificate>> {
    sqlx::query_as(&format!("SELECT {CERTIFICATE_COLUMNS} FROM course_certificates WHERE user_id = $1 ORDER BY completed_at DESC"))
        .bind(user_id)
        .fetch_all(&db.pool)
        .await
}

/// A certificate to issue (its code and credential made by `certificates`).
pub struct NewCertificate<'a> {
    pub code: &'a str,
    pub user_id: i64,
    pub course_id: i64,
    pub course_version: i64,
    pub learner_name: &'a str,
    pub course_title: &'a str,
    pub lang: &'a str,
    pub minutes: i64,
    pub score_band: &'a str,
    pub completed_at: i64,
    pub credential: &'a str,
}

/// Issues a certificate once per person and course: `false` when one exists already.
pub async fn insert_certificate(db: &Db, c: &NewCertificate<'_>) -> DbResult<bool> {
    let done = sqlx::query(
        "INSERT INTO course_certificates (code, user_id, course_id, course_version, learner_name, course_title, lang, minutes, score_band, completed_at, credential)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (user_id, course_id) DO NOTHING",
    )
    .bind(c.code)
    .bind(c.user_id)
    .bind(c.course_id)
    .bind(c.course_version)
    .bind(c.learner_name)
    .bind(c.course_title)
    .bind(c.lang)
    .bind(c.minutes)
    .bind(c.score_band)
    .bind(c.completed_at)
    .bind(c.credential)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_withdrawn(db: &Db, id: i64, withdrawn: bool) -> DbResult<()> {
    sqlx::query("UPDATE course_certificates SET withdrawn = $1 WHERE id = $2")
        .bind(i64::from(withdrawn))
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn revoke(db: &Db, id: i64, reason: &str) -> DbResult<()> {
    sqlx::query("UPDATE course_certificates SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL")
        .bind(now())
        .bind(reason)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The issuer's signing keys, newest first: (key id, base64 seed).
pub async fn keys(db: &Db) -> DbResult<Vec<(String, String)>> {
    sqlx::query_as("SELECT id, secret FROM credential_keys ORDER BY created_at DESC, id DESC").fetch_all(&db.pool).await
}

/// Stores a key unless one exists already (two servers starting at once keep the first).
pub async fn add_key_if_none(db: &Db, id: &str, secret: &str) -> DbResult<()> {
    sqlx::query("INSERT INTO credential_keys (id, secret, created_at) SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM credential_keys)")
        .bind(id)
        .bind(secret)
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A lesson opened: it becomes the learner's last place in the course (its section kept).
pub async fn touch(db: &Db, learner: &str, course_id: i64, lesson: &str) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO course_progress (learner, course_id, lesson, section, updated_at) VALUES ($1, $2, $3, '', $4)
         ON CONFLICT (learner, course_id, lesson) DO UPDATE SET updated_at = excluded.updated_at",
    )
    .bind(learner)
    .bind(course_id)
    .bind(lesson)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// A learner's choices: (hide progress from colleagues, reminders on).
pub async fn settings(db: &Db, user_id: i64) -> DbResult<(bool, bool)> {
    let row: Option<(i64, i64)> = sqlx::query_as("SELECT hide_from_team, reminders FROM course_learner_settings WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map_or((false, true), |(h, r)| (h == 1, r == 1)))
}

pub async fn set_settings(db: &Db, user_id: i64, hide: bool, reminders: bool) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO course_learner_settings (user_id, hide_from_team, reminders) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET hide_from_team = excluded.hide_from_team, reminders = excluded.reminders",
    )
    .bind(user_id)
    .bind(i64::from(hide))
    .bind(i64::from(reminders))
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// A colleague's step in a course, for the team view.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TeamRow {
    pub user_id: i64,
    pub name: String,
    pub course_id: i64,
    pub lesson: String,
    pub done_at: Option<i64>,
    pub updated_at: i64,
}

/// The course progress of the people of an organisation, except those who hide it (a person
/// always sees their own).
pub async fn team(db: &Db, organisation_id: i64, viewer: i64) -> DbResult<Vec<TeamRow>> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, p.course_id, p.lesson, p.done_at, p.updated_at
         FROM users u
         JOIN course_progress p ON p.learner = 'u' || CAST(u.id AS TEXT)
         LEFT JOIN course_learner_settings s ON s.user_id = u.id
         WHERE u.organisation_id = $1 AND (COALESCE(s.hide_from_team, 0) = 0 OR u.id = $2)
         ORDER BY u.name, u.id",
    )
    .bind(organisation_id)
    .bind(viewer)
    .fetch_all(&db.pool)
    .await
}

/// Every step of a learner, for their learning records.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RecordRow {
    pub course_id: i64,
    pub lesson: String,
    pub viewed_at: Option<i64>,
    pub done_at: Option<i64>,
}

pub async fn records(db: &Db, learner: &str) -> DbResult<Vec<RecordRow>> {
    sqlx::query_as("SELECT course_id, lesson, viewed_at, done_at FROM course_progress WHERE learner = $1 ORDER BY course_id, lesson")
        .bind(learner)
        .fetch_all(&db.pool)
        .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AttemptRecord {
    pub id: i64,
    pub course_id: i64,
    pub lesson: String,
    pub number: i64,
    pub questions: i64,
    pub correct: i64,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub passed: i64,
}

pub async fn attempt_records(db: &Db, learner: &str) -> DbResult<Vec<AttemptRecord>> {
    sqlx::query_as(
        "SELECT id, course_id, lesson, number, questions, correct, started_at, finished_at, passed FROM quiz_attempts WHERE learner = $1 ORDER BY id",
    )
    .bind(learner)
    .fetch_all(&db.pool)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AnswerRecord {
    pub attempt_id: i64,
    pub question: String,
    pub chosen: String,
    pub correct: i64,
    pub answered_at: i64,
}

pub async fn answer_records(db: &Db, learner: &str) -> DbResult<Vec<AnswerRecord>> {
    sqlx::query_as(
        "SELECT a.attempt_id, a.question, a.chosen, a.correct, a.answered_at FROM quiz_answers a JOIN quiz_attempts t ON t.id = a.attempt_id WHERE t.learner = $1 ORDER BY a.answered_at, a.question",
    )
    .bind(learner)
    .fetch_all(&db.pool)
    .await
}

/// A deleted account's learning goes with it (certificates go by the users table's cascade).
pub async fn forget(db: &Db, learner: &str) -> DbResult<()> {
    sqlx::query("DELETE FROM course_progress WHERE learner = $1").bind(learner).execute(&db.pool).await?;
    sqlx::query("DELETE FROM quiz_attempts WHERE learner = $1").bind(learner).execute(&db.pool).await?;
    Ok(())
}

/// Learners to remind: signed-in people whose last step is older than `idle_since` (ms), in a
/// course they have not completed, with reminders on and not reminded since that step.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Idle {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub course_id: i64,
    pub last: i64,
}

pub async fn idle_learners(db: &Db, idle_since_ms: i64) -> DbResult<Vec<Idle>> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.name, u.locale, p.course_id, MAX(p.updated_at) AS last
         FROM course_progress p
         JOIN users u ON p.learner = 'u' || CAST(u.id AS TEXT)
         LEFT JOIN course_learner_settings s ON s.user_id = u.id
         WHERE COALESCE(s.reminders, 1) = 1
           AND NOT EXISTS (SELECT 1 FROM course_certificates c WHERE c.user_id = u.id AND c.course_id = p.course_id)
         GROUP BY u.id, u.email, u.name, u.locale, p.course_id, s.reminded_at
         HAVING MAX(p.updated_at) < $1 AND (s.reminded_at IS NULL OR s.reminded_at < MAX(p.updated_at))",
    )
    .bind(idle_since_ms)
    .fetch_all(&db.pool)
    .await
}

pub async fn mark_reminded(db: &Db, user_id: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO course_learner_settings (user_id, reminded_at) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET reminded_at = excluded.reminded_at",
    )
    .bind(user_id)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Visitors' learning that no session can reach any more (older than `before_ms`) is deleted:
/// a visitor's token lives only as long as their session.
pub async fn forget_old_visitors(db: &Db, before_ms: i64) -> DbResult<u64> {
    let stale = "SELECT learner FROM course_progress WHERE learner LIKE 'v%' GROUP BY learner HAVING MAX(updated_at) < $1";
    let attempts = sqlx::query(&format!("DELETE FROM quiz_attempts WHERE learner IN ({stale})")).bind(before_ms).execute(&db.pool).await?;
    let steps = sqlx::query(&format!("DELETE FROM course_progress WHERE learner IN ({stale})")).bind(before_ms).execute(&db.pool).await?;
    Ok(steps.rows_affected() + attempts.rows_affected())
}

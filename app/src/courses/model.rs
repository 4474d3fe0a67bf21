//! A course as the platform keeps it: its structure (modules, lessons, quiz questions with their
//! stable ids) and its texts in each language it is written in. The whole course is one
//! document, stored as JSON with every published version; progress refers to lessons and
//! questions by id only, so a new version never loses anyone's place. The right answers are in
//! the document, which never leaves the server: pages get a question's text and options only.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Introductory,
    Intermediate,
    Advanced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Introductory, Level::Intermediate, Level::Advanced];
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Introductory => "introductory",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What makes a lesson done: read to its end, or its quiz passed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DoneWhen {
    #[default]
    Viewed,
    Quiz,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// One right option.
    #[default]
    Single,
    /// Every right option, and none of the others.
    Multiple,
}

pub const AUDIENCES: [&str; 2] = ["buyer", "supplier"];
pub const TOPICS: [&str; 6] = ["fundamentals", "market-engagement", "procedures", "contract-management", "strategy", "legal"];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One section of a lesson: its anchor, heading and Markdown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub markdown: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OptionText {
    pub id: String,
    pub text: String,
    pub feedback: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionText {
    pub id: String,
    pub text: String,
    pub options: Vec<OptionText>,
}

/// A lesson's text in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LessonText {
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub sections: Vec<Section>,
    pub questions: Vec<QuestionText>,
}

/// An option's structure: whether it is right, and what teaches it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OptionKey {
    pub id: String,
    pub correct: bool,
    /// A knowledge item (`slug` or `slug#section`) that explains it, or empty.
    pub knowledge: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub options: Vec<OptionKey>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub minutes: u32,
    pub required: bool,
    pub done_when: DoneWhen,
    pub video_url: String,
    pub knowledge: Vec<String>,
    pub sources: Vec<Source>,
    pub quiz: Vec<Question>,
    /// This quiz's attempts and cool-down where they differ from the course's.
    #[serde(default)]
    pub quiz_attempts: Option<u32>,
    #[serde(default)]
    pub quiz_cooldown_minutes: Option<u32>,
    /// The original first, then the translations.
    pub texts: Vec<LessonText>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    pub lessons: Vec<String>,
}

/// A course's own text in one language (module titles by module id, in module order).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseText {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub outcomes: Vec<String>,
    pub module_titles: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Course {
    pub slug: String,
    pub level: Level,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    pub linear: bool,
    /// Per cent of a quiz's questions to answer right to pass it.
    pub pass_mark: u32,
    /// Attempts per lesson quiz (a lesson may set its own); 0 is unlimited.
    pub quiz_attempts: u32,
    pub quiz_cooldown_minutes: u32,
    pub modules: Vec<Module>,
    pub lessons: Vec<Lesson>,
    /// The original first, then the translations.
    pub texts: Vec<CourseText>,
}

// The loader refuses a course or lesson without its original text; these keep a damaged stored
// document from ever panicking a page.
static NO_COURSE_TEXT: CourseText =
    CourseText { lang: String::new(), title: String::new(), summary: String::new(), outcomes: Vec::new(), module_titles: Vec::new() };
static NO_LESSON_TEXT: LessonText =
    LessonText { lang: String::new(), title: String::new(), intro: String::new(), sections: Vec::new(), questions: Vec::new() };

impl Course {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// The lesson ids in reading order (module by module).
    pub fn order(&self) -> Vec<&str> {
        self.modules.iter().flat_map(|m| m.lessons.iter().map(String::as_str)).collect()
    }

    /// The course's text in `lang` when it is written in it, else the original.
    pub fn text(&self, lang: &str) -> &CourseText {
        self.texts.iter().find(|t| t.lang == lang).or(self.texts.first()).unwrap_or(&NO_COURSE_TEXT)
    }

    pub fn langs(&self) -> Vec<&str> {
        self.texts.iter().map(|t| t.lang.as_str()).collect()
    }

    pub fn minutes(&self) -> u32 {
        self.lessons.iter().map(|l| l.minutes).sum()
    }

    pub fn questions(&self) -> usize {
        self.lessons.iter().map(|l| l.quiz.len()).sum()
    }
}

impl Lesson {
    pub fn text(&self, lang: &str) -> &LessonText {
        self.texts.iter().find(|t| t.lang == lang).or(self.texts.first()).unwrap_or(&NO_LESSON_TEXT)
    }

    /// Attempts allowed at this lesson's quiz (0 is unlimited): its own, else the course's.
    pub fn attempts(&self, course: &Course) -> u32 {
        self.quiz_attempts.unwrap_or(course.quiz_attempts)
    }

    /// Minutes to wait between attempts: its own, else the course's.
    pub fn cooldown_minutes(&self, course: &Course) -> u32 {
        self.quiz_cooldown_minutes.unwrap_or(course.quiz_cooldown_minutes)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.quiz.iter().find(|q| q.id == id)
    }
}

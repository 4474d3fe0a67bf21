//! Course folders (`content/courses/<slug>/`): `course.toml` and one Markdown file with TOML
//! front matter per lesson, and their translations (`course.<lang>.toml`, `<lesson>.<lang>.md`).
//! Reading a folder checks every rule of `content/courses/README.md`; a file that breaks one is
//! refused with its path and the reason, so courses are reviewed like code.

use super::model::*;
use crate::i18n::Locale;
use crate::shell::markdown::split_front_matter;
use crate::shell::sections::split_sections;
use crate::validation::check_slug;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    slug: String,
    lang: String,
    title: String,
    summary: String,
    level: Level,
    audiences: Vec<String>,
    topics: Vec<String>,
    outcomes: Vec<String>,
    #[serde(default)]
    linear: bool,
    #[serde(default = "default_pass_mark")]
    pass_mark: u32,
    #[serde(default = "default_attempts")]
    quiz_attempts: u32,
    #[serde(default)]
    quiz_cooldown_minutes: u32,
    modules: Vec<ModuleFile>,
}

fn default_pass_mark() -> u32 {
    70
}
fn default_attempts() -> u32 {
    3
}
fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    id: String,
    title: String,
    #[serde(default)]
    lessons: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseTranslation {
    lang: String,
    title: String,
    summary: String,
    outcomes: Vec<String>,
    modules: Vec<ModuleFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: String,
    lang: String,
    title: String,
    minutes: u32,
    #[serde(default = "yes")]
    required: bool,
    #[serde(default)]
    done_when: DoneWhen,
    #[serde(default)]
    video_url: String,
    #[serde(default)]
    knowledge: Vec<String>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    quiz: Vec<QuizFile>,
    /// This quiz's own attempts and cool-down, where they differ from the course's.
    #[serde(default)]
    quiz_attempts: Option<u32>,
    #[serde(default)]
    quiz_cooldown_minutes: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    id: String,
    kind: QuestionKind,
    text: String,
    options: Vec<OptionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    id: String,
    text: String,
    correct: bool,
    feedback: String,
    #[serde(default)]
    knowledge: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonTranslation {
    id: String,
    lang: String,
    title: String,
    #[serde(default)]
    quiz: Vec<QuizTranslation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizTranslation {
    id: String,
    text: String,
    options: Vec<OptionTranslation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionTranslation {
    id: String,
    text: String,
    feedback: String,
}

/// A course as its folder gives it, with a fingerprint of its files (loading an unchanged
/// folder again changes nothing).
#[derive(Clone, Debug)]
pub struct ContentCourse {
    pub course: Course,
    pub hash: String,
}

pub const TITLE_MAX_CHARS: usize = 200;
pub const SUMMARY_MAX_CHARS: usize = 600;
/// The longest wait a course or a lesson may set between quiz attempts: a day, so that a learner
/// who failed is never locked out for longer than that.
pub const MAX_COOLDOWN_MINUTES: u32 = 24 * 60;

fn lang_ok(lang: &str) -> bool {
    Locale::from_code(lang).is_some_and(|l| l.code() == lang)
}

fn text_ok(field: &str, v: &str, max: usize) -> Result<(), String> {
    crate::validation::check_text(v, max, true).map_err(|e| format!("{field}: {e}"))
}

fn url_ok(field: &str, v: &str) -> Result<(), String> {
    if v.starts_with("https://") || v.starts_with("http://") {
        crate::validation::check_text(v, 2000, false).map_err(|e| format!("{field}: {e}"))
    } else {
        Err(format!("{field}: not an http(s) address: \"{v}\""))
    }
}

fn id_ok(field: &str, v: &str) -> Result<(), String> {
    check_slug(v).map_err(|_| format!("{field}: \"{v}\" is not lowercase a-z, 0-9 and single hyphens"))
}

fn unique<'a>(field: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(format!("{field}: \"{id}\" appears twice"));
        }
    }
    Ok(())
}

fn front<T: serde::de::DeserializeOwned>(source: &str) -> Result<(T, &str), String> {
    let (front, body) = split_front_matter(source)?;
    let value: T = toml::from_str(front).map_err(|e| format!("front matter: {}", e.message()))?;
    Ok((value, body))
}

/// The lesson's Markdown: its introduction and sections, each section id checked.
fn body_of(body: &str) -> Result<(String, Vec<Section>), String> {
    crate::shell::sections::check_no_year_list(body)?;
    let (intro, raw) = split_sections(body)?;
    let sections: Vec<Section> = raw.into_iter().map(|s| Section { id: s.id, heading: s.heading, markdown: s.markdown }).collect();
    for s in &sections {
        id_ok("section", &s.id)?;
        if s.heading.is_empty() {
            return Err(format!("section {}: the heading is empty", s.id));
        }
    }
    unique("section", sections.iter().map(|s| s.id.as_str()))?;
    if intro.is_empty() && sections.is_empty() {
        return Err("the lesson has no text".into());
    }
    Ok((intro, sections))
}

fn read_lesson(source: &str, file_id: &str, course_lang: &str) -> Result<Lesson, String> {
    let (f, body): (LessonFile, _) = front(source)?;
    if f.id != file_id {
        return Err(format!("id: \"{}\" is not the file's name", f.id));
    }
    id_ok("id", &f.id)?;
    if f.lang != course_lang {
        return Err(format!("lang: \"{}\" differs from the course's \"{course_lang}\"", f.lang));
    }
    text_ok("title", &f.title, TITLE_MAX_CHARS)?;
    if !(1..=240).contains(&f.minutes) {
        return Err("minutes: from 1 to 240".into());
    }
    if !f.video_url.is_empty() {
        url_ok("video_url", &f.video_url)?;
    }
    for k in &f.knowledge {
        id_ok("knowledge", k)?;
    }
    if f.sources.is_empty() {
        return Err("sources: at least one".into());
    }
    for s in &f.sources {
        text_ok("sources.title", &s.title, 500)?;
        url_ok("sources.url", &s.url)?;
    }
    if f.quiz.len() > 10 {
        return Err("quiz: at most 10 questions".into());
    }
    if f.quiz_cooldown_minutes.is_some_and(|m| m > MAX_COOLDOWN_MINUTES) {
        return Err("quiz_cooldown_minutes: at most a day".into());
    }
    unique("quiz", f.quiz.iter().map(|q| q.id.as_str()))?;
    let mut quiz = Vec::new();
    let mut questions = Vec::new();
    for q in &f.quiz {
        id_ok("quiz.id", &q.id)?;
        text_ok(&format!("quiz {}: text", q.id), &q.text, 1000)?;
        if !(2..=6).contains(&q.options.len()) {
            return Err(format!("quiz {}: 2 to 6 options", q.id));
        }
        unique(&format!("quiz {}: options", q.id), q.options.iter().map(|o| o.id.as_str()))?;
        let right = q.options.iter().filter(|o| o.correct).count();
        match q.kind {
            QuestionKind::Single if right != 1 => {
                return Err(format!("quiz {}: a single-choice question has exactly one right option", q.id))
            }
            QuestionKind::Multiple if right == 0 => return Err(format!("quiz {}: no right option", q.id)),
            _ => {}
        }
        for o in &q.options {
            id_ok(&format!("quiz {}: option id", q.id), &o.id)?;
            text_ok(&format!("quiz {} option {}: text", q.id, o.id), &o.text, 500)?;
            text_ok(&format!("quiz {} option {}: feedback", q.id, o.id), &o.feedback, 1000)?;
            if !o.knowledge.is_empty() {
                let slug = o.knowledge.split_once('#').map_or(o.knowledge.as_str(), |(s, _)| s);
                id_ok(&format!("quiz {} option {}: knowledge", q.id, o.id), slug)?;
            }
        }
        quiz.push(Question {
            id: q.id.clone(),
            kind: q.kind,
            options: q.options.iter().map(|o| OptionKey { id: o.id.clone(), correct: o.correct, knowledge: o.knowledge.clone() }).collect(),
        });
        questions.push(QuestionText {
            id: q.id.clone(),
            text: q.text.trim().to_string(),
            options: q
                .options
                .iter()
                .map(|o| OptionText { id: o.id.clone(), text: o.text.trim().to_string(), feedback: o.feedback.trim().to_string() })
                .collect(),
        });
    }
    let (intro, sections) = body_of(body)?;
    Ok(Lesson {
        id: f.id,
        minutes: f.minutes,
        required: f.required,
        done_when: f.done_when,
        video_url: f.video_url,
        knowledge: f.knowledge,
        sources: f.sources,
        quiz,
        quiz_attempts: f.quiz_attempts,
        quiz_cooldown_minutes: f.quiz_cooldown_minutes,
        texts: vec![LessonText { lang: f.lang, title: f.title.trim().to_string(), intro, sections, questions }],
    })
}

/// A lesson's translation: the same section, question and option ids as the original.
fn read_lesson_translation(source: &str, lesson: &Lesson, lang: &str) -> Result<LessonText, String> {
    let (f, body): (LessonTranslation, _) = front(source)?;
    if f.id != lesson.id || f.lang != lang {
        return Err(format!("id and lang must be \"{}\" and \"{lang}\"", lesson.id));
    }
    text_ok("title", &f.title, TITLE_MAX_CHARS)?;
    let original = &lesson.texts[0];
    let (intro, sections) = body_of(body)?;
    let ids = |s: &[Section]| s.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    if ids(&sections) != ids(&original.sections) {
        return Err(format!("sections: {:?}, the original has {:?}", ids(&sections), ids(&original.sections)));
    }
    let mut questions = Vec::new();
    if f.quiz.len() != lesson.quiz.len() {
        return Err(format!("quiz: {} questions, the original has {}", f.quiz.len(), lesson.quiz.len()));
    }
    for (q, key) in f.quiz.iter().zip(&lesson.quiz) {
        if q.id != key.id {
            return Err(format!("quiz: \"{}\" where the original has \"{}\"", q.id, key.id));
        }
        text_ok(&format!("quiz {}: text", q.id), &q.text, 1000)?;
        let option_ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
        let original_ids: Vec<&str> = key.options.iter().map(|o| o.id.as_str()).collect();
        if option_ids != original_ids {
            return Err(format!("quiz {}: options {option_ids:?}, the original has {original_ids:?}", q.id));
        }
        for o in &q.options {
            text_ok(&format!("quiz {} option {}: text", q.id, o.id), &o.text, 500)?;
            text_ok(&format!("quiz {} option {}: feedback", q.id, o.id), &o.feedback, 1000)?;
        }
        questions.push(QuestionText {
            id: q.id.clone(),
            text: q.text.trim().to_string(),
            options: q
                .options
                .iter()
                .map(|o| OptionText { id: o.id.clone(), text: o.text.trim().to_string(), feedback: o.feedback.trim().to_string() })
                .collect(),
        });
    }
    Ok(LessonText { lang: lang.to_string(), title: f.title.trim().to_string(), intro, sections, questions })
}

fn course_text(lang: String, title: &str, summary: &str, outcomes: &[String], modules: &[ModuleFile]) -> Result<CourseText, String> {
    text_ok("title", title, TITLE_MAX_CHARS)?;
    text_ok("summary", summary, SUMMARY_MAX_CHARS)?;
    if !(1..=8).contains(&outcomes.len()) {
        return Err("outcomes: 1 to 8".into());
    }
    for o in outcomes {
        text_ok("outcomes", o, 500)?;
    }
    for m in modules {
        text_ok(&format!("module {}: title", m.id), &m.title, TITLE_MAX_CHARS)?;
    }
    Ok(CourseText {
        lang,
        title: title.trim().to_string(),
        summary: summary.trim().to_string(),
        outcomes: outcomes.iter().map(|o| o.trim().to_string()).collect(),
        module_titles: modules.iter().map(|m| m.title.trim().to_string()).collect(),
    })
}

/// `name.md` → ("name", None); `name.fi.md` → ("name", Some("fi")).
fn split_name<'a>(file: &'a str, ext: &str) -> Option<(&'a str, Option<&'a str>)> {
    let stem = file.strip_suffix(ext)?;
    Some(match stem.rsplit_once('.') {
        Some((name, lang)) => (name, Some(lang)),
        None => (stem, None),
    })
}

/// Reads one course folder.
pub fn read_course(dir: &Path) -> Result<ContentCourse, String> {
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if path.is_file() && (name.ends_with(".md") || name.ends_with(".toml")) {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.insert(name, text);
        }
    }
    let at = |name: &str| format!("{}/{name}", dir.display());
    let original = files.get("course.toml").ok_or_else(|| format!("{}: no course.toml", dir.display()))?;
    let c: CourseFile = toml::from_str(original).map_err(|e| format!("{}: {}", at("course.toml"), e.message()))?;
    let check_course = || -> Result<(), String> {
        if c.slug != folder {
            return Err(format!("slug: \"{}\" is not the folder's name", c.slug));
        }
        id_ok("slug", &c.slug)?;
        if c.slug == "readiness" {
            return Err("slug: \"readiness\" is the self-assessment's address".into());
        }
        if !lang_ok(&c.lang) {
            return Err(format!("lang: \"{}\" is not one of the seven languages", c.lang));
        }
        if c.audiences.is_empty() || c.audiences.iter().any(|a| !AUDIENCES.contains(&a.as_str())) {
            return Err(format!("audiences: one or more of {AUDIENCES:?}"));
        }
        if c.topics.is_empty() || c.topics.iter().any(|t| !TOPICS.contains(&t.as_str())) {
            return Err(format!("topics: one or more of {TOPICS:?}"));
        }
        if !(1..=100).contains(&c.pass_mark) {
            return Err("pass_mark: from 1 to 100".into());
        }
        if c.quiz_cooldown_minutes > MAX_COOLDOWN_MINUTES {
            return Err("quiz_cooldown_minutes: at most a day".into());
        }
        if c.modules.is_empty() {
            return Err("modules: at least one".into());
        }
        for m in &c.modules {
            id_ok("modules.id", &m.id)?;
            if m.lessons.is_empty() {
                return Err(format!("module {}: no lessons", m.id));
            }
        }
        unique("modules", c.modules.iter().map(|m| m.id.as_str()))?;
        unique("lessons", c.modules.iter().flat_map(|m| m.lessons.iter().map(String::as_str)))
    };
    check_course().map_err(|e| format!("{}: {e}", at("course.toml")))?;
    let mut texts =
        vec![course_text(c.lang.clone(), &c.title, &c.summary, &c.outcomes, &c.modules)
            .map_err(|e| format!("{}: {e}", at("course.toml")))?];
    let listed: Vec<&str> = c.modules.iter().flat_map(|m| m.lessons.iter().map(String::as_str)).collect();
    let mut lessons = Vec::new();
    for id in &listed {
        let name = format!("{id}.md");
        let source = files.get(&name).ok_or_else(|| format!("{}: the module lists \"{id}\" but there is no {name}", at("course.toml")))?;
        lessons.push(read_lesson(source, id, &c.lang).map_err(|e| format!("{}: {e}", at(&name)))?);
    }
    for (name, source) in &files {
        if name == "course.toml" {
            continue;
        }
        if let Some((_, Some(lang))) = split_name(name, ".toml") {
            let problem = |e: String| format!("{}: {e}", at(name));
            let t: CourseTranslation = toml::from_str(source).map_err(|e| problem(e.message().to_string()))?;
            if t.lang != lang || !lang_ok(lang) || lang == c.lang {
                return Err(problem(format!("lang: \"{}\" must be the file's language, one of the seven, not the original's", t.lang)));
            }
            let ids: Vec<&str> = t.modules.iter().map(|m| m.id.as_str()).collect();
            if ids != c.modules.iter().map(|m| m.id.as_str()).collect::<Vec<_>>() {
                return Err(problem("modules: the same ids, in the same order, as course.toml".into()));
            }
            texts.push(course_text(t.lang.clone(), &t.title, &t.summary, &t.outcomes, &t.modules).map_err(problem)?);
            continue;
        }
        let Some((id, lang)) = split_name(name, ".md") else {
            return Err(format!("{}: a course folder holds course.toml, translations and lessons only", at(name)));
        };
        if name == "README.md" {
            continue;
        }
        let Some(lesson) = lessons.iter_mut().find(|l| l.id == id) else {
            return Err(format!("{}: the lesson \"{id}\" is in no module of course.toml", at(name)));
        };
        if let Some(lang) = lang {
            if !lang_ok(lang) || lang == c.lang {
                return Err(format!("{}: \"{lang}\" is not a translation language", at(name)));
            }
            let text = read_lesson_translation(source, lesson, lang).map_err(|e| format!("{}: {e}", at(name)))?;
            lesson.texts.push(text);
        }
    }
    let mut hasher = Sha256::new();
    for (name, text) in &files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    let hash = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let modules = c.modules.iter().map(|m| Module { id: m.id.clone(), lessons: m.lessons.clone() }).collect();
    // Translations in a stable order: the original first, then by language code.
    texts[1..].sort_by(|a, b| a.lang.cmp(&b.lang));
    for l in &mut lessons {
        l.texts[1..].sort_by(|a, b| a.lang.cmp(&b.lang));
    }
    let course = Course {
        slug: c.slug,
        level: c.level,
        audiences: c.audiences,
        topics: c.topics,
        linear: c.linear,
        pass_mark: c.pass_mark,
        quiz_attempts: c.quiz_attempts,
        quiz_cooldown_minutes: c.quiz_cooldown_minutes,
        modules,
        lessons,
        texts,
    };
    Ok(ContentCourse { course, hash })
}

/// Reads every course folder under `root`: all or nothing, every broken file named.
pub fn read_all(root: &Path) -> Result<Vec<ContentCourse>, String> {
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let (ok, problems): (Vec<_>, Vec<_>) = dirs.iter().map(|d| read_course(d)).partition(Result::is_ok);
    if problems.is_empty() {
        Ok(ok.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(problems.into_iter().filter_map(Result::err).collect::<Vec<_>>().join("\n"))
    }
}

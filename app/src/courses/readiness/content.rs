//! `content/courses/readiness.toml`: the questionnaire, checked when loaded: stable ids, every
//! text in all seven languages, a five-step scale, links of the three known kinds.

use super::{Questionnaire, Texts};
use crate::i18n::Locale;
use crate::validation::check_slug;
use std::collections::BTreeSet;
use std::path::Path;

fn all_languages(what: &str, t: &Texts) -> Result<(), String> {
    for l in Locale::ALL {
        if t.get(l.code()).is_none_or(|v| v.trim().is_empty()) {
            return Err(format!("{what}: no {} text", l.code()));
        }
    }
    Ok(())
}

pub fn parse(source: &str) -> Result<Questionnaire, String> {
    let q: Questionnaire = toml::from_str(source).map_err(|e| e.message().to_string())?;
    if q.version < 1 {
        return Err("version: from 1".into());
    }
    for l in Locale::ALL {
        if q.scale.get(l.code()).is_none_or(|s| s.len() != usize::from(super::TOP) + 1 || s.iter().any(|v| v.trim().is_empty())) {
            return Err(format!("scale: five steps in {}", l.code()));
        }
    }
    if q.dimensions.is_empty() {
        return Err("dimensions: at least one".into());
    }
    let mut ids = BTreeSet::new();
    for d in &q.dimensions {
        for id in std::iter::once(&d.id).chain(d.questions.iter().map(|x| &x.id)) {
            check_slug(id).map_err(|_| format!("\"{id}\" is not lowercase a-z, 0-9 and hyphens"))?;
            if !ids.insert(id.clone()) {
                return Err(format!("\"{id}\" appears twice"));
            }
        }
        all_languages(&format!("{} title", d.id), &d.title)?;
        all_languages(&format!("{} description", d.id), &d.description)?;
        if d.questions.is_empty() || d.recommendations.is_empty() {
            return Err(format!("{}: questions and recommendations needed", d.id));
        }
        for x in &d.questions {
            all_languages(&x.id, &x.text)?;
        }
        for (i, r) in d.recommendations.iter().enumerate() {
            all_languages(&format!("{} recommendation {}", d.id, i + 1), &r.text)?;
            for link in &r.links {
                let ok = link
                    .split_once(':')
                    .is_some_and(|(kind, slug)| matches!(kind, "course" | "material" | "case") && check_slug(slug).is_ok());
                if !ok {
                    return Err(format!("{}: the link \"{link}\" is not course:, material: or case: and a slug", d.id));
                }
            }
        }
    }
    Ok(q)
}

pub fn read(path: &Path) -> Result<Questionnaire, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&source).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_questionnaire_is_complete_and_links_what_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let q = read(&root.join("courses/readiness.toml")).unwrap();
        assert_eq!(q.dimensions.len(), 6);
        let n = q.questions().count();
        assert!((22..=28).contains(&n), "{n} questions");
        for d in &q.dimensions {
            for link in d.recommendations.iter().flat_map(|r| &r.links) {
                let (kind, slug) = link.split_once(':').unwrap();
                let path = match kind {
                    "course" => root.join(format!("courses/{slug}/course.toml")),
                    "material" => root.join(format!("knowledge/materials/{slug}.md")),
                    _ => root.join(format!("knowledge/cases/{slug}.md")),
                };
                assert!(path.exists(), "{link}");
            }
        }
    }

    #[test]
    fn a_missing_translation_is_refused() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/courses/readiness.toml");
        let source = std::fs::read_to_string(root).unwrap();
        let broken = source.replacen("\nlt = ", "\nxx = ", 3);
        assert!(parse(&broken).is_err());
    }
}

//! Content files (`content/knowledge/{cases,materials}/*.md`): TOML front matter between `+++`
//! lines, then Markdown cut into sections at its `## Heading {#id}` lines. Reading a file checks
//! it with the rules a form obeys; a file that breaks one is refused with its path, field and
//! reason, so content is reviewed like code.

use super::model::*;
use super::rules::{self, sections_of};
use crate::shell::markdown::split_front_matter;
use crate::validation::FieldErrors;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One item as its files give it: the original and its translations.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentItem {
    pub slug: String,
    pub facts: Facts,
    pub provenance: Provenance,
    /// The original first, then the translations in language order.
    pub texts: Vec<Text>,
    /// A fingerprint of the files, so loading them again changes nothing when they did not change.
    pub hash: String,
}

#[derive(Debug, PartialEq)]
pub struct ContentError {
    pub path: PathBuf,
    pub problem: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

#[derive(Deserialize)]
struct Head {
    slug: String,
    title: String,
    lang: String,
    #[serde(default)]
    summary: String,
}

/// The keys a translation may have: only its text.
const TRANSLATION_KEYS: [&str; 4] = ["slug", "title", "lang", "summary"];

/// The names of a struct's fields as its JSON form has them (every `Option` included).
fn keys_of<T: serde::Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

fn errors_text(errors: &FieldErrors) -> String {
    errors.0.iter().map(|(field, code)| format!("{field}: {code}")).collect::<Vec<_>>().join("; ")
}

struct Parsed {
    head: Head,
    table: toml::Table,
    sections: Vec<Section>,
}

fn parse(source: &str) -> Result<Parsed, String> {
    let (front, body) = split_front_matter(source)?;
    let table: toml::Table = toml::from_str(front).map_err(|e| format!("front matter: {}", e.message()))?;
    let head: Head = toml::Value::Table(table.clone()).try_into().map_err(|e: toml::de::Error| format!("front matter: {}", e.message()))?;
    crate::shell::sections::check_no_year_list(body)?;
    Ok(Parsed { head, table, sections: sections_of(body)? })
}

fn text_of(p: &Parsed) -> Text {
    Text { lang: p.head.lang.clone(), title: p.head.title.clone(), summary: p.head.summary.clone(), sections: p.sections.clone() }
}

/// Reads an original file of the given kind (its translations are added by [`read_dir`]).
pub fn read_original(kind: Kind, source: &str) -> Result<(String, Facts, Provenance, Text), String> {
    let p = parse(source)?;
    let mut known: Vec<String> = TRANSLATION_KEYS.iter().map(|k| k.to_string()).collect();
    known.extend(keys_of::<Provenance>());
    known.extend(match kind {
        Kind::Case => keys_of::<CaseFacts>(),
        Kind::Material => keys_of::<MaterialFacts>(),
    });
    if let Some(unknown) = p.table.keys().find(|k| !known.contains(k)) {
        return Err(format!("unknown field \"{unknown}\""));
    }
    let value = toml::Value::Table(p.table.clone());
    let de = |e: toml::de::Error| format!("front matter: {}", e.message());
    let provenance: Provenance = value.clone().try_into().map_err(de)?;
    let text = text_of(&p);
    rules::check_slug(&p.head.slug).map_err(|e| format!("slug: {e}"))?;
    let (facts, errors) = match kind {
        Kind::Case => {
            let f: CaseFacts = value.try_into().map_err(de)?;
            let e = rules::check_case(&text, &f, &provenance);
            (Facts::Case(f), e)
        }
        Kind::Material => {
            let f: MaterialFacts = value.try_into().map_err(de)?;
            let e = rules::check_material(&text, &f, &provenance);
            (Facts::Material(f), e)
        }
    };
    if !errors.is_empty() {
        return Err(errors_text(&errors));
    }
    if let Facts::Case(f) = &facts {
        if let Some(bad) = f.cpv.iter().find(|c| crate::reference::cpv::lookup(c).is_none()) {
            return Err(format!("cpv: {bad} is not in the CPV 2008 list"));
        }
        if !f.nuts.is_empty() && crate::reference::nuts::region(&f.nuts).is_none() {
            return Err(format!("nuts: {} is not a NUTS 2024 code", f.nuts));
        }
    }
    Ok((p.head.slug, facts, provenance, text))
}

/// Reads a translation: only its text; it must name an original's slug.
pub fn read_translation(source: &str, original: &Text) -> Result<Text, String> {
    let p = parse(source)?;
    if let Some(extra) = p.table.keys().find(|k| !TRANSLATION_KEYS.contains(&k.as_str())) {
        return Err(format!("a translation holds only slug, title, lang and summary, not \"{extra}\""));
    }
    let text = text_of(&p);
    if text.lang == original.lang {
        return Err(format!("the translation is in the original's language ({})", text.lang));
    }
    let ids: Vec<&str> = original.sections.iter().map(|s| s.id.as_str()).collect();
    let mut e = FieldErrors::default();
    rules::check_text_of(&mut e, &text, Some(&ids), &[]);
    if !e.is_empty() {
        return Err(errors_text(&e));
    }
    Ok(text)
}

fn fingerprint(sources: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for s in sources {
        h.update(s.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Every item of one kind in a folder: originals (`slug.md`) with their translations
/// (`slug.<lang>.md`). All errors are reported together.
pub fn read_dir(kind: Kind, dir: &Path) -> Result<Vec<ContentItem>, Vec<ContentError>> {
    let mut files: BTreeMap<String, Vec<(Option<String>, PathBuf)>> = BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| vec![ContentError { path: dir.into(), problem: e.to_string() }])?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".md")) else { continue };
        let (slug, lang) = match name.rsplit_once('.') {
            Some((slug, lang)) => (slug.to_string(), Some(lang.to_string())),
            None => (name.to_string(), None),
        };
        files.entry(slug).or_default().push((lang, path));
    }
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for (slug, mut group) in files {
        group.sort();
        let fail = |path: &Path, problem: String| ContentError { path: path.to_path_buf(), problem };
        let Some(pos) = group.iter().position(|(lang, _)| lang.is_none()) else {
            errors.push(fail(&group[0].1, format!("a translation without its original {slug}.md")));
            continue;
        };
        let (_, original_path) = group.remove(pos);
        let mut sources = Vec::new();
        let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| fail(p, e.to_string()));
        let original = match read(&original_path).and_then(|s| {
            sources.push(s.clone());
            read_original(kind, &s).map_err(|e| fail(&original_path, e))
        }) {
            Ok(o) => o,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let (file_slug, facts, provenance, text) = original;
        if file_slug != slug {
            errors.push(fail(&original_path, format!("the slug \"{file_slug}\" differs from the file name")));
            continue;
        }
        let mut texts = vec![text];
        for (lang, path) in group {
            let result = read(&path).and_then(|s| {
                sources.push(s.clone());
                read_translation(&s, &texts[0]).map_err(|e| fail(&path, e))
            });
            match result {
                Ok(t) if Some(&t.lang) == lang.as_ref() => texts.push(t),
                Ok(t) => errors.push(fail(&path, format!("lang = \"{}\" differs from the file name", t.lang))),
                Err(e) => errors.push(e),
            }
        }
        items.push(ContentItem { slug, facts, provenance, texts, hash: fingerprint(&sources) });
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "+++\nslug = \"tampere-lights\"\ntitle = \"Smart lights\"\nlang = \"en\"\nsummary = \"Light as a service.\"\n\
        buyer_name = \"City of Tampere\"\ncountry = \"FI\"\nnuts = \"FI19B\"\nprocedure = \"pcp\"\nthemes = [\"energy_climate\"]\n\
        bids_received = 7\naward_date = \"2019-01\"\nsource_url = \"https://example.eu/c\"\nsource_title = \"Case\"\n\
        source_publisher = \"EC\"\n\n[[outcomes]]\nmeasure = \"Energy\"\nbefore = \"100\"\nafter = \"40\"\n+++\n\n\
        ## Challenge {#challenge}\nToo much energy.\n\n## Outcome {#outcome}\nLess.\n";

    #[test]
    fn reads_a_case_with_its_sections() {
        let (slug, facts, provenance, text) = read_original(Kind::Case, CASE).unwrap();
        assert_eq!(slug, "tampere-lights");
        let Facts::Case(f) = facts else { panic!("a case") };
        assert_eq!(f.bids_received, Some(7));
        assert_eq!(f.outcomes[0].after, "40");
        assert_eq!(f.sme_winners, None, "a fact the file does not give stays empty");
        assert_eq!(provenance.source_publisher, "EC");
        assert_eq!(text.sections.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["challenge", "outcome"]);
        assert_eq!(text.section("challenge").unwrap().markdown, "Too much energy.");
    }

    #[test]
    fn refuses_what_breaks_a_rule_with_the_field() {
        let typo = CASE.replace("bids_received", "bids_recieved");
        assert!(read_original(Kind::Case, &typo).unwrap_err().contains("bids_recieved"));
        let no_source = CASE.replace("source_url = \"https://example.eu/c\"\n", "");
        assert!(read_original(Kind::Case, &no_source).unwrap_err().contains("source_url"));
        let bad_cpv = CASE.replace("procedure", "cpv = [\"99999999-9\"]\nprocedure");
        assert!(read_original(Kind::Case, &bad_cpv).unwrap_err().contains("99999999-9"));
        let no_id = CASE.replace("## Outcome {#outcome}", "## Outcome");
        assert!(read_original(Kind::Case, &no_id).unwrap_err().contains("{#id}"));
        assert!(read_original(Kind::Case, "no front matter").is_err());
        assert!(read_original(Kind::Case, "+++\nslug = \"a\"\n").is_err());
    }

    #[test]
    fn reads_a_translation_of_the_same_sections() {
        let (_, _, _, original) = read_original(Kind::Case, CASE).unwrap();
        let fi = "+++\nslug = \"tampere-lights\"\ntitle = \"Älyvalot\"\nlang = \"fi\"\nsummary = \"Valo palveluna.\"\n+++\n## Haaste {#challenge}\nLiikaa energiaa.\n";
        let t = read_translation(fi, &original).unwrap();
        assert_eq!(t.section("challenge").unwrap().heading, "Haaste");
        let extra = fi.replace("lang = \"fi\"", "lang = \"fi\"\nbids_received = 3");
        assert!(read_translation(&extra, &original).unwrap_err().contains("bids_received"));
        let unknown = fi.replace("{#challenge}", "{#gossip}");
        assert!(read_translation(&unknown, &original).is_err());
    }

    #[test]
    fn the_shipped_content_obeys_the_rules() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/knowledge");
        let cases = read_dir(Kind::Case, &root.join("cases"))
            .unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        let materials = read_dir(Kind::Material, &root.join("materials"))
            .unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        for m in &materials {
            if let Facts::Material(f) = &m.facts {
                assert!(f.superseded_by.is_empty() || materials.iter().any(|o| o.slug == f.superseded_by), "{}: superseded_by", m.slug);
            }
        }
        // What the knowledge centre promises its users: at least 30 cases, three from each partner
        // country, and 20 materials.
        assert!(cases.len() >= 30, "{} cases", cases.len());
        assert!(materials.len() >= 20, "{} materials", materials.len());
        for country in ["DK", "EE", "FI", "DE", "LV", "LT"] {
            let n = cases.iter().filter(|c| matches!(&c.facts, Facts::Case(f) if f.country == country)).count();
            assert!(n >= 3, "{country}: {n} cases");
        }
    }
}

//! Content text cut into sections at its `## Heading {#id}` lines, each with a fixed id that
//! stays the same in every language: the anchor a page links to and a learner's place is kept
//! at. Shared with the browser (the knowledge contribution form checks as one types).

/// A section of a content file: its fixed id (the anchor), heading and Markdown.
#[derive(Clone, Debug, PartialEq)]
pub struct RawSection {
    pub id: String,
    pub heading: String,
    pub markdown: String,
}

/// Markdown cut at its `## Heading {#id}` lines: the text before the first heading, then the
/// sections. A `##` heading without its `{#id}` is refused (it would have no stable anchor).
pub fn split_sections(markdown: &str) -> Result<(String, Vec<RawSection>), String> {
    let mut intro = String::new();
    let mut sections: Vec<RawSection> = Vec::new();
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            let heading = heading.trim_end();
            let (text, id) = heading
                .strip_suffix('}')
                .and_then(|h| h.rsplit_once("{#"))
                .ok_or_else(|| format!("the heading \"{heading}\" has no {{#id}} at its end"))?;
            sections.push(RawSection { id: id.trim().to_string(), heading: text.trim().to_string(), markdown: String::new() });
        } else {
            let text = sections.last_mut().map_or(&mut intro, |s| &mut s.markdown);
            text.push_str(line);
            text.push('\n');
        }
    }
    for s in &mut sections {
        s.markdown = s.markdown.trim().to_string();
    }
    Ok((intro.trim().to_string(), sections))
}

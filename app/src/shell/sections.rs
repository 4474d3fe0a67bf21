//! Content text cut into sections at its `## Heading {#id}` lines, each with a fixed id that
//! stays the same in every language: the anchor a page links to and a learner's place is kept
//! at. Shared with the browser (the knowledge contribution form checks as one types).

/// The first paragraph that starts with a year and a full stop ("2017. aasta juulis …", as
/// Estonian, Latvian and Lithuanian write dates), which Markdown shows as a numbered list starting
/// at 2017. The content loaders refuse it; the file escapes the dot (`2017\\.`).
pub fn year_read_as_list(markdown: &str) -> Option<&str> {
    let mut paragraph_start = true;
    for line in markdown.lines() {
        let l = line.trim_start();
        let year = l.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()) && (y.starts_with('1') || y.starts_with('2')));
        let rest = l.get(4..).unwrap_or("");
        if paragraph_start && year.is_some() && (rest.starts_with(". ") || rest == ".") {
            return year;
        }
        paragraph_start = l.is_empty() || l.starts_with('#');
    }
    None
}

/// The content loaders' refusal of such a paragraph, with the fix.
pub fn check_no_year_list(markdown: &str) -> Result<(), String> {
    match year_read_as_list(markdown) {
        Some(year) => Err(format!("a paragraph starts with \"{year}. \", which Markdown shows as a numbered list: write \"{year}\\.\"")),
        None => Ok(()),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_starting_with_a_year_is_found() {
        assert_eq!(year_read_as_list("Intro.\n\n2017. aasta juulis"), Some("2017"));
        assert_eq!(year_read_as_list("2023. gada 3. novembrī"), Some("2023"));
        assert_eq!(year_read_as_list("2017\\. aasta juulis"), None, "escaped");
        assert_eq!(year_read_as_list("In July\n2017. aasta"), None, "inside a paragraph it is text");
        assert_eq!(year_read_as_list("1. First step\n2. Second"), None, "a real list");
        assert_eq!(year_read_as_list("2017 was the year"), None);
    }
}

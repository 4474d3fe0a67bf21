//! User-written Markdown as safe HTML: pulldown-cmark renders it, ammonia keeps only harmless
//! markup (no script, no event handlers, no `javascript:` links), so no user text ever runs.

pub fn to_safe_html(markdown: &str) -> String {
    let parser =
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .link_rel(Some("nofollow noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into())
        .clean(&html)
        .to_string()
}

/// Markdown as the text a reader sees: no markup, no link targets, escapes resolved (`2017\\.`
/// is "2017."), raw HTML dropped; one line per paragraph, heading, list item or table cell. What
/// the knowledge search indexes and shows, and what the assistant quotes and embeds.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock | TagEnd::TableCell) => out.push('\n'),
            _ => {}
        }
    }
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// A content file's TOML front matter (between `+++` lines) and its Markdown body.
pub fn split_front_matter(source: &str) -> Result<(&str, &str), String> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let rest = source.strip_prefix("+++\n").or_else(|| source.strip_prefix("+++\r\n")).ok_or("does not start with a +++ line")?;
    let end = rest.find("\n+++").ok_or("the front matter has no closing +++ line")?;
    let body = &rest[end + 4..];
    Ok((&rest[..end + 1], body.trim_start_matches(['\r', '\n'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_markup_and_drops_scripts() {
        let html = to_safe_html("# Need\n\n**Bold** and [a link](https://example.org)\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");
        assert!(html.contains("<h1>Need</h1>"), "{html}");
        assert!(html.contains("<strong>Bold</strong>"));
        assert!(html.contains("href=\"https://example.org\""));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn markdown_becomes_the_text_a_reader_sees() {
        let md = "- **Purpose.** What do you [need](https://example.org) to `know`?\n\n1. Second_step here\n\n2017\\. aasta juulis <b>x</b>\nnext line";
        assert_eq!(plain_text(md), "Purpose. What do you need to know?\nSecond_step here\n2017. aasta juulis x next line");
    }
}

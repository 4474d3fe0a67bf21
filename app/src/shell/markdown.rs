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
}

//! Markdown written by organisations, rendered to HTML that is safe to put on a page: raw HTML
//! is shown as text, and links and images keep only http(s), mailto and relative targets.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

/// Renders Markdown to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            Event::Start(Tag::Link { link_type, dest_url: safe_url(dest_url), title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            Event::Start(Tag::Image { link_type, dest_url: safe_url(dest_url), title, id })
        }
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lowered = url.trim().to_ascii_lowercase();
    let has_scheme = lowered.split_once(':').is_some_and(|(scheme, _)| !scheme.contains('/'));
    let allowed = ["http:", "https:", "mailto:"].iter().any(|s| lowered.starts_with(s));
    if has_scheme && !allowed { CowStr::Borrowed("#") } else { url }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(
            to_safe_html("Build **APIs** in *Rust*"),
            "<p>Build <strong>APIs</strong> in <em>Rust</em></p>\n"
        );
        assert!(to_safe_html("- one\n- two").contains("<li>two</li>"));
    }

    #[test]
    fn raw_html_is_text() {
        let html = to_safe_html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn dangerous_links_go_nowhere() {
        let html = to_safe_html(
            "[click](javascript:alert(1)) [ok](https://example.org) [rel](/jobs) [x](JaVaScRiPt:x)",
        );
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#) && html.contains(r#"href="/jobs""#), "{html}");
        let image = to_safe_html("![a](data:text/html;base64,PHNjcmlwdD4=)");
        assert!(!image.contains("data:"), "{image}");
    }
}

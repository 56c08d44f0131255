//! A check over the page templates: no template has words of its own, only what the catalogue
//! and the data give it.

/// Removes every `open … close` span from `text`.
fn without(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        rest = rest[start + open.len()..]
            .find(close)
            .map_or("", |end| &rest[start + open.len() + end + close.len()..]);
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// The words a template says by itself: text between tags, and the attributes people read
/// (`placeholder`, `aria-label`, `title`, `alt`), once the template's own syntax, scripts and
/// code samples are taken out.
pub fn own_words(template: &str) -> Vec<String> {
    let mut text = without(template, "{#", "#}");
    for (open, close) in [("{%", "%}"), ("{{", "}}"), ("<script", "</script>"), ("<code>", "</code>")] {
        text = without(&text, open, close);
    }
    let mut words = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('<') {
        words.extend(letters(&rest[..start]));
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        for attribute in ["placeholder=\"", "aria-label=\"", "title=\"", "alt=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = tag[at + attribute.len()..].split('"').next().unwrap_or_default();
                words.extend(letters(value));
            }
        }
        rest = &rest[end..];
    }
    words.extend(letters(rest));
    words
}

fn letters(text: &str) -> Vec<String> {
    let text = text.replace("&amp;", " ").replace("&nbsp;", " ");
    // A URL's scheme in an example (`https://`) is no word of any language.
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !matches!(*w, "http" | "https"))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".html"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn no_template_has_words_of_its_own() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let names = templates();
        assert!(names.len() >= 40, "the templates are where the check looks: {names:?}");
        for name in names {
            let template = std::fs::read_to_string(dir.join(&name)).unwrap();
            let words = own_words(&template);
            assert!(words.is_empty(), "{name} says {words:?} outside the catalogue");
        }
    }

    #[test]
    fn the_check_finds_words_in_text_and_attributes_only() {
        let template = r#"{% if x %}<p class="a">{{ layout.t("x") }} Apply now</p>{% endif %}
            <input placeholder="e.g. Python" name="q"><code>POST /api</code><script>let a = 1;</script>"#;
        assert_eq!(own_words(template), ["Apply", "now", "e", "g", "Python"]);
    }
}

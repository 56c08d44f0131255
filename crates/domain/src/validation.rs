//! Field-level validation errors, collected so that a client learns every problem at once.

use serde::Serialize;

/// One invalid field of a request, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name as the client sent it (`email`, `password`).
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

/// Collects [`FieldError`]s while parsing a request into validated values.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the parsed value, or records the error against `field` and returns `None`.
    pub fn check<T, E: std::fmt::Display>(&mut self, field: &str, parsed: Result<T, E>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(error) => {
                self.errors.push(FieldError { field: field.to_owned(), message: error.to_string() });
                None
            }
        }
    }

    /// Records a problem found by a rule that spans fields.
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(FieldError { field: field.to_owned(), message: message.into() });
    }

    /// A list of short labels (skills, languages, interests): each a [`crate::text::Label`],
    /// duplicates (ignoring case) dropped, at most `max`.
    pub fn labels(&mut self, field: &str, raw: &[String], max: usize) -> Vec<String> {
        if raw.len() > max {
            self.fail(field, format!("at most {max} entries"));
            return Vec::new();
        }
        let mut kept: Vec<String> = Vec::new();
        for (i, item) in raw.iter().enumerate() {
            if let Some(label) = self.check(&format!("{field}[{i}]"), crate::text::Label::parse(item))
                && !kept.iter().any(|k| k.eq_ignore_ascii_case(label.as_str()))
            {
                kept.push(label.as_str().to_owned());
            }
        }
        kept
    }

    /// A free text of at most `max` characters, trimmed; `required` refuses an empty one.
    pub fn text(&mut self, field: &str, raw: &str, max: usize, required: bool) -> String {
        let text = raw.trim();
        if required && text.is_empty() {
            self.fail(field, "is required");
        } else if text.chars().count() > max {
            self.fail(field, format!("at most {max} characters"));
        }
        text.to_owned()
    }

    /// The errors found, if any.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() { Ok(()) } else { Err(self.errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_error() {
        let mut v = Validator::new();
        assert_eq!(v.check::<u8, &str>("a", Ok(1)), Some(1));
        assert_eq!(v.check::<u8, &str>("b", Err("bad b")), None);
        v.fail("c", "bad c");
        let errors = v.finish().unwrap_err();
        assert_eq!(errors.len(), 2);
        let mut v = Validator::new();
        let kept = v.labels("skills", &["Rust".into(), " rust ".into(), "Go".into(), "".into()], 10);
        assert_eq!(kept, vec!["Rust".to_owned(), "Go".to_owned()]);
        assert_eq!(v.text("notes", "  hi ", 5, true), "hi");
        v.text("title", " ", 5, true);
        let fields: Vec<String> = v.finish().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["skills[3]", "title"]);
        assert_eq!(errors[0].field, "b");
        assert_eq!(errors[1].message, "bad c");
    }
}

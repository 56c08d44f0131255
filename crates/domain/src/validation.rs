//! Field-level validation errors, collected so that a client learns every problem at once.
//! What is wrong is a [`Phrase`]: the server words it in the reader's language (the API's
//! message in English, a page's in its reader's).

use crate::phrase::{Phrase, Said};

/// One invalid field of a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name as the client sent it (`email`, `password`).
    pub field: String,
    /// What is wrong with it.
    pub problem: Phrase,
}

impl FieldError {
    /// `field` has `problem`.
    pub fn new(field: impl Into<String>, problem: Phrase) -> FieldError {
        FieldError { field: field.into(), problem }
    }
}

/// The problems most fields share, as phrases of the `problem-` catalogue.
pub mod problem {
    use crate::phrase::Phrase;

    /// Nothing was given.
    pub fn required() -> Phrase {
        Phrase::new("problem-required")
    }

    /// More than `max` characters.
    pub fn too_long(max: usize) -> Phrase {
        Phrase::new("problem-too-long").number("max", max as i64)
    }

    /// More than `max` entries.
    pub fn too_many(max: usize) -> Phrase {
        Phrase::new("problem-too-many").number("max", max as i64)
    }

    /// A number outside `min..=max`.
    pub fn between(min: i64, max: i64) -> Phrase {
        Phrase::new("problem-between").number("min", min).number("max", max)
    }

    /// A moment that has passed.
    pub fn in_future() -> Phrase {
        Phrase::new("problem-in-future")
    }

    /// An end that is not after its start.
    pub fn end_after_start() -> Phrase {
        Phrase::new("problem-end-after-start")
    }

    /// Someone who is not a member of the organisation.
    pub fn not_member() -> Phrase {
        Phrase::new("problem-not-member")
    }

    /// A programme the organisation does not have.
    pub fn no_such_programme() -> Phrase {
        Phrase::new("problem-no-such-programme")
    }

    /// Empty, or more than `max` characters: "write 1 to N characters".
    pub fn written(max: usize) -> Phrase {
        Phrase::new("problem-written").number("max", max as i64)
    }

    /// More than `count` entries, or an entry empty or over `max` characters.
    pub fn entries(count: usize, max: usize) -> Phrase {
        Phrase::new("problem-entries").number("count", count as i64).number("max", max as i64)
    }

    /// A reason that is missing or longer than `max` characters.
    pub fn say_why(max: usize) -> Phrase {
        Phrase::new("problem-say-why").number("max", max as i64)
    }

    /// A value that is not one of `allowed`.
    pub fn one_of(allowed: &[String]) -> Phrase {
        Phrase::new("problem-one-of").with("allowed", crate::phrase::Fact::AnyOf(allowed.to_vec()))
    }

    /// A problem of its own (`problem-<key>`).
    pub fn of(key: &str) -> Phrase {
        Phrase::new(&format!("problem-{key}"))
    }
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
    pub fn check<T, E: Said>(&mut self, field: &str, parsed: Result<T, E>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(error) => {
                self.errors.push(FieldError::new(field, error.said()));
                None
            }
        }
    }

    /// Records a problem found by a rule that spans fields.
    pub fn fail(&mut self, field: &str, problem: Phrase) {
        self.errors.push(FieldError::new(field, problem));
    }

    /// A list of short labels (skills, languages, interests): each a [`crate::text::Label`],
    /// duplicates (ignoring case) dropped, at most `max`.
    pub fn labels(&mut self, field: &str, raw: &[String], max: usize) -> Vec<String> {
        if raw.len() > max {
            self.fail(field, problem::too_many(max));
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
            self.fail(field, problem::required());
        } else if text.chars().count() > max {
            self.fail(field, problem::too_long(max));
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
        assert_eq!(v.check::<u8, Phrase>("a", Ok(1)), Some(1));
        assert_eq!(v.check::<u8, Phrase>("b", Err(problem::of("b"))), None);
        v.fail("c", problem::of("c"));
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
        assert_eq!(errors[1].problem, Phrase::new("problem-c"));
    }
}

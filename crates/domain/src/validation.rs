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
        assert_eq!(errors[0].field, "b");
        assert_eq!(errors[1].message, "bad c");
    }
}

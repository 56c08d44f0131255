//! Short texts that people type.

use serde::{Deserialize, Serialize};

/// A short single-line text people type: a person's name, a token's name. 1 to 100 characters,
/// no control characters, surrounding white space trimmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Label(String);

/// Why a text is not a usable label.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidLabel {
    /// Nothing but white space.
    #[error("is required")]
    Empty,
    /// Over 100 characters.
    #[error("must be at most 100 characters")]
    TooLong,
    /// Contains control characters such as line breaks.
    #[error("must not contain control characters")]
    ControlCharacters,
}

impl Label {
    /// Parses a label, trimming surrounding white space.
    pub fn parse(raw: &str) -> Result<Self, InvalidLabel> {
        let name = raw.trim();
        if name.is_empty() {
            Err(InvalidLabel::Empty)
        } else if name.chars().count() > 100 {
            Err(InvalidLabel::TooLong)
        } else if name.chars().any(char::is_control) {
            Err(InvalidLabel::ControlCharacters)
        } else {
            Ok(Self(name.to_owned()))
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Label {
    type Error = InvalidLabel;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Label> for String {
    fn from(name: Label) -> Self {
        name.0
    }
}

crate::said_as_problems!(InvalidLabel {
    Empty => "required",
    TooLong => "label-too-long",
    ControlCharacters => "control-characters",
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_of_every_script() {
        assert_eq!(Label::parse(" Zoë Ağaoğlu ").unwrap().as_str(), "Zoë Ağaoğlu");
        assert!(Label::parse("李小龙").is_ok());
    }

    #[test]
    fn rejects_empty_long_and_control() {
        assert_eq!(Label::parse("   "), Err(InvalidLabel::Empty));
        assert_eq!(Label::parse(&"x".repeat(101)), Err(InvalidLabel::TooLong));
        assert_eq!(Label::parse("a\nb"), Err(InvalidLabel::ControlCharacters));
    }
}

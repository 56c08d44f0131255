use serde::{Deserialize, Serialize};

/// How a person wants to be called: 1 to 100 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

/// Why a text is not a usable name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidName {
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

impl PersonName {
    /// Parses a display name, trimming surrounding white space.
    pub fn parse(raw: &str) -> Result<Self, InvalidName> {
        let name = raw.trim();
        if name.is_empty() {
            Err(InvalidName::Empty)
        } else if name.chars().count() > 100 {
            Err(InvalidName::TooLong)
        } else if name.chars().any(char::is_control) {
            Err(InvalidName::ControlCharacters)
        } else {
            Ok(Self(name.to_owned()))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = InvalidName;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<PersonName> for String {
    fn from(name: PersonName) -> Self {
        name.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_of_every_script() {
        assert_eq!(PersonName::parse(" Zoë Ağaoğlu ").unwrap().as_str(), "Zoë Ağaoğlu");
        assert!(PersonName::parse("李小龙").is_ok());
    }

    #[test]
    fn rejects_empty_long_and_control() {
        assert_eq!(PersonName::parse("   "), Err(InvalidName::Empty));
        assert_eq!(PersonName::parse(&"x".repeat(101)), Err(InvalidName::TooLong));
        assert_eq!(PersonName::parse("a\nb"), Err(InvalidName::ControlCharacters));
    }
}

use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 3166-1 alpha-2 country code, upper case: `NL`, `DE`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

/// A text that is not a two-letter country code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be a two-letter country code such as NL")]
pub struct InvalidCountry;

/// Names for the countries whose students Cohort's users recruit most; others show their code.
const NAMES: &[(&str, &str)] = &[
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("CH", "Switzerland"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("ES", "Spain"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "the United Kingdom"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("LU", "Luxembourg"),
    ("NL", "the Netherlands"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("SE", "Sweden"),
    ("US", "the United States"),
];

impl CountryCode {
    /// Parses a code, folding case.
    pub fn parse(raw: &str) -> Result<Self, InvalidCountry> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Self(code))
        } else {
            Err(InvalidCountry)
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A name for sentences: "the Netherlands", or the code when Cohort knows no name.
    pub fn name(&self) -> &str {
        NAMES.iter().find(|(code, _)| *code == self.0).map_or(self.0.as_str(), |(_, name)| name)
    }
}

impl TryFrom<String> for CountryCode {
    type Error = InvalidCountry;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.0
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(CountryCode::parse(" nl ").unwrap().as_str(), "NL");
        assert_eq!(CountryCode::parse("NL").unwrap().name(), "the Netherlands");
        assert_eq!(CountryCode::parse("KE").unwrap().name(), "KE");
        for bad in ["", "N", "NLD", "N1", "ñl"] {
            assert_eq!(CountryCode::parse(bad), Err(InvalidCountry), "{bad}");
        }
    }
}

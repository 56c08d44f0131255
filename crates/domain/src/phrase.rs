//! A sentence as data: which sentence (a message id of the server's catalogues) and the facts it
//! is about. The domain decides what to say; the server words it in the reader's language, so
//! no rule carries English of its own.

use crate::eligibility::CountryCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One fact a sentence names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Fact {
    /// Words as they were typed (a field of study, a question, an institution).
    Text(String),
    /// A date, written the reader's way.
    Date(NaiveDate),
    /// A country, named in the reader's language.
    Country(CountryCode),
    /// Alternatives: "Computer Science or Engineering".
    AnyOf(Vec<String>),
    /// A list where each counts: "Python, C#".
    AllOf(Vec<String>),
    /// A yes or a no.
    YesNo(bool),
    /// Which form of the sentence (a Fluent selector such as `between` or `after`).
    Choice(String),
}

/// A sentence: its message id and its facts by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    /// The message id (`eligibility-skills-missing`).
    pub key: String,
    /// The facts, by the names the message uses.
    #[serde(default)]
    pub facts: BTreeMap<String, Fact>,
}

impl Phrase {
    /// A sentence with no facts yet.
    pub fn new(key: &str) -> Phrase {
        Phrase { key: key.to_owned(), facts: BTreeMap::new() }
    }

    /// Adds a fact.
    pub fn with(mut self, name: &str, fact: Fact) -> Phrase {
        self.facts.insert(name.to_owned(), fact);
        self
    }

    /// Adds text.
    pub fn text(self, name: &str, text: impl Into<String>) -> Phrase {
        self.with(name, Fact::Text(text.into()))
    }

    /// Adds a date.
    pub fn date(self, name: &str, date: NaiveDate) -> Phrase {
        self.with(name, Fact::Date(date))
    }

    /// Adds a country.
    pub fn country(self, name: &str, country: &CountryCode) -> Phrase {
        self.with(name, Fact::Country(country.clone()))
    }

    /// Adds a choice of form.
    pub fn choice(self, name: &str, choice: &str) -> Phrase {
        self.with(name, Fact::Choice(choice.to_owned()))
    }
}

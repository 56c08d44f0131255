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
    /// A number, written the reader's way (plurals select on it).
    Number(i64),
    /// A moment, written in the reader's time zone and way.
    Moment(chrono::DateTime<chrono::Utc>),
    /// A sentence within the sentence ("That time cannot be booked: {why}").
    Said(Box<Phrase>),
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

    /// Adds a number.
    pub fn number(self, name: &str, n: impl Into<i64>) -> Phrase {
        self.with(name, Fact::Number(n.into()))
    }

    /// Adds a moment.
    pub fn moment(self, name: &str, at: chrono::DateTime<chrono::Utc>) -> Phrase {
        self.with(name, Fact::Moment(at))
    }
}

/// What a refusal or an invalid value says, as a sentence for the server to word in the
/// reader's language (its `Display` stays the developer's English, for logs).
pub trait Said {
    /// The sentence.
    fn said(&self) -> Phrase;
}

/// `Said` for an enum of unit variants, each a `problem-` phrase of its own.
#[macro_export]
macro_rules! said_as_problems {
    ($ty:ty { $($variant:ident => $key:literal),* $(,)? }) => {
        impl $crate::phrase::Said for $ty {
            fn said(&self) -> $crate::phrase::Phrase {
                match self {
                    $(Self::$variant => $crate::phrase::Phrase::new(concat!("problem-", $key)),)*
                }
            }
        }
    };
}

impl Said for Phrase {
    fn said(&self) -> Phrase {
        self.clone()
    }
}

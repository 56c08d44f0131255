use super::CountryCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A span of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
}

impl Period {
    /// A period, if `start` is not after `end`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Self> {
        (start <= end).then_some(Period { start, end })
    }

    /// Whether this period covers every day of `other`.
    pub fn covers(&self, other: &Period) -> bool {
        self.start <= other.start && self.end >= other.end
    }
}

/// What a candidate tells about themselves, as far as eligibility and matching need it.
/// Everything is optional: a missing fact makes a rule's answer "unknown", not "fail".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// Where they study.
    pub institution: Option<String>,
    /// The country of that institution.
    pub institution_country: Option<CountryCode>,
    /// Their field of study.
    pub field_of_study: Option<String>,
    /// When they are enrolled.
    pub enrollment: Option<Period>,
    /// When they expect to graduate.
    pub graduation: Option<NaiveDate>,
    /// Their skills.
    pub skills: Vec<String>,
    /// Languages they speak.
    pub languages: Vec<String>,
    /// Countries where they may work.
    pub work_authorisation: Vec<CountryCode>,
}

/// Answers to a vacancy's knockout questions, by question id.
pub type Answers = BTreeMap<String, bool>;

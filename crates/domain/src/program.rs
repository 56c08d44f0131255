//! Programmes: a cohort of interns with its dates, place and structure.

use crate::validation::problem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A part of a programme's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    /// Induction training.
    Induction,
    /// A dedicated mentor.
    Mentorship,
    /// Hands-on workshops.
    Workshops,
    /// Continuous training, from cybersecurity to presentation skills.
    Training,
    /// Networking across the organisation.
    Networking,
    /// Shadowing other teams.
    Shadowing,
}

/// One component and what it means in this programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureItem {
    /// The component.
    pub component: Component,
    /// What it involves here.
    pub description: String,
}

/// Everything an organisation writes about a programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramDraft {
    /// The name, e.g. "Backend Talent Programme 2027".
    pub name: String,
    /// Markdown.
    pub description: String,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// City or address; none when fully remote.
    pub location: Option<String>,
    /// Whether interns may work remotely.
    pub remote: bool,
    /// How many interns the programme takes.
    pub capacity: u32,
    /// What the programme consists of.
    pub structure: Vec<StructureItem>,
}

impl ProgramDraft {
    /// The programme's period.
    pub fn period(&self) -> Option<crate::eligibility::Period> {
        crate::eligibility::Period::new(self.starts_on, self.ends_on)
    }

    /// Every problem with the draft, by field.
    pub fn problems(&self) -> Vec<crate::validation::FieldError> {
        let mut v = crate::validation::Validator::new();
        v.check("name", crate::text::Label::parse(&self.name));
        if self.description.chars().count() > 20_000 {
            v.fail("description", problem::too_long(20_000));
        }
        if self.ends_on < self.starts_on {
            v.fail("ends_on", problem::of("not-before-start"));
        }
        if self.location.as_deref().is_none_or(|l| l.trim().is_empty()) && !self.remote {
            v.fail("location", problem::of("location-unless-remote"));
        }
        if !(1..=10_000).contains(&self.capacity) {
            v.fail("capacity", problem::between(1, 10_000));
        }
        if self.structure.len() > 20
            || self.structure.iter().any(|item| item.description.chars().count() > 2_000)
        {
            v.fail("structure", problem::entries(20, 2_000));
        }
        v.finish().err().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ProgramDraft {
        ProgramDraft {
            name: "Backend Talent Programme 2027".into(),
            description: "Six months building payments APIs.".into(),
            starts_on: "2027-02-01".parse().unwrap(),
            ends_on: "2027-07-31".parse().unwrap(),
            location: Some("Amsterdam".into()),
            remote: false,
            capacity: 12,
            structure: vec![StructureItem {
                component: Component::Induction,
                description: "Week one".into(),
            }],
        }
    }

    #[test]
    fn a_sound_draft_has_no_problems() {
        assert!(draft().problems().is_empty());
        assert!(draft().period().is_some());
    }

    #[test]
    fn problems_name_their_fields() {
        let bad = ProgramDraft {
            name: " ".into(),
            ends_on: "2027-01-01".parse().unwrap(),
            location: None,
            capacity: 0,
            ..draft()
        };
        let fields: Vec<String> = bad.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "ends_on", "location", "capacity"]);
    }
}

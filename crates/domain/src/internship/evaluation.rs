//! Midterm and final evaluations: one rubric, filled by the mentor and, as a self-assessment,
//! by the intern.

use crate::named_enum;
use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use std::collections::BTreeMap;

named_enum! {
    /// When in the internship.
    pub enum Kind {
        /// Halfway.
        Midterm => "midterm",
        /// At the end.
        Final => "final",
    }
}

named_enum! {
    /// Who fills it.
    pub enum Author {
        /// The mentor's evaluation.
        Mentor => "mentor",
        /// The intern's self-assessment.
        Intern => "intern",
    }
}

/// The rubric: each criterion is rated 1 (not yet) to 5 (excellent).
pub const CRITERIA: [(&str, &str); 5] = [
    ("technical_skills", "Writes working, tested, readable code for the team's systems"),
    ("communication", "Explains work clearly in writing, stand-ups and presentations"),
    ("teamwork", "Works with the team: reviews, pairing, asking and giving help"),
    ("ownership", "Takes a task from start to done and follows up"),
    ("learning", "Learns from feedback and trainings, and grows over the internship"),
];

/// Every problem with the ratings and comments of an evaluation.
pub fn problems(ratings: &BTreeMap<String, u8>, comments: &str) -> Vec<FieldError> {
    let mut v = Validator::new();
    for (criterion, _) in CRITERIA {
        match ratings.get(criterion) {
            None => v.fail(&format!("ratings.{criterion}"), problem::of("rate-every-criterion")),
            Some(r) if !(1..=5).contains(r) => {
                v.fail(&format!("ratings.{criterion}"), problem::between(1, 5))
            }
            Some(_) => {}
        }
    }
    for name in ratings.keys() {
        if !CRITERIA.iter().any(|(c, _)| c == name) {
            v.fail(&format!("ratings.{name}"), problem::of("not-in-rubric"));
        }
    }
    if comments.chars().count() > 10_000 {
        v.fail("comments", problem::too_long(10_000));
    }
    v.finish().err().unwrap_or_default()
}

/// The average rating, 1–5, to two decimals.
pub fn average(ratings: &BTreeMap<String, u8>) -> Option<f64> {
    if ratings.is_empty() {
        return None;
    }
    let sum: u32 = ratings.values().map(|r| u32::from(*r)).sum();
    Some((f64::from(sum) / ratings.len() as f64 * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(rating: u8) -> BTreeMap<String, u8> {
        CRITERIA.iter().map(|(c, _)| ((*c).to_owned(), rating)).collect()
    }

    #[test]
    fn every_criterion_is_rated_from_one_to_five() {
        assert!(problems(&full(4), "Solid work").is_empty());
        let mut partial = full(4);
        partial.remove("teamwork");
        partial.insert("charisma".into(), 5);
        partial.insert("learning".into(), 6);
        let fields: Vec<String> = problems(&partial, "").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["ratings.teamwork", "ratings.learning", "ratings.charisma"]);
    }

    #[test]
    fn the_average_is_rounded() {
        let mut ratings = full(4);
        ratings.insert("learning".into(), 5);
        assert_eq!(average(&ratings), Some(4.2));
        assert_eq!(average(&BTreeMap::new()), None);
    }
}

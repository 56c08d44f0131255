//! Interview kits and scorecards: what interviewers rate, who may read whose scorecard, and the
//! summary a recruiter reads.

use crate::phrase::Said;
use crate::pipeline::StageKind;
use crate::validation::{FieldError, problem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The lowest and highest rating of an attribute.
pub const RATING: std::ops::RangeInclusive<u8> = 1..=4;

/// What an interview kit asks unless the organisation sets its own for the stage.
pub fn default_kit(kind: StageKind) -> Vec<String> {
    let attributes: &[&str] = match kind {
        StageKind::HrChat => &["Motivation", "Communication", "Fit with the programme"],
        _ => &["API design", "SQL", "Communication", "Presentation of own work"],
    };
    attributes.iter().map(|a| (*a).to_owned()).collect()
}

/// Why a kit is refused: 1 to 12 distinct attributes of 1 to 100 characters.
pub fn check_kit(attributes: &[String]) -> Result<(), crate::phrase::Phrase> {
    use crate::validation::problem;
    if attributes.is_empty() || attributes.len() > 12 {
        return Err(problem::of("list-count").number("max", 12));
    }
    let mut seen = std::collections::BTreeSet::new();
    for attribute in attributes {
        crate::text::Label::parse(attribute).map_err(|e| {
            problem::of("entry")
                .text("entry", attribute.clone())
                .with("why", crate::phrase::Fact::Said(Box::new(e.said())))
        })?;
        if !seen.insert(attribute.trim().to_lowercase()) {
            return Err(problem::of("listed-twice").text("name", attribute.clone()));
        }
    }
    Ok(())
}

/// The overall recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    /// Strong no.
    StrongNo,
    /// No.
    No,
    /// Yes.
    Yes,
    /// Strong yes.
    StrongYes,
}

impl Recommendation {
    /// On the 1–4 scale, for averages.
    pub fn score(self) -> u8 {
        match self {
            Recommendation::StrongNo => 1,
            Recommendation::No => 2,
            Recommendation::Yes => 3,
            Recommendation::StrongYes => 4,
        }
    }

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::StrongNo => "strong_no",
            Recommendation::No => "no",
            Recommendation::Yes => "yes",
            Recommendation::StrongYes => "strong_yes",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::StrongNo, Self::No, Self::Yes, Self::StrongYes].into_iter().find(|r| r.as_str() == raw)
    }
}

/// A scorecard as submitted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard {
    /// One rating per kit attribute.
    pub ratings: BTreeMap<String, u8>,
    /// The overall recommendation.
    pub recommendation: Recommendation,
    /// Free notes.
    pub notes: String,
}

impl Scorecard {
    /// Every problem with it against `kit`: each attribute rated once within [`RATING`], nothing
    /// else rated, notes within 10,000 characters.
    pub fn problems(&self, kit: &[String]) -> Vec<FieldError> {
        let mut problems = Vec::new();
        for attribute in kit {
            match self.ratings.get(attribute) {
                None => {
                    problems.push(FieldError::new(format!("ratings.{attribute}"), problem::of("rate-it")))
                }
                Some(r) if !RATING.contains(r) => {
                    problems.push(FieldError::new(format!("ratings.{attribute}"), problem::between(1, 4)))
                }
                Some(_) => {}
            }
        }
        for attribute in self.ratings.keys().filter(|a| !kit.contains(a)) {
            let kit = crate::phrase::Fact::AllOf(kit.to_vec());
            problems.push(FieldError::new(
                format!("ratings.{attribute}"),
                problem::of("not-in-kit").with("kit", kit),
            ));
        }
        if self.notes.chars().count() > 10_000 {
            problems.push(FieldError::new("notes", problem::too_long(10_000)));
        }
        problems
    }
}

/// Who asks to read an application's scorecards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// A recruiter or admin: sees everything.
    Recruiter,
    /// An interviewer on one of the application's panels.
    Panelist {
        /// Whether they have submitted their own scorecard for this application.
        submitted_own: bool,
    },
}

/// Whether the reader may see the other interviewers' scorecards yet: an interviewer forms their
/// own judgement before reading anyone else's.
pub fn may_read_others(reader: Reader) -> bool {
    match reader {
        Reader::Recruiter => true,
        Reader::Panelist { submitted_own } => submitted_own,
    }
}

/// One submitted scorecard, for the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    /// Who wrote it.
    pub interviewer: Uuid,
    /// What they wrote.
    pub card: Scorecard,
}

/// The recruiter's summary: per attribute the mean and each interviewer's rating; the
/// recommendations.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// Per attribute.
    pub attributes: Vec<AttributeSummary>,
    /// The mean recommendation on the 1–4 scale.
    pub mean_recommendation: Option<f64>,
    /// How many scorecards.
    pub scorecards: usize,
}

/// One attribute across interviewers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AttributeSummary {
    /// The attribute.
    pub attribute: String,
    /// The mean rating.
    pub mean: f64,
    /// Each interviewer's rating.
    pub by_interviewer: BTreeMap<Uuid, u8>,
}

/// Summarises the scorecards, attributes in the order first seen.
pub fn summarise(cards: &[Submitted]) -> Summary {
    let mut order: Vec<String> = Vec::new();
    let mut by: BTreeMap<String, BTreeMap<Uuid, u8>> = BTreeMap::new();
    for card in cards {
        for (attribute, rating) in &card.card.ratings {
            if !order.contains(attribute) {
                order.push(attribute.clone());
            }
            by.entry(attribute.clone()).or_default().insert(card.interviewer, *rating);
        }
    }
    let attributes = order
        .into_iter()
        .map(|attribute| {
            let ratings = by.remove(&attribute).unwrap_or_default();
            let mean = ratings.values().map(|r| f64::from(*r)).sum::<f64>() / ratings.len().max(1) as f64;
            AttributeSummary { attribute, mean: round2(mean), by_interviewer: ratings }
        })
        .collect();
    let mean_recommendation = (!cards.is_empty()).then(|| {
        round2(
            cards.iter().map(|c| f64::from(c.card.recommendation.score())).sum::<f64>() / cards.len() as f64,
        )
    });
    Summary { attributes, mean_recommendation, scorecards: cards.len() }
}

/// Rounds to two decimals for display.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(pairs: &[(&str, u8)], recommendation: Recommendation) -> Scorecard {
        Scorecard {
            ratings: pairs.iter().map(|(a, r)| ((*a).to_owned(), *r)).collect(),
            recommendation,
            notes: String::new(),
        }
    }

    #[test]
    fn every_attribute_is_rated_once_on_the_scale() {
        let kit = vec!["SQL".to_owned(), "API design".to_owned()];
        assert!(card(&[("SQL", 3), ("API design", 4)], Recommendation::Yes).problems(&kit).is_empty());
        let problems = card(&[("SQL", 5), ("Vibes", 2)], Recommendation::Yes).problems(&kit);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["ratings.SQL", "ratings.API design", "ratings.Vibes"]);
    }

    #[test]
    fn interviewers_read_others_only_after_submitting_their_own() {
        assert!(may_read_others(Reader::Recruiter));
        assert!(!may_read_others(Reader::Panelist { submitted_own: false }));
        assert!(may_read_others(Reader::Panelist { submitted_own: true }));
    }

    #[test]
    fn the_summary_gives_means_and_each_rating() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let summary = summarise(&[
            Submitted { interviewer: a, card: card(&[("SQL", 3)], Recommendation::Yes) },
            Submitted { interviewer: b, card: card(&[("SQL", 4)], Recommendation::StrongYes) },
        ]);
        assert_eq!(summary.attributes[0].mean, 3.5);
        assert_eq!(summary.attributes[0].by_interviewer[&b], 4);
        assert_eq!(summary.mean_recommendation, Some(3.5));
        assert_eq!(summarise(&[]).mean_recommendation, None);
    }

    #[test]
    fn kits_are_short_distinct_lists() {
        assert!(check_kit(&default_kit(StageKind::Interviews)).is_ok());
        assert!(check_kit(&[]).is_err());
        assert!(check_kit(&["SQL".into(), "sql".into()]).is_err());
    }
}

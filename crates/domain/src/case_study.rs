//! Case studies: the rubric reviewers grade against, deadlines and late submissions, weighted
//! totals and each reviewer's offset from the panel (calibration).

use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The largest archive a submission may carry (50 MiB).
pub const MAX_ARCHIVE: usize = 50 * 1024 * 1024;

/// The largest file a case study's brief may carry.
pub const MAX_ATTACHMENT: usize = 10 * 1024 * 1024;

/// The lowest and highest score of a criterion.
pub const SCORE: std::ops::RangeInclusive<u8> = 1..=5;

/// One criterion of a rubric.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// What is judged, e.g. "Correctness".
    pub name: String,
    /// Its weight, 1 to 100.
    pub weight: u32,
    /// What a reviewer looks for.
    #[serde(default)]
    pub description: String,
}

/// What happens to a submission after the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LatePolicy {
    /// Refused with a clear error.
    Refuse,
    /// Accepted and flagged as late.
    AcceptFlagged,
}

impl LatePolicy {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            LatePolicy::Refuse => "refuse",
            LatePolicy::AcceptFlagged => "accept_flagged",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Refuse, Self::AcceptFlagged].into_iter().find(|p| p.as_str() == raw)
    }
}

/// A case study as the organisation writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseStudyDraft {
    /// The title.
    pub title: String,
    /// The brief, Markdown.
    pub brief: String,
    /// The rubric.
    pub rubric: Vec<Criterion>,
    /// How long a candidate has from assignment, in hours.
    pub hours_allowed: u32,
    /// How many reviewers grade each submission.
    pub reviewers_required: u32,
    /// What happens after the deadline.
    pub late_policy: LatePolicy,
}

impl CaseStudyDraft {
    /// Every problem with it.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut v = Validator::new();
        v.check("title", crate::text::Label::parse(&self.title));
        if self.brief.trim().is_empty() || self.brief.chars().count() > 50_000 {
            v.fail("brief", problem::written(50_000));
        }
        if self.rubric.is_empty() || self.rubric.len() > 20 {
            v.fail("rubric", problem::of("criteria-count"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, criterion) in self.rubric.iter().enumerate() {
            v.check(&format!("rubric[{i}].name"), crate::text::Label::parse(&criterion.name));
            if !seen.insert(criterion.name.trim().to_lowercase()) {
                v.fail(
                    &format!("rubric[{i}].name"),
                    problem::of("listed-twice").text("name", criterion.name.clone()),
                );
            }
            if !(1..=100).contains(&criterion.weight) {
                v.fail(&format!("rubric[{i}].weight"), problem::between(1, 100));
            }
        }
        if !(1..=24 * 60).contains(&self.hours_allowed) {
            v.fail("hours_allowed", problem::of("hours-allowed"));
        }
        if !(1..=5).contains(&self.reviewers_required) {
            v.fail("reviewers_required", problem::between(1, 5));
        }
        v.finish().err().unwrap_or_default()
    }

    /// The deadline for an assignment made at `assigned_at`.
    pub fn deadline(&self, assigned_at: DateTime<Utc>) -> DateTime<Utc> {
        assigned_at + Duration::hours(i64::from(self.hours_allowed))
    }
}

/// Why a submission is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    /// After the deadline, and the case study refuses late work.
    #[error("the deadline was {0}; this case study does not accept late submissions")]
    Late(DateTime<Utc>),
    /// Neither a repository nor an archive.
    #[error("send a repository URL, an archive, or both")]
    Empty,
    /// Grading has begun.
    #[error("a reviewer has already graded the submission; it can no longer change")]
    Graded,
}

/// Whether a submission at `now` is taken, and whether it is flagged late.
pub fn accept_submission(
    deadline: DateTime<Utc>,
    policy: LatePolicy,
    now: DateTime<Utc>,
    has_content: bool,
    graded: bool,
) -> Result<bool, SubmissionError> {
    if graded {
        return Err(SubmissionError::Graded);
    }
    if !has_content {
        return Err(SubmissionError::Empty);
    }
    let late = now > deadline;
    if late && policy == LatePolicy::Refuse {
        return Err(SubmissionError::Late(deadline));
    }
    Ok(late)
}

/// Every problem with a reviewer's scores against the rubric.
pub fn check_scores(rubric: &[Criterion], scores: &BTreeMap<String, u8>) -> Vec<FieldError> {
    let mut problems = Vec::new();
    for criterion in rubric {
        match scores.get(&criterion.name) {
            None => {
                problems.push(FieldError::new(format!("scores.{}", criterion.name), problem::of("rate-it")))
            }
            Some(s) if !SCORE.contains(s) => {
                problems.push(FieldError::new(format!("scores.{}", criterion.name), problem::between(1, 5)))
            }
            Some(_) => {}
        }
    }
    for name in scores.keys().filter(|n| !rubric.iter().any(|c| &c.name == *n)) {
        problems.push(FieldError::new(format!("scores.{name}"), problem::of("not-in-rubric")));
    }
    problems
}

/// The weighted total of one reviewer's scores, as a percentage of the best possible.
pub fn weighted_total(rubric: &[Criterion], scores: &BTreeMap<String, u8>) -> f64 {
    let total_weight: u32 = rubric.iter().map(|c| c.weight).sum();
    if total_weight == 0 {
        return 0.0;
    }
    let earned: f64 =
        rubric.iter().map(|c| f64::from(c.weight) * f64::from(*scores.get(&c.name).unwrap_or(&0))).sum();
    crate::scorecard::round2(100.0 * earned / (f64::from(total_weight) * f64::from(*SCORE.end())))
}

/// The panel's result: the mean total and each reviewer's offset from it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    /// The mean of the reviewers' totals.
    pub mean: f64,
    /// Per reviewer, their total and how far it lies from the mean.
    pub reviewers: Vec<ReviewerOffset>,
}

/// One reviewer against the panel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReviewerOffset {
    /// The reviewer.
    pub reviewer: Uuid,
    /// Their weighted total.
    pub total: f64,
    /// Their total minus the panel mean: positive means more generous.
    pub offset: f64,
}

/// Calibration over the graded totals; `None` before anyone has graded.
pub fn calibrate(totals: &[(Uuid, f64)]) -> Option<Calibration> {
    if totals.is_empty() {
        return None;
    }
    let mean = totals.iter().map(|(_, t)| t).sum::<f64>() / totals.len() as f64;
    let round = crate::scorecard::round2;
    Some(Calibration {
        mean: round(mean),
        reviewers: totals
            .iter()
            .map(|(reviewer, total)| ReviewerOffset {
                reviewer: *reviewer,
                total: *total,
                offset: round(total - mean),
            })
            .collect(),
    })
}

impl crate::phrase::Said for SubmissionError {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            SubmissionError::Late(at) => {
                crate::phrase::Phrase::new("refusal-submission-late").moment("at", *at)
            }
            SubmissionError::Empty => crate::phrase::Phrase::new("refusal-submission-empty"),
            SubmissionError::Graded => crate::phrase::Phrase::new("refusal-submission-graded"),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn rubric() -> Vec<Criterion> {
        vec![
            Criterion { name: "Correctness".into(), weight: 3, description: String::new() },
            Criterion { name: "Code quality".into(), weight: 1, description: String::new() },
        ]
    }

    fn scores(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(n, s)| ((*n).to_owned(), *s)).collect()
    }

    #[test]
    fn totals_weigh_each_criterion() {
        assert_eq!(weighted_total(&rubric(), &scores(&[("Correctness", 5), ("Code quality", 5)])), 100.0);
        // (3*4 + 1*2) / (4*5) = 70%
        assert_eq!(weighted_total(&rubric(), &scores(&[("Correctness", 4), ("Code quality", 2)])), 70.0);
    }

    #[test]
    fn calibration_shows_each_reviewer_against_the_mean() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let c = calibrate(&[(a, 80.0), (b, 60.0)]).unwrap();
        assert_eq!(c.mean, 70.0);
        assert_eq!(c.reviewers[0].offset, 10.0);
        assert_eq!(c.reviewers[1].offset, -10.0);
        assert_eq!(calibrate(&[]), None);
    }

    #[test]
    fn late_work_is_refused_or_flagged_per_policy() {
        let deadline = Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap();
        let before = deadline - Duration::minutes(1);
        let after = deadline + Duration::minutes(1);
        assert_eq!(accept_submission(deadline, LatePolicy::Refuse, before, true, false), Ok(false));
        assert_eq!(
            accept_submission(deadline, LatePolicy::Refuse, after, true, false),
            Err(SubmissionError::Late(deadline))
        );
        assert_eq!(accept_submission(deadline, LatePolicy::AcceptFlagged, after, true, false), Ok(true));
        assert_eq!(
            accept_submission(deadline, LatePolicy::Refuse, before, false, false),
            Err(SubmissionError::Empty)
        );
        assert_eq!(
            accept_submission(deadline, LatePolicy::Refuse, before, true, true),
            Err(SubmissionError::Graded)
        );
    }

    #[test]
    fn scores_cover_the_rubric_exactly() {
        assert!(check_scores(&rubric(), &scores(&[("Correctness", 4), ("Code quality", 2)])).is_empty());
        let problems = check_scores(&rubric(), &scores(&[("Correctness", 6), ("Style", 2)]));
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["scores.Correctness", "scores.Code quality", "scores.Style"]);
    }

    #[test]
    fn drafts_name_every_problem() {
        let draft = CaseStudyDraft {
            title: " ".into(),
            brief: "Build a URL shortener".into(),
            rubric: vec![Criterion { name: "A".into(), weight: 0, description: String::new() }],
            hours_allowed: 72,
            reviewers_required: 0,
            late_policy: LatePolicy::Refuse,
        };
        let fields: Vec<String> = draft.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["title", "rubric[0].weight", "reviewers_required"]);
    }
}

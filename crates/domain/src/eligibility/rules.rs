use super::{Answers, CountryCode, Period, Profile, field_matches, same_term};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A hard requirement of a vacancy. Declarative: stored with the vacancy as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Enrolled at an institution in `country` for the WHOLE internship: enrollment starts on
    /// or before the first day and ends on or after the last.
    EnrolledInCountry {
        /// Where the institution must be.
        country: CountryCode,
    },
    /// Studying one of these fields (or a specialisation of one).
    FieldOfStudy {
        /// The accepted fields, e.g. "Computer Science", "Engineering".
        any_of: Vec<String>,
    },
    /// Graduating within a window (either end open).
    GraduationBetween {
        /// The earliest accepted graduation date.
        earliest: Option<NaiveDate>,
        /// The latest accepted graduation date.
        latest: Option<NaiveDate>,
    },
    /// Having every one of these skills.
    RequiredSkills {
        /// The skills, e.g. "Python", "TypeScript".
        all_of: Vec<String>,
    },
    /// Allowed to work in `country`.
    WorkAuthorisation {
        /// The country of the internship.
        country: CountryCode,
    },
    /// A yes/no question with one acceptable answer.
    Knockout {
        /// Stable id, the key of the answer.
        id: String,
        /// The question as candidates read it.
        question: String,
        /// The answer that passes.
        required_answer: bool,
    },
}

impl Rule {
    /// What the rule asks, in a sentence for the job board.
    pub fn describe(&self) -> String {
        match self {
            Rule::EnrolledInCountry { country } => {
                format!("Enrolled at an institution in {} for the whole internship.", country.name())
            }
            Rule::FieldOfStudy { any_of } => format!("Studying {}.", any_of.join(" or ")),
            Rule::GraduationBetween { earliest, latest } => match (earliest, latest) {
                (Some(e), Some(l)) => format!("Graduating between {e} and {l}."),
                (Some(e), None) => format!("Graduating on or after {e}."),
                (None, Some(l)) => format!("Graduating on or before {l}."),
                (None, None) => "Graduating at any time.".to_owned(),
            },
            Rule::RequiredSkills { all_of } => format!("Skilled in {}.", all_of.join(", ")),
            Rule::WorkAuthorisation { country } => format!("Allowed to work in {}.", country.name()),
            Rule::Knockout { question, required_answer, .. } => {
                format!("{question} ({})", if *required_answer { "yes" } else { "no" })
            }
        }
    }
}

/// How one rule judged a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Meets it.
    Pass,
    /// Does not meet it.
    Fail,
    /// Cannot tell: the profile lacks what the rule needs.
    Unknown,
}

/// One rule's answer, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    /// The rule.
    pub rule: Rule,
    /// Its answer.
    pub outcome: Outcome,
    /// Why, in a sentence the candidate can act on.
    pub explanation: String,
}

/// The answer over all rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every rule passes.
    Eligible,
    /// No rule fails, but some cannot be judged until the profile says more.
    Incomplete,
    /// At least one rule fails.
    NotEligible,
}

/// Every rule's answer and the verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The verdict.
    pub verdict: Verdict,
    /// Each rule's answer, in the vacancy's order.
    pub results: Vec<RuleResult>,
}

impl Evaluation {
    /// The results that fail or cannot be judged: what stands between the candidate and applying.
    pub fn blocking(&self) -> impl Iterator<Item = &RuleResult> {
        self.results.iter().filter(|r| r.outcome != Outcome::Pass)
    }
}

/// Judges a profile (and answers) against a vacancy's rules for an internship of `period`.
pub fn evaluate(rules: &[Rule], period: Period, profile: &Profile, answers: &Answers) -> Evaluation {
    let results: Vec<RuleResult> = rules
        .iter()
        .map(|rule| {
            let (outcome, explanation) = judge(rule, period, profile, answers);
            RuleResult { rule: rule.clone(), outcome, explanation }
        })
        .collect();
    let verdict = if results.iter().any(|r| r.outcome == Outcome::Fail) {
        Verdict::NotEligible
    } else if results.iter().any(|r| r.outcome == Outcome::Unknown) {
        Verdict::Incomplete
    } else {
        Verdict::Eligible
    };
    Evaluation { verdict, results }
}

fn judge(rule: &Rule, period: Period, profile: &Profile, answers: &Answers) -> (Outcome, String) {
    use Outcome::{Fail, Pass, Unknown};
    match rule {
        Rule::EnrolledInCountry { country } => {
            let (Some(at), Some(enrollment)) = (&profile.institution_country, &profile.enrollment) else {
                return (
                    Unknown,
                    format!(
                        "Add your institution's country and your enrollment period to your profile: this \
                         internship requires enrollment at an institution in {} from {} to {}.",
                        country.name(),
                        period.start,
                        period.end
                    ),
                );
            };
            let institution = profile.institution.as_deref().unwrap_or("your institution");
            if at != country {
                (
                    Fail,
                    format!(
                        "{institution} is in {}; this internship requires enrollment at an institution in {}.",
                        at.name(),
                        country.name()
                    ),
                )
            } else if enrollment.start > period.start {
                (
                    Fail,
                    format!(
                        "Your enrollment starts on {}, after the internship starts on {}; you must be enrolled for the whole internship.",
                        enrollment.start, period.start
                    ),
                )
            } else if enrollment.end < period.end {
                (
                    Fail,
                    format!(
                        "Your enrollment ends on {}, before the internship ends on {}; you must be enrolled for the whole internship.",
                        enrollment.end, period.end
                    ),
                )
            } else {
                (
                    Pass,
                    format!(
                        "Enrolled at {institution} in {} from {} to {}, covering the whole internship ({} to {}).",
                        country.name(),
                        enrollment.start,
                        enrollment.end,
                        period.start,
                        period.end
                    ),
                )
            }
        }
        Rule::FieldOfStudy { any_of } => {
            let wanted = any_of.join(" or ");
            match &profile.field_of_study {
                None => (
                    Unknown,
                    format!("Add your field of study to your profile: this internship asks for {wanted}."),
                ),
                Some(field) => match any_of.iter().find(|w| field_matches(field, w)) {
                    Some(w) => (Pass, format!("You study {field}, which counts as {w}.")),
                    None => (Fail, format!("You study {field}; this internship asks for {wanted}.")),
                },
            }
        }
        Rule::GraduationBetween { earliest, latest } => {
            let window = match (earliest, latest) {
                (Some(e), Some(l)) => format!("between {e} and {l}"),
                (Some(e), None) => format!("on or after {e}"),
                (None, Some(l)) => format!("on or before {l}"),
                (None, None) => "at any time".to_owned(),
            };
            match profile.graduation {
                None => (
                    Unknown,
                    format!(
                        "Add your expected graduation date to your profile: this internship is for students graduating {window}."
                    ),
                ),
                Some(date) if earliest.is_some_and(|e| date < e) || latest.is_some_and(|l| date > l) => (
                    Fail,
                    format!(
                        "You expect to graduate on {date}; this internship is for students graduating {window}."
                    ),
                ),
                Some(date) => (Pass, format!("You expect to graduate on {date}, {window}.")),
            }
        }
        Rule::RequiredSkills { all_of } => {
            let missing: Vec<&str> = all_of
                .iter()
                .filter(|skill| !profile.skills.iter().any(|have| same_term(have, skill)))
                .map(String::as_str)
                .collect();
            if missing.is_empty() {
                (Pass, format!("You have every required skill: {}.", all_of.join(", ")))
            } else if profile.skills.is_empty() {
                (
                    Unknown,
                    format!(
                        "Add your skills to your profile: this internship requires {}.",
                        all_of.join(", ")
                    ),
                )
            } else {
                (Fail, format!("Missing required skills: {}.", missing.join(", ")))
            }
        }
        Rule::WorkAuthorisation { country } => {
            if profile.work_authorisation.contains(country) {
                (Pass, format!("You may work in {}.", country.name()))
            } else if profile.work_authorisation.is_empty() {
                (
                    Unknown,
                    format!(
                        "Tell us where you may work: this internship requires permission to work in {}.",
                        country.name()
                    ),
                )
            } else {
                (
                    Fail,
                    format!(
                        "This internship requires permission to work in {}, which your profile does not list.",
                        country.name()
                    ),
                )
            }
        }
        Rule::Knockout { id, question, required_answer } => match answers.get(id) {
            None => (Unknown, format!("Answer the question \"{question}\".")),
            Some(answer) if answer == required_answer => {
                (Pass, format!("\"{question}\": {}.", yes_no(*answer)))
            }
            Some(answer) => (
                Fail,
                format!(
                    "\"{question}\": you answered {}; this internship requires {}.",
                    yes_no(*answer),
                    yes_no(*required_answer)
                ),
            ),
        },
    }
}

fn yes_no(answer: bool) -> &'static str {
    if answer { "yes" } else { "no" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn internship() -> Period {
        Period::new(date("2027-02-01"), date("2027-07-31")).unwrap()
    }

    fn dutch_student(enrolled_until: &str) -> Profile {
        Profile {
            institution: Some("TU Delft".into()),
            institution_country: Some(CountryCode::parse("NL").unwrap()),
            field_of_study: Some("Computer Science".into()),
            enrollment: Period::new(date("2024-09-01"), date(enrolled_until)),
            graduation: Some(date("2027-08-31")),
            skills: vec!["Python".into(), "TypeScript".into()],
            languages: vec!["English".into()],
            work_authorisation: vec![CountryCode::parse("NL").unwrap()],
        }
    }

    fn dutch_enrollment() -> Vec<Rule> {
        vec![Rule::EnrolledInCountry { country: CountryCode::parse("NL").unwrap() }]
    }

    #[test]
    fn enrollment_ending_before_the_internship_ends_fails_and_says_so() {
        let evaluation =
            evaluate(&dutch_enrollment(), internship(), &dutch_student("2027-06-30"), &Answers::new());
        assert_eq!(evaluation.verdict, Verdict::NotEligible);
        assert_eq!(
            evaluation.results[0].explanation,
            "Your enrollment ends on 2027-06-30, before the internship ends on 2027-07-31; you must be enrolled for the whole internship."
        );
    }

    #[test]
    fn enrollment_covering_the_internship_to_the_day_passes() {
        let evaluation =
            evaluate(&dutch_enrollment(), internship(), &dutch_student("2027-07-31"), &Answers::new());
        assert_eq!(evaluation.verdict, Verdict::Eligible);
        assert!(evaluation.results[0].explanation.contains("the Netherlands"));
    }

    #[test]
    fn enrollment_starting_late_or_abroad_fails() {
        let mut late = dutch_student("2028-01-01");
        late.enrollment = Period::new(date("2027-02-02"), date("2028-01-01"));
        let evaluation = evaluate(&dutch_enrollment(), internship(), &late, &Answers::new());
        assert!(
            evaluation.results[0].explanation.contains("starts on 2027-02-02, after the internship starts")
        );
        let mut abroad = dutch_student("2028-01-01");
        abroad.institution = Some("KU Leuven".into());
        abroad.institution_country = Some(CountryCode::parse("BE").unwrap());
        let evaluation = evaluate(&dutch_enrollment(), internship(), &abroad, &Answers::new());
        assert_eq!(
            evaluation.results[0].explanation,
            "KU Leuven is in Belgium; this internship requires enrollment at an institution in the Netherlands."
        );
    }

    #[test]
    fn missing_facts_are_unknown_not_failures() {
        let evaluation = evaluate(&dutch_enrollment(), internship(), &Profile::default(), &Answers::new());
        assert_eq!(evaluation.verdict, Verdict::Incomplete);
        assert_eq!(evaluation.results[0].outcome, Outcome::Unknown);
        assert!(evaluation.results[0].explanation.starts_with("Add your institution's country"));
    }

    #[test]
    fn every_kind_of_rule() {
        let rules = vec![
            Rule::FieldOfStudy { any_of: vec!["Computer Science".into(), "Engineering".into()] },
            Rule::GraduationBetween { earliest: Some(date("2027-06-01")), latest: Some(date("2028-12-31")) },
            Rule::RequiredSkills { all_of: vec!["python".into(), "C#".into()] },
            Rule::WorkAuthorisation { country: CountryCode::parse("NL").unwrap() },
            Rule::Knockout {
                id: "relocate".into(),
                question: "Can you work in Amsterdam three days a week?".into(),
                required_answer: true,
            },
        ];
        let answers = Answers::from([("relocate".to_owned(), true)]);
        let evaluation = evaluate(&rules, internship(), &dutch_student("2028-01-01"), &answers);
        let outcomes: Vec<Outcome> = evaluation.results.iter().map(|r| r.outcome).collect();
        assert_eq!(outcomes, [Outcome::Pass, Outcome::Pass, Outcome::Fail, Outcome::Pass, Outcome::Pass]);
        assert_eq!(evaluation.results[2].explanation, "Missing required skills: C#.");
        assert_eq!(evaluation.verdict, Verdict::NotEligible);
        assert_eq!(evaluation.blocking().count(), 1);

        let no = Answers::from([("relocate".to_owned(), false)]);
        let evaluation = evaluate(&rules[4..], internship(), &dutch_student("2028-01-01"), &no);
        assert!(
            evaluation.results[0].explanation.ends_with("you answered no; this internship requires yes.")
        );
        let unanswered = evaluate(&rules[4..], internship(), &dutch_student("2028-01-01"), &Answers::new());
        assert_eq!(unanswered.verdict, Verdict::Incomplete);
    }

    #[test]
    fn rules_describe_themselves() {
        let rule = Rule::EnrolledInCountry { country: CountryCode::parse("NL").unwrap() };
        assert_eq!(
            rule.describe(),
            "Enrolled at an institution in the Netherlands for the whole internship."
        );
        let skills = Rule::RequiredSkills { all_of: vec!["Python".into(), "C#".into()] };
        assert_eq!(skills.describe(), "Skilled in Python, C#.");
    }

    #[test]
    fn no_rules_means_eligible() {
        assert_eq!(
            evaluate(&[], internship(), &Profile::default(), &Answers::new()).verdict,
            Verdict::Eligible
        );
    }

    #[test]
    fn rules_are_stored_as_tagged_json() {
        let rules = vec![
            Rule::EnrolledInCountry { country: CountryCode::parse("NL").unwrap() },
            Rule::GraduationBetween { earliest: None, latest: Some(date("2028-12-31")) },
        ];
        let json = serde_json::to_value(&rules).unwrap();
        assert_eq!(json[0], serde_json::json!({ "kind": "enrolled_in_country", "country": "NL" }));
        assert_eq!(serde_json::from_value::<Vec<Rule>>(json).unwrap(), rules);
        let bad = serde_json::json!([{ "kind": "enrolled_in_country", "country": "Netherlands" }]);
        assert!(serde_json::from_value::<Vec<Rule>>(bad).is_err());
    }
}

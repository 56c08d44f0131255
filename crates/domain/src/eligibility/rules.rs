use super::{Answers, CountryCode, Period, Profile, field_matches, same_term};
use crate::phrase::{Fact, Phrase};
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
    /// What the rule asks, as a sentence for the job board.
    pub fn requirement(&self) -> Phrase {
        match self {
            Rule::EnrolledInCountry { country } => Phrase::new("rule-enrolled").country("country", country),
            Rule::FieldOfStudy { any_of } => {
                Phrase::new("rule-field").with("fields", Fact::AnyOf(any_of.clone()))
            }
            Rule::GraduationBetween { earliest, latest } => {
                window(Phrase::new("rule-graduation"), *earliest, *latest)
            }
            Rule::RequiredSkills { all_of } => {
                Phrase::new("rule-skills").with("skills", Fact::AllOf(all_of.clone()))
            }
            Rule::WorkAuthorisation { country } => Phrase::new("rule-work").country("country", country),
            Rule::Knockout { question, required_answer, .. } => Phrase::new("rule-question")
                .text("question", question.clone())
                .with("answer", Fact::YesNo(*required_answer)),
        }
    }
}

/// A graduation window's facts: which form (`between`, `after`, `before`, `any`) and its dates.
fn window(phrase: Phrase, earliest: Option<NaiveDate>, latest: Option<NaiveDate>) -> Phrase {
    let phrase = match (earliest, latest) {
        (Some(_), Some(_)) => phrase.choice("window", "between"),
        (Some(_), None) => phrase.choice("window", "after"),
        (None, Some(_)) => phrase.choice("window", "before"),
        (None, None) => phrase.choice("window", "any"),
    };
    let phrase = match earliest {
        Some(e) => phrase.date("earliest", e),
        None => phrase,
    };
    match latest {
        Some(l) => phrase.date("latest", l),
        None => phrase,
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

/// One rule's answer, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    /// The rule.
    pub rule: Rule,
    /// Its answer.
    pub outcome: Outcome,
    /// Why, as a sentence the candidate can act on (the server words it).
    #[serde(default)]
    pub reason: Phrase,
    /// What an evaluation stored before reasons were phrases said, in English.
    #[serde(default, rename = "explanation", skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
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
            let (outcome, reason) = judge(rule, period, profile, answers);
            RuleResult { rule: rule.clone(), outcome, reason, said: None }
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

fn judge(rule: &Rule, period: Period, profile: &Profile, answers: &Answers) -> (Outcome, Phrase) {
    use Outcome::{Fail, Pass, Unknown};
    let internship = |phrase: Phrase| phrase.date("starts", period.start).date("ends", period.end);
    match rule {
        Rule::EnrolledInCountry { country } => {
            let (Some(at), Some(enrollment)) = (&profile.institution_country, &profile.enrollment) else {
                return (
                    Unknown,
                    internship(Phrase::new("eligibility-enrolled-unknown").country("country", country)),
                );
            };
            let institution = |phrase: Phrase| match &profile.institution {
                Some(name) => phrase.text("institution", name.clone()).choice("named", "yes"),
                None => phrase.text("institution", "").choice("named", "no"),
            };
            if at != country {
                let phrase = Phrase::new("eligibility-enrolled-elsewhere")
                    .country("at", at)
                    .country("country", country);
                (Fail, institution(phrase))
            } else if enrollment.start > period.start {
                (
                    Fail,
                    internship(
                        Phrase::new("eligibility-enrolled-starts-late").date("enrolled", enrollment.start),
                    ),
                )
            } else if enrollment.end < period.end {
                (
                    Fail,
                    internship(
                        Phrase::new("eligibility-enrolled-ends-early").date("enrolled", enrollment.end),
                    ),
                )
            } else {
                let phrase = Phrase::new("eligibility-enrolled-pass")
                    .country("country", country)
                    .date("from", enrollment.start)
                    .date("until", enrollment.end);
                (Pass, institution(internship(phrase)))
            }
        }
        Rule::FieldOfStudy { any_of } => {
            let wanted = Fact::AnyOf(any_of.clone());
            match &profile.field_of_study {
                None => (Unknown, Phrase::new("eligibility-field-unknown").with("wanted", wanted)),
                Some(field) => match any_of.iter().find(|w| field_matches(field, w)) {
                    Some(w) => (
                        Pass,
                        Phrase::new("eligibility-field-pass")
                            .text("field", field.clone())
                            .text("counts_as", w.clone()),
                    ),
                    None => (
                        Fail,
                        Phrase::new("eligibility-field-fail")
                            .text("field", field.clone())
                            .with("wanted", wanted),
                    ),
                },
            }
        }
        Rule::GraduationBetween { earliest, latest } => match profile.graduation {
            None => (Unknown, window(Phrase::new("eligibility-graduation-unknown"), *earliest, *latest)),
            Some(date) if earliest.is_some_and(|e| date < e) || latest.is_some_and(|l| date > l) => (
                Fail,
                window(Phrase::new("eligibility-graduation-fail").date("date", date), *earliest, *latest),
            ),
            Some(date) => (
                Pass,
                window(Phrase::new("eligibility-graduation-pass").date("date", date), *earliest, *latest),
            ),
        },
        Rule::RequiredSkills { all_of } => {
            let missing: Vec<String> = all_of
                .iter()
                .filter(|skill| !profile.skills.iter().any(|have| same_term(have, skill)))
                .cloned()
                .collect();
            if missing.is_empty() {
                (Pass, Phrase::new("eligibility-skills-pass").with("skills", Fact::AllOf(all_of.clone())))
            } else if profile.skills.is_empty() {
                (
                    Unknown,
                    Phrase::new("eligibility-skills-unknown").with("skills", Fact::AllOf(all_of.clone())),
                )
            } else {
                (Fail, Phrase::new("eligibility-skills-missing").with("missing", Fact::AllOf(missing)))
            }
        }
        Rule::WorkAuthorisation { country } => {
            let outcome = if profile.work_authorisation.contains(country) {
                (Pass, "eligibility-work-pass")
            } else if profile.work_authorisation.is_empty() {
                (Unknown, "eligibility-work-unknown")
            } else {
                (Fail, "eligibility-work-fail")
            };
            (outcome.0, Phrase::new(outcome.1).country("country", country))
        }
        Rule::Knockout { id, question, required_answer } => {
            let asked = |key: &str| Phrase::new(key).text("question", question.clone());
            match answers.get(id) {
                None => (Unknown, asked("eligibility-question-unknown")),
                Some(answer) if answer == required_answer => {
                    (Pass, asked("eligibility-question-pass").with("answer", Fact::YesNo(*answer)))
                }
                Some(answer) => (
                    Fail,
                    asked("eligibility-question-fail")
                        .with("answer", Fact::YesNo(*answer))
                        .with("required", Fact::YesNo(*required_answer)),
                ),
            }
        }
    }
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
        let reason = &evaluation.results[0].reason;
        assert_eq!(reason.key, "eligibility-enrolled-ends-early");
        assert_eq!(reason.facts["enrolled"], Fact::Date(date("2027-06-30")));
        assert_eq!(reason.facts["ends"], Fact::Date(date("2027-07-31")));
    }

    #[test]
    fn enrollment_covering_the_internship_to_the_day_passes() {
        let evaluation =
            evaluate(&dutch_enrollment(), internship(), &dutch_student("2027-07-31"), &Answers::new());
        assert_eq!(evaluation.verdict, Verdict::Eligible);
        let reason = &evaluation.results[0].reason;
        assert_eq!(reason.key, "eligibility-enrolled-pass");
        assert_eq!(reason.facts["country"], Fact::Country(CountryCode::parse("NL").unwrap()));
        assert_eq!(reason.facts["institution"], Fact::Text("TU Delft".into()));
    }

    #[test]
    fn enrollment_starting_late_or_abroad_fails() {
        let mut late = dutch_student("2028-01-01");
        late.enrollment = Period::new(date("2027-02-02"), date("2028-01-01"));
        let evaluation = evaluate(&dutch_enrollment(), internship(), &late, &Answers::new());
        let reason = &evaluation.results[0].reason;
        assert_eq!(reason.key, "eligibility-enrolled-starts-late");
        assert_eq!(reason.facts["enrolled"], Fact::Date(date("2027-02-02")));
        let mut abroad = dutch_student("2028-01-01");
        abroad.institution = Some("KU Leuven".into());
        abroad.institution_country = Some(CountryCode::parse("BE").unwrap());
        let evaluation = evaluate(&dutch_enrollment(), internship(), &abroad, &Answers::new());
        let reason = &evaluation.results[0].reason;
        assert_eq!(reason.key, "eligibility-enrolled-elsewhere");
        assert_eq!(reason.facts["at"], Fact::Country(CountryCode::parse("BE").unwrap()));
        assert_eq!(reason.facts["institution"], Fact::Text("KU Leuven".into()));
    }

    #[test]
    fn missing_facts_are_unknown_not_failures() {
        let evaluation = evaluate(&dutch_enrollment(), internship(), &Profile::default(), &Answers::new());
        assert_eq!(evaluation.verdict, Verdict::Incomplete);
        assert_eq!(evaluation.results[0].outcome, Outcome::Unknown);
        assert_eq!(evaluation.results[0].reason.key, "eligibility-enrolled-unknown");
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
        let reason = &evaluation.results[2].reason;
        assert_eq!(reason.key, "eligibility-skills-missing");
        assert_eq!(reason.facts["missing"], Fact::AllOf(vec!["C#".into()]));
        assert_eq!(evaluation.verdict, Verdict::NotEligible);
        assert_eq!(evaluation.blocking().count(), 1);

        let no = Answers::from([("relocate".to_owned(), false)]);
        let evaluation = evaluate(&rules[4..], internship(), &dutch_student("2028-01-01"), &no);
        let reason = &evaluation.results[0].reason;
        assert_eq!(reason.key, "eligibility-question-fail");
        assert_eq!(
            (&reason.facts["answer"], &reason.facts["required"]),
            (&Fact::YesNo(false), &Fact::YesNo(true))
        );
        let unanswered = evaluate(&rules[4..], internship(), &dutch_student("2028-01-01"), &Answers::new());
        assert_eq!(unanswered.verdict, Verdict::Incomplete);
    }

    #[test]
    fn rules_describe_themselves() {
        let rule = Rule::EnrolledInCountry { country: CountryCode::parse("NL").unwrap() };
        assert_eq!(
            rule.requirement(),
            Phrase::new("rule-enrolled").country("country", &CountryCode::parse("NL").unwrap())
        );
        let window = Rule::GraduationBetween { earliest: None, latest: Some(date("2028-12-31")) };
        let phrase = window.requirement();
        assert_eq!(
            (phrase.facts["window"].clone(), phrase.facts.get("earliest")),
            (Fact::Choice("before".into()), None)
        );
    }

    /// Evaluations stored before reasons were phrases still read, with what they said.
    #[test]
    fn evaluations_stored_with_english_explanations_still_read() {
        let stored = serde_json::json!({
            "rule": { "kind": "required_skills", "all_of": ["C#"] },
            "outcome": "fail",
            "explanation": "Missing required skills: C#."
        });
        let result: RuleResult = serde_json::from_value(stored).unwrap();
        assert_eq!(
            (result.reason.key.as_str(), result.said.as_deref()),
            ("", Some("Missing required skills: C#."))
        );
        let again = serde_json::to_value(&result).unwrap();
        assert_eq!(again["explanation"], "Missing required skills: C#.", "kept when stored again");
        let fresh =
            serde_json::to_value(evaluate(&[], internship(), &Profile::default(), &Answers::new())).unwrap();
        assert!(fresh.to_string().find("explanation").is_none());
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

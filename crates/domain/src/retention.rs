//! How long an organisation keeps what it holds about a person, and when that ends.
//!
//! The Dutch Data Protection Authority's guidance: an applicant's data goes at the latest four
//! weeks after the procedure ends, or up to a year later with the applicant's consent. Interns'
//! records are kept for a period the organisation chooses after the internship is completed.
//! The clock runs per person and organisation: everything one organisation holds about one person
//! goes at once, when the last of its reasons to keep it has run out, and an application to that
//! organisation (and only that one) starts it again.

use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The longest an organisation may keep a finished procedure's data without consent: four weeks.
pub const MAX_AFTER_PROCEDURE_DAYS: u32 = 28;
/// The longest it may keep it with consent: a year.
pub const MAX_WITH_CONSENT_DAYS: u32 = 365;
/// The longest it may keep an intern's records after completion: seven years (the longest
/// Dutch record-keeping duty, for tax).
pub const MAX_AFTER_INTERNSHIP_DAYS: u32 = 7 * 365;

/// An organisation's retention policy, in days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// After a procedure ends in rejection or withdrawal, without consent (default 28).
    pub after_procedure_days: u32,
    /// After a procedure ends, with consent to keep the data for future vacancies (default 365).
    pub with_consent_days: u32,
    /// After an internship is completed (default 730: two years).
    pub after_internship_days: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            after_procedure_days: MAX_AFTER_PROCEDURE_DAYS,
            with_consent_days: MAX_WITH_CONSENT_DAYS,
            after_internship_days: 2 * 365,
        }
    }
}

impl Policy {
    /// A policy within the law's bounds, or what is wrong with it, field by field.
    pub fn new(
        after_procedure_days: u32,
        with_consent_days: u32,
        after_internship_days: u32,
    ) -> Result<Policy, Vec<FieldError>> {
        let mut v = Validator::new();
        if !(1..=MAX_AFTER_PROCEDURE_DAYS).contains(&after_procedure_days) {
            v.fail(
                "after_procedure_days",
                problem::of("after-procedure").number("max", MAX_AFTER_PROCEDURE_DAYS),
            );
        }
        if !(1..=MAX_WITH_CONSENT_DAYS).contains(&with_consent_days) {
            v.fail("with_consent_days", problem::of("with-consent").number("max", MAX_WITH_CONSENT_DAYS));
        }
        if with_consent_days < after_procedure_days {
            v.fail("with_consent_days", problem::of("consent-shorter"));
        }
        if !(1..=MAX_AFTER_INTERNSHIP_DAYS).contains(&after_internship_days) {
            v.fail("after_internship_days", problem::between(1, i64::from(MAX_AFTER_INTERNSHIP_DAYS)));
        }
        v.finish()?;
        Ok(Policy { after_procedure_days, with_consent_days, after_internship_days })
    }
}

/// Where one application stands, for retention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Procedure {
    /// Still running.
    Open,
    /// Rejected or withdrawn, at this time.
    Ended(DateTime<Utc>),
    /// Hired: the internship's record decides.
    Hired,
}

/// The person's consent to keep their data for future vacancies, at this organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consent {
    /// Never given.
    None,
    /// Given and in force.
    Given,
    /// Given, then withdrawn at this time.
    Withdrawn(DateTime<Utc>),
}

/// Everything one organisation holds about one person that bears on retention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Each application to the organisation.
    pub procedures: Vec<Procedure>,
    /// The latest future-vacancies consent.
    pub consent: Consent,
    /// Each internship: when it was completed (`None`: still running).
    pub internships: Vec<Option<DateTime<Utc>>>,
}

/// Which rule set the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Weeks after a procedure ended.
    AfterProcedure,
    /// A year after a procedure ended, with consent.
    WithConsent,
    /// Weeks after consent was withdrawn (the clock starts at once).
    ConsentWithdrawn,
    /// A period after the internship was completed.
    AfterInternship,
}

/// Until when the data may be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// While a procedure or internship runs: no date yet.
    WhileOpen,
    /// Until this time, by this rule.
    Until(DateTime<Utc>, Rule),
}

impl Keep {
    /// Whether it is due at `now`.
    pub fn due(self, now: DateTime<Utc>) -> bool {
        matches!(self, Keep::Until(at, _) if at <= now)
    }
}

fn days(n: u32) -> Duration {
    Duration::days(i64::from(n))
}

/// Until when an organisation may keep what it holds about a person.
pub fn keep(policy: &Policy, standing: &Standing) -> Keep {
    let open =
        standing.procedures.contains(&Procedure::Open) || standing.internships.iter().any(Option::is_none);
    if open {
        return Keep::WhileOpen;
    }
    let mut latest: Option<(DateTime<Utc>, Rule)> = None;
    let mut consider = |at: DateTime<Utc>, rule: Rule| {
        if latest.is_none_or(|(l, _)| at > l) {
            latest = Some((at, rule));
        }
    };
    if let Some(ended) = standing
        .procedures
        .iter()
        .filter_map(|p| match p {
            Procedure::Ended(at) => Some(*at),
            _ => None,
        })
        .max()
    {
        match standing.consent {
            Consent::None => consider(ended + days(policy.after_procedure_days), Rule::AfterProcedure),
            Consent::Given => consider(ended + days(policy.with_consent_days), Rule::WithConsent),
            Consent::Withdrawn(at) => {
                consider(ended.max(at) + days(policy.after_procedure_days), Rule::ConsentWithdrawn);
            }
        }
    }
    for completed in standing.internships.iter().flatten() {
        consider(*completed + days(policy.after_internship_days), Rule::AfterInternship);
    }
    match latest {
        Some((at, rule)) => Keep::Until(at, rule),
        // Hired without an internship record: nothing ends it but the account.
        None => Keep::WhileOpen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap() + Duration::days(i64::from(day))
    }

    fn standing(procedures: Vec<Procedure>, consent: Consent) -> Standing {
        Standing { procedures, consent, internships: vec![] }
    }

    #[test]
    fn a_rejected_applicant_goes_four_weeks_after_the_rejection() {
        let keep = keep(&Policy::default(), &standing(vec![Procedure::Ended(t(0))], Consent::None));
        assert_eq!(keep, Keep::Until(t(28), Rule::AfterProcedure));
        assert!(!keep.due(t(27)));
        assert!(keep.due(t(28)));
    }

    #[test]
    fn consent_keeps_for_a_year_and_withdrawing_it_starts_four_weeks_at_once() {
        let policy = Policy::default();
        let given = keep(&policy, &standing(vec![Procedure::Ended(t(0))], Consent::Given));
        assert_eq!(given, Keep::Until(t(365), Rule::WithConsent));
        let withdrawn = keep(&policy, &standing(vec![Procedure::Ended(t(0))], Consent::Withdrawn(t(100))));
        assert_eq!(withdrawn, Keep::Until(t(128), Rule::ConsentWithdrawn));
        // Withdrawn before the procedure ended: four weeks from the end.
        let early = keep(&policy, &standing(vec![Procedure::Ended(t(10))], Consent::Withdrawn(t(3))));
        assert_eq!(early, Keep::Until(t(38), Rule::ConsentWithdrawn));
    }

    #[test]
    fn an_open_application_keeps_everything_and_the_latest_end_counts() {
        let policy = Policy::default();
        let open = standing(vec![Procedure::Ended(t(0)), Procedure::Open], Consent::None);
        assert_eq!(keep(&policy, &open), Keep::WhileOpen);
        let again = standing(vec![Procedure::Ended(t(0)), Procedure::Ended(t(50))], Consent::None);
        assert_eq!(keep(&policy, &again), Keep::Until(t(78), Rule::AfterProcedure));
    }

    #[test]
    fn interns_are_kept_for_the_policy_period_after_completion() {
        let policy = Policy::new(28, 365, 100).unwrap();
        let running =
            Standing { procedures: vec![Procedure::Hired], consent: Consent::None, internships: vec![None] };
        assert_eq!(keep(&policy, &running), Keep::WhileOpen);
        let done = Standing {
            procedures: vec![Procedure::Hired, Procedure::Ended(t(0))],
            consent: Consent::None,
            internships: vec![Some(t(200))],
        };
        assert_eq!(keep(&policy, &done), Keep::Until(t(300), Rule::AfterInternship));
    }

    #[test]
    fn policies_stay_within_the_law() {
        assert!(Policy::new(28, 365, 730).is_ok());
        let wrong = Policy::new(29, 400, 0).unwrap_err();
        let fields: Vec<_> = wrong.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["after_procedure_days", "with_consent_days", "after_internship_days"]);
        let shorter = Policy::new(28, 14, 30).unwrap_err();
        assert_eq!(shorter[0].field, "with_consent_days");
    }
}

//! Delivering side effects: which e-mails an event sends, and when a failed delivery is tried
//! again.

use chrono::Duration;
use serde::{Deserialize, Serialize};

/// After this many attempts a job is given up ("dead"): about a day of retries.
pub const MAX_ATTEMPTS: u32 = 12;

/// How long to wait after the `attempt`-th failure (1-based): 30 s doubling up to 6 h, then
/// moved by up to ±20 % of jitter (`jitter` in 0..=1000 stands for -20 %..+20 %), so that many
/// failed jobs do not come back at the same instant. The twelve waits add up to about 20 hours.
pub fn backoff(attempt: u32, jitter: u32) -> Duration {
    let base = 30i64.saturating_mul(1i64 << attempt.saturating_sub(1).min(20)).min(6 * 3600);
    let permille = 800 + i64::from(jitter.min(1000)) * 400 / 1000;
    Duration::milliseconds(base * permille)
}

/// An e-mail a pipeline event sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// To the candidate: we have your application.
    ApplicationReceived,
    /// To the candidate: your application moved on, and what comes next.
    StageChanged,
    /// To the candidate: a respectful no.
    Rejection,
    /// To the candidate: welcome, onboarding starts.
    OnboardingStart,
    /// To the candidate: interview slots to choose from.
    InterviewOffered,
    /// To the candidate and the panel: the invitation, with the `.ics`.
    InterviewInvitation,
    /// To the candidate and the panel: called off, with the cancelling `.ics`.
    InterviewCancelled,
    /// To the candidate: the case study and its deadline.
    CaseStudyAssigned,
    /// To the candidate: an offer to answer.
    OfferSent,
}

/// Who receives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The candidate.
    Candidate,
    /// The interview's panel.
    Panel,
}

impl Notice {
    /// The stable name (template key).
    pub fn as_str(self) -> &'static str {
        match self {
            Notice::ApplicationReceived => "application_received",
            Notice::StageChanged => "stage_changed",
            Notice::Rejection => "rejection",
            Notice::OnboardingStart => "onboarding_start",
            Notice::InterviewOffered => "interview_offered",
            Notice::InterviewInvitation => "interview_invitation",
            Notice::InterviewCancelled => "interview_cancelled",
            Notice::CaseStudyAssigned => "case_study_assigned",
            Notice::OfferSent => "offer_sent",
        }
    }
}

/// The e-mails an event sends: by its topic, and for a move by the status it moved to.
pub fn notices(topic: &str, to_status: Option<&str>) -> Vec<(Notice, Audience)> {
    use Audience::{Candidate, Panel};
    match (topic, to_status) {
        ("application.created", _) => vec![(Notice::ApplicationReceived, Candidate)],
        ("application.moved", Some("active")) => vec![(Notice::StageChanged, Candidate)],
        ("application.moved", Some("rejected")) => vec![(Notice::Rejection, Candidate)],
        ("application.moved", Some("hired")) => vec![(Notice::OnboardingStart, Candidate)],
        ("interview.offered", _) => vec![(Notice::InterviewOffered, Candidate)],
        ("interview.scheduled" | "interview.rescheduled", _) => {
            vec![(Notice::InterviewInvitation, Candidate), (Notice::InterviewInvitation, Panel)]
        }
        ("interview.cancelled", _) => {
            vec![(Notice::InterviewCancelled, Candidate), (Notice::InterviewCancelled, Panel)]
        }
        ("case_study.assigned", _) => vec![(Notice::CaseStudyAssigned, Candidate)],
        ("offer.sent", _) => vec![(Notice::OfferSent, Candidate)],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_about_a_day() {
        assert_eq!(backoff(1, 500), Duration::seconds(30));
        assert_eq!(backoff(2, 500), Duration::seconds(60));
        assert_eq!(backoff(30, 500), Duration::hours(6));
        assert_eq!(backoff(1, 0), Duration::seconds(24));
        assert_eq!(backoff(1, 1000), Duration::seconds(36));
        let total: Duration = (1..=MAX_ATTEMPTS).map(|a| backoff(a, 500)).sum();
        assert!(total > Duration::hours(18) && total < Duration::hours(30), "{total}");
    }

    #[test]
    fn a_withdrawal_sends_nothing_and_an_invitation_reaches_everyone() {
        assert!(notices("application.moved", Some("withdrawn")).is_empty());
        assert_eq!(
            notices("application.moved", Some("rejected")),
            vec![(Notice::Rejection, Audience::Candidate)]
        );
        assert_eq!(notices("interview.rescheduled", None).len(), 2);
        assert!(notices("scorecard.submitted", None).is_empty());
    }
}

//! Delivering side effects: which e-mails an event sends, and when a failed delivery is tried
//! again.

use chrono::Duration;
use serde::{Deserialize, Serialize};

/// After this many attempts a job is given up ("dead"): about a day of retries.
pub const MAX_ATTEMPTS: u32 = 12;

/// The first retry's wait by default.
pub const FIRST_RETRY: Duration = Duration::seconds(30);

/// How long to wait after the `attempt`-th failure (1-based): `first` doubling up to 6 h (with
/// the default 30 s), then moved by up to ±20 % of jitter (`jitter` in 0..=1000 stands for
/// -20 %..+20 %), so that many failed jobs do not come back at the same instant. With the
/// default the twelve waits add up to about 20 hours.
pub fn backoff(first: Duration, attempt: u32, jitter: u32) -> Duration {
    let first_ms = first.num_milliseconds().max(1);
    let base = first_ms.saturating_mul(1i64 << attempt.saturating_sub(1).min(20)).min(first_ms * 720);
    let permille = 800 + i64::from(jitter.min(1000)) * 400 / 1000;
    Duration::milliseconds(base.saturating_mul(permille) / 1000)
}

/// Whether a webhook may be sent to this address: not loopback, private, link-local, shared,
/// documentation, multicast or unspecified (the operator can allow private ranges).
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
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
    /// To the intern and the mentor: you are matched, meet each other.
    MentorIntroduction,
    /// To the intern: a seat in a full session became free, and it is theirs.
    SeatPromoted,
}

/// Who receives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The candidate.
    Candidate,
    /// The interview's panel.
    Panel,
    /// The intern's mentor.
    Mentor,
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
            Notice::MentorIntroduction => "mentor_introduction",
            Notice::SeatPromoted => "seat_promoted",
        }
    }
}

/// The e-mails an event sends: by its topic, and for a move by the status it moved to.
pub fn notices(topic: &str, to_status: Option<&str>) -> Vec<(Notice, Audience)> {
    use Audience::{Candidate, Mentor, Panel};
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
        ("mentor.matched", _) => {
            vec![(Notice::MentorIntroduction, Candidate), (Notice::MentorIntroduction, Mentor)]
        }
        ("enrollment.promoted", _) => vec![(Notice::SeatPromoted, Candidate)],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_about_a_day() {
        assert_eq!(backoff(FIRST_RETRY, 1, 500), Duration::seconds(30));
        assert_eq!(backoff(FIRST_RETRY, 2, 500), Duration::seconds(60));
        assert_eq!(backoff(FIRST_RETRY, 30, 500), Duration::hours(6));
        assert_eq!(backoff(FIRST_RETRY, 1, 0), Duration::seconds(24));
        assert_eq!(backoff(FIRST_RETRY, 1, 1000), Duration::seconds(36));
        let total: Duration = (1..=MAX_ATTEMPTS).map(|a| backoff(FIRST_RETRY, a, 500)).sum();
        assert!(total > Duration::hours(18) && total < Duration::hours(30), "{total}");
    }

    #[test]
    fn webhooks_stay_off_internal_networks() {
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(
                !is_public(internal.parse().unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]))),
                "{internal}"
            );
        }
        for public in ["93.184.216.34", "2606:2800:220:1::1"] {
            assert!(is_public(public.parse().unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]))), "{public}");
        }
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
        assert_eq!(notices("mentor.matched", None).len(), 2, "the intern and the mentor are introduced");
    }
}

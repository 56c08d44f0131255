//! Delivering side effects: which e-mails an event sends, and when a failed delivery is tried
//! again.

use chrono::{DateTime, Duration, Utc};
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

/// IPv4 ranges a webhook may not reach: every block of IANA's IPv4 Special-Purpose Address
/// Registry that is not globally reachable, plus the deprecated 6to4 relay anycast, multicast
/// and the reserved 240.0.0.0/4.
const SPECIAL_V4: [([u8; 4], u8); 18] = [
    ([0, 0, 0, 0], 8),          // "this network"
    ([10, 0, 0, 0], 8),         // private
    ([100, 64, 0, 0], 10),      // shared address space (carrier-grade NAT)
    ([127, 0, 0, 0], 8),        // loopback
    ([169, 254, 0, 0], 16),     // link-local (cloud metadata lives here)
    ([172, 16, 0, 0], 12),      // private
    ([192, 0, 0, 0], 24),       // IETF protocol assignments
    ([192, 0, 2, 0], 24),       // documentation (TEST-NET-1)
    ([192, 88, 99, 0], 24),     // 6to4 relay anycast (deprecated)
    ([192, 168, 0, 0], 16),     // private
    ([198, 18, 0, 0], 15),      // benchmarking
    ([198, 51, 100, 0], 24),    // documentation (TEST-NET-2)
    ([203, 0, 113, 0], 24),     // documentation (TEST-NET-3)
    ([224, 0, 0, 0], 4),        // multicast
    ([240, 0, 0, 0], 4),        // reserved for future use
    ([255, 255, 255, 255], 32), // limited broadcast
    ([192, 31, 196, 0], 24),    // AS112 (reachable, but no endpoint of anyone's)
    ([192, 175, 48, 0], 24),    // AS112 direct delegation (likewise)
];

/// IPv6 ranges a webhook may not reach: everything outside global unicast (`2000::/3`, which
/// leaves out loopback, unspecified, IPv4-compatible `::/96`, NAT64 `64:ff9b::/96` and
/// `64:ff9b:1::/48`, discard `100::/64`, unique-local, link-local, site-local and multicast), and
/// within it the special-purpose blocks of IANA's IPv6 registry.
const SPECIAL_V6: [([u16; 8], u8); 5] = [
    ([0x2001, 0, 0, 0, 0, 0, 0, 0], 23), // IETF protocol assignments (Teredo, ORCHID, benchmarking)
    ([0x2001, 0x0db8, 0, 0, 0, 0, 0, 0], 32), // documentation
    ([0x2002, 0, 0, 0, 0, 0, 0, 0], 16), // 6to4: reaches any IPv4 address, internal ones too
    ([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20), // documentation (2024)
    ([0x5f00, 0, 0, 0, 0, 0, 0, 0], 16), // segment routing identifiers
];

/// Whether `address` lies in the block `base/len`.
fn within(address: u128, base: u128, len: u8, bits: u8) -> bool {
    let shift = u32::from(bits - len);
    len == 0 || (address >> shift) == (base >> shift)
}

/// Whether a webhook may be sent to this address: only globally reachable unicast, never an
/// address of IANA's special-purpose registries (the operator can allow private ranges). An
/// IPv4-mapped IPv6 address is judged as the IPv4 address it is.
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    match ip {
        IpAddr::V4(v4) => {
            let address = u128::from(v4.to_bits());
            !SPECIAL_V4
                .iter()
                .any(|(base, len)| within(address, u128::from(Ipv4Addr::from(*base).to_bits()), *len, 32))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let address = v6.to_bits();
            within(address, 0x2000_u128 << 112, 3, 128)
                && !SPECIAL_V6
                    .iter()
                    .any(|(base, len)| within(address, Ipv6Addr::from(*base).to_bits(), *len, 128))
        }
    }
}

/// When a receiver's `Retry-After` asks to be tried again: a number of seconds or an HTTP-date
/// (RFC 9110 §10.2.3), at most a day from `now`; `None` for anything else or a time passed.
pub fn retry_after(value: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let value = value.trim();
    let at = match value.parse::<u64>() {
        Ok(seconds) => now + Duration::seconds(i64::try_from(seconds.min(86_400)).ok()?),
        Err(_) => DateTime::<Utc>::from(httpdate::parse_http_date(value).ok()?),
    };
    (at > now).then(|| at.min(now + Duration::days(1)))
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
            "::127.0.0.1",
            "64:ff9b::a00:1",
            "64:ff9b:1::1",
            "2002:7f00:1::1",
            "2001:db8::1",
            "2001::1",
            "3fff::1",
            "100::1",
            "fec0::1",
            "ff02::1",
            "198.18.0.1",
            "198.19.255.255",
            "240.0.0.1",
            "255.255.255.255",
            "192.0.0.8",
            "192.88.99.1",
            "203.0.113.9",
            "224.0.0.1",
        ] {
            assert!(
                !is_public(internal.parse().unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]))),
                "{internal}"
            );
        }
        for public in
            ["93.184.216.34", "2606:2800:220:1::1", "198.20.0.1", "100.128.0.1", "::ffff:93.184.216.34"]
        {
            assert!(is_public(public.parse().unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]))), "{public}");
        }
    }

    #[test]
    fn retry_after_is_seconds_or_an_http_date() {
        let now = DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(retry_after(" 120 ", now), Some(now + Duration::seconds(120)));
        assert_eq!(retry_after("Fri, 04 Dec 2026 10:05:00 GMT", now), Some(now + Duration::minutes(5)));
        assert_eq!(retry_after("Friday, 04-Dec-26 10:05:00 GMT", now), Some(now + Duration::minutes(5)));
        assert_eq!(retry_after("Fri Dec  4 10:05:00 2026", now), Some(now + Duration::minutes(5)));
        assert_eq!(retry_after("99999999", now), Some(now + Duration::days(1)));
        assert_eq!(retry_after("Sat, 04 Dec 2027 10:05:00 GMT", now), Some(now + Duration::days(1)));
        assert_eq!(retry_after("Thu, 03 Dec 2026 10:05:00 GMT", now), None);
        assert_eq!(retry_after("soon", now), None);
        assert_eq!(retry_after("-5", now), None);
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

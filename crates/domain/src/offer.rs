//! Decisions and offers: an offer's terms, and its life from draft to accepted, declined,
//! expired or withdrawn.

use crate::vacancy::Stipend;
use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What the decision stage decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Make an offer.
    Offer,
    /// Do not.
    Reject,
}

impl Outcome {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Offer => "offer",
            Outcome::Reject => "reject",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Offer, Self::Reject].into_iter().find(|o| o.as_str() == raw)
    }
}

/// The terms of an offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// Hours a week.
    pub hours_per_week: u32,
    /// The stipend, if any.
    pub stipend: Option<Stipend>,
    /// Where.
    pub location: String,
    /// The team the intern joins.
    pub team: String,
}

impl Terms {
    /// Every problem with the terms and the expiry.
    pub fn problems(&self, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> Vec<FieldError> {
        let mut v = Validator::new();
        if self.ends_on <= self.starts_on {
            v.fail("ends_on", problem::end_after_start());
        }
        if !(1..=40).contains(&self.hours_per_week) {
            v.fail("hours_per_week", problem::between(1, 40));
        }
        if let Some(stipend) = &self.stipend {
            if stipend.monthly_cents <= 0 {
                v.fail("stipend.monthly_cents", problem::of("positive"));
            }
            if stipend.currency.len() != 3 || !stipend.currency.chars().all(|c| c.is_ascii_uppercase()) {
                v.fail("stipend.currency", problem::of("currency"));
            }
        }
        v.check("location", crate::text::Label::parse(&self.location));
        v.check("team", crate::text::Label::parse(&self.team));
        if expires_at <= now {
            v.fail("expires_at", problem::in_future());
        }
        v.finish().err().unwrap_or_default()
    }
}

/// Where an offer stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    /// Being written; the candidate does not see it.
    Draft,
    /// With the candidate.
    Sent,
    /// The candidate accepted.
    Accepted,
    /// The candidate declined.
    Declined,
    /// Nobody answered in time.
    Expired,
    /// The organisation took it back.
    Withdrawn,
}

impl OfferStatus {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Draft => "draft",
            OfferStatus::Sent => "sent",
            OfferStatus::Accepted => "accepted",
            OfferStatus::Declined => "declined",
            OfferStatus::Expired => "expired",
            OfferStatus::Withdrawn => "withdrawn",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Draft, Self::Sent, Self::Accepted, Self::Declined, Self::Expired, Self::Withdrawn]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }

    /// Whether it still binds a position or may still become one: drafts and sent offers.
    pub fn is_open(self) -> bool {
        matches!(self, OfferStatus::Draft | OfferStatus::Sent)
    }
}

/// Something done to an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferMove {
    /// The recruiter sends the draft.
    Send,
    /// The candidate accepts.
    Accept,
    /// The candidate declines.
    Decline,
    /// The recruiter takes it back.
    Withdraw,
    /// Its time ran out.
    Expire,
}

/// Why a move is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OfferError {
    /// Past its expiry.
    #[error("the offer expired at {0}")]
    Expired(DateTime<Utc>),
    /// Not possible from here.
    #[error("an offer that is {0} cannot be {1}")]
    Refused(&'static str, &'static str),
}

/// The status after `action`, or why not. `expires_at` is checked against `now` so that an offer
/// past its expiry can no longer be accepted even before the expiry job has marked it.
pub fn move_offer(
    status: OfferStatus,
    action: OfferMove,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<OfferStatus, OfferError> {
    use OfferMove as M;
    use OfferStatus as S;
    let verb = match action {
        M::Send => "sent",
        M::Accept => "accepted",
        M::Decline => "declined",
        M::Withdraw => "withdrawn",
        M::Expire => "expired",
    };
    match (status, action) {
        (S::Draft, M::Send) if expires_at <= now => Err(OfferError::Expired(expires_at)),
        (S::Draft, M::Send) => Ok(S::Sent),
        (S::Sent, M::Accept | M::Decline) if expires_at <= now => Err(OfferError::Expired(expires_at)),
        (S::Sent, M::Accept) => Ok(S::Accepted),
        (S::Sent, M::Decline) => Ok(S::Declined),
        (S::Sent, M::Expire) if expires_at <= now => Ok(S::Expired),
        (S::Draft | S::Sent, M::Withdraw) => Ok(S::Withdrawn),
        _ => Err(OfferError::Refused(status.as_str(), verb)),
    }
}

impl crate::phrase::Said for OfferError {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            OfferError::Expired(at) => crate::phrase::Phrase::new("refusal-offer-expired").moment("at", *at),
            OfferError::Refused(state, action) => crate::phrase::Phrase::new("refusal-offer-state")
                .choice("state", state)
                .choice("action", action),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn an_offer_goes_from_draft_to_an_answer_in_time() {
        let now = Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap();
        let later = now + Duration::days(7);
        assert_eq!(move_offer(OfferStatus::Draft, OfferMove::Send, later, now), Ok(OfferStatus::Sent));
        assert_eq!(move_offer(OfferStatus::Sent, OfferMove::Accept, later, now), Ok(OfferStatus::Accepted));
        assert_eq!(move_offer(OfferStatus::Sent, OfferMove::Decline, later, now), Ok(OfferStatus::Declined));
        assert_eq!(move_offer(OfferStatus::Sent, OfferMove::Accept, now, now), Err(OfferError::Expired(now)));
        assert_eq!(move_offer(OfferStatus::Sent, OfferMove::Expire, now, now), Ok(OfferStatus::Expired));
        assert!(move_offer(OfferStatus::Sent, OfferMove::Expire, later, now).is_err());
        assert!(move_offer(OfferStatus::Draft, OfferMove::Accept, later, now).is_err());
    }

    #[test]
    fn answered_offers_stay_answered() {
        let now = Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap();
        let later = now + Duration::days(7);
        for status in
            [OfferStatus::Accepted, OfferStatus::Declined, OfferStatus::Expired, OfferStatus::Withdrawn]
        {
            for action in [
                OfferMove::Send,
                OfferMove::Accept,
                OfferMove::Decline,
                OfferMove::Withdraw,
                OfferMove::Expire,
            ] {
                assert!(move_offer(status, action, later, now).is_err(), "{status:?} {action:?}");
            }
        }
    }

    #[test]
    fn terms_name_every_problem() {
        let now = Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap();
        let terms = Terms {
            starts_on: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            hours_per_week: 0,
            stipend: Some(Stipend { monthly_cents: 50_000, currency: "eur".into() }),
            location: "Amsterdam".into(),
            team: "Payments".into(),
        };
        let fields: Vec<String> = terms.problems(now, now).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["ends_on", "hours_per_week", "stipend.currency", "expires_at"]);
    }
}

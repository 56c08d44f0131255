//! Workshops and trainings: the catalogue's topics and levels, session rosters with a waiting
//! list promoted in order, who may give feedback, and mandatory trainings past their date.

use crate::named_enum;
use chrono::NaiveDate;
use uuid::Uuid;

named_enum! {
    /// What a training is about.
    pub enum Topic {
        /// The organisation, its products and ways of working.
        Induction => "induction",
        /// Security awareness and secure development.
        Cybersecurity => "cybersecurity",
        /// Presenting work to an audience.
        PresentationSkills => "presentation_skills",
        /// Agile ways of working, Scrum.
        Agile => "agile",
        /// Cloud platforms and operations.
        Cloud => "cloud",
        /// Testing and quality.
        Testing => "testing",
        /// A hands-on technical workshop.
        Engineering => "engineering",
        /// Anything else.
        Other => "other",
    }
}

named_enum! {
    /// For whom.
    pub enum Level {
        /// No experience needed.
        Beginner => "beginner",
        /// Some experience.
        Intermediate => "intermediate",
        /// Experienced.
        Advanced => "advanced",
    }
}

named_enum! {
    /// An intern's place in a session.
    pub enum Seat {
        /// Has a seat.
        Seated => "seated",
        /// On the waiting list.
        Waiting => "waiting",
        /// Gave up their place.
        Cancelled => "cancelled",
    }
}

/// Why a roster change is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    /// Enrolled already (seated or waiting).
    #[error("already enrolled in this session")]
    AlreadyEnrolled,
    /// Not enrolled.
    #[error("not enrolled in this session")]
    NotEnrolled,
    /// A capacity below the seats already taken.
    #[error("{0} interns already hold a seat: the capacity cannot go below that")]
    BelowSeated(u32),
}

/// A session's seats and waiting list, in the order people enrolled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    /// How many seats.
    pub capacity: u32,
    /// Who holds one.
    pub seated: Vec<Uuid>,
    /// Who waits, first in line first.
    pub waiting: Vec<Uuid>,
}

impl Roster {
    fn has(&self, intern: Uuid) -> bool {
        self.seated.contains(&intern) || self.waiting.contains(&intern)
    }

    /// A new enrolment: a seat while any is free, else the end of the waiting list. Returns the
    /// place and, on the waiting list, the position (1 = next).
    pub fn enroll(&mut self, intern: Uuid) -> Result<(Seat, usize), RosterError> {
        if self.has(intern) {
            return Err(RosterError::AlreadyEnrolled);
        }
        if (self.seated.len() as u64) < u64::from(self.capacity) && self.waiting.is_empty() {
            self.seated.push(intern);
            Ok((Seat::Seated, 0))
        } else {
            self.waiting.push(intern);
            Ok((Seat::Waiting, self.waiting.len()))
        }
    }

    /// A cancellation; a freed seat goes to the first in line. Returns who was promoted.
    pub fn cancel(&mut self, intern: Uuid) -> Result<Vec<Uuid>, RosterError> {
        if let Some(i) = self.seated.iter().position(|s| *s == intern) {
            self.seated.remove(i);
        } else if let Some(i) = self.waiting.iter().position(|s| *s == intern) {
            self.waiting.remove(i);
        } else {
            return Err(RosterError::NotEnrolled);
        }
        Ok(self.fill())
    }

    /// A new capacity; more seats go to the waiting list in order. Returns who was promoted.
    pub fn resize(&mut self, capacity: u32) -> Result<Vec<Uuid>, RosterError> {
        let seated = u32::try_from(self.seated.len()).unwrap_or(u32::MAX);
        if capacity < seated {
            return Err(RosterError::BelowSeated(seated));
        }
        self.capacity = capacity;
        Ok(self.fill())
    }

    fn fill(&mut self) -> Vec<Uuid> {
        let free = (self.capacity as usize).saturating_sub(self.seated.len()).min(self.waiting.len());
        let promoted: Vec<Uuid> = self.waiting.drain(..free).collect();
        self.seated.extend(&promoted);
        promoted
    }
}

/// Why feedback is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackRefusal {
    /// Only those marked present give feedback.
    #[error("only interns marked as attending this session can give feedback")]
    NotAnAttendee,
    /// Ratings run from 1 to 5.
    #[error("a rating from 1 to 5")]
    Rating,
}

/// Decides whether an intern may rate a session: only attendees, with a rating of 1–5.
pub fn feedback(attended: Option<bool>, rating: u8) -> Result<(), FeedbackRefusal> {
    if attended != Some(true) {
        return Err(FeedbackRefusal::NotAnAttendee);
    }
    if !(1..=5).contains(&rating) {
        return Err(FeedbackRefusal::Rating);
    }
    Ok(())
}

/// Whether a mandatory training is flagged: not completed and its date has passed.
pub fn mandatory_overdue(complete_by: Option<NaiveDate>, completed: bool, today: NaiveDate) -> bool {
    !completed && complete_by.is_some_and(|by| today > by)
}

impl crate::phrase::Said for RosterError {
    fn said(&self) -> crate::phrase::Phrase {
        let key = |k: &str| crate::phrase::Phrase::new(&format!("roster-{k}"));
        match self {
            RosterError::AlreadyEnrolled => key("already-enrolled"),
            RosterError::NotEnrolled => key("not-enrolled"),
            RosterError::BelowSeated(n) => key("below-seated").number("seated", *n),
        }
    }
}

impl crate::phrase::Said for FeedbackRefusal {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            FeedbackRefusal::NotAnAttendee => crate::phrase::Phrase::new("refusal-not-an-attendee"),
            FeedbackRefusal::Rating => crate::validation::problem::between(1, 5),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(n: usize) -> Vec<Uuid> {
        (0..n).map(|_| Uuid::now_v7()).collect()
    }

    #[test]
    fn a_full_session_keeps_a_waiting_list_promoted_in_order() {
        let [a, b, c, d] = ids(4).try_into().unwrap();
        let mut roster = Roster { capacity: 2, ..Roster::default() };
        assert_eq!(roster.enroll(a), Ok((Seat::Seated, 0)));
        assert_eq!(roster.enroll(b), Ok((Seat::Seated, 0)));
        assert_eq!(roster.enroll(c), Ok((Seat::Waiting, 1)));
        assert_eq!(roster.enroll(d), Ok((Seat::Waiting, 2)));
        assert_eq!(roster.enroll(c), Err(RosterError::AlreadyEnrolled));
        assert_eq!(roster.cancel(a), Ok(vec![c]));
        assert_eq!(roster.seated, vec![b, c]);
        assert_eq!(roster.cancel(d), Ok(vec![]));
        assert_eq!(roster.cancel(d), Err(RosterError::NotEnrolled));
        assert_eq!(roster.resize(1), Err(RosterError::BelowSeated(2)));
    }

    #[test]
    fn only_attendees_rate_a_session() {
        assert_eq!(feedback(None, 4), Err(FeedbackRefusal::NotAnAttendee));
        assert_eq!(feedback(Some(false), 4), Err(FeedbackRefusal::NotAnAttendee));
        assert_eq!(feedback(Some(true), 0), Err(FeedbackRefusal::Rating));
        assert_eq!(feedback(Some(true), 5), Ok(()));
    }

    #[test]
    fn mandatory_trainings_are_flagged_after_their_date() {
        let by: NaiveDate = "2027-02-15".parse().unwrap();
        assert!(!mandatory_overdue(Some(by), false, by));
        assert!(mandatory_overdue(Some(by), false, by.succ_opt().unwrap()));
        assert!(!mandatory_overdue(Some(by), true, by.succ_opt().unwrap()));
        assert!(!mandatory_overdue(None, false, by));
    }

    #[derive(Clone, Debug)]
    enum Op {
        Enroll(usize),
        Cancel(usize),
        Resize(u32),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0..12usize).prop_map(Op::Enroll),
            3 => (0..12usize).prop_map(Op::Cancel),
            1 => (0..6u32).prop_map(Op::Resize),
        ]
    }

    proptest! {
        /// Whatever happens, seats never exceed the capacity, nobody waits while a seat is
        /// free, nobody holds two places, and promotion follows the order of enrolment.
        #[test]
        fn seats_are_never_oversold_and_the_line_is_kept(capacity in 0..5u32, ops in proptest::collection::vec(op(), 0..60)) {
            let people = ids(12);
            let mut roster = Roster { capacity, ..Roster::default() };
            for op in ops {
                let waiting_before = roster.waiting.clone();
                let promoted = match op {
                    Op::Enroll(i) => { let _ = roster.enroll(people[i]); Vec::new() }
                    Op::Cancel(i) => roster.cancel(people[i]).unwrap_or_default(),
                    Op::Resize(c) => roster.resize(c).unwrap_or_default(),
                };
                prop_assert!(roster.seated.len() as u32 <= roster.capacity);
                prop_assert!(roster.waiting.is_empty() || roster.seated.len() as u32 == roster.capacity);
                let mut everyone: Vec<Uuid> = roster.seated.iter().chain(&roster.waiting).copied().collect();
                let total = everyone.len();
                everyone.sort();
                everyone.dedup();
                prop_assert_eq!(everyone.len(), total);
                // Those promoted were the first in line (the one who cancelled aside), in order.
                let first_ones: Vec<Uuid> = waiting_before
                    .iter()
                    .copied()
                    .filter(|p| roster.waiting.contains(p) || promoted.contains(p))
                    .take(promoted.len())
                    .collect();
                prop_assert_eq!(promoted, first_ones);
            }
        }
    }
}

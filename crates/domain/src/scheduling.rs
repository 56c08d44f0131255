//! Interview scheduling: time intervals, the slots a recruiter may offer, and whether a booking
//! keeps everyone out of two interviews at once and every interviewer under their daily cap.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The longest interview.
pub const MAX_MINUTES: u32 = 8 * 60;
/// How many interviews an interviewer takes a day unless they say otherwise.
pub const DEFAULT_DAILY_CAP: u32 = 4;

/// A half-open span of time `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interval {
    /// The first instant.
    pub start: DateTime<Utc>,
    /// The first instant after it.
    pub end: DateTime<Utc>,
}

/// Why a window of availability cannot be given: it must end after it starts, at most 14 days
/// later, and in the future.
pub fn window_problem(window: &Interval, now: DateTime<Utc>) -> Option<crate::validation::FieldError> {
    use crate::validation::{FieldError, problem};
    if window.end <= window.start || window.end - window.start > Duration::days(14) {
        return Some(FieldError::new("ends_at", problem::of("window")));
    }
    (window.end <= now).then(|| FieldError::new("ends_at", problem::in_future()))
}

impl Interval {
    /// `minutes` from `start`.
    pub fn starting(start: DateTime<Utc>, minutes: u32) -> Self {
        Interval { start, end: start + Duration::minutes(i64::from(minutes)) }
    }

    /// Whether the two share an instant (touching end to start does not count).
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies wholly inside this one.
    pub fn contains(&self, other: &Interval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The UTC day it starts on (daily caps count per UTC day).
    pub fn day(&self) -> NaiveDate {
        self.start.date_naive()
    }
}

/// What an interview is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewKind {
    /// The initial chat with HR.
    HrChat,
    /// A technical interview.
    Technical,
    /// The candidate presents their own work.
    Presentation,
    /// Behaviour and motivation.
    Behavioural,
}

impl InterviewKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            InterviewKind::HrChat => "hr_chat",
            InterviewKind::Technical => "technical",
            InterviewKind::Presentation => "presentation",
            InterviewKind::Behavioural => "behavioural",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::HrChat, Self::Technical, Self::Presentation, Self::Behavioural]
            .into_iter()
            .find(|k| k.as_str() == raw)
    }
}

/// Where an interview stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    /// Slots are offered; the candidate has not picked one.
    Offered,
    /// A time is fixed.
    Booked,
    /// Called off, by either side.
    Cancelled,
}

impl InterviewStatus {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            InterviewStatus::Offered => "offered",
            InterviewStatus::Booked => "booked",
            InterviewStatus::Cancelled => "cancelled",
        }
    }

    /// Parses the stable name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Offered, Self::Booked, Self::Cancelled].into_iter().find(|s| s.as_str() == raw)
    }
}

/// One interviewer as a booking sees them.
#[derive(Clone, Debug, Default)]
pub struct PanelMember {
    /// Their user id.
    pub id: Uuid,
    /// When they said they are available.
    pub availability: Vec<Interval>,
    /// Their other booked interviews.
    pub busy: Vec<Interval>,
    /// How many interviews they take a day.
    pub daily_cap: u32,
}

/// Why a time cannot be offered or booked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Conflict {
    /// The time has passed.
    #[error("{0} is in the past")]
    InPast(DateTime<Utc>),
    /// An interviewer did not say they are available then.
    #[error("an interviewer is not available at {1}")]
    Unavailable(Uuid, DateTime<Utc>),
    /// The candidate already has an interview then.
    #[error("the candidate already has an interview at that time")]
    CandidateBusy,
    /// An interviewer already has an interview then.
    #[error("an interviewer already has an interview at that time")]
    InterviewerBusy(Uuid),
    /// An interviewer has reached their daily cap that day.
    #[error("an interviewer already has {1} interviews on {2}, their daily maximum")]
    DailyCap(Uuid, u32, NaiveDate),
    /// The offered time is not among the slots.
    #[error("that time is not one of the offered slots")]
    NotOffered,
}

impl Conflict {
    /// The interviewer concerned, if any.
    pub fn interviewer(&self) -> Option<Uuid> {
        match self {
            Conflict::Unavailable(id, _) | Conflict::InterviewerBusy(id) | Conflict::DailyCap(id, ..) => {
                Some(*id)
            }
            _ => None,
        }
    }
}

/// Whether `slot` may be offered: in the future and within every interviewer's availability.
/// Their bookings are checked again when the candidate books.
pub fn check_offer(slot: &Interval, panel: &[PanelMember], now: DateTime<Utc>) -> Result<(), Conflict> {
    if slot.start <= now {
        return Err(Conflict::InPast(slot.start));
    }
    for member in panel {
        if !member.availability.iter().any(|window| window.contains(slot)) {
            return Err(Conflict::Unavailable(member.id, slot.start));
        }
    }
    Ok(())
}

/// Whether `slot` may be booked: in the future, no overlap with the candidate's or any
/// interviewer's other interviews, and no interviewer over their cap that day. Run with every
/// person's bookings read under a lock, so that two racing bookings cannot both pass.
pub fn check_booking(
    slot: &Interval,
    candidate_busy: &[Interval],
    panel: &[PanelMember],
    now: DateTime<Utc>,
) -> Result<(), Conflict> {
    if slot.start <= now {
        return Err(Conflict::InPast(slot.start));
    }
    if candidate_busy.iter().any(|b| b.overlaps(slot)) {
        return Err(Conflict::CandidateBusy);
    }
    for member in panel {
        if member.busy.iter().any(|b| b.overlaps(slot)) {
            return Err(Conflict::InterviewerBusy(member.id));
        }
        let that_day = member.busy.iter().filter(|b| b.day() == slot.day()).count();
        if that_day >= member.daily_cap as usize {
            return Err(Conflict::DailyCap(member.id, member.daily_cap, slot.day()));
        }
    }
    Ok(())
}

/// Free starts of `minutes` for the whole panel from `from` on, every `step` minutes inside
/// every member's availability, clear of their bookings and caps; at most `limit` of them.
pub fn free_slots(
    panel: &[PanelMember],
    minutes: u32,
    step: u32,
    from: DateTime<Utc>,
    limit: usize,
) -> Vec<DateTime<Utc>> {
    let Some(first) = panel.first() else { return Vec::new() };
    let mut windows: Vec<Interval> = first.availability.iter().copied().filter(|w| w.end > from).collect();
    windows.sort();
    let mut found = Vec::new();
    for window in windows {
        let mut start = window.start.max(from);
        // Align to the step within the window so that suggestions read as round times.
        let offset = (start - window.start).num_minutes().rem_euclid(i64::from(step.max(1)));
        if offset != 0 {
            start += Duration::minutes(i64::from(step) - offset);
        }
        while start + Duration::minutes(i64::from(minutes)) <= window.end && found.len() < limit {
            let slot = Interval::starting(start, minutes);
            if check_offer(&slot, panel, from).is_ok() && check_booking(&slot, &[], panel, from).is_ok() {
                found.push(start);
            }
            start += Duration::minutes(i64::from(step.max(1)));
        }
    }
    found.sort();
    found.dedup();
    found.truncate(limit);
    found
}

/// An interviewer's booked interviews, in the order they need them.
#[derive(Debug, PartialEq, Eq)]
pub struct Agenda<T> {
    /// Started, and their scorecard not sent: the oldest first (the most overdue).
    pub due: Vec<T>,
    /// Not started yet: the soonest first.
    pub upcoming: Vec<T>,
    /// Their scorecard sent: the latest first, at most `done_kept`.
    pub done: Vec<T>,
}

/// Sorts booked interviews — each with its start and whether this interviewer's scorecard is
/// sent — into an [`Agenda`] at `now`, keeping the latest `done_kept` of those done.
pub fn agenda<T>(booked: Vec<(T, DateTime<Utc>, bool)>, now: DateTime<Utc>, done_kept: usize) -> Agenda<T> {
    let (mut due, mut upcoming, mut done) = (Vec::new(), Vec::new(), Vec::new());
    for (item, start, scored) in booked {
        match (scored, start <= now) {
            (true, _) => done.push((start, item)),
            (false, true) => due.push((start, item)),
            (false, false) => upcoming.push((start, item)),
        }
    }
    due.sort_by_key(|(start, _)| *start);
    upcoming.sort_by_key(|(start, _)| *start);
    done.sort_by_key(|(start, _)| std::cmp::Reverse(*start));
    done.truncate(done_kept);
    let items = |list: Vec<(DateTime<Utc>, T)>| list.into_iter().map(|(_, item)| item).collect();
    Agenda { due: items(due), upcoming: items(upcoming), done: items(done) }
}

impl crate::phrase::Said for Conflict {
    fn said(&self) -> crate::phrase::Phrase {
        let key = |k: &str| crate::phrase::Phrase::new(&format!("conflict-{k}"));
        match self {
            Conflict::InPast(at) => key("in-past").moment("at", *at),
            Conflict::Unavailable(_, at) => key("unavailable").moment("at", *at),
            Conflict::CandidateBusy => key("candidate-busy"),
            Conflict::InterviewerBusy(_) => key("interviewer-busy"),
            Conflict::DailyCap(_, n, day) => key("daily-cap").number("count", *n).date("day", *day),
            Conflict::NotOffered => key("not-offered"),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_interviewers_agenda_puts_overdue_scorecards_first_then_the_next_call() {
        let now = at(12, 0);
        let booked = vec![
            ("done early", at(9, 0), true),
            ("next", at(13, 0), false),
            ("overdue", at(9, 30), false),
            ("later", at(15, 0), false),
            ("in progress", at(11, 45), false),
            ("done late", at(11, 0), true),
            ("sent ahead", at(16, 0), true),
        ];
        let agenda = agenda(booked, now, 2);
        assert_eq!(agenda.due, vec!["overdue", "in progress"]);
        assert_eq!(agenda.upcoming, vec!["next", "later"]);
        assert_eq!(agenda.done, vec!["sent ahead", "done late"], "the latest two of three");
    }

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 1, h, m, 0).unwrap()
    }

    fn member(busy: Vec<Interval>, cap: u32) -> PanelMember {
        PanelMember {
            id: Uuid::now_v7(),
            availability: vec![Interval { start: at(9, 0), end: at(17, 0) }],
            busy,
            daily_cap: cap,
        }
    }

    #[test]
    fn intervals_touching_do_not_overlap() {
        let a = Interval::starting(at(10, 0), 60);
        assert!(!a.overlaps(&Interval::starting(at(11, 0), 30)));
        assert!(a.overlaps(&Interval::starting(at(10, 59), 30)));
        assert!(a.overlaps(&Interval::starting(at(9, 30), 240)));
    }

    #[test]
    fn offered_slots_lie_inside_everyone_s_availability_and_in_the_future() {
        let panel = [member(vec![], 4), member(vec![], 4)];
        let now = at(8, 0);
        assert_eq!(check_offer(&Interval::starting(at(10, 0), 60), &panel, now), Ok(()));
        assert!(matches!(
            check_offer(&Interval::starting(at(16, 30), 60), &panel, now),
            Err(Conflict::Unavailable(..))
        ));
        assert_eq!(
            check_offer(&Interval::starting(at(7, 0), 60), &panel, now),
            Err(Conflict::InPast(at(7, 0)))
        );
    }

    #[test]
    fn nobody_is_in_two_interviews_at_once() {
        let now = at(8, 0);
        let slot = Interval::starting(at(10, 0), 60);
        let busy_interviewer = member(vec![Interval::starting(at(10, 30), 30)], 4);
        let id = busy_interviewer.id;
        assert_eq!(
            check_booking(&slot, &[], &[member(vec![], 4), busy_interviewer], now),
            Err(Conflict::InterviewerBusy(id))
        );
        assert_eq!(
            check_booking(&slot, &[Interval::starting(at(9, 30), 45)], &[member(vec![], 4)], now),
            Err(Conflict::CandidateBusy)
        );
        assert_eq!(
            check_booking(&slot, &[Interval::starting(at(11, 0), 45)], &[member(vec![], 4)], now),
            Ok(())
        );
    }

    #[test]
    fn the_daily_cap_counts_that_day_only() {
        let now = at(8, 0);
        let slot = Interval::starting(at(15, 0), 60);
        let yesterday = Interval::starting(at(10, 0) - Duration::days(1), 60);
        let full = member(vec![Interval::starting(at(9, 0), 60), Interval::starting(at(11, 0), 60)], 2);
        assert!(matches!(check_booking(&slot, &[], &[full], now), Err(Conflict::DailyCap(_, 2, _))));
        let fine = member(vec![Interval::starting(at(9, 0), 60), yesterday], 2);
        assert_eq!(check_booking(&slot, &[], &[fine], now), Ok(()));
    }

    #[test]
    fn free_slots_skip_bookings_and_respect_every_member() {
        let mut a = member(vec![Interval::starting(at(9, 0), 60)], 4);
        a.availability = vec![Interval { start: at(9, 0), end: at(12, 0) }];
        let b = member(vec![Interval::starting(at(10, 30), 30)], 4);
        let slots = free_slots(&[a, b], 60, 30, at(8, 0), 10);
        assert_eq!(slots, vec![at(11, 0)]);
    }
}

//! Every refusal a person or a client can meet, as one closed set. A rule of the domain, a check
//! inside the store's unit of work or a use case refuses with one of these; nothing below the
//! adapters names an HTTP status. The API gives each its status and stable code in one table;
//! the pages put each in a sentence in one place. The text here is what a person reads.

use crate::case_study::SubmissionError;
use crate::internship::evaluation::{Author, Kind};
use crate::internship::onboarding::Owner;
use crate::internship::training::{FeedbackRefusal, RosterError};
use crate::internship::{CompletionRefusal, ShadowingRefusal};
use crate::offer::OfferError;
use crate::phrase::{Fact, Phrase, Said};
use crate::pipeline::{Status, TransitionError};
use crate::scheduling::Conflict;
use crate::vacancy::StatusError;
use crate::validation::FieldError;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Why a use case did not happen, though it was understood.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    // Accounts and organisations.
    /// Registering an address that has an account.
    #[error("An account with this e-mail address exists; log in instead.")]
    EmailTaken,
    /// A registration's confirmation link that is unknown, used or expired.
    #[error(
        "This confirmation link does not work: it was used already or it expired. Register again to get a new one."
    )]
    ConfirmationInvalid,
    /// A password link (reset or invitation) that is unknown, used or expired.
    #[error("This link does not work: it was used already or it expired. Ask for a new one.")]
    PasswordLinkInvalid,
    /// Too many password resets were asked for an address, or from a network, lately.
    #[error("Too many password resets were asked for lately; wait a while and try again.")]
    TooManyResetRequests {
        /// Seconds until the next request may succeed.
        retry_after_secs: u64,
    },
    /// A login that does not match an account.
    #[error("The e-mail address or password is not right.")]
    InvalidCredentials,
    /// Logins are throttled after too many failures.
    #[error("Too many failed logins; wait a while and try again.")]
    TooManyAttempts {
        /// Seconds until the next try may succeed.
        retry_after_secs: u64,
    },
    /// Too many accounts were registered from one address lately.
    #[error("Too many accounts were registered from your network in the last hour; try again later.")]
    TooManyRegistrations {
        /// Seconds until the next registration may succeed.
        retry_after_secs: u64,
    },
    /// Creating an organisation under a slug that exists.
    #[error("An organisation with this slug exists.")]
    SlugTaken,
    /// Adding a role the person holds already.
    #[error("This person already holds this role here.")]
    AlreadyMember,
    /// Removing or demoting the last administrator.
    #[error("an organisation keeps at least one admin")]
    LastAdmin,
    /// A record that must be unique exists already.
    #[error("This conflicts with an existing record.")]
    Duplicate,

    // Vacancies and the pipeline.
    /// A vacancy's status cannot change so.
    #[error(transparent)]
    StatusChange(StatusError),
    /// A stage that holds applications cannot be removed, renamed or moved.
    #[error("stage {0:?} holds applications: it can be neither removed, renamed nor moved")]
    StageOccupied(String),
    /// Every position is filled.
    #[error("All {0} positions of this vacancy are filled.")]
    PositionsFilled(u32),
    /// The vacancy does not take applications today.
    #[error("This vacancy takes applications from {opens_on} to {closes_on}; it does not take them today.")]
    VacancyClosed {
        /// The first day it takes them.
        opens_on: NaiveDate,
        /// The last day.
        closes_on: NaiveDate,
    },
    /// The candidate applied to this vacancy before.
    #[error("You already applied to this vacancy; see `see` for that application.")]
    AlreadyApplied {
        /// That application.
        application_id: Uuid,
    },
    /// Applying without a profile or a résumé.
    #[error(
        "Save your profile first (PUT /api/v1/me/profile), or send a JSON Resume: every application uses it."
    )]
    ProfileMissing,
    /// A CV over the size limit.
    #[error("The CV is larger than 10 MiB.")]
    CvTooLarge,
    /// The candidate fails a requirement (each failing rule explained).
    #[error("You do not meet this vacancy's requirements; see `errors` for each one ({}).", joined(.0))]
    NotEligible(Vec<FieldError>),
    /// What the candidate gave does not yet show whether they meet every requirement.
    #[error("Your profile or answers do not yet show whether you meet every requirement; see `errors`.")]
    EligibilityIncomplete(Vec<FieldError>),
    /// The pipeline does not allow this move.
    #[error("{0}")]
    Transition(TransitionError),
    /// Accepting an offer of an application that cannot be hired now.
    #[error("The application cannot be hired now: {0}")]
    NotHireable(TransitionError),
    /// Only active applications are interviewed.
    #[error("The application is {}; only active applications are interviewed.", .0.as_str())]
    NotActiveForInterview(Status),
    /// Only active applications get case studies.
    #[error("Only active applications get case studies.")]
    NotActiveForCaseStudy,

    // Interviews and scorecards.
    /// A time cannot be booked.
    #[error("That time cannot be booked: {0}.")]
    Booking(Conflict),
    /// A time cannot be offered.
    #[error("The slot at {} cannot be offered: {conflict}.", .at.to_rfc3339())]
    SlotUnavailable {
        /// The slot's start.
        at: DateTime<Utc>,
        /// Why not.
        conflict: Conflict,
    },
    /// Booking a cancelled interview.
    #[error("This interview was cancelled.")]
    InterviewCancelled,
    /// Cancelling a cancelled interview.
    #[error("This interview was already cancelled.")]
    AlreadyCancelled,
    /// Booking the time the interview has.
    #[error("The interview is already at that time.")]
    AlreadyBooked,
    /// Scorecards are for booked interviews.
    #[error("Only a booked interview gets scorecards.")]
    InterviewNotHeld,
    /// Scorecards are final.
    #[error("You already submitted your scorecard for this interview; scorecards are final.")]
    ScorecardSubmitted,
    /// A panelist reads the others' scorecards after sending their own.
    #[error("Submit your own scorecard for this application before reading the others.")]
    OwnScorecardFirst,

    // Case studies.
    /// At most ten files to a case study.
    #[error("A case study has at most 10 files.")]
    TooManyAttachments,
    /// The candidate of the pool was invited to apply to this vacancy before.
    #[error("This candidate was invited to apply to this vacancy already.")]
    AlreadyInvited,
    /// A submission the rules refuse.
    #[error(transparent)]
    Submission(SubmissionError),
    /// Grading twice.
    #[error("You already graded this submission.")]
    AlreadyGraded,
    /// Grading before anything was sent.
    #[error("Nothing has been submitted yet.")]
    NotSubmitted,
    /// A file over its size limit.
    #[error("The file is larger than {max_mib} MiB.")]
    FileTooLarge {
        /// The limit, in MiB.
        max_mib: usize,
    },
    /// An archive that is neither zip nor tar.gz.
    #[error("The archive is not a zip or tar.gz file (checked by its content, not its name).")]
    NotAnArchive,

    // Decisions and offers.
    /// Decisions are for active applications in the decision stage.
    #[error("Decisions are recorded for active applications in the Decision stage.")]
    NotAtDecision,
    /// An offer needs the decision first.
    #[error("Record the decision to make an offer (POST .../decision) for this active application first.")]
    DecisionRequired,
    /// An offer's state does not allow it.
    #[error(transparent)]
    Offer(OfferError),
    /// One open offer per application.
    #[error("This application already has an open offer ({0}).")]
    OfferOpen(Uuid),
    /// Only a draft offer changes.
    #[error("Only a draft can be changed.")]
    OfferNotDraft,

    // Personal data.
    /// Consent about an organisation that holds nothing of the person.
    #[error("This organisation holds no application of yours to keep.")]
    NoDataHeld,
    /// The consent is in force already.
    #[error("This consent is already in force.")]
    ConsentGiven,
    /// The consent is withdrawn already.
    #[error("This consent is already withdrawn.")]
    ConsentWithdrawn,
    /// A member's account is not deleted while they are a member.
    #[error(
        "This account is a member of an organisation. An admin of it removes the membership first; \
         then the account can be deleted."
    )]
    MemberOfOrganisation,
    /// A running internship keeps its records.
    #[error("An internship is running: its records are needed until it is completed. Complete it first.")]
    InternshipInProgress,

    // The internship.
    /// The person has no internship.
    #[error("You have no internship (yet): accept an offer first.")]
    NotAnIntern,
    /// Team names are unique in an organisation.
    #[error("The organisation already has a team of that name.")]
    TeamExists,
    /// A team that does not exist.
    #[error("No such team.")]
    UnknownTeam,
    /// An onboarding task done twice.
    #[error("This task is already done.")]
    TaskDone,
    /// A task is completed by its owner.
    #[error("This task is for the {} to complete.", .0.as_str().replace('_', " "))]
    NotTaskOwner(Owner),
    /// A published matching does not change.
    #[error("This matching is already published.")]
    RunPublished,
    /// Publishing a pair whose intern has a mentor since.
    #[error("Intern {0} has a mentor already: run the matching again.")]
    AlreadyMatched(Uuid),
    /// A pair the matching does not allow.
    #[error("They share no language, or the mentor leads the intern's own team.")]
    PairNotAllowed,
    /// A mentor at capacity.
    #[error("This mentor has no room left in this matching: move one of their interns first.")]
    MentorFull,
    /// An evaluation is submitted once.
    #[error("The {} {} evaluation is already submitted.", .author.as_str(), .kind.as_str())]
    EvaluationSubmitted {
        /// Who wrote it.
        author: Author,
        /// Which one.
        kind: Kind,
    },
    /// Completing an internship before its time.
    #[error(transparent)]
    Completion(CompletionRefusal),
    /// Only the mentor evaluates.
    #[error("Only the intern's mentor evaluates them.")]
    MentorOnly,
    /// A waiting list or a seat that does not allow it.
    #[error(transparent)]
    Roster(RosterError),
    /// Attendance is marked for seated interns.
    #[error("Only interns holding a seat can be marked present or absent.")]
    NotSeated,
    /// Feedback the rules refuse.
    #[error(transparent)]
    Feedback(FeedbackRefusal),
    /// A shadowing request the rules refuse.
    #[error(transparent)]
    Shadowing(ShadowingRefusal),
    /// A networking event without places.
    #[error("This event is full.")]
    EventFull,
}

fn joined(fields: &[FieldError]) -> String {
    fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>().join(", ")
}

impl Refusal {
    /// The fields a refusal is about (the rules a candidate fails), if any.
    pub fn fields(&self) -> &[FieldError] {
        match self {
            Refusal::NotEligible(fields) | Refusal::EligibilityIncomplete(fields) => fields,
            _ => &[],
        }
    }
}

impl Said for Refusal {
    fn said(&self) -> Phrase {
        let key = |k: &str| Phrase::new(&format!("refusal-{k}"));
        match self {
            Refusal::EmailTaken => key("email-taken"),
            Refusal::ConfirmationInvalid => key("confirmation-invalid"),
            Refusal::InvalidCredentials => key("invalid-credentials"),
            Refusal::PasswordLinkInvalid => key("password-link-invalid"),
            Refusal::TooManyResetRequests { retry_after_secs } => {
                key("too-many-reset-requests").number("minutes", minutes(*retry_after_secs))
            }
            Refusal::TooManyAttempts { retry_after_secs } => {
                key("too-many-attempts").number("minutes", minutes(*retry_after_secs))
            }
            Refusal::TooManyRegistrations { retry_after_secs } => {
                key("too-many-registrations").number("minutes", minutes(*retry_after_secs))
            }
            Refusal::SlugTaken => key("slug-taken"),
            Refusal::AlreadyMember => key("already-member"),
            Refusal::LastAdmin => key("last-admin"),
            Refusal::Duplicate => key("duplicate"),
            Refusal::StatusChange(e) => e.said(),
            Refusal::StageOccupied(stage) => key("stage-occupied").text("stage", stage.clone()),
            Refusal::PositionsFilled(n) => key("positions-filled").number("positions", *n),
            Refusal::VacancyClosed { opens_on, closes_on } => {
                key("vacancy-closed").date("opens", *opens_on).date("closes", *closes_on)
            }
            Refusal::AlreadyApplied { .. } => key("already-applied"),
            Refusal::ProfileMissing => key("profile-missing"),
            Refusal::CvTooLarge => key("cv-too-large"),
            Refusal::NotEligible(_) => key("not-eligible"),
            Refusal::EligibilityIncomplete(_) => key("eligibility-incomplete"),
            Refusal::Transition(e) => e.said(),
            Refusal::NotHireable(e) => key("not-hireable").with("why", Fact::Said(Box::new(e.said()))),
            Refusal::NotActiveForInterview(status) => {
                key("not-active-for-interview").choice("status", status.as_str())
            }
            Refusal::NotActiveForCaseStudy => key("not-active-for-case-study"),
            Refusal::Booking(conflict) => key("booking").with("why", Fact::Said(Box::new(conflict.said()))),
            Refusal::SlotUnavailable { at, conflict } => {
                key("slot-unavailable").moment("at", *at).with("why", Fact::Said(Box::new(conflict.said())))
            }
            Refusal::InterviewCancelled => key("interview-cancelled"),
            Refusal::AlreadyCancelled => key("already-cancelled"),
            Refusal::AlreadyBooked => key("already-booked"),
            Refusal::InterviewNotHeld => key("interview-not-held"),
            Refusal::ScorecardSubmitted => key("scorecard-submitted"),
            Refusal::OwnScorecardFirst => key("own-scorecard-first"),
            Refusal::TooManyAttachments => key("too-many-attachments"),
            Refusal::AlreadyInvited => key("already-invited"),
            Refusal::Submission(e) => e.said(),
            Refusal::AlreadyGraded => key("already-graded"),
            Refusal::NotSubmitted => key("not-submitted"),
            Refusal::FileTooLarge { max_mib } => key("file-too-large").number("max", *max_mib as i64),
            Refusal::NotAnArchive => key("not-an-archive"),
            Refusal::NotAtDecision => key("not-at-decision"),
            Refusal::DecisionRequired => key("decision-required"),
            Refusal::Offer(e) => e.said(),
            Refusal::OfferOpen(_) => key("offer-open"),
            Refusal::OfferNotDraft => key("offer-not-draft"),
            Refusal::NoDataHeld => key("no-data-held"),
            Refusal::ConsentGiven => key("consent-given"),
            Refusal::ConsentWithdrawn => key("consent-withdrawn"),
            Refusal::MemberOfOrganisation => key("member-of-organisation"),
            Refusal::InternshipInProgress => key("internship-in-progress"),
            Refusal::NotAnIntern => key("not-an-intern"),
            Refusal::TeamExists => key("team-exists"),
            Refusal::UnknownTeam => key("unknown-team"),
            Refusal::TaskDone => key("task-done"),
            Refusal::NotTaskOwner(owner) => key("not-task-owner").choice("owner", owner.as_str()),
            Refusal::RunPublished => key("run-published"),
            Refusal::AlreadyMatched(_) => key("already-matched"),
            Refusal::PairNotAllowed => key("pair-not-allowed"),
            Refusal::MentorFull => key("mentor-full"),
            Refusal::EvaluationSubmitted { author, kind } => {
                key("evaluation-submitted").choice("author", author.as_str()).choice("kind", kind.as_str())
            }
            Refusal::Completion(e) => e.said(),
            Refusal::MentorOnly => key("mentor-only"),
            Refusal::Roster(e) => e.said(),
            Refusal::NotSeated => key("not-seated"),
            Refusal::Feedback(e) => e.said(),
            Refusal::Shadowing(e) => e.said(),
            Refusal::EventFull => key("event-full"),
        }
    }
}

/// Whole minutes to wait, at least one.
fn minutes(secs: u64) -> i64 {
    (secs.div_ceil(60)).max(1) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_says_what_a_person_reads() {
        assert_eq!(Refusal::PositionsFilled(3).to_string(), "All 3 positions of this vacancy are filled.");
        assert_eq!(
            Refusal::NotTaskOwner(Owner::TeamLead).to_string(),
            "This task is for the team lead to complete."
        );
        let failing = vec![
            FieldError::new("skill", Phrase::new("rule-skills")),
            FieldError::new("major", Phrase::new("rule-field")),
        ];
        let refusal = Refusal::NotEligible(failing);
        assert_eq!(
            refusal.to_string(),
            "You do not meet this vacancy's requirements; see `errors` for each one (skill, major)."
        );
        assert_eq!(refusal.fields().len(), 2);
        assert!(Refusal::TaskDone.fields().is_empty());
        assert_eq!(
            Refusal::TooManyAttempts { retry_after_secs: 61 }.said().facts["minutes"],
            Fact::Number(2)
        );
        assert_eq!(Refusal::Booking(Conflict::CandidateBusy).said().key, "refusal-booking");
    }
}

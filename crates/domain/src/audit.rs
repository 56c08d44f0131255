//! The names of audited actions. Stable: integrations and reports filter on them.

macro_rules! actions {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// Something a person, a token or the operator did that the audit trail records.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Action {
            $(#[doc = $doc] $variant,)*
        }

        impl Action {
            /// Every action, for filters and documentation.
            pub const ALL: &[Action] = &[$(Action::$variant,)*];

            /// The action's stable name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }
        }
    };
}

actions! {
    LoginSucceeded => "auth.login_succeeded", "A login succeeded.";
    LoginFailed => "auth.login_failed", "A login failed (wrong password, unknown e-mail, or throttled).";
    Logout => "auth.logout", "A session was ended by logging out.";
    RegistrationRequested => "auth.registration_requested", "Someone asked for an account: a confirmation link went to the address, or a notice to its owner when it had one.";
    Registered => "auth.registered", "A candidate registered an account (by opening the confirmation link).";
    PasswordChanged => "auth.password_changed", "A person changed their password (ending their sessions).";
    PasswordResetRequested => "auth.password_reset_requested", "Someone asked to reset the password of an address: a link went to it when it had an account.";
    PasswordReset => "auth.password_reset", "A person set a new password with a reset link (ending their sessions).";
    SessionRevoked => "auth.session_revoked", "A person ended one of their sessions from another device.";
    OrgCreated => "org.created", "An organisation was created.";
    OrgUpdated => "org.updated", "An organisation changed its name, website or country.";
    UserCreated => "user.created", "A user account was created by an administrator or the operator.";
    MemberAdded => "member.added", "A role was given to a member.";
    MemberInvited => "member.invited", "A new member was invited by e-mail to choose their password.";
    InvitationAccepted => "member.invitation_accepted", "An invited member chose their password and signed in.";
    MemberRemoved => "member.removed", "A role was taken from a member.";
    ApiTokenCreated => "api_token.created", "An API token was created.";
    ApiTokenRevoked => "api_token.revoked", "An API token was revoked.";
    ProgramCreated => "program.created", "A programme was created.";
    ProgramUpdated => "program.updated", "A programme was changed.";
    VacancyCreated => "vacancy.created", "A vacancy was created (as a draft).";
    VacancyUpdated => "vacancy.updated", "A vacancy was changed.";
    VacancyStatusChanged => "vacancy.status_changed", "A vacancy's status changed (published, closed).";
    ApplicationCreated => "application.created", "A candidate applied.";
    ApplicationMoved => "application.moved", "An application moved (stage or status).";
    HiringSettingsChanged => "org.hiring_settings_changed", "An organisation changed its stage template or rejection reasons.";
    AvailabilityChanged => "interviewer.availability_changed", "An interviewer added or removed an availability window, or changed their daily cap.";
    InterviewOffered => "interview.offered", "Interview slots were offered to a candidate.";
    InterviewScheduled => "interview.scheduled", "A candidate booked an interview slot.";
    InterviewRescheduled => "interview.rescheduled", "An interview moved to another time.";
    InterviewCancelled => "interview.cancelled", "An interview was called off.";
    InterviewKitChanged => "interview_kit.changed", "An interview kit was set for a vacancy's stage.";
    ScorecardSubmitted => "scorecard.submitted", "An interviewer submitted a scorecard.";
    CaseStudyCreated => "case_study.created", "A case study was added to the library.";
    CaseStudyUpdated => "case_study.updated", "A case study in the library was changed.";
    CaseStudyAssigned => "case_study.assigned", "A case study was assigned to an application.";
    CaseStudySubmitted => "case_study.submitted", "A candidate submitted their case study.";
    CaseStudyGraded => "case_study.graded", "A reviewer graded a case-study submission.";
    DecisionRecorded => "decision.recorded", "The decision on an application was recorded.";
    OfferDrafted => "offer.drafted", "An offer was drafted or its draft changed.";
    OfferSent => "offer.sent", "An offer was sent to the candidate.";
    OfferAccepted => "offer.accepted", "The candidate accepted an offer.";
    OfferDeclined => "offer.declined", "The candidate declined an offer.";
    OfferExpired => "offer.expired", "An offer expired unanswered.";
    OfferWithdrawn => "offer.withdrawn", "The organisation withdrew an offer.";
    CalendarFeedChanged => "calendar_feed.changed", "A person created or revoked their private calendar feed.";
    EmailTemplateChanged => "email_template.changed", "An organisation changed or reset one of its e-mail templates.";
    TalentImported => "talent.imported", "Candidates were imported into the talent pool.";
    TalentInvited => "talent.invited", "A candidate of the talent pool was invited to apply to a vacancy.";
    TeamChanged => "team.changed", "A team was created or changed.";
    InternCreated => "intern.created", "An accepted offer made the candidate an intern, with an onboarding checklist.";
    InternUpdated => "intern.updated", "An intern's team, dates or interests changed.";
    OnboardingTemplateChanged => "onboarding.template_changed", "An organisation changed its onboarding checklist template.";
    OnboardingTaskCompleted => "onboarding.task_completed", "An onboarding task was completed by its owner.";
    MentorProfileChanged => "mentor.profile_changed", "A mentor declared their capacity, skills, interests, languages or team.";
    MatchingProposed => "matching.proposed", "A mentor matching run was proposed for a programme.";
    MatchingChanged => "matching.changed", "A coordinator overrode a pair of a proposed matching.";
    MentorMatched => "mentor.matched", "A published matching paired an intern with a mentor.";
    OneOnOneLogged => "one_on_one.logged", "A 1-on-1 between an intern and their mentor was logged.";
    GoalChanged => "goal.changed", "An intern's goal was set or changed.";
    TrainingChanged => "training.changed", "A training was added to the catalogue or changed.";
    TrainingSessionChanged => "training_session.changed", "A training session was scheduled or changed.";
    EnrollmentChanged => "enrollment.changed", "An intern enrolled in a session (a seat or the waiting list) or cancelled.";
    SeatPromoted => "enrollment.promoted", "An intern on a waiting list got a seat.";
    TrainingCompleted => "training.completed", "An intern attended a training and completed it.";
    AttendanceMarked => "attendance.marked", "A trainer marked an intern present or absent.";
    TrainingFeedbackGiven => "training.feedback_given", "An attendee rated a training session.";
    ShadowingRequested => "shadowing.requested", "An intern asked to shadow a team.";
    ShadowingDecided => "shadowing.decided", "A shadowing request was accepted, declined or cancelled.";
    EventChanged => "event.changed", "A networking event was created.";
    EventRsvp => "event.rsvp", "An intern answered a networking event.";
    EvaluationSubmitted => "evaluation.submitted", "A midterm or final evaluation or self-assessment was submitted.";
    InternCompleted => "intern.completed", "An internship was completed, with its summary.";
    ConsentChanged => "consent.changed", "A candidate gave or withdrew a consent.";
    PersonalDataErased => "personal_data.erased", "What an organisation held about a person was erased (by retention, their request or an admin); the person is named by a pseudonym.";
    RetentionPolicyChanged => "retention_policy.changed", "An organisation changed how long it keeps applicants' and interns' data.";
    WebhookChanged => "webhook.changed", "A webhook endpoint was created, changed, rotated, disabled or deleted.";
}

impl Action {
    /// The action of a stable name.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|action| action.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(*action));
        }
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}

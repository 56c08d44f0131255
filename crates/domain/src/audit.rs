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
    Registered => "auth.registered", "A candidate registered an account.";
    PasswordChanged => "auth.password_changed", "A person changed their password (ending their sessions).";
    SessionRevoked => "auth.session_revoked", "A person ended one of their sessions from another device.";
    OrgCreated => "org.created", "An organisation was created.";
    UserCreated => "user.created", "A user account was created by an administrator or the operator.";
    MemberAdded => "member.added", "A role was given to a member.";
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

//! The names of audited actions. Stable: integrations and reports filter on them.

/// Something a person, a token or the operator did that the audit trail records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A login succeeded.
    LoginSucceeded,
    /// A login failed (wrong password, unknown e-mail, or throttled).
    LoginFailed,
    /// A session was ended by logging out.
    Logout,
    /// A candidate registered an account.
    Registered,
    /// A person changed their password (ending their sessions).
    PasswordChanged,
    /// A person ended one of their sessions from another device.
    SessionRevoked,
    /// An organisation was created.
    OrgCreated,
    /// A user account was created by an administrator or the operator.
    UserCreated,
    /// A role was given to a member.
    MemberAdded,
    /// A role was taken from a member.
    MemberRemoved,
    /// An API token was created.
    ApiTokenCreated,
    /// An API token was revoked.
    ApiTokenRevoked,
    /// A programme was created.
    ProgramCreated,
    /// A programme was changed.
    ProgramUpdated,
    /// A vacancy was created (as a draft).
    VacancyCreated,
    /// A vacancy was changed.
    VacancyUpdated,
    /// A vacancy's status changed (published, closed).
    VacancyStatusChanged,
    /// A candidate applied.
    ApplicationCreated,
    /// An application moved (stage or status).
    ApplicationMoved,
    /// An organisation changed its stage template or rejection reasons.
    HiringSettingsChanged,
}

impl Action {
    /// Every action, for filters and documentation.
    pub const ALL: [Action; 20] = [
        Action::LoginSucceeded,
        Action::LoginFailed,
        Action::Logout,
        Action::Registered,
        Action::PasswordChanged,
        Action::SessionRevoked,
        Action::OrgCreated,
        Action::UserCreated,
        Action::MemberAdded,
        Action::MemberRemoved,
        Action::ApiTokenCreated,
        Action::ApiTokenRevoked,
        Action::ProgramCreated,
        Action::ProgramUpdated,
        Action::VacancyCreated,
        Action::VacancyUpdated,
        Action::VacancyStatusChanged,
        Action::ApplicationCreated,
        Action::ApplicationMoved,
        Action::HiringSettingsChanged,
    ];

    /// The action's stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::LoginSucceeded => "auth.login_succeeded",
            Action::LoginFailed => "auth.login_failed",
            Action::Logout => "auth.logout",
            Action::Registered => "auth.registered",
            Action::PasswordChanged => "auth.password_changed",
            Action::SessionRevoked => "auth.session_revoked",
            Action::OrgCreated => "org.created",
            Action::UserCreated => "user.created",
            Action::MemberAdded => "member.added",
            Action::MemberRemoved => "member.removed",
            Action::ApiTokenCreated => "api_token.created",
            Action::ApiTokenRevoked => "api_token.revoked",
            Action::ProgramCreated => "program.created",
            Action::ProgramUpdated => "program.updated",
            Action::VacancyCreated => "vacancy.created",
            Action::VacancyUpdated => "vacancy.updated",
            Action::VacancyStatusChanged => "vacancy.status_changed",
            Action::ApplicationCreated => "application.created",
            Action::ApplicationMoved => "application.moved",
            Action::HiringSettingsChanged => "org.hiring_settings_changed",
        }
    }

    /// The action of a stable name.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|action| action.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}

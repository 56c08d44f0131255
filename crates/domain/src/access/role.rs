use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// What a member does in an organisation. A person may hold several roles in one organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages members, API tokens, webhooks, retention and the audit trail.
    Admin,
    /// Runs programmes, vacancies and the hiring pipeline.
    Recruiter,
    /// Interviews candidates and grades case studies.
    Interviewer,
    /// Mentors interns.
    Mentor,
}

/// A text that names no role.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be one of admin, recruiter, interviewer, mentor")]
pub struct UnknownRole;

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Recruiter, Role::Interviewer, Role::Mentor];

    /// The role's name in URLs, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Recruiter => "recruiter",
            Role::Interviewer => "interviewer",
            Role::Mentor => "mentor",
        }
    }
}

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|role| role.as_str() == raw.trim()).ok_or(UnknownRole)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl crate::phrase::Said for UnknownRole {
    fn said(&self) -> crate::phrase::Phrase {
        crate::phrase::Phrase::new("problem-role")
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert_eq!("owner".parse::<Role>(), Err(UnknownRole));
    }
}

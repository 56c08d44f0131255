//! Who may call what. Every route names one [`Rule`]; [`decide`] is the only place that answers.
//!
//! Tenancy is part of the answer: whatever belongs to another organisation, or to another
//! person, is reported as not found, so that a caller never learns that it exists.

pub mod places;
mod role;

pub use role::{Role, UnknownRole};

/// What a route demands of its caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Anyone, signed in or not.
    Public,
    /// A signed-in person, even one who must still replace a one-time password (so that they
    /// can see who they are, change it, and log out).
    Account,
    /// A signed-in person with a password of their own: candidates' routes.
    Person,
    /// A member of the addressed organisation, or one of its API tokens, holding one of these roles.
    Org(&'static [Role]),
}

/// The caller, as far as rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller<'a> {
    /// No valid session or token.
    Anonymous,
    /// A person signed in with a session.
    Person {
        /// Their roles in the organisation the route addresses (none for a candidate or when the
        /// route addresses no organisation).
        roles: &'a [Role],
        /// They logged in with a one-time password and have not chosen their own yet.
        must_change_password: bool,
    },
    /// An API token; `own_org` says whether it belongs to the addressed organisation.
    Token {
        /// The token's role.
        role: Role,
        /// Whether the route addresses the token's organisation.
        own_org: bool,
    },
}

/// Why a call is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denial {
    /// Sign in first (401).
    Unauthenticated,
    /// Replace the one-time password first (403).
    PasswordChangeRequired,
    /// Report the resource as missing (404): it is someone else's.
    NotFound,
}

/// Decides whether `caller` may call a route guarded by `rule`.
pub fn decide(rule: Rule, caller: Caller<'_>) -> Result<(), Denial> {
    match (rule, caller) {
        (Rule::Public, _) => Ok(()),
        (_, Caller::Anonymous) => Err(Denial::Unauthenticated),
        (Rule::Account, Caller::Person { .. }) => Ok(()),
        (Rule::Person | Rule::Org(_), Caller::Person { must_change_password: true, .. }) => {
            Err(Denial::PasswordChangeRequired)
        }
        (Rule::Person, Caller::Person { .. }) => Ok(()),
        (Rule::Account | Rule::Person, Caller::Token { .. }) => Err(Denial::NotFound),
        (Rule::Org(allowed), Caller::Person { roles, .. }) => {
            if roles.iter().any(|role| allowed.contains(role)) { Ok(()) } else { Err(Denial::NotFound) }
        }
        (Rule::Org(allowed), Caller::Token { role, own_org }) => {
            if own_org && allowed.contains(&role) {
                Ok(())
            } else {
                Err(Denial::NotFound)
            }
        }
    }
}

/// Role sets that routes use.
pub mod roles {
    use super::Role;

    /// Only administrators.
    pub const ADMIN: &[Role] = &[Role::Admin];
    /// Those who run hiring: recruiters and admins.
    pub const HIRING: &[Role] = &[Role::Admin, Role::Recruiter];
    /// Anyone who belongs to the organisation.
    pub const ANY_MEMBER: &[Role] = &[Role::Admin, Role::Recruiter, Role::Interviewer, Role::Mentor];
}

#[cfg(test)]
mod tests {
    use super::*;

    const PERSON: Caller<'static> = Caller::Person { roles: &[], must_change_password: false };

    #[test]
    fn anonymous_callers_must_sign_in_except_for_public_routes() {
        assert_eq!(decide(Rule::Public, Caller::Anonymous), Ok(()));
        for rule in [Rule::Account, Rule::Person, Rule::Org(roles::ANY_MEMBER)] {
            assert_eq!(decide(rule, Caller::Anonymous), Err(Denial::Unauthenticated));
        }
    }

    #[test]
    fn outsiders_and_wrong_roles_see_nothing() {
        let admin_route = Rule::Org(roles::ADMIN);
        assert_eq!(decide(admin_route, PERSON), Err(Denial::NotFound));
        let recruiter = Caller::Person { roles: &[Role::Recruiter], must_change_password: false };
        assert_eq!(decide(admin_route, recruiter), Err(Denial::NotFound));
        assert_eq!(decide(Rule::Org(roles::ANY_MEMBER), recruiter), Ok(()));
        let admin = Caller::Person { roles: &[Role::Mentor, Role::Admin], must_change_password: false };
        assert_eq!(decide(admin_route, admin), Ok(()));
    }

    #[test]
    fn a_token_works_only_in_its_own_org_and_role() {
        let own = Caller::Token { role: Role::Admin, own_org: true };
        let other = Caller::Token { role: Role::Admin, own_org: false };
        assert_eq!(decide(Rule::Org(roles::ADMIN), own), Ok(()));
        assert_eq!(decide(Rule::Org(roles::ADMIN), other), Err(Denial::NotFound));
        let recruiter = Caller::Token { role: Role::Recruiter, own_org: true };
        assert_eq!(decide(Rule::Org(roles::ADMIN), recruiter), Err(Denial::NotFound));
    }

    #[test]
    fn tokens_are_not_people() {
        let token = Caller::Token { role: Role::Admin, own_org: true };
        assert_eq!(decide(Rule::Account, token), Err(Denial::NotFound));
        assert_eq!(decide(Rule::Person, token), Err(Denial::NotFound));
    }

    #[test]
    fn a_one_time_password_opens_only_the_account() {
        let fresh = Caller::Person { roles: &[Role::Admin], must_change_password: true };
        assert_eq!(decide(Rule::Account, fresh), Ok(()));
        assert_eq!(decide(Rule::Person, fresh), Err(Denial::PasswordChangeRequired));
        assert_eq!(decide(Rule::Org(roles::ADMIN), fresh), Err(Denial::PasswordChangeRequired));
    }
}

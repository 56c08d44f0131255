//! The places a person's roles open, for the navigation, and where they land after signing in:
//! each on their own work, and a choice for someone whose roles open several.

use super::Role;

/// A place of Cohort that someone's roles open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A candidate's applications (`/me`).
    Applications,
    /// An intern's internship.
    Internship,
    /// An organisation's console (its administrators).
    Console(String),
    /// An organisation's vacancies and boards (its recruiters and administrators).
    Vacancies(String),
    /// The interviews a member is on the panel of.
    Interviews(String),
    /// A mentor's mentees.
    Mentees(String),
    /// The organisations a person works for, when there are several.
    Organisations,
}

/// Where someone goes after signing in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Landing {
    /// Straight to their one place.
    Go(Place),
    /// Their roles open several places: they choose.
    Choose(Vec<Place>),
}

/// The places a person's roles open: for each organisation they work for (by slug) the roles
/// they hold there; `intern` when they have an internship. One organisation shows its places
/// one by one; several show one way to all of them.
pub fn places(memberships: &[(&str, Role)], intern: bool) -> Vec<Place> {
    let mut orgs: Vec<&str> = memberships.iter().map(|(slug, _)| *slug).collect();
    orgs.sort_unstable();
    orgs.dedup();
    let mut places = match orgs.as_slice() {
        [] => vec![Place::Applications],
        [org] => {
            let holds = |role| memberships.iter().any(|(_, r)| *r == role);
            let org = (*org).to_owned();
            let mut staff = Vec::new();
            if holds(Role::Admin) {
                staff.push(Place::Console(org.clone()));
            }
            if holds(Role::Admin) || holds(Role::Recruiter) {
                staff.push(Place::Vacancies(org.clone()));
            }
            if holds(Role::Interviewer) || holds(Role::Recruiter) {
                staff.push(Place::Interviews(org.clone()));
            }
            if holds(Role::Mentor) {
                staff.push(Place::Mentees(org));
            }
            staff
        }
        _ => vec![Place::Organisations],
    };
    if intern {
        places.push(Place::Internship);
    }
    places
}

/// Where a person with `memberships` (and an internship, `intern`) lands: an administrator on
/// the console, a recruiter on the vacancies, an interviewer on their interviews, a mentor on
/// their mentees, an intern on the internship, a candidate on their applications; someone whose
/// roles are several different jobs chooses.
pub fn landing(memberships: &[(&str, Role)], intern: bool) -> Landing {
    let mut roles: Vec<Role> = memberships.iter().map(|(_, r)| *r).collect();
    roles.sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
    roles.dedup();
    let orgs: std::collections::BTreeSet<&str> = memberships.iter().map(|(s, _)| *s).collect();
    let first = |role| {
        memberships.iter().find(|(_, r)| *r == role).map(|(slug, _)| (*slug).to_owned()).unwrap_or_default()
    };
    let work = |role| match role {
        Role::Admin => Place::Console(first(role)),
        Role::Recruiter => Place::Vacancies(first(role)),
        Role::Interviewer => Place::Interviews(first(role)),
        Role::Mentor => Place::Mentees(first(role)),
    };
    match (roles.as_slice(), orgs.len(), intern) {
        ([], _, false) => Landing::Go(Place::Applications),
        ([], _, true) => Landing::Go(Place::Internship),
        ([role], 1, false) => Landing::Go(work(*role)),
        // A recruiter interviews too: their work is the vacancies.
        ([Role::Recruiter, Role::Interviewer], 1, false) => Landing::Go(work(Role::Recruiter)),
        _ => Landing::Choose(places(memberships, intern)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acme(role: Role) -> (&'static str, Role) {
        ("acme", role)
    }

    #[test]
    fn each_role_lands_on_its_own_work() {
        assert_eq!(landing(&[], false), Landing::Go(Place::Applications));
        assert_eq!(landing(&[], true), Landing::Go(Place::Internship));
        assert_eq!(landing(&[acme(Role::Admin)], false), Landing::Go(Place::Console("acme".into())));
        assert_eq!(landing(&[acme(Role::Recruiter)], false), Landing::Go(Place::Vacancies("acme".into())));
        assert_eq!(landing(&[acme(Role::Interviewer)], false), Landing::Go(Place::Interviews("acme".into())));
        assert_eq!(landing(&[acme(Role::Mentor)], false), Landing::Go(Place::Mentees("acme".into())));
        assert_eq!(
            landing(&[acme(Role::Interviewer), acme(Role::Recruiter)], false),
            Landing::Go(Place::Vacancies("acme".into()))
        );
    }

    #[test]
    fn several_jobs_choose() {
        let both = [acme(Role::Admin), acme(Role::Mentor)];
        assert_eq!(
            landing(&both, false),
            Landing::Choose(vec![
                Place::Console("acme".into()),
                Place::Vacancies("acme".into()),
                Place::Mentees("acme".into()),
            ])
        );
        let mentor_intern = [acme(Role::Mentor)];
        assert_eq!(
            landing(&mentor_intern, true),
            Landing::Choose(vec![Place::Mentees("acme".into()), Place::Internship])
        );
        let two_orgs = [acme(Role::Recruiter), ("globex", Role::Recruiter)];
        assert_eq!(landing(&two_orgs, false), Landing::Choose(vec![Place::Organisations]));
    }

    #[test]
    fn the_navigation_shows_what_the_roles_open() {
        assert_eq!(places(&[], true), vec![Place::Applications, Place::Internship]);
        assert_eq!(
            places(&[acme(Role::Recruiter)], false),
            vec![Place::Vacancies("acme".into()), Place::Interviews("acme".into())]
        );
    }
}

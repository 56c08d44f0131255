//! The places a signed-in person's roles open, read once per page: the navigation shows them,
//! and signing in lands on one of them (`cohort_domain::access::places` decides which).

use cohort_domain::access::Role;
use cohort_domain::access::places::{self, Landing, Place};
use cohort_store::{Store, StoreError};
use uuid::Uuid;

/// What a person's roles are: per organisation (by slug) the roles held there, and whether they
/// have an internship.
#[derive(Clone, Debug, Default)]
pub struct Roles {
    memberships: Vec<(String, Role)>,
    intern: bool,
}

impl Roles {
    /// The roles of `user_id`, from the store.
    pub async fn of(store: &Store, user_id: Uuid) -> Result<Roles, StoreError> {
        let memberships = store.memberships_of(user_id).await?;
        let orgs = if memberships.is_empty() {
            Vec::new()
        } else {
            store.orgs_by_ids(memberships.iter().map(|m| m.org_id).collect()).await?
        };
        let memberships = memberships
            .iter()
            .filter_map(|m| {
                let slug = orgs.iter().find(|o| o.id == m.org_id)?.slug.clone();
                Some((slug, m.role.parse().ok()?))
            })
            .collect();
        let intern = !store.own_internships(user_id).await?.is_empty();
        Ok(Roles { memberships, intern })
    }

    fn pairs(&self) -> Vec<(&str, Role)> {
        self.memberships.iter().map(|(slug, role)| (slug.as_str(), *role)).collect()
    }

    /// The places the navigation shows.
    pub fn places(&self) -> Vec<Place> {
        places::places(&self.pairs(), self.intern)
    }

    /// Where signing in leads.
    pub fn landing(&self) -> Landing {
        places::landing(&self.pairs(), self.intern)
    }
}

/// A place's address.
pub fn href(place: &Place) -> String {
    match place {
        Place::Applications => "/me".into(),
        Place::Internship => "/me/internship".into(),
        Place::Console(org) => format!("/orgs/{org}/console"),
        Place::Vacancies(org) => format!("/orgs/{org}"),
        Place::Interviews(org) => format!("/orgs/{org}/my-interviews"),
        Place::Mentees(org) => format!("/orgs/{org}/interns"),
        Place::Organisations => "/orgs".into(),
    }
}

/// A place's name in the catalogue.
pub fn label(place: &Place) -> &'static str {
    match place {
        Place::Applications => "nav-my-applications",
        Place::Internship => "nav-my-internship",
        Place::Console(_) => "nav-console",
        Place::Vacancies(_) => "nav-vacancies",
        Place::Interviews(_) => "nav-my-interviews",
        Place::Mentees(_) => "nav-mentees",
        Place::Organisations => "nav-recruiting",
    }
}

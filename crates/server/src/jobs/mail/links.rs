//! Where an e-mail leads its reader: always a page of the site (signing in first if need be),
//! never the JSON API. A candidate goes to their own pages; staff to the application or their
//! mentees.

use cohort_domain::delivery::Audience;
use uuid::Uuid;

/// What a letter is about, for its link.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    /// An application (the candidate's card in `/me`, the staff's application page).
    Application(Uuid),
    /// An interview of application `.1` (the candidate books or reads it in `/me`).
    Interview(Uuid, Uuid),
    /// A case study assigned on application `.1`.
    CaseStudy(Uuid, Uuid),
    /// An offer on application `.1`.
    Offer(Uuid, Uuid),
    /// The internship (the intern's page; the mentor's mentees).
    Internship,
    /// The intern's trainings.
    Trainings,
}

/// The page a letter about `target` links its `audience` to, on `public_url`, in organisation
/// `org` (by slug).
pub fn page(public_url: &str, org: &str, audience: Audience, target: Target) -> String {
    let path = match (audience, target) {
        (Audience::Candidate, Target::Application(id)) => format!("/me#application-{id}"),
        (Audience::Candidate, Target::Interview(id, _)) => format!("/me#interview-{id}"),
        (Audience::Candidate, Target::CaseStudy(id, _)) => format!("/me/case-studies/{id}"),
        (Audience::Candidate, Target::Offer(id, _)) => format!("/me#offer-{id}"),
        (Audience::Candidate, Target::Internship) => "/me/internship".into(),
        (Audience::Candidate, Target::Trainings) => "/me/trainings".into(),
        (Audience::Mentor, Target::Internship | Target::Trainings) => format!("/orgs/{org}/interns"),
        (
            Audience::Panel | Audience::Mentor,
            Target::Application(application)
            | Target::Interview(_, application)
            | Target::CaseStudy(_, application)
            | Target::Offer(_, application),
        ) => format!("/orgs/{org}/applications/{application}"),
        (Audience::Panel, Target::Internship | Target::Trainings) => format!("/orgs/{org}/interns"),
    };
    format!("{public_url}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No e-mail sends anyone to the JSON API: every target, for every reader, is a page.
    #[test]
    fn every_link_is_a_page_for_every_reader() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let targets = [
            Target::Application(a),
            Target::Interview(b, a),
            Target::CaseStudy(b, a),
            Target::Offer(b, a),
            Target::Internship,
            Target::Trainings,
        ];
        for audience in [Audience::Candidate, Audience::Panel, Audience::Mentor] {
            for target in targets {
                let link = page("https://cohort.example", "acme", audience, target);
                assert!(link.starts_with("https://cohort.example/"), "{link}");
                assert!(!link.contains("/api/"), "{audience:?} {target:?}: {link}");
                let staff = audience != Audience::Candidate;
                assert_eq!(link.contains("/orgs/acme/"), staff, "{audience:?} {target:?}: {link}");
            }
        }
        let staff = page("https://cohort.example", "acme", Audience::Panel, Target::Interview(b, a));
        assert_eq!(staff, format!("https://cohort.example/orgs/acme/applications/{a}"));
    }
}

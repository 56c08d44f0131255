//! The internship after the offer: teams, interns and their onboarding, mentors and the
//! matching that pairs them, 1-on-1s, goals, evaluations and completion.
//!
//! An intern's private records (1-on-1 notes, goals, evaluations) are the intern's, their
//! mentor's and the coordinators' (recruiters and admins) to read; to anyone else they do not
//! exist (404). The intern reaches their own under `/me`.

mod interns;
mod mentors;
mod onboarding;
mod records;
mod teams;

pub use interns::*;
pub use mentors::*;
pub use onboarding::*;
pub use records::*;
pub use teams::*;

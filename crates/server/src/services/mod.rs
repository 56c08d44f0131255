//! Use cases, shared by the JSON API, the web pages, the CLI and the jobs. They validate input
//! into domain values, let the domain decide, and ask the store to commit.

pub mod accounts;
pub mod applications;
pub mod case_studies;
mod error;
pub mod internship;
pub mod interviews;
pub mod jobs;
pub mod members;
pub mod offers;
pub mod orgs;
pub mod privacy;
pub mod programs;
pub mod reports;
pub mod scorecards;
pub mod settings;
pub mod shadowing;
mod staff;
pub mod talent;
pub mod tokens;
pub mod trainings;
pub mod vacancies;
pub mod webhooks;

pub use error::{Outcome, ServiceError};
pub use staff::Staff;

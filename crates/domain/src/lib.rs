//! Cohort's rules, free of IO: validated values, roles and who may do what, and the policies
//! (login throttling, pagination bounds) that the server applies. Everything here is tested
//! without a database.

pub mod access;
pub mod audit;
pub mod calendar;
pub mod candidate;
pub mod case_study;
pub mod delivery;
pub mod eligibility;
pub mod email_template;
mod flow;
pub mod github;
pub mod identity;
pub mod ids;
pub mod internship;
pub mod language;
pub mod matching;
mod names;
pub mod offer;
pub mod org;
pub mod page;
pub mod phrase;
pub mod pipeline;
pub mod privacy;
pub mod program;
pub mod refusal;
pub mod reports;
pub mod retention;
pub mod scheduling;
pub mod scorecard;
pub mod shadowing;
pub mod talent;
pub mod text;
pub mod vacancy;
pub mod vacancy_form;
pub mod validation;

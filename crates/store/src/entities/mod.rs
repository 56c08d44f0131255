//! Table models. Rows are plain data; the capability modules (`orgs`, `users`, ...) own the queries.

pub mod api_token;
pub mod application;
pub mod application_event;
pub mod application_skill;
pub mod audit_event;
pub mod hiring_settings;
pub mod idempotency_key;
pub mod login_attempt;
pub mod membership;
pub mod organisation;
pub mod profile;
pub mod program;
pub mod session;
pub mod user;
pub mod vacancy;
pub mod vacancy_skill;

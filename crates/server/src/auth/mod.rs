//! Who is calling: sessions (cookie) and API tokens (`Authorization: Bearer`), password hashing,
//! and the extractors through which every route states who may call it.

pub mod caller;
pub mod passwords;
pub mod secrets;

pub use caller::{AccountCaller, OrgCaller, PersonCaller, Principal};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = crate::http::cookies::SESSION;

/// How long a session lasts after login.
pub const SESSION_LIFETIME: chrono::Duration = chrono::Duration::days(7);
/// How long a registration's confirmation link works.
pub const CONFIRMATION_LIFETIME: chrono::Duration = chrono::Duration::hours(24);
/// How long a "Forgot your password?" link works.
pub const RESET_LIFETIME: chrono::Duration = chrono::Duration::hours(1);
/// How long an invited member's link to choose their password works.
pub const INVITATION_LIFETIME: chrono::Duration = chrono::Duration::days(7);

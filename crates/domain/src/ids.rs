//! Typed identifiers. Every id is a UUIDv7, so ids sort by creation time and serve as cursors.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! define_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }
    )*};
}

define_id!(
    /// An organisation.
    OrgId,
    /// A person's account: a candidate, a member of organisations, or both.
    UserId,
    /// One role of one user in one organisation.
    MembershipId,
    /// A logged-in browser session.
    SessionId,
    /// An organisation's API token.
    ApiTokenId,
    /// An entry of the audit trail.
    AuditEventId,
);

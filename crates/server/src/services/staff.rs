//! Who acts for an organisation, as a use case needs to know them to apply row-level rules
//! (whose intern, which team lead).

use uuid::Uuid;

/// A member (or an API token) acting for an organisation.
#[derive(Clone, Copy, Debug)]
pub struct Staff {
    /// The organisation.
    pub org_id: Uuid,
    /// The person, unless an API token acts.
    pub user_id: Option<Uuid>,
    /// Whether they run hiring and the programme here (a recruiter or an admin).
    pub coordinator: bool,
}

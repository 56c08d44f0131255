//! The audit trail: append-only. Rows are written by the same unit of work as the change they
//! record; nothing here updates or deletes them. The one exception is erasure (`erasure.rs`),
//! which pseudonymises the entries about an erased person and keeps the entries themselves.

use crate::entities::audit_event::{self, Column, Entity};
use crate::entities::membership;
use crate::{Page, PageRequest, Store, StoreError};
use cohort_domain::audit::Action;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// Who did it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A person, by user id and e-mail.
    User {
        /// The user.
        id: Uuid,
        /// Their e-mail at the time.
        email: String,
    },
    /// An API token, by id and name.
    Token {
        /// The token.
        id: Uuid,
        /// Its name.
        name: String,
    },
    /// The platform operator at the command line.
    Operator,
    /// Nobody signed in (a failed login, a registration before the account exists).
    Anonymous,
    /// Cohort itself, on its schedule (retention).
    System,
}

impl Actor {
    pub(crate) fn parts(&self) -> (&'static str, Option<Uuid>, String) {
        match self {
            Actor::User { id, email } => ("user", Some(*id), email.clone()),
            Actor::Token { id, name } => ("token", Some(*id), name.clone()),
            Actor::Operator => ("operator", None, "cli".to_owned()),
            Actor::Anonymous => ("anonymous", None, "anonymous".to_owned()),
            Actor::System => ("system", None, "cohort".to_owned()),
        }
    }
}

/// Where a write comes from: who, in which request, from which address.
#[derive(Clone, Debug)]
pub struct Context {
    /// Who acts.
    pub actor: Actor,
    /// The request id, as in the response's `x-request-id`.
    pub request_id: Option<String>,
    /// The client's address.
    pub ip: Option<String>,
}

impl Context {
    /// The person acting, if a person acts.
    pub fn actor_user(&self) -> Option<Uuid> {
        match self.actor {
            Actor::User { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The operator at the command line.
    pub fn operator() -> Self {
        Context { actor: Actor::Operator, request_id: None, ip: None }
    }

    /// The same request, acted on by someone else (a person who has just registered or logged in).
    pub fn as_actor(&self, actor: Actor) -> Self {
        Context { actor, ..self.clone() }
    }
}

/// What happened, to what.
#[derive(Clone, Debug)]
pub struct Event {
    /// The organisation it concerns.
    pub org_id: Option<Uuid>,
    /// The action.
    pub action: Action,
    /// The kind and id of the thing acted on.
    pub target: Option<(&'static str, String)>,
    /// Action-specific details.
    pub details: Option<serde_json::Value>,
}

impl Event {
    /// An event of `action` on a target.
    pub fn new(action: Action, org_id: Option<Uuid>, kind: &'static str, id: impl ToString) -> Self {
        Event { org_id, action, target: Some((kind, id.to_string())), details: None }
    }

    /// Adds details.
    pub fn with_details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }
}

pub(crate) async fn append(db: &impl ConnectionTrait, ctx: &Context, event: Event) -> Result<(), StoreError> {
    let (actor_kind, actor_id, actor_label) = ctx.actor.parts();
    let (target_kind, target_id) = match event.target {
        Some((kind, id)) => (Some(kind.to_owned()), Some(id)),
        None => (None, None),
    };
    audit_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(chrono::Utc::now()),
        org_id: Set(event.org_id),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        actor_label: Set(actor_label),
        action: Set(event.action.as_str().to_owned()),
        target_kind: Set(target_kind),
        target_id: Set(target_id),
        request_id: Set(ctx.request_id.clone()),
        ip: Set(ctx.ip.clone()),
        details: Set(event.details.map(|d| d.to_string())),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Appends a pipeline event to the audit trail AND the outbox, in the caller's transaction: the
/// outbox row carries the action's name as its topic, the target and the details, for the
/// e-mails and webhooks that announce it.
pub(crate) async fn announce(
    db: &impl ConnectionTrait,
    ctx: &Context,
    event: Event,
) -> Result<(), StoreError> {
    let subject = event
        .target
        .as_ref()
        .and_then(|(_, id)| Uuid::parse_str(id).ok())
        .ok_or_else(|| StoreError::Corrupt("an announced event needs a target id".into()))?;
    let (kind, _) = event.target.clone().unwrap_or(("", String::new()));
    let payload = serde_json::json!({
        "type": event.action.as_str(),
        "subject": { "kind": kind, "id": subject },
        "data": event.details.clone().unwrap_or(serde_json::Value::Null),
    });
    crate::outbox::publish(db, event.org_id, event.action.as_str(), subject, payload).await?;
    append(db, ctx, event).await
}

/// Appends an event about a person's own account (a login, a password change): it concerns
/// every organisation they belong to, so it is recorded once for each, and each organisation's
/// admins see it in their trail. A person of no organisation gets one row without one.
pub(crate) async fn append_for_person(
    db: &impl ConnectionTrait,
    ctx: &Context,
    user_id: Option<Uuid>,
    event: Event,
) -> Result<(), StoreError> {
    let mut org_ids: Vec<Option<Uuid>> = match user_id {
        Some(user_id) => membership::Entity::find()
            .filter(membership::Column::UserId.eq(user_id))
            .order_by_asc(membership::Column::OrgId)
            .all(db)
            .await?
            .into_iter()
            .map(|m| Some(m.org_id))
            .collect(),
        None => Vec::new(),
    };
    org_ids.dedup();
    if org_ids.is_empty() {
        org_ids.push(None);
    }
    for org_id in org_ids {
        append(db, ctx, Event { org_id, ..event.clone() }).await?;
    }
    Ok(())
}

impl Store {
    /// An organisation's audit trail, newest first, optionally of one action and of what one
    /// person (`actor`, their account id) did.
    pub async fn audit_page(
        &self,
        org_id: Uuid,
        action: Option<Action>,
        actor: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Page<audit_event::Model>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(action) = action {
            query = query.filter(Column::Action.eq(action.as_str()));
        }
        if let Some(actor) = actor {
            query = query.filter(Column::ActorId.eq(actor));
        }
        if let Some(after) = page.after {
            query = query.filter(Column::Id.lt(after));
        }
        let rows = query.order_by_desc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(rows, page.limit, |row| row.id))
    }
}

//! The audit trail (admins only, read-only).

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Admins;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiQuery;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_store::entities::audit_event;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// One audited event.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventView {
    /// Its id.
    pub id: Uuid,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// `user`, `token`, `operator` or `anonymous`.
    pub actor_kind: String,
    /// The user or token.
    pub actor_id: Option<Uuid>,
    /// The actor's e-mail or token name.
    pub actor_label: String,
    /// The action, e.g. `member.added`.
    pub action: String,
    /// What was acted on, e.g. `api_token`.
    pub target_kind: Option<String>,
    /// Its id.
    pub target_id: Option<String>,
    /// The request's `x-request-id`.
    pub request_id: Option<String>,
    /// The client's address.
    pub ip: Option<String>,
    /// Details of the action.
    #[schema(value_type = Option<Object>)]
    pub details: Option<serde_json::Value>,
}

impl From<audit_event::Model> for AuditEventView {
    fn from(e: audit_event::Model) -> Self {
        AuditEventView {
            id: e.id,
            at: e.at,
            actor_kind: e.actor_kind,
            actor_id: e.actor_id,
            actor_label: e.actor_label,
            action: e.action,
            target_kind: e.target_kind,
            target_id: e.target_id,
            request_id: e.request_id,
            ip: e.ip,
            details: e.details.and_then(|d| serde_json::from_str(&d).ok()),
        }
    }
}

/// Filters of the audit trail.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Only this action, e.g. `auth.login_failed`.
    pub action: Option<String>,
    /// Only what this person did (their account id, `user_id` in the member list) or this API
    /// token did (its id).
    pub actor: Option<Uuid>,
}

/// The organisation's audit trail, newest first.
#[utoipa::path(
    get, path = "/orgs/{org}/audit", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), AuditQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<AuditEventView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_audit_events(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Json<ListResponse<AuditEventView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let action = match query.action.as_deref() {
        None => None,
        Some(name) => {
            Some(Action::parse(name).ok_or_else(|| ApiError::invalid("action", "is not an audited action"))?)
        }
    };
    let events = state.store.audit_page(caller.org.id, action, query.actor, page).await?;
    Ok(Json(ListResponse::from_page(events, AuditEventView::from)))
}

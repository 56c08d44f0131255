//! An organisation's members and their roles (admins only).

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Admins;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::members::{self, FirstPassword};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_store::members::Member;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// One role of one person.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    /// The membership's id (use it to remove the role).
    pub id: Uuid,
    /// The person's account.
    pub user_id: Uuid,
    /// Their e-mail address.
    pub email: String,
    /// Their name.
    pub name: String,
    /// The role.
    #[schema(example = "recruiter")]
    pub role: String,
    /// When the role was given.
    pub created_at: DateTime<Utc>,
}

impl From<Member> for MemberView {
    fn from(member: Member) -> Self {
        MemberView {
            id: member.membership.id,
            user_id: member.user.id,
            email: member.user.email,
            name: member.user.name,
            role: member.membership.role,
            created_at: member.membership.created_at,
        }
    }
}

/// A role to give.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateMemberRequest {
    /// The person's e-mail address. Without an account, one is created.
    #[schema(example = "rita@acme.example")]
    pub email: String,
    /// Their name, for a new account (default: the part of the e-mail before `@`).
    pub name: Option<String>,
    /// `admin`, `recruiter`, `interviewer` or `mentor`.
    #[schema(example = "recruiter")]
    pub role: String,
    /// How a new account gets its first password: `invitation` (the default) e-mails the person
    /// a link to choose it, valid for 7 days; `one_time` answers a one-time password to hand
    /// over, to be replaced at first sign-in. An existing account is told by e-mail
    /// (`invitation`) or not at all (`one_time`).
    #[schema(example = "invitation")]
    pub first_password: Option<String>,
}

/// The role given; for a new account, its one-time password.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedMember {
    /// The membership.
    pub member: MemberView,
    /// Set only when an account was created with `first_password: one_time`: hand it to the
    /// person; it works once, to choose their own password, and is never shown again.
    pub one_time_password: Option<String>,
    /// Whether an e-mail told the person (an invitation link, or that they hold the role now).
    pub invited: bool,
}

/// The members, one entry per role, oldest first.
#[utoipa::path(
    get, path = "/orgs/{org}/members", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<MemberView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_members(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<MemberView>>, ApiError> {
    let page = state.store.members_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, MemberView::from)))
}

/// Gives a person a role, creating their account if needed: by default they are e-mailed an
/// invitation link to choose their password.
#[utoipa::path(
    post, path = "/orgs/{org}/members", tag = "orgs", request_body = CreateMemberRequest,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = CreatedMember),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_member`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_member(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<CreateMemberRequest>,
) -> Result<(StatusCode, Json<CreatedMember>), ApiError> {
    let created = match body.first_password.as_deref().unwrap_or("invitation") {
        "invitation" => {
            let inviter = caller.actor_name();
            let added = members::invite(
                &state.store,
                &caller.audit(),
                &caller.org,
                &inviter,
                &body.email,
                body.name.as_deref(),
                &body.role,
            )
            .await?;
            CreatedMember { member: added.member.into(), one_time_password: None, invited: true }
        }
        "one_time" => {
            let added = members::add(
                &state.store,
                &caller.audit(),
                caller.org.id,
                &body.email,
                body.name.as_deref(),
                &body.role,
                FirstPassword::OneTime,
            )
            .await?;
            let one_time_password = added.one_time_password;
            CreatedMember { member: added.added.member.into(), one_time_password, invited: false }
        }
        _ => return Err(ApiError::invalid("first_password", "must be invitation or one_time")),
    };
    Ok((StatusCode::CREATED, Json(created)))
}

/// Takes a role away. The last admin stays.
#[utoipa::path(
    delete, path = "/orgs/{org}/members/{id}", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The membership's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`refused`: the last admin", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_member(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<StatusCode, ApiError> {
    crate::services::members::remove(&state.store, &caller.audit(), caller.org.id, path.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

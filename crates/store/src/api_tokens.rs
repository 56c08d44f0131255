//! API tokens: one organisation, one role, shown once, stored as a SHA-256, revocable.

use crate::audit::{self, Context, Event};
use crate::entities::api_token::{self, Column, Entity};
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::access::Role;
use cohort_domain::audit::Action;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// An API token (without its secret, which is never stored).
pub type ApiToken = api_token::Model;

/// A token about to be created.
#[derive(Clone, Debug)]
pub struct NewApiToken {
    /// Its organisation.
    pub org_id: Uuid,
    /// What it is for.
    pub name: String,
    /// The role it acts with.
    pub role: Role,
    /// SHA-256 (hex) of the secret.
    pub secret_hash: String,
    /// The person creating it, if not the operator.
    pub created_by: Option<Uuid>,
    /// When it stops working, if ever.
    pub expires_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Creates a token.
    pub async fn create_api_token(&self, ctx: &Context, new: NewApiToken) -> Result<ApiToken, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let token = api_token::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(new.org_id),
                        name: Set(new.name),
                        role: Set(new.role.as_str().to_owned()),
                        secret_hash: Set(new.secret_hash),
                        created_by: Set(new.created_by),
                        created_at: Set(Utc::now()),
                        expires_at: Set(new.expires_at),
                        revoked_at: Set(None),
                        last_used_at: Set(None),
                    }
                    .insert(tx)
                    .await?;
                    let event =
                        Event::new(Action::ApiTokenCreated, Some(token.org_id), "api_token", token.id)
                            .with_details(serde_json::json!({ "name": token.name, "role": token.role }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(token)
                }
                .boxed()
            })
            .await
    }

    /// The usable (not revoked, not expired) token with this secret hash.
    pub async fn api_token_by_secret(
        &self,
        secret_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<ApiToken>, StoreError> {
        let token = Entity::find()
            .filter(Column::SecretHash.eq(secret_hash))
            .filter(Column::RevokedAt.is_null())
            .one(&self.read)
            .await?;
        Ok(token.filter(|t| t.expires_at.is_none_or(|expires| expires > now)))
    }

    /// Notes that a token was used (callers limit this to about once a minute).
    pub async fn touch_api_token(&self, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    Entity::update_many()
                        .col_expr(Column::LastUsedAt, sea_orm::sea_query::Expr::value(Some(now)))
                        .filter(Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// Revokes a token of the organisation; revoking twice changes nothing more.
    pub async fn revoke_api_token(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
    ) -> Result<ApiToken, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let token = Entity::find_by_id(id)
                        .filter(Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if token.revoked_at.is_some() {
                        return Ok(token);
                    }
                    let mut active: api_token::ActiveModel = token.into();
                    active.revoked_at = Set(Some(Utc::now()));
                    let token = active.update(tx).await?;
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::ApiTokenRevoked, Some(org_id), "api_token", id),
                    )
                    .await?;
                    Ok(token)
                }
                .boxed()
            })
            .await
    }

    /// An organisation's tokens, oldest first, revoked ones included.
    pub async fn api_tokens_page(
        &self,
        org_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<ApiToken>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.gt(after));
        }
        let rows = query.order_by_asc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(rows, page.limit, |row| row.id))
    }
}

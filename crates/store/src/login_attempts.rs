//! Failed and successful logins, counted for throttling; the audit trail records them too.

use crate::audit::{self, Context, Event};
use crate::entities::login_attempt;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::identity::throttle::RecentFailures;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Select, Set,
};
use uuid::Uuid;

pub(crate) async fn record(
    db: &impl ConnectionTrait,
    ctx: &Context,
    email: &str,
    user_id: Option<Uuid>,
    succeeded: bool,
) -> Result<(), StoreError> {
    login_attempt::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(Utc::now()),
        email: Set(email.to_owned()),
        ip: Set(ctx.ip.clone()),
        succeeded: Set(succeeded),
    }
    .insert(db)
    .await?;
    let action = if succeeded { Action::LoginSucceeded } else { Action::LoginFailed };
    let event = match user_id {
        Some(user_id) => Event::new(action, None, "user", user_id),
        None => Event { org_id: None, action, target: None, details: None },
    };
    audit::append_for_person(db, ctx, user_id, event.with_details(serde_json::json!({ "email": email })))
        .await?;
    Ok(())
}

impl Store {
    /// Records a failed login for `email` (known or not) from the context's address.
    pub async fn record_failed_login(
        &self,
        ctx: &Context,
        email: String,
        user_id: Option<Uuid>,
    ) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| async move { record(tx, &ctx, &email, user_id, false).await }.boxed()).await
    }

    /// Failed logins since `since` for this e-mail and from this address.
    pub async fn recent_login_failures(
        &self,
        email: &str,
        ip: Option<&str>,
        since: DateTime<Utc>,
    ) -> Result<RecentFailures, StoreError> {
        let failures = || {
            login_attempt::Entity::find()
                .filter(login_attempt::Column::Succeeded.eq(false))
                .filter(login_attempt::Column::At.gt(since))
        };
        let (account, account_oldest) =
            self.count_and_oldest(failures().filter(login_attempt::Column::Email.eq(email))).await?;
        let (ip, ip_oldest) = match ip {
            Some(ip) => self.count_and_oldest(failures().filter(login_attempt::Column::Ip.eq(ip))).await?,
            None => (0, None),
        };
        Ok(RecentFailures { account, account_oldest, ip, ip_oldest })
    }

    async fn count_and_oldest(
        &self,
        query: Select<login_attempt::Entity>,
    ) -> Result<(u32, Option<DateTime<Utc>>), StoreError> {
        let count = query.clone().count(&self.read).await?;
        let oldest = query.order_by_asc(login_attempt::Column::At).one(&self.read).await?.map(|row| row.at);
        Ok((u32::try_from(count).unwrap_or(u32::MAX), oldest))
    }
}

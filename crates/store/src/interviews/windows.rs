//! Interviewers' availability windows and daily caps, and what a panel's look like over a span.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{availability, interviewer_setting};
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::scheduling::{DEFAULT_DAILY_CAP, Interval, PanelMember};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

impl Store {
    /// Adds an availability window for an interviewer.
    pub async fn add_availability(
        &self,
        ctx: &Context,
        org_id: Uuid,
        user_id: Uuid,
        interval: Interval,
    ) -> Result<Window, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let id = Uuid::now_v7();
                    availability::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        user_id: Set(user_id),
                        starts_at: Set(interval.start),
                        ends_at: Set(interval.end),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::AvailabilityChanged, Some(org_id), "user", user_id)
                        .with_details(serde_json::json!({ "added": { "starts_at": interval.start, "ends_at": interval.end } }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(Window { id, user_id, interval })
                }
                .boxed()
            })
            .await
    }

    /// Removes one of an interviewer's windows; `false` when there is no such window of theirs.
    pub async fn remove_availability(
        &self,
        ctx: &Context,
        org_id: Uuid,
        user_id: Uuid,
        id: Uuid,
    ) -> Result<bool, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let deleted = availability::Entity::delete_many()
                        .filter(availability::Column::Id.eq(id))
                        .filter(availability::Column::OrgId.eq(org_id))
                        .filter(availability::Column::UserId.eq(user_id))
                        .exec(tx)
                        .await?;
                    if deleted.rows_affected == 0 {
                        return Ok(false);
                    }
                    let event = Event::new(Action::AvailabilityChanged, Some(org_id), "user", user_id)
                        .with_details(serde_json::json!({ "removed": id }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(true)
                }
                .boxed()
            })
            .await
    }

    /// An interviewer's windows that end after `from`, earliest first, a page at a time.
    pub async fn availability_of(
        &self,
        org_id: Uuid,
        user_id: Uuid,
        from: DateTime<Utc>,
        page: PageRequest,
    ) -> Result<Page<Window>, StoreError> {
        let mut query = availability::Entity::find()
            .filter(availability::Column::OrgId.eq(org_id))
            .filter(availability::Column::UserId.eq(user_id))
            .filter(availability::Column::EndsAt.gt(from));
        if let Some(after) = page.after {
            query = query.filter(availability::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(availability::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let windows = rows
            .into_iter()
            .map(|w| Window {
                id: w.id,
                user_id: w.user_id,
                interval: Interval { start: w.starts_at, end: w.ends_at },
            })
            .collect();
        Ok(Page::from_overfetch(windows, page.limit, |w| w.id))
    }

    /// How many interviews an interviewer takes a day.
    pub async fn daily_cap(&self, org_id: Uuid, user_id: Uuid) -> Result<u32, StoreError> {
        Ok(interviewer_setting::Entity::find_by_id((org_id, user_id))
            .one(&self.read)
            .await?
            .map_or(DEFAULT_DAILY_CAP, |s| u32::try_from(s.daily_cap).unwrap_or(DEFAULT_DAILY_CAP)))
    }

    /// Sets an interviewer's daily cap.
    pub async fn set_daily_cap(
        &self,
        ctx: &Context,
        org_id: Uuid,
        user_id: Uuid,
        cap: u32,
    ) -> Result<u32, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = interviewer_setting::ActiveModel {
                        org_id: Set(org_id),
                        user_id: Set(user_id),
                        daily_cap: Set(i32::try_from(cap).unwrap_or(i32::MAX)),
                    };
                    if interviewer_setting::Entity::find_by_id((org_id, user_id)).one(tx).await?.is_some() {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    let event = Event::new(Action::AvailabilityChanged, Some(org_id), "user", user_id)
                        .with_details(serde_json::json!({ "daily_cap": cap }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(cap)
                }
                .boxed()
            })
            .await
    }

    /// What a panel's availability, bookings and caps are over `span`: the input of
    /// [`cohort_domain::scheduling::free_slots`].
    pub async fn panel_for(
        &self,
        org_id: Uuid,
        panel: &[Uuid],
        span: Interval,
    ) -> Result<Vec<PanelMember>, StoreError> {
        panel_facts(&self.read, org_id, panel, span, None).await
    }
}

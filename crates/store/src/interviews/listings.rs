//! Interviews as read: one, a candidate's, an organisation's, an interviewer's upcoming; calendar feeds.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::interview::{Column, Entity};
use crate::entities::{calendar_feed, interview_panelist};
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::audit::Action;
use cohort_domain::scheduling::InterviewStatus;
use futures::FutureExt;
use sea_orm::sea_query::{ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

impl Store {
    /// One interview of the organisation.
    pub async fn interview(&self, org_id: Uuid, id: Uuid) -> Result<Option<Interview>, StoreError> {
        Ok(load(&self.read, id).await?.filter(|i| i.org_id == org_id))
    }

    /// One interview of the candidate.
    pub async fn own_interview(&self, candidate_id: Uuid, id: Uuid) -> Result<Option<Interview>, StoreError> {
        Ok(load(&self.read, id).await?.filter(|i| i.candidate_id == candidate_id))
    }

    /// The candidate's interviews, newest first, a page at a time.
    pub async fn own_interviews(
        &self,
        candidate_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<Interview>, StoreError> {
        let mut query = Entity::find().filter(Column::CandidateId.eq(candidate_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.lt(after));
        }
        let rows = query.order_by_desc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(with_panels(&self.read, rows).await?, page.limit, |i| i.id))
    }

    /// The organisation's interviews, newest first, filtered, a page at a time.
    pub async fn org_interviews(
        &self,
        org_id: Uuid,
        filter: &InterviewFilter,
        page: PageRequest,
    ) -> Result<Page<Interview>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(application_id) = filter.application_id {
            query = query.filter(Column::ApplicationId.eq(application_id));
        }
        if let Some(user_id) = filter.panelist {
            let mut theirs = Query::select();
            theirs
                .column(interview_panelist::Column::InterviewId)
                .from(interview_panelist::Entity)
                .and_where(interview_panelist::Column::UserId.eq(user_id));
            query = query.filter(Column::Id.in_subquery(theirs));
        }
        if let Some(after) = page.after {
            query = query.filter(Column::Id.lt(after));
        }
        let rows = query.order_by_desc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(with_panels(&self.read, rows).await?, page.limit, |i| i.id))
    }

    /// A person's booked interviews (as candidate or interviewer) from a day ago on, earliest
    /// first, at most 500: their calendar feed.
    pub async fn upcoming_interviews_of(
        &self,
        user_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Vec<Interview>, StoreError> {
        let mut theirs = Query::select();
        theirs
            .column(interview_panelist::Column::InterviewId)
            .from(interview_panelist::Entity)
            .and_where(interview_panelist::Column::UserId.eq(user_id));
        let rows = Entity::find()
            .filter(Column::CandidateId.eq(user_id).or(Column::Id.in_subquery(theirs)))
            .filter(
                Column::Status.is_in([InterviewStatus::Booked.as_str(), InterviewStatus::Cancelled.as_str()]),
            )
            .filter(Column::EndsAt.gt(now - Duration::days(1)))
            .order_by_asc(Column::StartsAt)
            .limit(500)
            .all(&self.read)
            .await?;
        with_panels(&self.read, rows).await
    }

    /// Creates (or replaces) a person's calendar feed; only the token's hash is kept.
    pub async fn set_calendar_feed(
        &self,
        ctx: &Context,
        user_id: Uuid,
        token_hash: String,
    ) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    calendar_feed::Entity::delete_by_id(user_id).exec(tx).await?;
                    calendar_feed::ActiveModel {
                        user_id: Set(user_id),
                        token_hash: Set(token_hash),
                        created_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::CalendarFeedChanged, None, "user", user_id)
                        .with_details(serde_json::json!({ "feed": "created" }));
                    audit::append_for_person(tx, &ctx, Some(user_id), event).await
                }
                .boxed()
            })
            .await
    }

    /// Revokes a person's calendar feed; `false` when they had none.
    pub async fn revoke_calendar_feed(&self, ctx: &Context, user_id: Uuid) -> Result<bool, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let deleted = calendar_feed::Entity::delete_by_id(user_id).exec(tx).await?;
                    if deleted.rows_affected == 0 {
                        return Ok(false);
                    }
                    let event = Event::new(Action::CalendarFeedChanged, None, "user", user_id)
                        .with_details(serde_json::json!({ "feed": "revoked" }));
                    audit::append_for_person(tx, &ctx, Some(user_id), event).await?;
                    Ok(true)
                }
                .boxed()
            })
            .await
    }

    /// Whose feed a token hash opens, if any.
    pub async fn calendar_feed_owner(&self, token_hash: &str) -> Result<Option<Uuid>, StoreError> {
        Ok(calendar_feed::Entity::find()
            .filter(calendar_feed::Column::TokenHash.eq(token_hash))
            .one(&self.read)
            .await?
            .map(|f| f.user_id))
    }

    /// Whether the person has a calendar feed.
    pub async fn has_calendar_feed(&self, user_id: Uuid) -> Result<bool, StoreError> {
        Ok(calendar_feed::Entity::find_by_id(user_id).one(&self.read).await?.is_some())
    }
}

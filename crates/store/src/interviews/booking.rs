//! Offering and booking interviews (never anyone in two at once), reschedules and cancellations.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::interview::{self, Column, Entity};
use crate::entities::{availability, interview_panelist, interviewer_setting, user};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use cohort_domain::scheduling::{
    Conflict, DEFAULT_DAILY_CAP, Interval, InterviewStatus, PanelMember, check_booking, check_offer,
};
use futures::FutureExt;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

/// On PostgreSQL, locks the people's rows for the rest of the transaction, in id order.
pub(super) async fn lock_people(tx: &impl ConnectionTrait, people: &[Uuid]) -> Result<(), StoreError> {
    if tx.get_database_backend() == DbBackend::Postgres {
        let mut ids = people.to_vec();
        ids.sort();
        ids.dedup();
        user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .filter(user::Column::Id.is_in(ids))
            .order_by_asc(user::Column::Id)
            .lock_exclusive()
            .into_tuple::<Uuid>()
            .all(tx)
            .await?;
    }
    Ok(())
}

/// Booked interviews of the candidate overlapping `span`, other than `except`.
pub(super) async fn candidate_busy(
    db: &impl ConnectionTrait,
    candidate_id: Uuid,
    span: Interval,
    except: Option<Uuid>,
) -> Result<Vec<Interval>, StoreError> {
    let mut query = Entity::find()
        .filter(Column::CandidateId.eq(candidate_id))
        .filter(Column::Status.eq(InterviewStatus::Booked.as_str()))
        .filter(Column::StartsAt.lt(span.end))
        .filter(Column::EndsAt.gt(span.start));
    if let Some(except) = except {
        query = query.filter(Column::Id.ne(except));
    }
    Ok(query
        .limit(1000)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Some(Interval { start: r.starts_at?, end: r.ends_at? }))
        .collect())
}

/// What a booking needs to know of each interviewer around `span`: availability, other booked
/// interviews from the day before to the day after (for overlaps and daily caps), and their cap.
pub(super) async fn panel_facts(
    db: &impl ConnectionTrait,
    org_id: Uuid,
    panel: &[Uuid],
    span: Interval,
    except: Option<Uuid>,
) -> Result<Vec<PanelMember>, StoreError> {
    let around = Interval { start: span.start - Duration::days(1), end: span.end + Duration::days(1) };
    let mut members = Vec::with_capacity(panel.len());
    for &user_id in panel {
        let availability = availability::Entity::find()
            .filter(availability::Column::OrgId.eq(org_id))
            .filter(availability::Column::UserId.eq(user_id))
            .filter(availability::Column::StartsAt.lt(span.end))
            .filter(availability::Column::EndsAt.gt(span.start))
            .limit(1000)
            .all(db)
            .await?
            .into_iter()
            .map(|w| Interval { start: w.starts_at, end: w.ends_at })
            .collect();
        let mut theirs = Query::select();
        theirs
            .column(interview_panelist::Column::InterviewId)
            .from(interview_panelist::Entity)
            .and_where(interview_panelist::Column::UserId.eq(user_id));
        let mut query = Entity::find()
            .filter(Column::Id.in_subquery(theirs))
            .filter(Column::Status.eq(InterviewStatus::Booked.as_str()))
            .filter(Column::StartsAt.lt(around.end))
            .filter(Column::EndsAt.gt(around.start));
        if let Some(except) = except {
            query = query.filter(Column::Id.ne(except));
        }
        let busy = query
            .limit(1000)
            .all(db)
            .await?
            .into_iter()
            .filter_map(|r| Some(Interval { start: r.starts_at?, end: r.ends_at? }))
            .collect();
        let daily_cap = interviewer_setting::Entity::find_by_id((org_id, user_id))
            .one(db)
            .await?
            .map_or(DEFAULT_DAILY_CAP, |s| u32::try_from(s.daily_cap).unwrap_or(DEFAULT_DAILY_CAP));
        members.push(PanelMember { id: user_id, availability, busy, daily_cap });
    }
    Ok(members)
}

pub(super) fn refused(conflict: &Conflict) -> StoreError {
    StoreError::Refused(Refusal::Booking(conflict.clone()))
}

impl Store {
    /// Offers an interview with its slots. Each slot must be in the future, inside every
    /// interviewer's availability, and clear of everyone's bookings at this moment (the booking
    /// checks again).
    pub async fn offer_interview(
        &self,
        ctx: &Context,
        org_id: Uuid,
        new: NewInterview,
    ) -> Result<Interview, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    for &start in &new.slots {
                        let slot = Interval::starting(start, new.minutes);
                        let panel = panel_facts(tx, org_id, &new.panel, slot, None).await?;
                        let busy = candidate_busy(tx, new.candidate_id, slot, None).await?;
                        check_offer(&slot, &panel, now)
                            .and_then(|()| check_booking(&slot, &busy, &panel, now))
                            .map_err(|conflict| {
                                StoreError::Refused(Refusal::SlotUnavailable { at: start, conflict })
                            })?;
                    }
                    let id = Uuid::now_v7();
                    interview::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        application_id: Set(new.application_id),
                        candidate_id: Set(new.candidate_id),
                        stage: Set(new.stage.clone()),
                        kind: Set(new.kind.as_str().to_owned()),
                        minutes: Set(i32::try_from(new.minutes).unwrap_or(i32::MAX)),
                        location: Set(new.location.clone()),
                        video_url: Set(new.video_url.clone()),
                        status: Set(InterviewStatus::Offered.as_str().to_owned()),
                        slots: Set(serde_json::to_string(&new.slots).map_err(corrupt)?),
                        starts_at: Set(None),
                        ends_at: Set(None),
                        sequence: Set(0),
                        version: Set(1),
                        organizer_id: Set(ctx.actor_user()),
                        cancel_reason: Set(None),
                        created_at: Set(now),
                        updated_at: Set(now),
                    }
                    .insert(tx)
                    .await?;
                    for &user_id in &new.panel {
                        interview_panelist::ActiveModel { interview_id: Set(id), user_id: Set(user_id) }
                            .insert(tx)
                            .await?;
                    }
                    let event = Event::new(Action::InterviewOffered, Some(org_id), "interview", id).with_details(
                        serde_json::json!({ "application_id": new.application_id, "stage": new.stage, "slots": new.slots }),
                    );
                    audit::announce(tx, &ctx, event).await?;
                    load(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// Books an interview at `start`: the candidate picks one of the offered slots (first
    /// booking, or moving to another offered slot with a reason), or the organisation sets a new
    /// time (`side` = [`Side::Org`], any time clear of everyone's bookings). Raises SEQUENCE when
    /// it was already booked.
    pub async fn book_interview(
        &self,
        ctx: &Context,
        side: Side,
        id: Uuid,
        start: DateTime<Utc>,
        reason: Option<String>,
    ) -> Result<Interview, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let first = load(tx, id).await?.ok_or(StoreError::NotFound)?;
                    let mine = match side {
                        Side::Org(org_id) => first.org_id == org_id,
                        Side::Candidate(candidate_id) => first.candidate_id == candidate_id,
                    };
                    if !mine {
                        return Err(StoreError::NotFound);
                    }
                    let mut people = first.panel.clone();
                    people.push(first.candidate_id);
                    lock_people(tx, &people).await?;
                    // Read again under the locks: a racing change of this interview is visible now.
                    let current = load(tx, id).await?.ok_or(StoreError::NotFound)?;
                    let rescheduling = match current.status {
                        InterviewStatus::Offered => false,
                        InterviewStatus::Booked => true,
                        InterviewStatus::Cancelled => {
                            return Err(StoreError::Refused(Refusal::InterviewCancelled));
                        }
                    };
                    if rescheduling && current.time.map(|t| t.start) == Some(start) {
                        return Err(StoreError::Refused(Refusal::AlreadyBooked));
                    }
                    if matches!(side, Side::Candidate(_)) && !current.slots.contains(&start) {
                        return Err(refused(&Conflict::NotOffered));
                    }
                    let slot = Interval::starting(start, current.minutes);
                    let panel = panel_facts(tx, current.org_id, &current.panel, slot, Some(id)).await?;
                    let busy = candidate_busy(tx, current.candidate_id, slot, Some(id)).await?;
                    check_booking(&slot, &busy, &panel, now).map_err(|c| refused(&c))?;
                    let sequence = if rescheduling { current.sequence + 1 } else { current.sequence };
                    let mut slots = current.slots.clone();
                    if !slots.contains(&start) {
                        slots.push(start);
                    }
                    let row = interview::ActiveModel {
                        id: Set(id),
                        status: Set(InterviewStatus::Booked.as_str().to_owned()),
                        slots: Set(serde_json::to_string(&slots).map_err(corrupt)?),
                        starts_at: Set(Some(slot.start)),
                        ends_at: Set(Some(slot.end)),
                        sequence: Set(i32::try_from(sequence).unwrap_or(i32::MAX)),
                        version: Set(current.version + 1),
                        cancel_reason: Set(reason.clone()),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    row.update(tx).await?;
                    let action =
                        if rescheduling { Action::InterviewRescheduled } else { Action::InterviewScheduled };
                    let event = Event::new(action, Some(current.org_id), "interview", id).with_details(
                        serde_json::json!({
                            "application_id": current.application_id,
                            "from": current.time.map(|t| t.start),
                            "starts_at": slot.start,
                            "ends_at": slot.end,
                            "sequence": sequence,
                            "reason": reason,
                        }),
                    );
                    audit::announce(tx, &ctx, event).await?;
                    load(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// Cancels an interview, by either side, with a reason; raises SEQUENCE.
    pub async fn cancel_interview(
        &self,
        ctx: &Context,
        side: Side,
        id: Uuid,
        reason: String,
    ) -> Result<Interview, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load(tx, id).await?.ok_or(StoreError::NotFound)?;
                    let mine = match side {
                        Side::Org(org_id) => current.org_id == org_id,
                        Side::Candidate(candidate_id) => current.candidate_id == candidate_id,
                    };
                    if !mine {
                        return Err(StoreError::NotFound);
                    }
                    if current.status == InterviewStatus::Cancelled {
                        return Err(StoreError::Refused(Refusal::AlreadyCancelled));
                    }
                    let updated = Entity::update_many()
                        .col_expr(Column::Status, InterviewStatus::Cancelled.as_str().into())
                        .col_expr(Column::Sequence, i32::try_from(current.sequence + 1).unwrap_or(i32::MAX).into())
                        .col_expr(Column::Version, (current.version + 1).into())
                        .col_expr(Column::CancelReason, Some(reason.clone()).into())
                        .col_expr(Column::UpdatedAt, Utc::now().into())
                        .filter(Column::Id.eq(id))
                        .filter(Column::Version.eq(current.version))
                        .exec(tx)
                        .await?;
                    if updated.rows_affected == 0 {
                        return Err(StoreError::Stale);
                    }
                    let by = match side {
                        Side::Org(_) => "organisation",
                        Side::Candidate(_) => "candidate",
                    };
                    let event = Event::new(Action::InterviewCancelled, Some(current.org_id), "interview", id)
                        .with_details(serde_json::json!({ "application_id": current.application_id, "by": by, "reason": reason }));
                    audit::announce(tx, &ctx, event).await?;
                    load(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }
}

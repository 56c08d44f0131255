//! Interviews: interviewers' availability and daily caps, slots offered to candidates, bookings
//! that never put anyone in two interviews at once, reschedules and cancellations, calendar feeds.
//!
//! A booking reads everyone's other interviews and writes the new one in one transaction. On
//! SQLite the single writer serialises those transactions; on PostgreSQL the transaction first
//! locks the rows of every person involved (in id order, so two bookings cannot deadlock), so
//! that a racing booking of the same people waits and then sees this one.

use crate::audit::{self, Context, Event};
use crate::entities::interview::{self, Column, Entity};
use crate::entities::{availability, calendar_feed, interview_panelist, interviewer_setting, user};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use cohort_domain::scheduling::{
    Conflict, DEFAULT_DAILY_CAP, Interval, InterviewKind, InterviewStatus, PanelMember, check_booking,
    check_offer,
};
use futures::FutureExt;
use sea_orm::sea_query::{ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

/// An interview as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interview {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The stage's key.
    pub stage: String,
    /// What kind of interview.
    pub kind: InterviewKind,
    /// How long.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// Offered, booked or cancelled.
    pub status: InterviewStatus,
    /// The starts offered.
    pub slots: Vec<DateTime<Utc>>,
    /// When, once booked.
    pub time: Option<Interval>,
    /// The iCalendar SEQUENCE: raised by every change of a booked interview.
    pub sequence: u32,
    /// Raised by every change.
    pub version: i32,
    /// Who set it up.
    pub organizer_id: Option<Uuid>,
    /// Why it was cancelled or last rescheduled.
    pub cancel_reason: Option<String>,
    /// The interviewers.
    pub panel: Vec<Uuid>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn from_row(row: interview::Model, panel: Vec<Uuid>) -> Result<Interview, StoreError> {
    let time = match (row.starts_at, row.ends_at) {
        (Some(start), Some(end)) => Some(Interval { start, end }),
        _ => None,
    };
    Ok(Interview {
        id: row.id,
        org_id: row.org_id,
        application_id: row.application_id,
        candidate_id: row.candidate_id,
        stage: row.stage,
        kind: InterviewKind::parse(&row.kind).ok_or_else(|| corrupt(&row.kind))?,
        minutes: u32::try_from(row.minutes).map_err(corrupt)?,
        location: row.location,
        video_url: row.video_url,
        status: InterviewStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        slots: serde_json::from_str(&row.slots).map_err(corrupt)?,
        time,
        sequence: u32::try_from(row.sequence).map_err(corrupt)?,
        version: row.version,
        organizer_id: row.organizer_id,
        cancel_reason: row.cancel_reason,
        panel,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// An interview about to be offered.
#[derive(Clone, Debug)]
pub struct NewInterview {
    /// The application.
    pub application_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The stage's key.
    pub stage: String,
    /// What kind.
    pub kind: InterviewKind,
    /// How long.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// The starts offered.
    pub slots: Vec<DateTime<Utc>>,
    /// The interviewers.
    pub panel: Vec<Uuid>,
}

/// An availability window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// Its id.
    pub id: Uuid,
    /// Whose.
    pub user_id: Uuid,
    /// When.
    pub interval: Interval,
}

/// Who cancels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The organisation.
    Org(Uuid),
    /// The candidate.
    Candidate(Uuid),
}

/// Filters of the organisation's interview list.
#[derive(Clone, Debug, Default)]
pub struct InterviewFilter {
    /// Only this application's.
    pub application_id: Option<Uuid>,
    /// Only those with this interviewer on the panel.
    pub panelist: Option<Uuid>,
}

async fn panels(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(interview_panelist::Entity::find()
        .filter(interview_panelist::Column::InterviewId.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.interview_id, p.user_id))
        .collect())
}

async fn with_panels(
    db: &impl ConnectionTrait,
    rows: Vec<interview::Model>,
) -> Result<Vec<Interview>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let members = panels(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let mut panel: Vec<Uuid> =
                members.iter().filter(|(i, _)| *i == row.id).map(|(_, u)| *u).collect();
            panel.sort();
            from_row(row, panel)
        })
        .collect()
}

async fn load(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Interview>, StoreError> {
    let Some(row) = Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    Ok(with_panels(db, vec![row]).await?.pop())
}

/// On PostgreSQL, locks the people's rows for the rest of the transaction, in id order.
async fn lock_people(tx: &impl ConnectionTrait, people: &[Uuid]) -> Result<(), StoreError> {
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
async fn candidate_busy(
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
async fn panel_facts(
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

fn refused(conflict: &Conflict) -> StoreError {
    StoreError::Refused(Refusal::Booking(conflict.clone()))
}

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

//! Networking and shadowing: interns ask to shadow a team for a day and its lead answers within
//! the team's weekly capacity (decided under the team's lock); networking events with RSVPs.

use crate::audit::{self, Context, Event};
use crate::entities::{event_rsvp, networking_event, shadowing_request, team};
use crate::error::corrupt;
use crate::internship::{Intern, lock_row};
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::{
    ShadowingRefusal, ShadowingStatus, accept_shadowing, close_shadowing, week_of,
};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A shadowing request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShadowingRequest {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// The team to shadow.
    pub team_id: Uuid,
    /// The day.
    pub on_date: NaiveDate,
    /// Where it stands.
    pub status: ShadowingStatus,
    /// The intern's note (what they hope to learn).
    pub note: String,
    /// Who answered.
    pub decided_by: Option<Uuid>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
    /// When asked.
    pub created_at: DateTime<Utc>,
}

fn request_from(row: shadowing_request::Model) -> Result<ShadowingRequest, StoreError> {
    Ok(ShadowingRequest {
        id: row.id,
        org_id: row.org_id,
        intern_id: row.intern_id,
        team_id: row.team_id,
        on_date: row.on_date,
        status: ShadowingStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        note: row.note,
        decided_by: row.decided_by,
        decided_at: row.decided_at,
        created_at: row.created_at,
    })
}

fn refusal(error: ShadowingRefusal) -> StoreError {
    match error {
        ShadowingRefusal::Answered(_) | ShadowingRefusal::Full(..) => {
            StoreError::Refused(Refusal::Shadowing(error))
        }
    }
}

/// A networking event.
pub type NetworkingEvent = networking_event::Model;

/// An intern's answer to an event.
pub type Rsvp = event_rsvp::Model;

/// Which requests to list.
#[derive(Clone, Debug, Default)]
pub struct RequestFilter {
    /// Of these teams only (a team lead's).
    pub team_ids: Option<Vec<Uuid>>,
    /// Of one intern.
    pub intern_id: Option<Uuid>,
    /// In one status.
    pub status: Option<ShadowingStatus>,
}

impl Store {
    /// An intern asks to shadow a team on a day.
    pub async fn request_shadowing(
        &self,
        ctx: &Context,
        intern: &Intern,
        team_id: Uuid,
        on_date: NaiveDate,
        note: String,
    ) -> Result<ShadowingRequest, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    team::Entity::find_by_id(team_id)
                        .filter(team::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::Refused(Refusal::UnknownTeam))?;
                    let row = shadowing_request::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        intern_id: Set(intern_id),
                        team_id: Set(team_id),
                        on_date: Set(on_date),
                        week_of: Set(week_of(on_date)),
                        status: Set(ShadowingStatus::Pending.as_str().into()),
                        note: Set(note),
                        decided_by: Set(None),
                        decided_at: Set(None),
                        created_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(
                        Action::ShadowingRequested,
                        Some(org_id),
                        "shadowing_request",
                        row.id,
                    )
                    .with_details(
                        serde_json::json!({ "team_id": team_id, "on_date": on_date, "intern_id": intern_id }),
                    );
                    audit::announce(tx, &ctx, event).await?;
                    request_from(row)
                }
                .boxed()
            })
            .await
    }

    /// Accepts (within the team's weekly capacity), declines or cancels a request.
    pub async fn decide_shadowing(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        to: ShadowingStatus,
    ) -> Result<ShadowingRequest, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = shadowing_request::Entity::find_by_id(id)
                        .filter(shadowing_request::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    lock_row::<team::Entity>(tx, team::Column::Id, current.team_id).await?;
                    let current = request_from(
                        shadowing_request::Entity::find_by_id(id)
                            .one(tx)
                            .await?
                            .ok_or(StoreError::NotFound)?,
                    )?;
                    let next = if to == ShadowingStatus::Accepted {
                        let team = team::Entity::find_by_id(current.team_id)
                            .one(tx)
                            .await?
                            .ok_or(StoreError::NotFound)?;
                        let accepted = shadowing_request::Entity::find()
                            .filter(shadowing_request::Column::TeamId.eq(current.team_id))
                            .filter(shadowing_request::Column::WeekOf.eq(week_of(current.on_date)))
                            .filter(shadowing_request::Column::Status.eq(ShadowingStatus::Accepted.as_str()))
                            .count(tx)
                            .await?;
                        accept_shadowing(
                            current.status,
                            current.on_date,
                            u32::try_from(team.weekly_guests).unwrap_or_default(),
                            u32::try_from(accepted).unwrap_or(u32::MAX),
                        )
                        .map_err(refusal)?
                    } else {
                        close_shadowing(current.status, to).map_err(refusal)?
                    };
                    let now = Utc::now();
                    shadowing_request::Entity::update_many()
                        .set(shadowing_request::ActiveModel {
                            status: Set(next.as_str().into()),
                            decided_by: Set(ctx.actor_user()),
                            decided_at: Set(Some(now)),
                            ..Default::default()
                        })
                        .filter(shadowing_request::Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    let event = Event::new(Action::ShadowingDecided, Some(org_id), "shadowing_request", id)
                        .with_details(
                            serde_json::json!({ "status": next.as_str(), "intern_id": current.intern_id }),
                        );
                    audit::announce(tx, &ctx, event).await?;
                    request_from(
                        shadowing_request::Entity::find_by_id(id)
                            .one(tx)
                            .await?
                            .ok_or(StoreError::NotFound)?,
                    )
                }
                .boxed()
            })
            .await
    }

    /// One request of the organisation.
    pub async fn shadowing_request(
        &self,
        org_id: Uuid,
        id: Uuid,
    ) -> Result<Option<ShadowingRequest>, StoreError> {
        shadowing_request::Entity::find_by_id(id)
            .filter(shadowing_request::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(request_from)
            .transpose()
    }

    /// The organisation's requests, newest day first (at most 500).
    pub async fn shadowing_requests(
        &self,
        org_id: Uuid,
        filter: RequestFilter,
    ) -> Result<Vec<ShadowingRequest>, StoreError> {
        let mut query = shadowing_request::Entity::find().filter(shadowing_request::Column::OrgId.eq(org_id));
        if let Some(teams) = filter.team_ids {
            query = query.filter(shadowing_request::Column::TeamId.is_in(teams));
        }
        if let Some(intern) = filter.intern_id {
            query = query.filter(shadowing_request::Column::InternId.eq(intern));
        }
        if let Some(status) = filter.status {
            query = query.filter(shadowing_request::Column::Status.eq(status.as_str()));
        }
        query
            .order_by_desc(shadowing_request::Column::OnDate)
            .order_by_desc(shadowing_request::Column::Id)
            .limit(500)
            .all(&self.read)
            .await?
            .into_iter()
            .map(request_from)
            .collect()
    }

    /// Creates a networking event.
    pub async fn create_event(
        &self,
        ctx: &Context,
        event: NetworkingEvent,
    ) -> Result<NetworkingEvent, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = networking_event::ActiveModel::from(event).insert(tx).await?;
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::EventChanged, Some(row.org_id), "event", row.id),
                    )
                    .await?;
                    Ok(row)
                }
                .boxed()
            })
            .await
    }

    /// The organisation's events from `from` on, by time (at most 200).
    pub async fn events(
        &self,
        org_id: Uuid,
        from: DateTime<Utc>,
    ) -> Result<Vec<NetworkingEvent>, StoreError> {
        Ok(networking_event::Entity::find()
            .filter(networking_event::Column::OrgId.eq(org_id))
            .filter(networking_event::Column::EndsAt.gte(from))
            .order_by_asc(networking_event::Column::StartsAt)
            .limit(200)
            .all(&self.read)
            .await?)
    }

    /// One event of the organisation.
    pub async fn event(&self, org_id: Uuid, id: Uuid) -> Result<Option<NetworkingEvent>, StoreError> {
        Ok(networking_event::Entity::find_by_id(id)
            .filter(networking_event::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?)
    }

    /// The answers to these events.
    pub async fn rsvps(&self, event_ids: Vec<Uuid>) -> Result<Vec<Rsvp>, StoreError> {
        Ok(event_rsvp::Entity::find()
            .filter(event_rsvp::Column::EventId.is_in(event_ids))
            .order_by_asc(event_rsvp::Column::UpdatedAt)
            .limit(20_000)
            .all(&self.read)
            .await?)
    }

    /// An intern answers `yes`, `no` or `maybe`; a `yes` beyond the capacity is 409 `event_full`.
    pub async fn rsvp(
        &self,
        ctx: &Context,
        intern: &Intern,
        event_id: Uuid,
        response: String,
    ) -> Result<Rsvp, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    lock_row::<networking_event::Entity>(tx, networking_event::Column::Id, event_id).await?;
                    let event = networking_event::Entity::find_by_id(event_id)
                        .filter(networking_event::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if response == "yes"
                        && let Some(capacity) = event.capacity
                    {
                        let coming = event_rsvp::Entity::find()
                            .filter(event_rsvp::Column::EventId.eq(event_id))
                            .filter(event_rsvp::Column::Response.eq("yes"))
                            .filter(event_rsvp::Column::InternId.ne(intern_id))
                            .count(tx)
                            .await?;
                        if coming >= u64::try_from(capacity).unwrap_or_default() {
                            return Err(StoreError::Refused(Refusal::EventFull));
                        }
                    }
                    event_rsvp::Entity::delete_by_id((event_id, intern_id)).exec(tx).await?;
                    let row = event_rsvp::ActiveModel {
                        event_id: Set(event_id),
                        intern_id: Set(intern_id),
                        response: Set(response.clone()),
                        updated_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let audit_event = Event::new(Action::EventRsvp, Some(org_id), "event", event_id)
                        .with_details(serde_json::json!({ "intern_id": intern_id, "response": response }));
                    audit::append(tx, &ctx, audit_event).await?;
                    Ok(row)
                }
                .boxed()
            })
            .await
    }

    /// Every accepted visit of the organisation's interns: (intern, team), for the rotation planner.
    pub async fn accepted_visits(&self, org_id: Uuid) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
        Ok(shadowing_request::Entity::find()
            .select_only()
            .column(shadowing_request::Column::InternId)
            .column(shadowing_request::Column::TeamId)
            .filter(shadowing_request::Column::OrgId.eq(org_id))
            .filter(shadowing_request::Column::Status.eq(ShadowingStatus::Accepted.as_str()))
            .limit(100_000)
            .into_tuple()
            .all(&self.read)
            .await?)
    }
}

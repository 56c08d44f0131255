//! The catalogue: trainings and their sessions.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{training, training_session};
use crate::internship::to_json;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::internship::training::Seat;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

impl Store {
    /// Adds a training to the catalogue, or changes one (`id`).
    pub async fn save_training(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Option<Uuid>,
        draft: TrainingDraft,
    ) -> Result<Training, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = training::ActiveModel {
                        title: Set(draft.title),
                        topic: Set(draft.topic.as_str().into()),
                        level: Set(draft.level.as_str().into()),
                        description: Set(draft.description),
                        skills: Set(to_json(&draft.skills)?),
                        mandatory_program_id: Set(draft.mandatory_program_id),
                        complete_by: Set(draft.complete_by),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    let saved = match id {
                        None => {
                            row.id = Set(Uuid::now_v7());
                            row.org_id = Set(org_id);
                            row.created_at = Set(now);
                            row.insert(tx).await?
                        }
                        Some(id) => {
                            training::Entity::find_by_id(id)
                                .filter(training::Column::OrgId.eq(org_id))
                                .one(tx)
                                .await?
                                .ok_or(StoreError::NotFound)?;
                            row.id = Set(id);
                            row.update(tx).await?
                        }
                    };
                    let event = Event::new(Action::TrainingChanged, Some(org_id), "training", saved.id);
                    audit::append(tx, &ctx, event).await?;
                    training_from(saved)
                }
                .boxed()
            })
            .await
    }

    /// The catalogue, oldest first.
    pub async fn trainings(&self, org_id: Uuid, page: PageRequest) -> Result<Page<Training>, StoreError> {
        let mut query = training::Entity::find().filter(training::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(training::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(training::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(training_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |t| t.id))
    }

    /// One training of the organisation.
    pub async fn training(&self, org_id: Uuid, id: Uuid) -> Result<Option<Training>, StoreError> {
        training::Entity::find_by_id(id)
            .filter(training::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(training_from)
            .transpose()
    }

    /// The trainings mandatory for a programme.
    pub async fn mandatory_trainings(&self, program_id: Uuid) -> Result<Vec<Training>, StoreError> {
        training::Entity::find()
            .filter(training::Column::MandatoryProgramId.eq(program_id))
            .order_by_asc(training::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?
            .into_iter()
            .map(training_from)
            .collect()
    }

    /// Schedules a session, or changes one (`id`); a larger capacity promotes the waiting list.
    pub async fn save_session(
        &self,
        ctx: &Context,
        org_id: Uuid,
        training_id: Uuid,
        id: Option<Uuid>,
        draft: SessionDraft,
    ) -> Result<TrainingSession, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let capacity = i32::try_from(draft.capacity).unwrap_or(i32::MAX);
                    let mut row = training_session::ActiveModel {
                        starts_at: Set(draft.starts_at),
                        ends_at: Set(draft.ends_at),
                        location: Set(draft.location),
                        link: Set(draft.link),
                        capacity: Set(capacity),
                        trainer_id: Set(draft.trainer_id),
                        ..Default::default()
                    };
                    let id = match id {
                        None => {
                            let id = Uuid::now_v7();
                            row.id = Set(id);
                            row.org_id = Set(org_id);
                            row.training_id = Set(training_id);
                            row.created_at = Set(Utc::now());
                            row.insert(tx).await?;
                            id
                        }
                        Some(id) => {
                            let (session, mut roster) = locked_roster(tx, org_id, id).await?;
                            if session.training_id != training_id {
                                return Err(StoreError::NotFound);
                            }
                            let promoted = roster.resize(draft.capacity).map_err(roster_refusal)?;
                            row.id = Set(id);
                            row.update(tx).await?;
                            promote(tx, &ctx, org_id, id, &promoted).await?;
                            id
                        }
                    };
                    let event =
                        Event::new(Action::TrainingSessionChanged, Some(org_id), "training_session", id)
                            .with_details(serde_json::json!({ "training_id": training_id }));
                    audit::append(tx, &ctx, event).await?;
                    load_session(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// The sessions of these trainings, by time (at most 2,000).
    pub async fn sessions(&self, training_ids: Vec<Uuid>) -> Result<Vec<TrainingSession>, StoreError> {
        let rows = training_session::Entity::find()
            .filter(training_session::Column::TrainingId.is_in(training_ids))
            .order_by_asc(training_session::Column::StartsAt)
            .limit(2000)
            .all(&self.read)
            .await?;
        with_counts(&self.read, rows).await
    }

    /// One session of the organisation.
    pub async fn session(&self, org_id: Uuid, id: Uuid) -> Result<Option<TrainingSession>, StoreError> {
        Ok(load_session(&self.read, id).await?.filter(|s| s.org_id == org_id))
    }

    /// A session's roster in line order: seats, then the waiting list.
    pub async fn roster(&self, session_id: Uuid) -> Result<Vec<Enrollment>, StoreError> {
        let mut position = 0;
        roster_rows(&self.read, session_id)
            .await?
            .into_iter()
            .map(|row| {
                let waiting = row.seat == Seat::Waiting.as_str();
                position += u32::from(waiting);
                enrollment_from(row, waiting.then_some(position))
            })
            .collect()
    }
}

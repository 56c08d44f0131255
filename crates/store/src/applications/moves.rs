//! Moving an application through its pipeline: the move, suggested skills, counts per stage.

use super::*;
use crate::audit::{self, Actor, Context, Event};
use crate::entities::application::{self, Column, Entity};
use crate::entities::application_event;
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::pipeline::Status;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

impl Store {
    /// Moves an application if it is still at `expected_version`, recording who, when, from, to
    /// and why. A hire takes one of the vacancy's positions, or is refused when none is left.
    pub async fn move_application(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        moved: Moved,
    ) -> Result<Application, StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| record_move(tx, ctx, org_id, id, expected_version, moved).boxed()).await
    }

    /// Keeps the skills suggested from the candidate's GitHub profile (not a move: the version
    /// stays).
    pub async fn set_suggested_skills(
        &self,
        id: Uuid,
        suggestions: Vec<cohort_domain::github::Suggestion>,
    ) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    application::ActiveModel {
                        id: Set(id),
                        suggested_skills: Set(Some(serde_json::to_string(&suggestions).map_err(corrupt)?)),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// How many active applications each of the organisation's vacancies has, in one query.
    pub async fn active_counts(
        &self,
        org_id: Uuid,
    ) -> Result<std::collections::HashMap<Uuid, u64>, StoreError> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, i64)> = Entity::find()
            .select_only()
            .column(Column::VacancyId)
            .column_as(Column::Id.count(), "active")
            .filter(Column::OrgId.eq(org_id))
            .filter(Column::Status.eq(Status::Active.as_str()))
            .filter(Column::ErasedAt.is_null())
            .group_by(Column::VacancyId)
            .into_tuple()
            .all(&self.read)
            .await?;
        Ok(rows.into_iter().map(|(id, n)| (id, u64::try_from(n).unwrap_or(0))).collect())
    }
}

/// The move itself, inside the caller's unit of work (offers accept through it too).
pub(crate) async fn record_move(
    tx: &DatabaseTransaction,
    ctx: Context,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    moved: Moved,
) -> Result<Application, StoreError> {
    let now = Utc::now();
    let changes = application::ActiveModel {
        stage: Set(moved.to.stage.clone()),
        status: Set(moved.to.status.as_str().to_owned()),
        version: Set(expected_version + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    let updated = Entity::update_many()
        .set(changes)
        .filter(Column::Id.eq(id))
        .filter(Column::OrgId.eq(org_id))
        .filter(Column::Version.eq(expected_version))
        .exec(tx)
        .await?;
    let row =
        Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(tx).await?.ok_or(StoreError::NotFound)?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale);
    }
    if moved.to.status == Status::Hired && moved.from.status != Status::Hired {
        crate::vacancies::take_position(tx, row.vacancy_id).await?;
    }
    let (actor_kind, actor_id) = match &ctx.actor {
        Actor::User { id, .. } => ("user", Some(*id)),
        Actor::Token { id, .. } => ("token", Some(*id)),
        Actor::Operator => ("operator", None),
        Actor::Anonymous => ("anonymous", None),
        Actor::System => ("system", None),
    };
    application_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        at: Set(now),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        from_stage: Set(Some(moved.from.stage.clone())),
        to_stage: Set(moved.to.stage.clone()),
        from_status: Set(Some(moved.from.status.as_str().to_owned())),
        to_status: Set(moved.to.status.as_str().to_owned()),
        reason: Set(moved.reason.clone()),
    }
    .insert(tx)
    .await?;
    let event = Event::new(Action::ApplicationMoved, Some(org_id), "application", id).with_details(
        serde_json::json!({
            "from": { "stage": moved.from.stage, "status": moved.from.status.as_str() },
            "to": { "stage": moved.to.stage, "status": moved.to.status.as_str() },
            "reason": moved.reason,
        }),
    );
    audit::announce(tx, &ctx, event).await?;
    Application::try_from(row)
}

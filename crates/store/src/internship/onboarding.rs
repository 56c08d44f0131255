//! An intern's onboarding checklist: the organisation's template, the tasks, ticking them off.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{onboarding_task, onboarding_template};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::onboarding::{self, Owner, TemplateTask};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// One task of an intern's checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// Its id.
    pub id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// What to do.
    pub title: String,
    /// How.
    pub description: String,
    /// Who does it.
    pub owner: Owner,
    /// When it is due.
    pub due_on: NaiveDate,
    /// When it was done.
    pub done_at: Option<DateTime<Utc>>,
    /// Who did it.
    pub done_by: Option<Uuid>,
}

pub(super) fn task_from(row: onboarding_task::Model) -> Result<Task, StoreError> {
    Ok(Task {
        id: row.id,
        intern_id: row.intern_id,
        title: row.title,
        description: row.description,
        owner: Owner::parse(&row.owner).ok_or_else(|| corrupt(&row.owner))?,
        due_on: row.due_on,
        done_at: row.done_at,
        done_by: row.done_by,
    })
}

pub(super) async fn template_of(
    db: &impl ConnectionTrait,
    org_id: Uuid,
) -> Result<Vec<TemplateTask>, StoreError> {
    match onboarding_template::Entity::find_by_id(org_id).one(db).await? {
        Some(row) => from_json(&row.tasks),
        None => Ok(onboarding::default_template()),
    }
}

impl Store {
    /// The organisation's onboarding template (the default until it sets its own).
    pub async fn onboarding_template(&self, org_id: Uuid) -> Result<Vec<TemplateTask>, StoreError> {
        template_of(&self.read, org_id).await
    }

    /// Replaces the organisation's onboarding template (interns hired later get it).
    pub async fn set_onboarding_template(
        &self,
        ctx: &Context,
        org_id: Uuid,
        tasks: Vec<TemplateTask>,
    ) -> Result<Vec<TemplateTask>, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    onboarding_template::Entity::delete_by_id(org_id).exec(tx).await?;
                    onboarding_template::ActiveModel {
                        org_id: Set(org_id),
                        tasks: Set(to_json(&tasks)?),
                        updated_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event =
                        Event::new(Action::OnboardingTemplateChanged, Some(org_id), "organisation", org_id);
                    audit::append(tx, &ctx, event).await?;
                    Ok(tasks)
                }
                .boxed()
            })
            .await
    }

    /// An intern's checklist, in template order.
    pub async fn onboarding_tasks(&self, intern_id: Uuid) -> Result<Vec<Task>, StoreError> {
        onboarding_task::Entity::find()
            .filter(onboarding_task::Column::InternId.eq(intern_id))
            .order_by_asc(onboarding_task::Column::Position)
            .limit(200)
            .all(&self.read)
            .await?
            .into_iter()
            .map(task_from)
            .collect()
    }

    /// The checklists of several interns: (intern, due date, done) per task.
    pub async fn onboarding_progress(
        &self,
        intern_ids: Vec<Uuid>,
    ) -> Result<Vec<(Uuid, NaiveDate, bool)>, StoreError> {
        let rows: Vec<(Uuid, NaiveDate, Option<DateTime<Utc>>)> = onboarding_task::Entity::find()
            .select_only()
            .column(onboarding_task::Column::InternId)
            .column(onboarding_task::Column::DueOn)
            .column(onboarding_task::Column::DoneAt)
            .filter(onboarding_task::Column::InternId.is_in(intern_ids))
            .into_tuple()
            .all(&self.read)
            .await?;
        Ok(rows.into_iter().map(|(intern, due, done)| (intern, due, done.is_some())).collect())
    }

    /// Marks a task done (the service checked that the caller owns it); 409 `task_done` twice.
    pub async fn complete_task(
        &self,
        ctx: &Context,
        intern_id: Uuid,
        task_id: Uuid,
        by: Option<Uuid>,
    ) -> Result<Task, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let done = onboarding_task::Entity::update_many()
                        .set(onboarding_task::ActiveModel {
                            done_at: Set(Some(now)),
                            done_by: Set(by),
                            ..Default::default()
                        })
                        .filter(onboarding_task::Column::Id.eq(task_id))
                        .filter(onboarding_task::Column::InternId.eq(intern_id))
                        .filter(onboarding_task::Column::DoneAt.is_null())
                        .exec(tx)
                        .await?;
                    let row = onboarding_task::Entity::find_by_id(task_id)
                        .filter(onboarding_task::Column::InternId.eq(intern_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if done.rows_affected == 0 {
                        return Err(StoreError::Refused(Refusal::TaskDone));
                    }
                    let event = Event::new(
                        Action::OnboardingTaskCompleted,
                        Some(row.org_id),
                        "onboarding_task",
                        task_id,
                    )
                    .with_details(serde_json::json!({ "intern_id": intern_id, "title": row.title }));
                    audit::append(tx, &ctx, event).await?;
                    task_from(row)
                }
                .boxed()
            })
            .await
    }
}

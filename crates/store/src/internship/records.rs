//! What the pair keeps: 1-on-1s, goals and evaluations.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{
    evaluation, goal, intern, one_on_one, shadowing_request, training, training_completion,
};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::evaluation::{Author, Kind, average};
use cohort_domain::internship::{GoalStatus, InternStatus, ShadowingStatus, Summary, may_complete};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A logged 1-on-1.
pub type OneOnOne = one_on_one::Model;
/// A goal.
pub type Goal = goal::Model;

/// A submitted evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// Its id.
    pub id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// Midterm or final.
    pub kind: Kind,
    /// Mentor or self-assessment.
    pub author: Author,
    /// Who wrote it.
    pub author_id: Option<Uuid>,
    /// Ratings per criterion.
    pub ratings: BTreeMap<String, u8>,
    /// Comments.
    pub comments: String,
    /// When.
    pub submitted_at: DateTime<Utc>,
}

pub(super) fn evaluation_from(row: evaluation::Model) -> Result<Evaluation, StoreError> {
    Ok(Evaluation {
        id: row.id,
        intern_id: row.intern_id,
        kind: Kind::parse(&row.kind).ok_or_else(|| corrupt(&row.kind))?,
        author: Author::parse(&row.author).ok_or_else(|| corrupt(&row.author))?,
        author_id: row.author_id,
        ratings: from_json(&row.ratings)?,
        comments: row.comments,
        submitted_at: row.submitted_at,
    })
}

/// A goal's fields.
#[derive(Clone, Debug)]
pub struct GoalDraft {
    /// What.
    pub title: String,
    /// Detail.
    pub description: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

impl Store {
    /// Logs a 1-on-1.
    pub async fn log_one_on_one(
        &self,
        ctx: &Context,
        intern: &Intern,
        held_on: NaiveDate,
        notes: String,
        action_items: Vec<String>,
    ) -> Result<OneOnOne, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    let row = one_on_one::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        intern_id: Set(intern_id),
                        held_on: Set(held_on),
                        notes: Set(notes),
                        action_items: Set(to_json(&action_items)?),
                        author_id: Set(ctx.actor_user()),
                        created_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::OneOnOneLogged, Some(org_id), "intern", intern_id)
                        .with_details(serde_json::json!({ "one_on_one_id": row.id, "held_on": held_on }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(row)
                }
                .boxed()
            })
            .await
    }

    /// An intern's 1-on-1s, newest first (at most 500).
    pub async fn one_on_ones(&self, intern_id: Uuid) -> Result<Vec<OneOnOne>, StoreError> {
        Ok(one_on_one::Entity::find()
            .filter(one_on_one::Column::InternId.eq(intern_id))
            .order_by_desc(one_on_one::Column::HeldOn)
            .order_by_desc(one_on_one::Column::Id)
            .limit(500)
            .all(&self.read)
            .await?)
    }

    /// Sets a new goal, or changes one of the intern's (`id`).
    pub async fn save_goal(
        &self,
        ctx: &Context,
        intern: &Intern,
        id: Option<Uuid>,
        draft: GoalDraft,
    ) -> Result<Goal, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = goal::ActiveModel {
                        title: Set(draft.title),
                        description: Set(draft.description),
                        status: Set(draft.status.as_str().into()),
                        due_on: Set(draft.due_on),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    let saved = match id {
                        None => {
                            row.id = Set(Uuid::now_v7());
                            row.org_id = Set(org_id);
                            row.intern_id = Set(intern_id);
                            row.author_id = Set(ctx.actor_user());
                            row.created_at = Set(now);
                            row.insert(tx).await?
                        }
                        Some(id) => {
                            goal::Entity::find_by_id(id)
                                .filter(goal::Column::InternId.eq(intern_id))
                                .one(tx)
                                .await?
                                .ok_or(StoreError::NotFound)?;
                            row.id = Set(id);
                            row.update(tx).await?
                        }
                    };
                    let event = Event::new(Action::GoalChanged, Some(org_id), "goal", saved.id)
                        .with_details(serde_json::json!({ "intern_id": intern_id, "status": saved.status }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(saved)
                }
                .boxed()
            })
            .await
    }

    /// The intern a goal of the organisation belongs to.
    pub async fn goal_intern(&self, org_id: Uuid, id: Uuid) -> Result<Option<Uuid>, StoreError> {
        Ok(goal::Entity::find_by_id(id)
            .filter(goal::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(|g| g.intern_id))
    }

    /// An intern's goals, oldest first (at most 200).
    pub async fn goals(&self, intern_id: Uuid) -> Result<Vec<Goal>, StoreError> {
        Ok(goal::Entity::find()
            .filter(goal::Column::InternId.eq(intern_id))
            .order_by_asc(goal::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?)
    }

    /// Records an evaluation; each (kind, author) once: 409 `evaluation_submitted`.
    pub async fn submit_evaluation(
        &self,
        ctx: &Context,
        intern: &Intern,
        kind: Kind,
        author: Author,
        ratings: BTreeMap<String, u8>,
        comments: String,
    ) -> Result<Evaluation, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        let saved = self
            .writer
            .run(move |tx| {
                async move {
                    let row = evaluation::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        intern_id: Set(intern_id),
                        kind: Set(kind.as_str().into()),
                        author: Set(author.as_str().into()),
                        author_id: Set(ctx.actor_user()),
                        ratings: Set(to_json(&ratings)?),
                        comments: Set(comments),
                        submitted_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::EvaluationSubmitted, Some(org_id), "intern", intern_id)
                        .with_details(
                            serde_json::json!({ "kind": kind.as_str(), "author": author.as_str() }),
                        );
                    audit::append(tx, &ctx, event).await?;
                    evaluation_from(row)
                }
                .boxed()
            })
            .await;
        match saved {
            Err(StoreError::Conflict(_)) => {
                Err(StoreError::Refused(Refusal::EvaluationSubmitted { author, kind }))
            }
            other => other,
        }
    }

    /// An intern's evaluations.
    pub async fn evaluations(&self, intern_id: Uuid) -> Result<Vec<Evaluation>, StoreError> {
        evaluation::Entity::find()
            .filter(evaluation::Column::InternId.eq(intern_id))
            .order_by_asc(evaluation::Column::Id)
            .all(&self.read)
            .await?
            .into_iter()
            .map(evaluation_from)
            .collect()
    }

    /// Completes an internship once the mentor's final evaluation is in, recording its summary.
    pub async fn complete_internship(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
    ) -> Result<Intern, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load_intern(tx, id).await?.filter(|i| i.org_id == org_id);
                    let current = current.ok_or(StoreError::NotFound)?;
                    let summary = summarise(tx, &current).await?;
                    may_complete(current.status, summary.final_mentor_average.is_some())
                        .map_err(|e| StoreError::Refused(Refusal::Completion(e)))?;
                    let now = Utc::now();
                    intern::Entity::update_many()
                        .set(intern::ActiveModel {
                            status: Set(InternStatus::Completed.as_str().into()),
                            summary: Set(Some(to_json(&summary)?)),
                            completed_at: Set(Some(now)),
                            updated_at: Set(now),
                            ..Default::default()
                        })
                        .filter(intern::Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    let event = Event::new(Action::InternCompleted, Some(org_id), "intern", id)
                        .with_details(serde_json::json!({ "application_id": current.application_id }));
                    audit::announce(tx, &ctx, event).await?;
                    load_intern(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// The summary of an internship so far (what completion would record).
    pub async fn internship_summary(&self, intern: &Intern) -> Result<Summary, StoreError> {
        summarise(&self.read, intern).await
    }
}

pub(super) async fn summarise(db: &impl ConnectionTrait, intern: &Intern) -> Result<Summary, StoreError> {
    let completed: Vec<Uuid> = training_completion::Entity::find()
        .select_only()
        .column(training_completion::Column::TrainingId)
        .filter(training_completion::Column::InternId.eq(intern.id))
        .into_tuple()
        .all(db)
        .await?;
    let done = training::Entity::find()
        .filter(training::Column::Id.is_in(completed.clone()))
        .order_by_asc(training::Column::Title)
        .all(db)
        .await?;
    let missed = match intern.program_id {
        Some(program) => {
            training::Entity::find()
                .filter(training::Column::MandatoryProgramId.eq(program))
                .filter(training::Column::Id.is_not_in(completed))
                .order_by_asc(training::Column::Title)
                .all(db)
                .await?
        }
        None => Vec::new(),
    };
    let goals = goal::Entity::find().filter(goal::Column::InternId.eq(intern.id)).all(db).await?;
    let counted: Vec<&goal::Model> =
        goals.iter().filter(|g| g.status != GoalStatus::Dropped.as_str()).collect();
    let visits = shadowing_request::Entity::find()
        .filter(shadowing_request::Column::InternId.eq(intern.id))
        .filter(shadowing_request::Column::Status.eq(ShadowingStatus::Accepted.as_str()))
        .count(db)
        .await?;
    let sessions =
        one_on_one::Entity::find().filter(one_on_one::Column::InternId.eq(intern.id)).count(db).await?;
    let finals = evaluation::Entity::find()
        .filter(evaluation::Column::InternId.eq(intern.id))
        .filter(evaluation::Column::Kind.eq(Kind::Final.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(evaluation_from)
        .collect::<Result<Vec<_>, _>>()?;
    let final_of =
        |author: Author| finals.iter().find(|e| e.author == author).and_then(|e| average(&e.ratings));
    Ok(Summary {
        trainings_completed: done.into_iter().map(|t| t.title).collect(),
        mandatory_missed: missed.into_iter().map(|t| t.title).collect(),
        goals_met: u32::try_from(counted.iter().filter(|g| g.status == GoalStatus::Met.as_str()).count())
            .unwrap_or(u32::MAX),
        goals_total: u32::try_from(counted.len()).unwrap_or(u32::MAX),
        shadowing_visits: u32::try_from(visits).unwrap_or(u32::MAX),
        one_on_ones: u32::try_from(sessions).unwrap_or(u32::MAX),
        final_mentor_average: final_of(Author::Mentor),
        final_self_average: final_of(Author::Intern),
        skills: intern.skills.clone(),
    })
}

//! The internship after the offer: teams, interns and their onboarding checklists, mentors and
//! matching runs, 1-on-1s, goals, evaluations and completion.

use crate::audit::{self, Context, Event};
use crate::entities::{
    application, evaluation, goal, intern, matching_run, mentor, onboarding_task, onboarding_template,
    one_on_one, shadowing_request, team, training, training_completion, vacancy,
};
use crate::error::corrupt;
use crate::offers::Offer;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::evaluation::{Author, Kind, average};
use cohort_domain::internship::onboarding::{self, Owner, TemplateTask};
use cohort_domain::internship::{GoalStatus, InternStatus, ShadowingStatus, Summary, may_complete};
use cohort_domain::matching::Pair;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use std::collections::BTreeMap;
use uuid::Uuid;

pub(crate) fn to_json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(corrupt)
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(corrupt)
}

/// On PostgreSQL, locks one row of `E` for the rest of the transaction (SQLite's single writer
/// already serialises): decisions that count rows (seats, a team's guests) read under it.
pub(crate) async fn lock_row<E: EntityTrait>(
    tx: &DatabaseTransaction,
    id_column: E::Column,
    id: Uuid,
) -> Result<(), StoreError> {
    if tx.get_database_backend() == DbBackend::Postgres {
        E::find().filter(id_column.eq(id)).lock_exclusive().one(tx).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------- teams

/// A team's editable fields.
#[derive(Clone, Debug)]
pub struct TeamDraft {
    /// Its name, unique in the organisation.
    pub name: String,
    /// What it does.
    pub description: String,
    /// The member who leads it.
    pub lead_id: Option<Uuid>,
    /// How many shadowing guests it hosts a week.
    pub weekly_guests: u32,
}

/// A team.
pub type Team = team::Model;

impl Store {
    /// Creates a team (409 `team_exists` for a name in use).
    pub async fn create_team(
        &self,
        ctx: &Context,
        org_id: Uuid,
        draft: TeamDraft,
    ) -> Result<Team, StoreError> {
        self.save_team(ctx, org_id, None, draft).await
    }

    /// Changes a team.
    pub async fn update_team(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        draft: TeamDraft,
    ) -> Result<Team, StoreError> {
        self.save_team(ctx, org_id, Some(id), draft).await
    }

    async fn save_team(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Option<Uuid>,
        draft: TeamDraft,
    ) -> Result<Team, StoreError> {
        let ctx = ctx.clone();
        let saved = self
            .writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = team::ActiveModel {
                        name: Set(draft.name),
                        description: Set(draft.description),
                        lead_id: Set(draft.lead_id),
                        weekly_guests: Set(i32::try_from(draft.weekly_guests).unwrap_or(i32::MAX)),
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
                            team::Entity::find_by_id(id)
                                .filter(team::Column::OrgId.eq(org_id))
                                .one(tx)
                                .await?
                                .ok_or(StoreError::NotFound)?;
                            row.id = Set(id);
                            row.update(tx).await?
                        }
                    };
                    audit::append(tx, &ctx, Event::new(Action::TeamChanged, Some(org_id), "team", saved.id))
                        .await?;
                    Ok(saved)
                }
                .boxed()
            })
            .await;
        match saved {
            Err(e) if e.is_conflict_on("name") => Err(StoreError::Refused(Refusal::TeamExists)),
            other => other,
        }
    }

    /// The organisation's teams, by name (at most 500).
    pub async fn teams(&self, org_id: Uuid) -> Result<Vec<Team>, StoreError> {
        Ok(team::Entity::find()
            .filter(team::Column::OrgId.eq(org_id))
            .order_by_asc(team::Column::Name)
            .limit(500)
            .all(&self.read)
            .await?)
    }

    /// One team of the organisation.
    pub async fn team(&self, org_id: Uuid, id: Uuid) -> Result<Option<Team>, StoreError> {
        Ok(team::Entity::find_by_id(id).filter(team::Column::OrgId.eq(org_id)).one(&self.read).await?)
    }
}

// ---------------------------------------------------------------- interns and onboarding

/// An intern.
#[derive(Clone, Debug, PartialEq)]
pub struct Intern {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The application that led here.
    pub application_id: Uuid,
    /// The intern's account.
    pub user_id: Uuid,
    /// The programme.
    pub program_id: Option<Uuid>,
    /// The team they joined.
    pub team_id: Option<Uuid>,
    /// Their mentor.
    pub mentor_id: Option<Uuid>,
    /// Their name.
    pub name: String,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// The skill profile (grows with completed trainings).
    pub skills: Vec<String>,
    /// Interests, for mentor matching.
    pub interests: Vec<String>,
    /// Languages they speak.
    pub languages: Vec<String>,
    /// Active or completed.
    pub status: InternStatus,
    /// The summary recorded at completion.
    pub summary: Option<Summary>,
    /// When completed.
    pub completed_at: Option<DateTime<Utc>>,
    /// When the offer was accepted.
    pub created_at: DateTime<Utc>,
}

fn intern_from(row: intern::Model) -> Result<Intern, StoreError> {
    Ok(Intern {
        id: row.id,
        org_id: row.org_id,
        application_id: row.application_id,
        user_id: row.user_id,
        program_id: row.program_id,
        team_id: row.team_id,
        mentor_id: row.mentor_id,
        name: row.name,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        skills: from_json(&row.skills)?,
        interests: from_json(&row.interests)?,
        languages: from_json(&row.languages)?,
        status: InternStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        summary: row.summary.as_deref().map(from_json).transpose()?,
        completed_at: row.completed_at,
        created_at: row.created_at,
    })
}

async fn load_intern(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Intern>, StoreError> {
    intern::Entity::find_by_id(id)
        .filter(intern::Column::ErasedAt.is_null())
        .one(db)
        .await?
        .map(intern_from)
        .transpose()
}

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

fn task_from(row: onboarding_task::Model) -> Result<Task, StoreError> {
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

async fn template_of(db: &impl ConnectionTrait, org_id: Uuid) -> Result<Vec<TemplateTask>, StoreError> {
    match onboarding_template::Entity::find_by_id(org_id).one(db).await? {
        Some(row) => from_json(&row.tasks),
        None => Ok(onboarding::default_template()),
    }
}

/// Makes the candidate of an accepted offer an intern, with the organisation's onboarding
/// checklist, in the transaction that hires them.
pub(crate) async fn create_intern(
    tx: &DatabaseTransaction,
    ctx: &Context,
    offer: &Offer,
) -> Result<Intern, StoreError> {
    let application =
        application::Entity::find_by_id(offer.application_id).one(tx).await?.ok_or(StoreError::NotFound)?;
    let application = crate::applications::Application::try_from(application)?;
    let program_id = vacancy::Entity::find_by_id(offer.vacancy_id).one(tx).await?.map(|v| v.program_id);
    let team_id = team::Entity::find()
        .filter(team::Column::OrgId.eq(offer.org_id))
        .filter(team::Column::Name.eq(offer.terms.team.clone()))
        .one(tx)
        .await?
        .map(|t| t.id);
    let now = Utc::now();
    let id = Uuid::now_v7();
    let row = intern::ActiveModel {
        id: Set(id),
        org_id: Set(offer.org_id),
        application_id: Set(offer.application_id),
        user_id: Set(offer.candidate_id),
        program_id: Set(program_id),
        team_id: Set(team_id),
        mentor_id: Set(None),
        name: Set(application.profile.name.clone()),
        starts_on: Set(offer.terms.starts_on),
        ends_on: Set(offer.terms.ends_on),
        skills: Set(to_json(&application.profile.skills)?),
        interests: Set("[]".into()),
        languages: Set(to_json(&application.profile.languages)?),
        status: Set(InternStatus::Active.as_str().into()),
        summary: Set(None),
        completed_at: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        erased_at: Set(None),
    }
    .insert(tx)
    .await?;
    for (position, task) in template_of(tx, offer.org_id).await?.into_iter().enumerate() {
        onboarding_task::ActiveModel {
            id: Set(Uuid::now_v7()),
            org_id: Set(offer.org_id),
            intern_id: Set(id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            title: Set(task.title),
            description: Set(task.description),
            owner: Set(task.owner.as_str().into()),
            due_on: Set(onboarding::due_on(offer.terms.starts_on, task.due_day)),
            done_at: Set(None),
            done_by: Set(None),
        }
        .insert(tx)
        .await?;
    }
    let event =
        Event::new(Action::InternCreated, Some(offer.org_id), "intern", id).with_details(serde_json::json!({
            "application_id": offer.application_id,
            "program_id": program_id,
            "team_id": team_id,
            "starts_on": offer.terms.starts_on,
            "ends_on": offer.terms.ends_on,
        }));
    audit::announce(tx, ctx, event).await?;
    intern_from(row)
}

/// Which interns to list.
#[derive(Clone, Copy, Debug, Default)]
pub struct InternFilter {
    /// Of one programme.
    pub program_id: Option<Uuid>,
    /// Mentored by this person.
    pub mentor_id: Option<Uuid>,
    /// In this team.
    pub team_id: Option<Uuid>,
}

/// What a coordinator may change about an intern.
#[derive(Clone, Debug)]
pub struct InternChange {
    /// The team they join (none: not placed yet).
    pub team_id: Option<Uuid>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
}

impl Store {
    /// The organisation's interns, oldest first.
    pub async fn interns(
        &self,
        org_id: Uuid,
        filter: InternFilter,
        page: PageRequest,
    ) -> Result<Page<Intern>, StoreError> {
        let mut query = intern::Entity::find()
            .filter(intern::Column::OrgId.eq(org_id))
            .filter(intern::Column::ErasedAt.is_null());
        if let Some(program) = filter.program_id {
            query = query.filter(intern::Column::ProgramId.eq(program));
        }
        if let Some(mentor) = filter.mentor_id {
            query = query.filter(intern::Column::MentorId.eq(mentor));
        }
        if let Some(team) = filter.team_id {
            query = query.filter(intern::Column::TeamId.eq(team));
        }
        if let Some(after) = page.after {
            query = query.filter(intern::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(intern::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(intern_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |i| i.id))
    }

    /// One intern of the organisation.
    pub async fn intern(&self, org_id: Uuid, id: Uuid) -> Result<Option<Intern>, StoreError> {
        Ok(load_intern(&self.read, id).await?.filter(|i| i.org_id == org_id))
    }

    /// These interns of the organisation.
    pub async fn interns_by_ids(&self, org_id: Uuid, ids: Vec<Uuid>) -> Result<Vec<Intern>, StoreError> {
        intern::Entity::find()
            .filter(intern::Column::OrgId.eq(org_id))
            .filter(intern::Column::Id.is_in(ids))
            .all(&self.read)
            .await?
            .into_iter()
            .map(intern_from)
            .collect()
    }

    /// The person's internships, newest first (a handful).
    pub async fn own_internships(&self, user_id: Uuid) -> Result<Vec<Intern>, StoreError> {
        intern::Entity::find()
            .filter(intern::Column::UserId.eq(user_id))
            .order_by_desc(intern::Column::Id)
            .limit(50)
            .all(&self.read)
            .await?
            .into_iter()
            .map(intern_from)
            .collect()
    }

    /// Places an intern in a team and sets their dates.
    pub async fn update_intern(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        change: InternChange,
    ) -> Result<Intern, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load_intern(tx, id).await?.filter(|i| i.org_id == org_id);
                    let current = current.ok_or(StoreError::NotFound)?;
                    if let Some(team_id) = change.team_id {
                        team::Entity::find_by_id(team_id)
                            .filter(team::Column::OrgId.eq(org_id))
                            .one(tx)
                            .await?
                            .ok_or(StoreError::Refused(Refusal::UnknownTeam))?;
                    }
                    intern::Entity::update_many()
                        .set(intern::ActiveModel {
                            team_id: Set(change.team_id),
                            starts_on: Set(change.starts_on),
                            ends_on: Set(change.ends_on),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .col_expr(
                            intern::Column::Version,
                            sea_orm::sea_query::ExprTrait::add(
                                sea_orm::sea_query::Expr::col(intern::Column::Version),
                                1,
                            ),
                        )
                        .filter(intern::Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    // A new first day moves the open tasks' due dates with it.
                    let shift = change.starts_on.signed_duration_since(current.starts_on);
                    if !shift.is_zero() {
                        let open = onboarding_task::Entity::find()
                            .filter(onboarding_task::Column::InternId.eq(id))
                            .filter(onboarding_task::Column::DoneAt.is_null())
                            .all(tx)
                            .await?;
                        for task in open {
                            onboarding_task::Entity::update_many()
                                .set(onboarding_task::ActiveModel {
                                    due_on: Set(task.due_on + shift),
                                    ..Default::default()
                                })
                                .filter(onboarding_task::Column::Id.eq(task.id))
                                .exec(tx)
                                .await?;
                        }
                    }
                    let event = Event::new(Action::InternUpdated, Some(org_id), "intern", id).with_details(
                        serde_json::json!({ "team_id": change.team_id, "from_team_id": current.team_id }),
                    );
                    audit::append(tx, &ctx, event).await?;
                    load_intern(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// The intern's own interests and languages (for mentor matching).
    pub async fn update_intern_preferences(
        &self,
        ctx: &Context,
        id: Uuid,
        interests: Vec<String>,
        languages: Vec<String>,
    ) -> Result<Intern, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load_intern(tx, id).await?.ok_or(StoreError::NotFound)?;
                    intern::Entity::update_many()
                        .set(intern::ActiveModel {
                            interests: Set(to_json(&interests)?),
                            languages: Set(to_json(&languages)?),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(intern::Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::InternUpdated, Some(current.org_id), "intern", id),
                    )
                    .await?;
                    load_intern(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

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

// ---------------------------------------------------------------- mentors and matching

/// What a mentor declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorDraft {
    /// How many interns at once.
    pub capacity: u32,
    /// Skills.
    pub skills: Vec<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// Their team.
    pub team_id: Option<Uuid>,
}

/// A mentor's profile with their current load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorProfile {
    /// The member.
    pub user_id: Uuid,
    /// What they declared.
    pub draft: MentorDraft,
    /// Active interns they mentor now.
    pub mentees: u32,
    /// When they last changed it.
    pub updated_at: DateTime<Utc>,
}

/// A matching run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchingRun {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The programme.
    pub program_id: Uuid,
    /// `proposed` or `published`.
    pub status: String,
    /// The pairs, with their explanations.
    pub pairs: Vec<Pair>,
    /// Interns left without a mentor (no one allowed had room).
    pub unmatched: Vec<Uuid>,
    /// Who ran it.
    pub created_by: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
    /// When published.
    pub published_at: Option<DateTime<Utc>>,
    /// Raised by every change (the ETag).
    pub version: i32,
}

fn run_from(row: matching_run::Model) -> Result<MatchingRun, StoreError> {
    Ok(MatchingRun {
        id: row.id,
        org_id: row.org_id,
        program_id: row.program_id,
        status: row.status,
        pairs: from_json(&row.pairs)?,
        unmatched: from_json(&row.unmatched)?,
        created_by: row.created_by,
        created_at: row.created_at,
        published_at: row.published_at,
        version: row.version,
    })
}

async fn mentee_counts(db: &impl ConnectionTrait, org_id: Uuid) -> Result<BTreeMap<Uuid, u32>, StoreError> {
    let rows: Vec<(Option<Uuid>, i64)> = intern::Entity::find()
        .select_only()
        .column(intern::Column::MentorId)
        .column_as(intern::Column::Id.count(), "n")
        .filter(intern::Column::OrgId.eq(org_id))
        .filter(intern::Column::Status.eq(InternStatus::Active.as_str()))
        .filter(intern::Column::MentorId.is_not_null())
        .group_by(intern::Column::MentorId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(m, n)| m.map(|m| (m, u32::try_from(n).unwrap_or(u32::MAX)))).collect())
}

fn mentor_from(row: mentor::Model, mentees: &BTreeMap<Uuid, u32>) -> Result<MentorProfile, StoreError> {
    Ok(MentorProfile {
        user_id: row.user_id,
        draft: MentorDraft {
            capacity: u32::try_from(row.capacity).unwrap_or_default(),
            skills: from_json(&row.skills)?,
            interests: from_json(&row.interests)?,
            languages: from_json(&row.languages)?,
            team_id: row.team_id,
        },
        mentees: mentees.get(&row.user_id).copied().unwrap_or_default(),
        updated_at: row.updated_at,
    })
}

impl Store {
    /// Sets a member's mentor profile.
    pub async fn set_mentor(
        &self,
        ctx: &Context,
        org_id: Uuid,
        user_id: Uuid,
        draft: MentorDraft,
    ) -> Result<MentorProfile, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    if let Some(team_id) = draft.team_id {
                        team::Entity::find_by_id(team_id)
                            .filter(team::Column::OrgId.eq(org_id))
                            .one(tx)
                            .await?
                            .ok_or(StoreError::Refused(Refusal::UnknownTeam))?;
                    }
                    mentor::Entity::delete_by_id((org_id, user_id)).exec(tx).await?;
                    let row = mentor::ActiveModel {
                        org_id: Set(org_id),
                        user_id: Set(user_id),
                        capacity: Set(i32::try_from(draft.capacity).unwrap_or(i32::MAX)),
                        skills: Set(to_json(&draft.skills)?),
                        interests: Set(to_json(&draft.interests)?),
                        languages: Set(to_json(&draft.languages)?),
                        team_id: Set(draft.team_id),
                        updated_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::MentorProfileChanged, Some(org_id), "user", user_id);
                    audit::append(tx, &ctx, event).await?;
                    mentor_from(row, &mentee_counts(tx, org_id).await?)
                }
                .boxed()
            })
            .await
    }

    /// The organisation's mentors with their loads (at most 1,000).
    pub async fn mentors(&self, org_id: Uuid) -> Result<Vec<MentorProfile>, StoreError> {
        let counts = mentee_counts(&self.read, org_id).await?;
        mentor::Entity::find()
            .filter(mentor::Column::OrgId.eq(org_id))
            .order_by_asc(mentor::Column::UserId)
            .limit(1000)
            .all(&self.read)
            .await?
            .into_iter()
            .map(|row| mentor_from(row, &counts))
            .collect()
    }

    /// The active interns of a programme without a mentor (at most 5,000): who a run matches.
    pub async fn unmatched_interns(&self, org_id: Uuid, program_id: Uuid) -> Result<Vec<Intern>, StoreError> {
        intern::Entity::find()
            .filter(intern::Column::OrgId.eq(org_id))
            .filter(intern::Column::ProgramId.eq(program_id))
            .filter(intern::Column::Status.eq(InternStatus::Active.as_str()))
            .filter(intern::Column::MentorId.is_null())
            .order_by_asc(intern::Column::Id)
            .limit(5000)
            .all(&self.read)
            .await?
            .into_iter()
            .map(intern_from)
            .collect()
    }

    /// Stores a proposed matching.
    pub async fn create_matching_run(
        &self,
        ctx: &Context,
        org_id: Uuid,
        program_id: Uuid,
        pairs: Vec<Pair>,
        unmatched: Vec<Uuid>,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = matching_run::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        program_id: Set(program_id),
                        status: Set("proposed".into()),
                        pairs: Set(to_json(&pairs)?),
                        unmatched: Set(to_json(&unmatched)?),
                        created_by: Set(ctx.actor_user()),
                        created_at: Set(Utc::now()),
                        published_at: Set(None),
                        version: Set(1),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::MatchingProposed, Some(org_id), "matching_run", row.id)
                        .with_details(serde_json::json!({ "program_id": program_id, "pairs": pairs.len() }));
                    audit::append(tx, &ctx, event).await?;
                    run_from(row)
                }
                .boxed()
            })
            .await
    }

    /// One matching run of the organisation.
    pub async fn matching_run(&self, org_id: Uuid, id: Uuid) -> Result<Option<MatchingRun>, StoreError> {
        matching_run::Entity::find_by_id(id)
            .filter(matching_run::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(run_from)
            .transpose()
    }

    /// The organisation's latest matching runs, newest first.
    pub async fn matching_runs(&self, org_id: Uuid, limit: u64) -> Result<Vec<MatchingRun>, StoreError> {
        matching_run::Entity::find()
            .filter(matching_run::Column::OrgId.eq(org_id))
            .order_by_desc(matching_run::Column::CreatedAt)
            .limit(limit)
            .all(&self.read)
            .await?
            .into_iter()
            .map(run_from)
            .collect()
    }

    /// Replaces a proposed run's pairs (an override the service checked), at `expected_version`.
    pub async fn update_matching_run(
        &self,
        ctx: &Context,
        run: MatchingRun,
        expected_version: i32,
        intern_id: Uuid,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let updated = matching_run::Entity::update_many()
                        .set(matching_run::ActiveModel {
                            pairs: Set(to_json(&run.pairs)?),
                            unmatched: Set(to_json(&run.unmatched)?),
                            version: Set(expected_version + 1),
                            ..Default::default()
                        })
                        .filter(matching_run::Column::Id.eq(run.id))
                        .filter(matching_run::Column::Version.eq(expected_version))
                        .filter(matching_run::Column::Status.eq("proposed"))
                        .exec(tx)
                        .await?;
                    if updated.rows_affected == 0 {
                        return Err(StoreError::Stale);
                    }
                    let event = Event::new(Action::MatchingChanged, Some(run.org_id), "matching_run", run.id)
                        .with_details(serde_json::json!({ "intern_id": intern_id }));
                    audit::append(tx, &ctx, event).await?;
                    let row = matching_run::Entity::find_by_id(run.id)
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    run_from(row)
                }
                .boxed()
            })
            .await
    }

    /// Publishes a proposed run: every intern gets their mentor (unless one was set meanwhile:
    /// 409 `already_matched`) and each pair is announced (`mentor.matched`), in one transaction.
    pub async fn publish_matching_run(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let updated = matching_run::Entity::update_many()
                        .set(matching_run::ActiveModel {
                            status: Set("published".into()),
                            published_at: Set(Some(now)),
                            version: Set(expected_version + 1),
                            ..Default::default()
                        })
                        .filter(matching_run::Column::Id.eq(id))
                        .filter(matching_run::Column::OrgId.eq(org_id))
                        .filter(matching_run::Column::Version.eq(expected_version))
                        .filter(matching_run::Column::Status.eq("proposed"))
                        .exec(tx)
                        .await?;
                    let row = matching_run::Entity::find_by_id(id)
                        .filter(matching_run::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if updated.rows_affected == 0 {
                        if row.status == "published" {
                            return Err(StoreError::Refused(Refusal::RunPublished));
                        }
                        return Err(StoreError::Stale);
                    }
                    let run = run_from(row)?;
                    for pair in &run.pairs {
                        let set = intern::Entity::update_many()
                            .set(intern::ActiveModel {
                                mentor_id: Set(Some(pair.mentor)),
                                updated_at: Set(now),
                                ..Default::default()
                            })
                            .filter(intern::Column::Id.eq(pair.intern))
                            .filter(intern::Column::MentorId.is_null())
                            .exec(tx)
                            .await?;
                        if set.rows_affected == 0 {
                            return Err(StoreError::Refused(Refusal::AlreadyMatched(pair.intern)));
                        }
                        let intern = load_intern(tx, pair.intern).await?.ok_or(StoreError::NotFound)?;
                        let event = Event::new(Action::MentorMatched, Some(org_id), "intern", pair.intern)
                            .with_details(serde_json::json!({
                                "application_id": intern.application_id,
                                "mentor_id": pair.mentor,
                                "matching_run_id": id,
                                "score": pair.score,
                            }));
                        audit::announce(tx, &ctx, event).await?;
                    }
                    Ok(run)
                }
                .boxed()
            })
            .await
    }
}

// ---------------------------------------------------------------- 1-on-1s, goals, evaluations

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

fn evaluation_from(row: evaluation::Model) -> Result<Evaluation, StoreError> {
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

async fn summarise(db: &impl ConnectionTrait, intern: &Intern) -> Result<Summary, StoreError> {
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

//! Interns, their onboarding checklists, placement and completion.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{application, intern, onboarding_task, team, vacancy};
use crate::error::corrupt;
use crate::offers::Offer;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::onboarding::{self};
use cohort_domain::internship::{InternStatus, Summary};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

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

pub(super) fn intern_from(row: intern::Model) -> Result<Intern, StoreError> {
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

pub(super) async fn load_intern(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Intern>, StoreError> {
    intern::Entity::find_by_id(id)
        .filter(intern::Column::ErasedAt.is_null())
        .one(db)
        .await?
        .map(intern_from)
        .transpose()
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
}

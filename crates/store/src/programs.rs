//! Programmes.

use crate::audit::{self, Context, Event};
use crate::entities::program::{self, Column, Entity};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::program::ProgramDraft;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// A programme as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// Its id.
    pub id: Uuid,
    /// Its organisation.
    pub org_id: Uuid,
    /// What the organisation wrote.
    pub draft: ProgramDraft,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<program::Model> for Program {
    type Error = StoreError;
    fn try_from(row: program::Model) -> Result<Self, Self::Error> {
        let structure = serde_json::from_str(&row.structure).map_err(corrupt)?;
        Ok(Program {
            id: row.id,
            org_id: row.org_id,
            draft: ProgramDraft {
                name: row.name,
                description: row.description,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                location: row.location,
                remote: row.remote,
                capacity: u32::try_from(row.capacity).unwrap_or_default(),
                structure,
            },
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

fn columns(draft: &ProgramDraft, row: &mut program::ActiveModel) -> Result<(), StoreError> {
    row.name = Set(draft.name.trim().to_owned());
    row.description = Set(draft.description.clone());
    row.starts_on = Set(draft.starts_on);
    row.ends_on = Set(draft.ends_on);
    row.location = Set(draft.location.clone());
    row.remote = Set(draft.remote);
    row.capacity = Set(i32::try_from(draft.capacity).map_err(corrupt)?);
    row.structure = Set(serde_json::to_string(&draft.structure).map_err(corrupt)?);
    Ok(())
}

impl Store {
    /// Creates a programme.
    pub async fn create_program(
        &self,
        ctx: &Context,
        org_id: Uuid,
        draft: ProgramDraft,
    ) -> Result<Program, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = program::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        created_at: Set(now),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    columns(&draft, &mut row)?;
                    let program = Program::try_from(row.insert(tx).await?)?;
                    let event = Event::new(Action::ProgramCreated, Some(org_id), "program", program.id)
                        .with_details(serde_json::json!({ "name": program.draft.name }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(program)
                }
                .boxed()
            })
            .await
    }

    /// Replaces a programme's details.
    pub async fn update_program(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        draft: ProgramDraft,
    ) -> Result<Program, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = Entity::find_by_id(id)
                        .filter(Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    let mut row: program::ActiveModel = row.into();
                    columns(&draft, &mut row)?;
                    row.updated_at = Set(Utc::now());
                    let program = Program::try_from(row.update(tx).await?)?;
                    audit::append(tx, &ctx, Event::new(Action::ProgramUpdated, Some(org_id), "program", id))
                        .await?;
                    Ok(program)
                }
                .boxed()
            })
            .await
    }

    /// A programme of the organisation.
    pub async fn program(&self, org_id: Uuid, id: Uuid) -> Result<Option<Program>, StoreError> {
        let row = Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(&self.read).await?;
        row.map(Program::try_from).transpose()
    }

    /// A programme by id, whoever's (for public pages of its vacancies).
    pub async fn program_by_id(&self, id: Uuid) -> Result<Option<Program>, StoreError> {
        Entity::find_by_id(id).one(&self.read).await?.map(Program::try_from).transpose()
    }

    /// The programmes with these ids, whoever's.
    pub async fn programs_by_ids(&self, ids: Vec<Uuid>) -> Result<Vec<Program>, StoreError> {
        let rows = Entity::find().filter(Column::Id.is_in(ids)).all(&self.read).await?;
        rows.into_iter().map(Program::try_from).collect()
    }

    /// The organisation's programmes, oldest first.
    pub async fn programs_page(&self, org_id: Uuid, page: PageRequest) -> Result<Page<Program>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.gt(after));
        }
        let rows = query.order_by_asc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let rows = rows.into_iter().map(Program::try_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(rows, page.limit, |p| p.id))
    }
}

//! Teams and the onboarding template.

use crate::audit::{self, Context, Event};
use crate::entities::team;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

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
            .all(&self.read)
            .await?)
    }

    /// A page of the organisation's teams, oldest first.
    pub async fn teams_page(&self, org_id: Uuid, page: PageRequest) -> Result<Page<Team>, StoreError> {
        let mut query = team::Entity::find().filter(team::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(team::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(team::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(rows, page.limit, |t| t.id))
    }

    /// One team of the organisation.
    pub async fn team(&self, org_id: Uuid, id: Uuid) -> Result<Option<Team>, StoreError> {
        Ok(team::Entity::find_by_id(id).filter(team::Column::OrgId.eq(org_id)).one(&self.read).await?)
    }
}

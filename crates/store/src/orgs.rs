//! Organisations.

use crate::audit::{self, Context, Event};
use crate::entities::organisation::{self, Column, Entity};
use crate::{Store, StoreError};
use cohort_domain::audit::Action;
use cohort_domain::language::Lang;
use cohort_domain::org::{OrgName, OrgProfile, OrgSlug};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// An organisation.
pub type Org = organisation::Model;

impl organisation::Model {
    /// The language the organisation works in (English if the row names none Cohort speaks).
    pub fn works_in(&self) -> Lang {
        Lang::from_tag(&self.language).unwrap_or_default()
    }
}

impl Store {
    /// Creates an organisation; a taken slug is a [`StoreError::Conflict`].
    pub async fn create_org(&self, ctx: &Context, slug: OrgSlug, name: OrgName) -> Result<Org, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let org = organisation::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        slug: Set(slug.as_str().to_owned()),
                        name: Set(name.as_str().to_owned()),
                        created_at: Set(chrono::Utc::now()),
                        website: Set(None),
                        country: Set("NL".into()),
                        language: Set(Lang::default().code().to_owned()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::OrgCreated, Some(org.id), "org", org.id)
                        .with_details(serde_json::json!({ "slug": org.slug, "name": org.name }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(org)
                }
                .boxed()
            })
            .await
    }

    /// Changes an organisation's name, website, country and language.
    pub async fn update_org_profile(
        &self,
        ctx: &Context,
        org_id: Uuid,
        profile: OrgProfile,
    ) -> Result<Org, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let org = organisation::ActiveModel {
                        id: Set(org_id),
                        name: Set(profile.name.as_str().to_owned()),
                        website: Set(profile.website.map(String::from)),
                        country: Set(profile.country.as_str().to_owned()),
                        language: Set(profile.language.code().to_owned()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event = Event::new(Action::OrgUpdated, Some(org.id), "org", org.id).with_details(
                        serde_json::json!({
                            "name": org.name, "website": org.website, "country": org.country, "language": org.language
                        }),
                    );
                    audit::append(tx, &ctx, event).await?;
                    Ok(org)
                }
                .boxed()
            })
            .await
    }

    /// The organisation with this slug.
    pub async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>, StoreError> {
        Ok(Entity::find().filter(Column::Slug.eq(slug)).one(&self.read).await?)
    }

    /// Whether any organisation exists (a database in use).
    pub async fn has_orgs(&self) -> Result<bool, StoreError> {
        use sea_orm::QuerySelect;
        Ok(Entity::find().limit(1).one(&self.read).await?.is_some())
    }

    /// The organisations with these ids.
    pub async fn orgs_by_ids(&self, ids: Vec<Uuid>) -> Result<Vec<Org>, StoreError> {
        Ok(Entity::find().filter(Column::Id.is_in(ids)).all(&self.read).await?)
    }
}

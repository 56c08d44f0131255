//! An organisation's hiring settings; the standard ones until it saves its own.

use crate::audit::{self, Context, Event};
use crate::entities::hiring_settings::{self, Entity};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::pipeline::{DEFAULT_REJECTION_REASONS, Pipeline};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

/// The settings in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiringSettings {
    /// The stages every new vacancy starts with.
    pub template: Pipeline,
    /// The reasons an application may be rejected with.
    pub rejection_reasons: Vec<String>,
    /// Whether applicants' public GitHub repositories are read to suggest skills.
    pub github_enrichment: bool,
}

impl Default for HiringSettings {
    fn default() -> Self {
        HiringSettings {
            template: Pipeline::standard(),
            rejection_reasons: DEFAULT_REJECTION_REASONS.iter().map(|r| (*r).to_owned()).collect(),
            github_enrichment: false,
        }
    }
}

impl Store {
    /// The organisation's hiring settings.
    pub async fn hiring_settings(&self, org_id: Uuid) -> Result<HiringSettings, StoreError> {
        match Entity::find_by_id(org_id).one(&self.read).await? {
            None => Ok(HiringSettings::default()),
            Some(row) => Ok(HiringSettings {
                template: serde_json::from_str(&row.stages).map_err(corrupt)?,
                rejection_reasons: serde_json::from_str(&row.rejection_reasons).map_err(corrupt)?,
                github_enrichment: row.github_enrichment,
            }),
        }
    }

    /// Saves the organisation's hiring settings (already validated by the domain).
    pub async fn save_hiring_settings(
        &self,
        ctx: &Context,
        org_id: Uuid,
        settings: HiringSettings,
    ) -> Result<HiringSettings, StoreError> {
        let ctx = ctx.clone();
        let stages = serde_json::to_string(&settings.template).map_err(corrupt)?;
        let reasons = serde_json::to_string(&settings.rejection_reasons).map_err(corrupt)?;
        self.writer
            .run(move |tx| {
                async move {
                    let row = hiring_settings::ActiveModel {
                        org_id: Set(org_id),
                        stages: Set(stages),
                        rejection_reasons: Set(reasons),
                        updated_at: Set(Utc::now()),
                        github_enrichment: Set(settings.github_enrichment),
                    };
                    if Entity::find_by_id(org_id).one(tx).await?.is_some() {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::HiringSettingsChanged, Some(org_id), "org", org_id),
                    )
                    .await?;
                    Ok(settings)
                }
                .boxed()
            })
            .await
    }
}

//! Candidates' profiles.

use crate::entities::profile::{self, Entity};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::candidate::CandidateProfile;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

impl Store {
    /// A candidate's profile, if they have saved one.
    pub async fn profile(&self, user_id: Uuid) -> Result<Option<CandidateProfile>, StoreError> {
        let row = Entity::find_by_id(user_id).one(&self.read).await?;
        row.map(|r| serde_json::from_str(&r.data).map_err(corrupt)).transpose()
    }

    /// Saves a candidate's profile, replacing the one before.
    pub async fn save_profile(
        &self,
        user_id: Uuid,
        profile: CandidateProfile,
    ) -> Result<CandidateProfile, StoreError> {
        let data = serde_json::to_string(&profile).map_err(corrupt)?;
        self.writer
            .run(move |tx| {
                async move {
                    let row = profile::ActiveModel {
                        user_id: Set(user_id),
                        data: Set(data),
                        updated_at: Set(Utc::now()),
                    };
                    if Entity::find_by_id(user_id).one(tx).await?.is_some() {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    Ok(profile)
                }
                .boxed()
            })
            .await
    }
}

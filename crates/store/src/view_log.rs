//! The view log: who in an organisation opened a candidate's application or CV, when, and why.
//! The candidate sees dates and purposes; the organisation's admins see who.

use crate::audit::Context;
use crate::entities::profile_view;
use crate::{Page, PageRequest, Store, StoreError};
use cohort_domain::privacy::{ViewPurpose, ViewedResource};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// One recorded view.
pub type ProfileView = profile_view::Model;

impl Store {
    /// Records that the caller viewed a candidate's data, before it is shown.
    pub async fn record_view(
        &self,
        ctx: &Context,
        org_id: Uuid,
        candidate_id: Uuid,
        application_id: Option<Uuid>,
        resource: ViewedResource,
        purpose: ViewPurpose,
    ) -> Result<(), StoreError> {
        let (viewer_kind, viewer_id, viewer_label) = ctx.actor.parts();
        self.writer
            .run(move |tx| {
                async move {
                    profile_view::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        candidate_id: Set(candidate_id),
                        application_id: Set(application_id),
                        viewer_kind: Set(viewer_kind.to_owned()),
                        viewer_id: Set(viewer_id),
                        viewer_label: Set(viewer_label),
                        resource: Set(resource.as_str().into()),
                        purpose: Set(purpose.as_str().into()),
                        at: Set(chrono::Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// The views of one candidate's data, newest first (at most 1,000).
    pub async fn views_of(&self, candidate_id: Uuid) -> Result<Vec<ProfileView>, StoreError> {
        Ok(profile_view::Entity::find()
            .filter(profile_view::Column::CandidateId.eq(candidate_id))
            .order_by_desc(profile_view::Column::At)
            .limit(1000)
            .all(&self.read)
            .await?)
    }

    /// The organisation's view log, newest first, optionally of one candidate.
    pub async fn org_views(
        &self,
        org_id: Uuid,
        candidate_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Page<ProfileView>, StoreError> {
        let mut query = profile_view::Entity::find().filter(profile_view::Column::OrgId.eq(org_id));
        if let Some(candidate) = candidate_id {
            query = query.filter(profile_view::Column::CandidateId.eq(candidate));
        }
        if let Some(after) = page.after {
            query = query.filter(profile_view::Column::Id.lt(after));
        }
        let rows =
            query.order_by_desc(profile_view::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(rows, page.limit, |v| v.id))
    }
}

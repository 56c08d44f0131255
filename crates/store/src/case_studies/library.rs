//! The case-study library: briefs, rubrics and their files.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::case_study;
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::case_study::CaseStudyDraft;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

impl Store {
    /// Adds a case study to the library.
    pub async fn create_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        draft: CaseStudyDraft,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let id = Uuid::now_v7();
                    let row = case_study::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        title: Set(draft.title.trim().to_owned()),
                        brief: Set(draft.brief.clone()),
                        rubric: Set(serde_json::to_string(&draft.rubric).map_err(corrupt)?),
                        hours_allowed: Set(i32::try_from(draft.hours_allowed).unwrap_or(i32::MAX)),
                        reviewers_required: Set(i32::try_from(draft.reviewers_required).unwrap_or(i32::MAX)),
                        late_policy: Set(draft.late_policy.as_str().to_owned()),
                        attachments: Set("[]".into()),
                        version: Set(1),
                        created_at: Set(now),
                        updated_at: Set(now),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::CaseStudyCreated, Some(org_id), "case_study", id)
                        .with_details(serde_json::json!({ "title": draft.title }));
                    audit::append(tx, &ctx, event).await?;
                    study(row)
                }
                .boxed()
            })
            .await
    }

    /// Replaces a case study's text and settings, if still at `expected_version` (assignments
    /// already made keep their deadline).
    pub async fn update_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        draft: CaseStudyDraft,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let updated = case_study::Entity::update_many()
                        .set(case_study::ActiveModel {
                            title: Set(draft.title.trim().to_owned()),
                            brief: Set(draft.brief.clone()),
                            rubric: Set(serde_json::to_string(&draft.rubric).map_err(corrupt)?),
                            hours_allowed: Set(i32::try_from(draft.hours_allowed).unwrap_or(i32::MAX)),
                            reviewers_required: Set(
                                i32::try_from(draft.reviewers_required).unwrap_or(i32::MAX)
                            ),
                            late_policy: Set(draft.late_policy.as_str().to_owned()),
                            version: Set(expected_version + 1),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(case_study::Column::Id.eq(id))
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .filter(case_study::Column::Version.eq(expected_version))
                        .exec(tx)
                        .await?;
                    let row = case_study::Entity::find_by_id(id)
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if updated.rows_affected == 0 {
                        return Err(StoreError::Stale);
                    }
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::CaseStudyUpdated, Some(org_id), "case_study", id),
                    )
                    .await?;
                    study(row)
                }
                .boxed()
            })
            .await
    }

    /// Adds a file to a case study's brief.
    pub async fn add_case_study_attachment(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        attachment: Attachment,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = case_study::Entity::find_by_id(id)
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    let mut current = study(row)?;
                    if current.attachments.len() >= 10 {
                        return Err(StoreError::Refused(Refusal::TooManyAttachments));
                    }
                    current.attachments.push(attachment.clone());
                    case_study::ActiveModel {
                        id: Set(id),
                        attachments: Set(serde_json::to_string(&current.attachments).map_err(corrupt)?),
                        version: Set(current.version + 1),
                        updated_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event = Event::new(Action::CaseStudyUpdated, Some(org_id), "case_study", id)
                        .with_details(serde_json::json!({ "attachment": attachment.filename }));
                    audit::append(tx, &ctx, event).await?;
                    current.version += 1;
                    Ok(current)
                }
                .boxed()
            })
            .await
    }

    /// One case study of the organisation.
    pub async fn case_study(&self, org_id: Uuid, id: Uuid) -> Result<Option<CaseStudy>, StoreError> {
        case_study::Entity::find_by_id(id)
            .filter(case_study::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(study)
            .transpose()
    }

    /// The organisation's library, oldest first.
    pub async fn case_studies_page(
        &self,
        org_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<CaseStudy>, StoreError> {
        let mut query = case_study::Entity::find().filter(case_study::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(case_study::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(case_study::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(study).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |c| c.id))
    }
}

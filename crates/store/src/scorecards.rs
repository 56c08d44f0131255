//! Interview kits (what is rated at a vacancy's stage) and scorecards (one per interviewer per
//! interview, final once submitted).

use crate::audit::{self, Context, Event};
use crate::entities::{interview_kit, scorecard};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use cohort_domain::scorecard::{Recommendation, Scorecard};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// A submitted scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredScorecard {
    /// Its id.
    pub id: Uuid,
    /// The interview.
    pub interview_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Who wrote it.
    pub interviewer_id: Uuid,
    /// What they wrote.
    pub card: Scorecard,
    /// When.
    pub submitted_at: DateTime<Utc>,
}

fn from_row(row: scorecard::Model) -> Result<StoredScorecard, StoreError> {
    Ok(StoredScorecard {
        id: row.id,
        interview_id: row.interview_id,
        application_id: row.application_id,
        interviewer_id: row.interviewer_id,
        card: Scorecard {
            ratings: serde_json::from_str(&row.ratings).map_err(corrupt)?,
            recommendation: Recommendation::parse(&row.recommendation)
                .ok_or_else(|| corrupt(&row.recommendation))?,
            notes: row.notes,
        },
        submitted_at: row.submitted_at,
    })
}

impl Store {
    /// The attributes the organisation set for a vacancy's stage, if it set any.
    pub async fn interview_kit(
        &self,
        vacancy_id: Uuid,
        stage: &str,
    ) -> Result<Option<Vec<String>>, StoreError> {
        interview_kit::Entity::find_by_id((vacancy_id, stage.to_owned()))
            .one(&self.read)
            .await?
            .map(|kit| serde_json::from_str(&kit.attributes).map_err(corrupt))
            .transpose()
    }

    /// Sets the attributes rated at a vacancy's stage (validated by the domain).
    pub async fn set_interview_kit(
        &self,
        ctx: &Context,
        org_id: Uuid,
        vacancy_id: Uuid,
        stage: String,
        attributes: Vec<String>,
    ) -> Result<Vec<String>, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = interview_kit::ActiveModel {
                        vacancy_id: Set(vacancy_id),
                        stage: Set(stage.clone()),
                        attributes: Set(serde_json::to_string(&attributes).map_err(corrupt)?),
                    };
                    if interview_kit::Entity::find_by_id((vacancy_id, stage.clone())).one(tx).await?.is_some()
                    {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    let event = Event::new(Action::InterviewKitChanged, Some(org_id), "vacancy", vacancy_id)
                        .with_details(serde_json::json!({ "stage": stage, "attributes": attributes }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(attributes)
                }
                .boxed()
            })
            .await
    }

    /// Records a scorecard; a second one by the same interviewer for the same interview is a
    /// conflict (`scorecard_submitted`): scorecards are final.
    pub async fn submit_scorecard(
        &self,
        ctx: &Context,
        org_id: Uuid,
        interview_id: Uuid,
        application_id: Uuid,
        interviewer_id: Uuid,
        card: Scorecard,
    ) -> Result<StoredScorecard, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let exists = scorecard::Entity::find()
                        .filter(scorecard::Column::InterviewId.eq(interview_id))
                        .filter(scorecard::Column::InterviewerId.eq(interviewer_id))
                        .one(tx)
                        .await?;
                    if exists.is_some() {
                        return Err(StoreError::Refused(Refusal::ScorecardSubmitted));
                    }
                    let row = scorecard::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        interview_id: Set(interview_id),
                        application_id: Set(application_id),
                        interviewer_id: Set(interviewer_id),
                        ratings: Set(serde_json::to_string(&card.ratings).map_err(corrupt)?),
                        recommendation: Set(card.recommendation.as_str().to_owned()),
                        notes: Set(card.notes.clone()),
                        submitted_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await
                    .map_err(|e| match StoreError::from(e) {
                        StoreError::Conflict(_) => StoreError::Refused(Refusal::ScorecardSubmitted),
                        other => other,
                    })?;
                    let event =
                        Event::new(Action::ScorecardSubmitted, Some(org_id), "interview", interview_id)
                            .with_details(serde_json::json!({
                                "application_id": application_id,
                                "recommendation": card.recommendation.as_str(),
                            }));
                    audit::announce(tx, &ctx, event).await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// Of these interviews, the ones `interviewer_id` has sent a scorecard for.
    pub async fn scored_by(
        &self,
        interviewer_id: Uuid,
        interview_ids: Vec<Uuid>,
    ) -> Result<std::collections::HashSet<Uuid>, StoreError> {
        if interview_ids.is_empty() {
            return Ok(Default::default());
        }
        Ok(scorecard::Entity::find()
            .select_only()
            .column(scorecard::Column::InterviewId)
            .filter(scorecard::Column::InterviewerId.eq(interviewer_id))
            .filter(scorecard::Column::InterviewId.is_in(interview_ids))
            .into_tuple::<Uuid>()
            .all(&self.read)
            .await?
            .into_iter()
            .collect())
    }

    /// Every scorecard of an application, oldest first (a handful).
    pub async fn scorecards_of(&self, application_id: Uuid) -> Result<Vec<StoredScorecard>, StoreError> {
        scorecard::Entity::find()
            .filter(scorecard::Column::ApplicationId.eq(application_id))
            .order_by_asc(scorecard::Column::Id)
            .limit(500)
            .all(&self.read)
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }
}

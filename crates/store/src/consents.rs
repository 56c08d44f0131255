//! Consents beyond the application: given to one organisation for one purpose, withdrawable at
//! any time; the history is kept (who consented to what, when, under which notice).

use crate::audit::{self, Context, Event};
use crate::entities::{application, consent};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::privacy::ConsentPurpose;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

/// A consent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consent {
    /// Its id.
    pub id: Uuid,
    /// Who gave it.
    pub user_id: Uuid,
    /// To which organisation.
    pub org_id: Uuid,
    /// For what.
    pub purpose: ConsentPurpose,
    /// Under which privacy notice.
    pub notice_version: String,
    /// When.
    pub given_at: DateTime<Utc>,
    /// When withdrawn, if it was.
    pub withdrawn_at: Option<DateTime<Utc>>,
}

fn from_row(row: consent::Model) -> Result<Consent, StoreError> {
    Ok(Consent {
        id: row.id,
        user_id: row.user_id,
        org_id: row.org_id,
        purpose: ConsentPurpose::parse(&row.purpose).ok_or_else(|| corrupt(&row.purpose))?,
        notice_version: row.notice_version,
        given_at: row.given_at,
        withdrawn_at: row.withdrawn_at,
    })
}

impl Store {
    /// Records a consent to an organisation that holds the person's application (422
    /// `no_data_held` otherwise; 409 `consent_given` while one is in force).
    pub async fn give_consent(
        &self,
        ctx: &Context,
        user_id: Uuid,
        org_id: Uuid,
        purpose: ConsentPurpose,
        notice_version: String,
    ) -> Result<Consent, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let applications = application::Entity::find()
                        .filter(application::Column::CandidateId.eq(user_id))
                        .filter(application::Column::OrgId.eq(org_id))
                        .count(tx)
                        .await?;
                    if applications == 0 {
                        return Err(StoreError::Refused(Refusal::NoDataHeld));
                    }
                    let in_force = consent::Entity::find()
                        .filter(consent::Column::UserId.eq(user_id))
                        .filter(consent::Column::OrgId.eq(org_id))
                        .filter(consent::Column::Purpose.eq(purpose.as_str()))
                        .filter(consent::Column::WithdrawnAt.is_null())
                        .count(tx)
                        .await?;
                    if in_force > 0 {
                        return Err(StoreError::Refused(Refusal::ConsentGiven));
                    }
                    let row = consent::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        user_id: Set(user_id),
                        org_id: Set(org_id),
                        purpose: Set(purpose.as_str().into()),
                        notice_version: Set(notice_version),
                        given_at: Set(Utc::now()),
                        withdrawn_at: Set(None),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::ConsentChanged, Some(org_id), "consent", row.id)
                        .with_details(serde_json::json!({ "purpose": purpose.as_str(), "given": true }));
                    audit::append(tx, &ctx, event).await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// Withdraws one of the person's consents (409 `consent_withdrawn` twice).
    pub async fn withdraw_consent(
        &self,
        ctx: &Context,
        user_id: Uuid,
        id: Uuid,
    ) -> Result<Consent, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = consent::Entity::find_by_id(id)
                        .filter(consent::Column::UserId.eq(user_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if row.withdrawn_at.is_some() {
                        return Err(StoreError::Refused(Refusal::ConsentWithdrawn));
                    }
                    let mut change: consent::ActiveModel = row.clone().into();
                    change.withdrawn_at = Set(Some(Utc::now()));
                    let row = change.update(tx).await?;
                    let event = Event::new(Action::ConsentChanged, Some(row.org_id), "consent", id)
                        .with_details(serde_json::json!({ "purpose": row.purpose, "given": false }));
                    audit::append(tx, &ctx, event).await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// The person's consents, newest first, withdrawn ones included.
    pub async fn consents(&self, user_id: Uuid) -> Result<Vec<Consent>, StoreError> {
        consent::Entity::find()
            .filter(consent::Column::UserId.eq(user_id))
            .order_by_desc(consent::Column::Id)
            .all(&self.read)
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }
}

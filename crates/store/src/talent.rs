//! The talent pool: candidates imported in bulk. Each batch is one transaction; a candidate
//! already in the pool (same e-mail) is skipped, never overwritten.

use crate::audit::{self, Context, Event};
use crate::entities::talent::{self, Column, Entity};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::candidate::CandidateProfile;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// A candidate of the pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolEntry {
    /// Its id.
    pub id: Uuid,
    /// Their e-mail address.
    pub email: String,
    /// Their profile.
    pub profile: CandidateProfile,
    /// `csv` or `json_resume`.
    pub source: String,
    /// When imported.
    pub created_at: DateTime<Utc>,
}

/// What a batch did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// How many were added.
    pub added: usize,
    /// The e-mail addresses already in the pool.
    pub duplicates: Vec<String>,
}

impl Store {
    /// Adds a batch of candidates (e-mail, profile) from `source`, skipping those already there.
    pub async fn import_talent(
        &self,
        ctx: &Context,
        org_id: Uuid,
        source: &str,
        batch: Vec<(String, CandidateProfile)>,
    ) -> Result<Imported, StoreError> {
        let ctx = ctx.clone();
        let source = source.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let emails: Vec<String> = batch.iter().map(|(e, _)| e.to_lowercase()).collect();
                    let existing: Vec<String> = Entity::find()
                        .select_only()
                        .column(Column::Email)
                        .filter(Column::OrgId.eq(org_id))
                        .filter(Column::Email.is_in(emails))
                        .into_tuple()
                        .all(tx)
                        .await?;
                    let mut done = Imported::default();
                    let now = Utc::now();
                    let mut seen = std::collections::BTreeSet::new();
                    for (email, profile) in batch {
                        let email = email.to_lowercase();
                        if existing.contains(&email) || !seen.insert(email.clone()) {
                            done.duplicates.push(email);
                            continue;
                        }
                        talent::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            org_id: Set(org_id),
                            email: Set(email),
                            name: Set(profile.name.clone()),
                            profile: Set(serde_json::to_string(&profile).map_err(corrupt)?),
                            source: Set(source.clone()),
                            created_at: Set(now),
                        }
                        .insert(tx)
                        .await?;
                        done.added += 1;
                    }
                    if done.added > 0 {
                        let event = Event::new(Action::TalentImported, Some(org_id), "org", org_id)
                            .with_details(serde_json::json!({ "added": done.added, "source": source }));
                        audit::append(tx, &ctx, event).await?;
                    }
                    Ok(done)
                }
                .boxed()
            })
            .await
    }

    /// The organisation's pool, oldest first.
    pub async fn talent_page(&self, org_id: Uuid, page: PageRequest) -> Result<Page<PoolEntry>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.gt(after));
        }
        let rows = query.order_by_asc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows
            .into_iter()
            .map(|r| {
                Ok(PoolEntry {
                    id: r.id,
                    email: r.email,
                    profile: serde_json::from_str(&r.profile).map_err(corrupt)?,
                    source: r.source,
                    created_at: r.created_at,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Page::from_overfetch(items, page.limit, |e| e.id))
    }
}

//! Decisions and offers. Accepting an offer hires the candidate in the same transaction: it
//! takes one of the vacancy's positions (never more than there are) and moves the application
//! to Onboarding.

use crate::applications::{Moved, record_move};
use crate::audit::{self, Context, Event};
use crate::entities::{application, decision, offer, vacancy};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::offer::{OfferError, OfferMove, OfferStatus, Outcome, Terms, move_offer};
use cohort_domain::pipeline::{Actor, Move, Pipeline, Position, transition};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A recorded decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The application.
    pub application_id: Uuid,
    /// Offer or reject.
    pub outcome: Outcome,
    /// Why.
    pub rationale: String,
    /// Who decided.
    pub decided_by: Option<Uuid>,
    /// When.
    pub decided_at: DateTime<Utc>,
}

/// An offer as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// Where it stands.
    pub status: OfferStatus,
    /// Its terms.
    pub terms: Terms,
    /// When it lapses unanswered.
    pub expires_at: DateTime<Utc>,
    /// Raised by every change (the ETag).
    pub version: i32,
    /// Why the candidate declined, if they said.
    pub decline_reason: Option<String>,
    /// When it was sent.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was answered (or expired, or withdrawn).
    pub answered_at: Option<DateTime<Utc>>,
    /// When it was drafted.
    pub created_at: DateTime<Utc>,
}

fn from_row(row: offer::Model) -> Result<Offer, StoreError> {
    Ok(Offer {
        id: row.id,
        org_id: row.org_id,
        application_id: row.application_id,
        vacancy_id: row.vacancy_id,
        candidate_id: row.candidate_id,
        status: OfferStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        terms: serde_json::from_str(&row.terms).map_err(corrupt)?,
        expires_at: row.expires_at,
        version: row.version,
        decline_reason: row.decline_reason,
        sent_at: row.sent_at,
        answered_at: row.answered_at,
        created_at: row.created_at,
    })
}

/// Who acts on an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferSide {
    /// The organisation (send, withdraw), at the version it read.
    Org {
        /// The organisation.
        org_id: Uuid,
        /// The version from `If-Match`.
        expected_version: i32,
    },
    /// The candidate (accept, decline).
    Candidate(Uuid),
    /// The expiry job.
    Clock,
}

fn offer_refusal(error: OfferError) -> StoreError {
    match error {
        OfferError::Expired(_) | OfferError::Refused(..) => StoreError::Refused(Refusal::Offer(error)),
    }
}

async fn load(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Offer>, StoreError> {
    offer::Entity::find_by_id(id).one(db).await?.map(from_row).transpose()
}

/// Hires the candidate of an accepted offer: Decision → Onboarding, taking a position, and makes
/// them an intern with an onboarding checklist.
async fn hire(tx: &DatabaseTransaction, ctx: &Context, offer: &Offer) -> Result<(), StoreError> {
    let row =
        application::Entity::find_by_id(offer.application_id).one(tx).await?.ok_or(StoreError::NotFound)?;
    let pipeline: Pipeline = serde_json::from_str(
        &vacancy::Entity::find_by_id(row.vacancy_id).one(tx).await?.ok_or(StoreError::NotFound)?.pipeline,
    )
    .map_err(corrupt)?;
    let current = crate::applications::Application::try_from(row)?;
    let from = Position { stage: current.stage.clone(), status: current.status };
    let to = transition(&pipeline, &from, &Move::Hire, Actor::Recruiter, &[])
        .map_err(|e| StoreError::Refused(Refusal::NotHireable(e)))?;
    let moved = Moved { from, to, reason: Some("Offer accepted".into()) };
    record_move(tx, ctx.clone(), offer.org_id, offer.application_id, current.version, moved).await?;
    crate::internship::create_intern(tx, ctx, offer).await?;
    Ok(())
}

impl Store {
    /// Records the decision on an application; a rejection also rejects it (`rejected` is the
    /// move the service computed), in the same transaction.
    pub async fn record_decision(
        &self,
        ctx: &Context,
        org_id: Uuid,
        application_id: Uuid,
        expected_version: i32,
        decision: (Outcome, String),
        rejected: Option<Moved>,
    ) -> Result<Decision, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                insert_decision(tx, ctx, org_id, (application_id, expected_version), decision, rejected)
                    .boxed()
            })
            .await
    }

    /// The decision on an application, if recorded.
    pub async fn decision(&self, application_id: Uuid) -> Result<Option<Decision>, StoreError> {
        decision::Entity::find_by_id(application_id)
            .one(&self.read)
            .await?
            .map(|d| {
                Ok(Decision {
                    application_id: d.application_id,
                    outcome: Outcome::parse(&d.outcome).ok_or_else(|| corrupt(&d.outcome))?,
                    rationale: d.rationale,
                    decided_by: d.decided_by,
                    decided_at: d.decided_at,
                })
            })
            .transpose()
    }

    /// Drafts an offer; an application has at most one open (draft or sent) offer.
    pub async fn draft_offer(
        &self,
        ctx: &Context,
        org_id: Uuid,
        application: (Uuid, Uuid, Uuid),
        terms: Terms,
        expires_at: DateTime<Utc>,
    ) -> Result<Offer, StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| insert_offer(tx, ctx, org_id, application, terms, expires_at).boxed()).await
    }

    /// Decides to make an offer, drafts it and sends it, in one transaction: all three, or none
    /// (`application`: its id, vacancy and candidate; `expected_version`: the application's).
    #[expect(clippy::too_many_arguments, reason = "the decision's and the offer's parts")]
    pub async fn decide_and_send_offer(
        &self,
        ctx: &Context,
        org_id: Uuid,
        application: (Uuid, Uuid, Uuid),
        expected_version: i32,
        rationale: String,
        terms: Terms,
        expires_at: DateTime<Utc>,
    ) -> Result<Offer, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let decision = (Outcome::Offer, rationale);
                    insert_decision(
                        tx,
                        ctx.clone(),
                        org_id,
                        (application.0, expected_version),
                        decision,
                        None,
                    )
                    .await?;
                    let drafted =
                        insert_offer(tx, ctx.clone(), org_id, application, terms, expires_at).await?;
                    let side = OfferSide::Org { org_id, expected_version: drafted.version };
                    act(tx, ctx, side, drafted.id, OfferMove::Send, None).await
                }
                .boxed()
            })
            .await
    }

    /// Replaces a draft's terms and expiry, if still at `expected_version`.
    pub async fn update_offer_draft(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        terms: Terms,
        expires_at: DateTime<Utc>,
    ) -> Result<Offer, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let updated = offer::Entity::update_many()
                        .set(offer::ActiveModel {
                            terms: Set(serde_json::to_string(&terms).map_err(corrupt)?),
                            expires_at: Set(expires_at),
                            version: Set(expected_version + 1),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(offer::Column::Id.eq(id))
                        .filter(offer::Column::OrgId.eq(org_id))
                        .filter(offer::Column::Version.eq(expected_version))
                        .filter(offer::Column::Status.eq(OfferStatus::Draft.as_str()))
                        .exec(tx)
                        .await?;
                    let current =
                        load(tx, id).await?.filter(|o| o.org_id == org_id).ok_or(StoreError::NotFound)?;
                    if updated.rows_affected == 0 {
                        if current.status != OfferStatus::Draft {
                            return Err(StoreError::Refused(Refusal::OfferNotDraft));
                        }
                        return Err(StoreError::Stale);
                    }
                    let event = Event::new(Action::OfferDrafted, Some(org_id), "offer", id)
                        .with_details(serde_json::json!({ "application_id": current.application_id }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(current)
                }
                .boxed()
            })
            .await
    }

    /// Sends, withdraws, accepts, declines or expires an offer as the domain allows; accepting
    /// hires (a position and Onboarding) in the same transaction.
    pub async fn act_on_offer(
        &self,
        ctx: &Context,
        side: OfferSide,
        id: Uuid,
        action: OfferMove,
        reason: Option<String>,
    ) -> Result<Offer, StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| act(tx, ctx, side, id, action, reason).boxed()).await
    }

    /// Marks sent offers whose time ran out as expired (at most 100 a call); returns how many.
    pub async fn expire_due_offers(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let due: Vec<Uuid> = offer::Entity::find()
            .select_only()
            .column(offer::Column::Id)
            .filter(offer::Column::Status.eq(OfferStatus::Sent.as_str()))
            .filter(offer::Column::ExpiresAt.lte(now))
            .order_by_asc(offer::Column::ExpiresAt)
            .limit(100)
            .into_tuple()
            .all(&self.read)
            .await?;
        let mut expired = 0;
        for id in due {
            let ctx = Context::operator();
            let done = self
                .writer
                .run(move |tx| act(tx, ctx, OfferSide::Clock, id, OfferMove::Expire, None).boxed())
                .await;
            match done {
                Ok(_) => expired += 1,
                // Answered in the meantime: nothing to expire.
                Err(StoreError::Refused(_)) => {}
                Err(other) => return Err(other),
            }
        }
        Ok(expired)
    }

    /// One offer of the organisation.
    pub async fn offer(&self, org_id: Uuid, id: Uuid) -> Result<Option<Offer>, StoreError> {
        Ok(load(&self.read, id).await?.filter(|o| o.org_id == org_id))
    }

    /// One offer to the candidate (drafts are not theirs to see).
    pub async fn own_offer(&self, candidate_id: Uuid, id: Uuid) -> Result<Option<Offer>, StoreError> {
        Ok(load(&self.read, id)
            .await?
            .filter(|o| o.candidate_id == candidate_id && o.status != OfferStatus::Draft))
    }

    /// The candidate's offers, newest first (a handful).
    pub async fn own_offers(&self, candidate_id: Uuid) -> Result<Vec<Offer>, StoreError> {
        offer::Entity::find()
            .filter(offer::Column::CandidateId.eq(candidate_id))
            .filter(offer::Column::Status.ne(OfferStatus::Draft.as_str()))
            .order_by_desc(offer::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }

    /// The organisation's offers, newest first, optionally of one application.
    pub async fn org_offers(
        &self,
        org_id: Uuid,
        application_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Page<Offer>, StoreError> {
        let mut query = offer::Entity::find().filter(offer::Column::OrgId.eq(org_id));
        if let Some(application_id) = application_id {
            query = query.filter(offer::Column::ApplicationId.eq(application_id));
        }
        if let Some(after) = page.after {
            query = query.filter(offer::Column::Id.lt(after));
        }
        let rows = query.order_by_desc(offer::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |o| o.id))
    }
}

async fn act(
    tx: &DatabaseTransaction,
    ctx: Context,
    side: OfferSide,
    id: Uuid,
    action: OfferMove,
    reason: Option<String>,
) -> Result<Offer, StoreError> {
    let current = load(tx, id).await?.ok_or(StoreError::NotFound)?;
    match side {
        OfferSide::Org { org_id, expected_version } => {
            if current.org_id != org_id {
                return Err(StoreError::NotFound);
            }
            if current.version != expected_version {
                return Err(StoreError::Stale);
            }
        }
        OfferSide::Candidate(candidate_id) => {
            if current.candidate_id != candidate_id || current.status == OfferStatus::Draft {
                return Err(StoreError::NotFound);
            }
        }
        OfferSide::Clock => {}
    }
    let now = Utc::now();
    let next = move_offer(current.status, action, current.expires_at, now).map_err(offer_refusal)?;
    let updated = offer::Entity::update_many()
        .set(offer::ActiveModel {
            status: Set(next.as_str().to_owned()),
            version: Set(current.version + 1),
            sent_at: Set(if next == OfferStatus::Sent { Some(now) } else { current.sent_at }),
            answered_at: Set(if next == OfferStatus::Sent { None } else { Some(now) }),
            decline_reason: Set(if next == OfferStatus::Declined {
                reason.clone()
            } else {
                current.decline_reason.clone()
            }),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(offer::Column::Id.eq(id))
        .filter(offer::Column::Version.eq(current.version))
        .exec(tx)
        .await?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale);
    }
    if next == OfferStatus::Accepted {
        hire(tx, &ctx, &current).await?;
    }
    let topic = match next {
        OfferStatus::Sent => Action::OfferSent,
        OfferStatus::Accepted => Action::OfferAccepted,
        OfferStatus::Declined => Action::OfferDeclined,
        OfferStatus::Expired => Action::OfferExpired,
        OfferStatus::Withdrawn | OfferStatus::Draft => Action::OfferWithdrawn,
    };
    let event = Event::new(topic, Some(current.org_id), "offer", id).with_details(serde_json::json!({
        "application_id": current.application_id,
        "vacancy_id": current.vacancy_id,
        "reason": reason,
    }));
    audit::announce(tx, &ctx, event).await?;
    load(tx, id).await?.ok_or(StoreError::NotFound)
}

/// Records the decision (and a rejection's move) in `tx`, if the application is at
/// `expected_version`.
async fn insert_decision(
    tx: &DatabaseTransaction,
    ctx: Context,
    org_id: Uuid,
    (application_id, expected_version): (Uuid, i32),
    decision: (Outcome, String),
    rejected: Option<Moved>,
) -> Result<Decision, StoreError> {
    let (outcome, rationale) = decision;
    let current = application::Entity::find_by_id(application_id)
        .filter(application::Column::OrgId.eq(org_id))
        .one(tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    if current.version != expected_version {
        return Err(StoreError::Stale);
    }
    if let Some(moved) = rejected {
        record_move(tx, ctx.clone(), org_id, application_id, expected_version, moved).await?;
    }
    let now = Utc::now();
    decision::Entity::delete_by_id(application_id).exec(tx).await?;
    decision::ActiveModel {
        application_id: Set(application_id),
        outcome: Set(outcome.as_str().to_owned()),
        rationale: Set(rationale.clone()),
        decided_by: Set(ctx.actor_user()),
        decided_at: Set(now),
    }
    .insert(tx)
    .await?;
    let event = Event::new(Action::DecisionRecorded, Some(org_id), "application", application_id)
        .with_details(serde_json::json!({ "outcome": outcome.as_str() }));
    audit::announce(tx, &ctx, event).await?;
    Ok(Decision { application_id, outcome, rationale, decided_by: ctx.actor_user(), decided_at: now })
}

/// Inserts a draft offer in `tx`; an application has at most one open (draft or sent) offer.
async fn insert_offer(
    tx: &DatabaseTransaction,
    ctx: Context,
    org_id: Uuid,
    (application_id, vacancy_id, candidate_id): (Uuid, Uuid, Uuid),
    terms: Terms,
    expires_at: DateTime<Utc>,
) -> Result<Offer, StoreError> {
    let open = offer::Entity::find()
        .filter(offer::Column::ApplicationId.eq(application_id))
        .filter(offer::Column::Status.is_in([OfferStatus::Draft.as_str(), OfferStatus::Sent.as_str()]))
        .one(tx)
        .await?;
    if let Some(open) = open {
        return Err(StoreError::Refused(Refusal::OfferOpen(open.id)));
    }
    let now = Utc::now();
    let row = offer::ActiveModel {
        id: Set(Uuid::now_v7()),
        org_id: Set(org_id),
        application_id: Set(application_id),
        vacancy_id: Set(vacancy_id),
        candidate_id: Set(candidate_id),
        status: Set(OfferStatus::Draft.as_str().to_owned()),
        terms: Set(serde_json::to_string(&terms).map_err(corrupt)?),
        expires_at: Set(expires_at),
        version: Set(1),
        decline_reason: Set(None),
        sent_at: Set(None),
        answered_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(tx)
    .await?;
    let event = Event::new(Action::OfferDrafted, Some(org_id), "offer", row.id)
        .with_details(serde_json::json!({ "application_id": application_id }));
    audit::append(tx, &ctx, event).await?;
    from_row(row)
}

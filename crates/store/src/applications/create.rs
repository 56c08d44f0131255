//! Applying: the new application, its first event and its idempotent answer, in one transaction.

use super::*;
use crate::audit::{self, Actor, Context, Event};
use crate::entities::application::{self};
use crate::entities::{application_event, application_skill, idempotency_key};
use crate::error::corrupt;
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::pipeline::Status;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

impl Store {
    /// Makes an application, records its first event and (with a key) the idempotent answer.
    /// A second application of the same candidate to the same vacancy is a
    /// [`StoreError::Conflict`] on `uq_applications_vacancy_candidate` (or its columns).
    pub async fn create_application(
        &self,
        ctx: &Context,
        new: NewApplication,
        idempotency: Option<Idempotency>,
    ) -> Result<Application, StoreError> {
        let ctx = ctx.clone();
        let backend = self.backend;
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let document = crate::search::document(&new.profile, &new.cover_letter);
                    let skills = new.profile.skills.clone();
                    let row = application::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(new.org_id),
                        vacancy_id: Set(new.vacancy_id),
                        candidate_id: Set(new.candidate_id),
                        stage: Set(new.stage.clone()),
                        status: Set(Status::Active.as_str().to_owned()),
                        version: Set(1),
                        github_url: Set(new.profile.github_url()),
                        portfolio_url: Set(new.profile.portfolio_url.clone()),
                        profile: Set(serde_json::to_string(&new.profile).map_err(corrupt)?),
                        cover_letter: Set(new.cover_letter),
                        source: Set(new.source.clone()),
                        language: Set(new.language.code().to_owned()),
                        answers: Set(serde_json::to_string(&new.answers).map_err(corrupt)?),
                        cv_blob: Set(new.cv.as_ref().map(|cv| cv.blob.clone())),
                        cv_filename: Set(new.cv.as_ref().map(|cv| cv.filename.clone())),
                        cv_content_type: Set(new.cv.as_ref().map(|cv| cv.content_type.clone())),
                        evaluation: Set(serde_json::to_string(&new.evaluation).map_err(corrupt)?),
                        match_score: Set(i32::try_from(new.match_score).unwrap_or(0)),
                        consent_version: Set(new.consent_version),
                        consented_at: Set(now),
                        created_at: Set(now),
                        updated_at: Set(now),
                        suggested_skills: Set(None),
                        erased_at: Set(None),
                    };
                    let application = Application::try_from(row.insert(tx).await?)?;
                    crate::search::index(tx, backend, application.id, document).await?;
                    let mut seen = std::collections::BTreeSet::new();
                    for skill in skills.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()) {
                        if seen.insert(skill.clone()) {
                            application_skill::ActiveModel {
                                id: Set(Uuid::now_v7()),
                                application_id: Set(application.id),
                                org_id: Set(application.org_id),
                                skill: Set(skill),
                            }
                            .insert(tx)
                            .await?;
                        }
                    }
                    application_event::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        application_id: Set(application.id),
                        at: Set(now),
                        actor_kind: Set("candidate".to_owned()),
                        actor_id: Set(Some(application.candidate_id)),
                        from_stage: Set(None),
                        to_stage: Set(application.stage.clone()),
                        from_status: Set(None),
                        to_status: Set(Status::Active.as_str().to_owned()),
                        reason: Set(None),
                    }
                    .insert(tx)
                    .await?;
                    if let Some(idempotency) = idempotency {
                        let (status, body) = (idempotency.respond)(&application);
                        idempotency_key::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            user_id: Set(application.candidate_id),
                            key: Set(idempotency.key),
                            request_hash: Set(idempotency.request_hash),
                            response_status: Set(status),
                            response_body: Set(body),
                            created_at: Set(now),
                        }
                        .insert(tx)
                        .await?;
                    }
                    let ctx = match &ctx.actor {
                        Actor::User { .. } => ctx.clone(),
                        _ => ctx.as_actor(Actor::Anonymous),
                    };
                    let event = Event::new(
                        Action::ApplicationCreated,
                        Some(application.org_id),
                        "application",
                        application.id,
                    )
                    .with_details(serde_json::json!({ "vacancy_id": application.vacancy_id }));
                    audit::announce(tx, &ctx, event).await?;
                    Ok(application)
                }
                .boxed()
            })
            .await
    }
}

//! Organisations' own e-mail templates (checked by the domain before they are saved).

use crate::audit::{self, Context, Event};
use crate::entities::email_template::{self, Entity};
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::email_template::Template;
use cohort_domain::language::Lang;
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

impl Store {
    /// The organisation's own template for a notice in a language, if it wrote one.
    pub async fn email_template(
        &self,
        org_id: Uuid,
        notice: &str,
        language: Lang,
    ) -> Result<Option<Template>, StoreError> {
        Ok(Entity::find_by_id((org_id, notice.to_owned(), language.code().to_owned()))
            .one(&self.read)
            .await?
            .map(|t| Template { subject: t.subject, body: t.body }))
    }

    /// Saves the organisation's template for a notice in a language.
    pub async fn set_email_template(
        &self,
        ctx: &Context,
        org_id: Uuid,
        notice: &str,
        language: Lang,
        template: Template,
    ) -> Result<Template, StoreError> {
        let ctx = ctx.clone();
        let notice = notice.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let key = (org_id, notice.clone(), language.code().to_owned());
                    let row = email_template::ActiveModel {
                        org_id: Set(org_id),
                        notice: Set(notice.clone()),
                        language: Set(language.code().to_owned()),
                        subject: Set(template.subject.clone()),
                        body: Set(template.body.clone()),
                        updated_at: Set(Utc::now()),
                    };
                    if Entity::find_by_id(key).one(tx).await?.is_some() {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    let event = Event::new(Action::EmailTemplateChanged, Some(org_id), "org", org_id)
                        .with_details(serde_json::json!({ "notice": notice, "language": language.code() }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(template)
                }
                .boxed()
            })
            .await
    }

    /// Goes back to the default for a notice in a language; `false` when the organisation had
    /// none of its own.
    pub async fn reset_email_template(
        &self,
        ctx: &Context,
        org_id: Uuid,
        notice: &str,
        language: Lang,
    ) -> Result<bool, StoreError> {
        let ctx = ctx.clone();
        let notice = notice.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let key = (org_id, notice.clone(), language.code().to_owned());
                    let deleted = Entity::delete_by_id(key).exec(tx).await?;
                    if deleted.rows_affected == 0 {
                        return Ok(false);
                    }
                    let event = Event::new(Action::EmailTemplateChanged, Some(org_id), "org", org_id)
                        .with_details(serde_json::json!({ "notice": notice, "language": language.code(), "reset": true }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(true)
                }
                .boxed()
            })
            .await
    }
}

//! The view log: every time a member of an organisation opens a candidate's application or CV,
//! who, when, what and for which purpose.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("profile_views"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("candidate_id")))
                    .col(uuid_null(a("application_id")))
                    .col(string(a("viewer_kind")))
                    .col(uuid_null(a("viewer_id")))
                    .col(string(a("viewer_label")))
                    .col(string(a("resource")))
                    .col(string(a("purpose")))
                    .col(timestamp_with_time_zone(a("at")))
                    .foreign_key(&mut fk(
                        "profile_views",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk("profile_views", "candidate_id", "users", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "profile_views", &["candidate_id", "at"], false).await?;
        index(manager, "profile_views", &["org_id", "id"], false).await
    }
}

//! The language each application was made in: the candidate's e-mails about it follow it.
//! Earlier applications were made in English.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a("applications"))
                    .add_column(string(a("language")).default("en"))
                    .to_owned(),
            )
            .await
    }
}

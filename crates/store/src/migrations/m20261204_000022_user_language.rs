//! The language a person chose to read Cohort in (none: their browser's).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(a("users")).add_column(string_null(a("language"))).to_owned())
            .await
    }
}

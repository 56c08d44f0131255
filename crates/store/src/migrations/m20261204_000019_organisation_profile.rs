//! An organisation's profile beside its name: its own website (search engines link the
//! employer to it) and the country its vacancies are in (their address's country).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        manager
            .alter_table(
                Table::alter().table(a("organisations")).add_column(string_null(a("website"))).to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("organisations"))
                    .add_column(string(a("country")).default("NL"))
                    .to_owned(),
            )
            .await
    }
}

//! GitHub enrichment: an organisation opts in; an application keeps the skills suggested from
//! the candidate's public repositories.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("applications"))
                    .add_column(text_null(Alias::new("suggested_skills")))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("hiring_settings"))
                    .add_column(boolean(Alias::new("github_enrichment")).default(false))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

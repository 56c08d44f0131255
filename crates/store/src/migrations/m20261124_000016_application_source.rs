//! Where each application came from (the job board, a campaign link, an API client, the talent
//! pool): a short label the hiring report counts as "sources". Earlier applications came
//! through the job board.

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
                    .add_column(string(a("source")).default("job_board"))
                    .to_owned(),
            )
            .await
    }
}

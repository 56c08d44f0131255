//! The language an organisation works in (the fallback for readers who name none), and the
//! language a vacancy is written in, with its versions in other languages (their words kept
//! apart, lower-cased, for the job board's search).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        let columns = [
            ("organisations", string(a("language")).default("en").to_owned()),
            ("vacancies", string(a("language")).default("en").to_owned()),
            ("vacancies", text(a("translated_words")).default("").to_owned()),
        ];
        for (table, column) in columns {
            manager.alter_table(Table::alter().table(a(table)).add_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

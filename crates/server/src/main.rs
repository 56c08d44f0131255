//! The `cohort` binary.

use clap::Parser;
use cohort_server::cli::{Cli, Command};
use cohort_server::config::{Config, Overrides};
use cohort_server::{commands, telemetry};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let listen = match &cli.command {
        Command::Serve { listen } => *listen,
        _ => None,
    };
    let overrides = Overrides {
        listen,
        data_dir: cli.global.data_dir.clone(),
        database_url: cli.global.database_url.clone(),
    };
    let config = Config::load(cli.global.config.as_deref(), &overrides)?;
    telemetry::init_logging(config.log_format);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Serve { .. } => commands::serve::run(config).await,
            Command::Migrate => {
                let store = commands::open_store(&config).await?;
                store.close().await;
                println!("The database is up to date.");
                Ok(())
            }
            Command::Admin(command) => commands::admin::run(config, command).await,
            Command::Demo { force } => commands::demo::run(config, force).await,
            Command::Worker => commands::worker::run(config).await,
            Command::Import(command) => commands::transfer::import(config, command).await,
            Command::Export(command) => commands::transfer::export(config, command).await,
            Command::Retention(cohort_server::cli::RetentionCommand::Run { dry_run }) => {
                commands::retention(config, dry_run).await
            }
        }
    })
}

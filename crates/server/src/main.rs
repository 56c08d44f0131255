//! The `cohort` binary.

mod api;
mod app;
mod auth;
mod cli;
mod commands;
mod config;
mod error;
mod http;
mod services;
mod telemetry;

use clap::Parser;
use cli::{Cli, Command};
use config::{Config, Overrides};

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
        }
    })
}

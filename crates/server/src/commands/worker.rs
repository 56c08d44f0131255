//! `cohort worker`.

use crate::app;
use crate::config::Config;
use std::sync::Arc;

/// Runs the dispatcher and the clock until Ctrl-C or SIGTERM; a job in flight when it stops is
/// taken over by another worker once its lease runs out.
pub async fn run(config: Config) -> anyhow::Result<()> {
    crate::jobs::mail::Mailer::from_config(&config)?;
    let store = super::open_store(&config).await?;
    tracing::info!("Cohort worker started: delivering queued e-mails and expiring offers");
    tokio::select! {
        () = crate::jobs::run(store.clone(), Arc::new(config)) => {}
        () = app::shutdown_signal() => {}
    }
    store.close().await;
    Ok(())
}

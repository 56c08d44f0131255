//! Work `cohort serve` does on a clock: offers whose time ran out are marked expired (their
//! applications stay at Decision), and the outbox records it like any other pipeline event.

use cohort_store::Store;
use std::time::Duration;

/// How often the clock ticks.
const TICK: Duration = Duration::from_secs(30);

/// Runs until the task is dropped. Every instance may run it: expiring is a versioned update,
/// so two instances never expire one offer twice.
pub async fn run(store: Store) {
    let mut ticks = tokio::time::interval(TICK);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match store.expire_due_offers(chrono::Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "offers expired"),
            Err(error) => tracing::warn!(%error, "expiring offers failed; will retry"),
        }
    }
}

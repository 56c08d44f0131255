//! Group commit on SQLite: acknowledged writes per second with one writer (every write is its
//! own transaction and disk flush: what one-transaction-per-request gives) against many
//! concurrent writers (the funnel batches what queues up into one transaction and one flush).
//! Every write is durable (`synchronous=FULL`) before it is acknowledged in both cases.
//!
//! `cargo bench -p cohort-store --bench write_funnel` (optionally `-- SECONDS`; set
//! `BENCH_DATABASE_URL=postgres://...` to measure PostgreSQL instead).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use cohort_domain::org::{OrgName, OrgSlug};
use cohort_store::audit::Context;
use cohort_store::{Store, StoreOptions};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

fn main() {
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async move {
        let mut baseline = None;
        println!("writers  writes/s  vs 1 writer");
        for writers in [1usize, 8, 50] {
            let rate = measure(writers, Duration::from_secs(seconds)).await;
            let base = *baseline.get_or_insert(rate);
            println!("{writers:>7}  {rate:>8.0}  {:>10.1}x", rate / base);
        }
    });
}

async fn measure(writers: usize, duration: Duration) -> f64 {
    let dir = std::env::temp_dir().join(format!("cohort-bench-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.join("bench.db").display()));
    let store = Store::open(&StoreOptions { url, max_connections: 16 }).await.unwrap();
    let done = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let tasks: Vec<_> = (0..writers)
        .map(|writer| {
            let (store, done) = (store.clone(), done.clone());
            tokio::spawn(async move {
                let ctx = Context::operator();
                let mut n = 0u64;
                while Instant::now() < deadline {
                    n += 1;
                    let slug = OrgSlug::parse(&format!("w{writers}-{writer}-{n}")).unwrap();
                    store.create_org(&ctx, slug, OrgName::parse("Bench").unwrap()).await.unwrap();
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let rate = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    store.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    rate
}

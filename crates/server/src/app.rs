//! The application: shared state, the router with its middleware, and serving with a graceful
//! shutdown.

use crate::config::Config;
use crate::http::middleware;
use crate::state::AppState;
use crate::{api, auth, telemetry};

use anyhow::Context as _;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{Extensions, HeaderMap, StatusCode, Version, header};
use cohort_store::Store;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{Predicate, SizeAbove};
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// JSON bodies larger than this are refused with 413.
const JSON_BODY_LIMIT: usize = 1024 * 1024;

/// Builds the router over an open store.
pub async fn build(store: Store, config: Config) -> anyhow::Result<Router> {
    let (api, openapi) = api::router();
    let state = AppState {
        store,
        openapi_json: Arc::new(api::answers::document(&openapi).context("rendering the OpenAPI document")?),
        metrics: telemetry::metrics_handle()?,
        decoy_hash: auth::passwords::decoy_hash().await?.into(),
        blobs: cohort_store::blobs::BlobStore::new(config.data_dir.join("blobs")),
        resume_schema: Arc::new(crate::resume::ResumeSchema::load()?),
        config: Arc::new(config),
    };
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    let mut router = api
        .merge(api::system::docs_routes())
        .merge(crate::web::routes())
        .fallback(|| async { crate::error::ApiError::not_found() })
        .layer(axum::middleware::from_fn(move |req, next| middleware::enforce_timeout(timeout, req, next)))
        .layer(axum::middleware::from_fn(middleware::record_metrics))
        .layer(axum::middleware::from_fn(middleware::close_after_refused_body))
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .with_state(state);
    for (name, value) in middleware::security_headers() {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    // Pages, JSON, CSV and scripts go gzipped to clients that ask (a board of 400 cards is
    // mostly the same markup); files (CVs, archives) and tiny answers go as they are.
    router = router.layer(CompressionLayer::new().compress_when(SizeAbove::new(1024).and(textual)));
    let request_id = middleware::request_id_header();
    Ok(router.layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(request_id.clone(), middleware::MakeRequestUuidV7))
            .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                let id = request.headers().get(crate::http::context::REQUEST_ID).and_then(|v| v.to_str().ok());
                tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = id)
            }))
            .layer(PropagateRequestIdLayer::new(request_id))
            .layer(CatchPanicLayer::custom(middleware::panic_response)),
    ))
}

/// Whether a response is text worth compressing: HTML, CSS, JavaScript, JSON, CSV, calendars.
fn textual(_: StatusCode, _: Version, headers: &HeaderMap, _: &Extensions) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|kind| {
        kind.starts_with("text/")
            || kind.starts_with("application/json")
            || kind.starts_with("application/problem+json")
            || kind.starts_with("application/javascript")
    })
}

/// Serves on `listener` until `shutdown` resolves, then finishes in-flight requests and closes
/// the store.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    store: Store,
    config: Config,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let limits = crate::http::connections::Limits {
        max_connections: config.max_connections.max(1),
        header_read_timeout: Duration::from_secs(config.header_read_timeout_secs.max(1)),
    };
    let clock = tokio::spawn(crate::jobs::run(store.clone(), Arc::new(config)));
    crate::http::connections::serve(listener, router, limits, shutdown).await;
    clock.abort();
    let _ = clock.await;
    store.close().await;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

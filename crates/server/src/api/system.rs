//! Health, readiness, metrics, the OpenAPI document and the API reference page.

use crate::error::{ApiError, Problem};
use crate::http::context::RequestMeta;
use crate::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use std::net::IpAddr;
use utoipa::ToSchema;

/// A health answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Whether the process is alive.
#[utoipa::path(get, path = "/healthz", tag = "system", responses((status = 200, body = Health)))]
pub async fn get_health() -> axum::Json<Health> {
    axum::Json(Health { status: "ok" })
}

/// Whether the process can serve: the database answers.
#[utoipa::path(
    get, path = "/readyz", tag = "system",
    responses(
        (status = 200, body = Health),
        (status = 503, description = "`database_unavailable`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_readiness(State(state): State<AppState>) -> Result<axum::Json<Health>, ApiError> {
    match state.store.ping().await {
        Ok(()) => Ok(axum::Json(Health { status: "ok" })),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "database_unavailable",
                "The database does not answer.",
            ))
        }
    }
}

/// Prometheus metrics: request counts and latency histograms per route.
///
/// Served to loopback, to a scraper with the bearer token the operator set (`metrics_token`), or
/// to anyone when the operator made them public (`metrics_public`).
#[utoipa::path(
    get, path = "/metrics", tag = "system",
    responses(
        (status = 200, description = "Prometheus text exposition format", content_type = "text/plain", body = String),
        (status = 403, description = "`metrics_restricted`: not from loopback and without the metrics token", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_metrics(
    State(state): State<AppState>,
    meta: RequestMeta,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let loopback =
        meta.ip.as_deref().and_then(|ip| ip.parse::<IpAddr>().ok()).is_some_and(|ip| ip.is_loopback());
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let token = match (&state.config.metrics_token, bearer) {
        (Some(expected), Some(given)) => crate::auth::secrets::same(expected, given),
        _ => false,
    };
    if !(state.config.metrics_public || loopback || token) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "metrics_restricted",
            "Metrics are served to loopback or with the metrics token; an operator can make them public.",
        ));
    }
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], state.metrics.render()))
}

/// This API's OpenAPI 3.1 document.
#[utoipa::path(
    get, path = "/api/openapi.json", tag = "system",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object))
)]
pub async fn get_openapi(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], state.openapi_json.as_ref().clone())
}

const DOCS_HTML: &str = include_str!("../../assets/docs.html");
const DOCS_INIT: &str = include_str!("../../assets/docs-init.js");
const SWAGGER_JS: &str = include_str!("../../assets/vendor/swagger-ui/swagger-ui-bundle.js");
const SWAGGER_CSS: &str = include_str!("../../assets/vendor/swagger-ui/swagger-ui.css");

/// Swagger UI styles itself inline and shows data: images; everything else stays on this origin.
const DOCS_CSP: &str = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400")),
        ],
        body,
    )
        .into_response()
}

/// The API reference page (`/api/docs`) and its assets, all served from the binary; `/` leads
/// to the job board.
pub fn docs_routes() -> Router<AppState> {
    Router::new()
        // The front door is the job board.
        .route("/", get(|| async { axum::response::Redirect::temporary("/jobs") }))
        .route(
            "/api/docs",
            get(|| async {
                ([(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(DOCS_CSP))], Html(DOCS_HTML))
            }),
        )
        .route("/api/docs/init.js", get(|| async { asset("text/javascript; charset=utf-8", DOCS_INIT) }))
        .route(
            "/api/docs/swagger-ui-bundle.js",
            get(|| async { asset("text/javascript; charset=utf-8", SWAGGER_JS) }),
        )
        .route("/api/docs/swagger-ui.css", get(|| async { asset("text/css; charset=utf-8", SWAGGER_CSS) }))
}

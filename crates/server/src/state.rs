//! What every handler can reach: the store, the configuration and what is built once at start.

use crate::config::Config;
use cohort_store::Store;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The configuration.
    pub config: Arc<Config>,
    /// Renders `/metrics`.
    pub metrics: PrometheusHandle,
    /// The OpenAPI document, rendered once.
    pub openapi_json: Arc<String>,
    /// Checked against for unknown e-mails, so failed logins take equally long.
    pub decoy_hash: Arc<str>,
    /// Uploaded files.
    pub blobs: cohort_store::blobs::BlobStore,
    /// The JSON Resume schema, compiled once.
    pub resume_schema: Arc<crate::resume::ResumeSchema>,
}

//! Facts about the request that every write records: its id, the client's address, its browser.

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::USER_AGENT;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::SocketAddr;

/// The request id header, set (or kept) by the middleware and echoed in the response.
pub const REQUEST_ID: &str = "x-request-id";

/// Where a request comes from.
#[derive(Clone, Debug)]
pub struct RequestMeta {
    /// The request id.
    pub request_id: Option<String>,
    /// The client's IP address.
    pub ip: Option<String>,
    /// The client's user agent, shortened.
    pub user_agent: Option<String>,
}

impl RequestMeta {
    /// The audit context of this request with `actor` acting.
    pub fn audit(&self, actor: cohort_store::audit::Actor) -> cohort_store::audit::Context {
        cohort_store::audit::Context { actor, request_id: self.request_id.clone(), ip: self.ip.clone() }
    }
}

impl FromRequestParts<AppState> for RequestMeta {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let forwarded = state
            .config
            .trust_forwarded_for
            .then(|| header("x-forwarded-for"))
            .flatten()
            .and_then(|list| list.rsplit(',').next().map(|ip| ip.trim().to_owned()))
            .filter(|ip| !ip.is_empty());
        let peer =
            parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip().to_string());
        Ok(RequestMeta {
            request_id: header(REQUEST_ID),
            ip: forwarded.or(peer),
            user_agent: header(USER_AGENT.as_str()).map(|ua| ua.chars().take(200).collect()),
        })
    }
}

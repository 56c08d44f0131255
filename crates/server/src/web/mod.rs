//! HTML pages, rendered on the server from askama templates: lean, fast, no JavaScript needed.

mod job_posting;
mod jobs;

use crate::app::AppState;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

pub use job_posting::job_posting;

const STYLESHEET: &str = include_str!("../../assets/app.css");

/// The pages and their stylesheet.
pub fn routes() -> Router<AppState> {
    Router::new().route("/jobs", get(jobs::job_board_page)).route("/jobs/{id}", get(jobs::job_page)).route(
        "/static/app.css",
        get(|| async {
            (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
                    (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
                ],
                STYLESHEET,
            )
        }),
    )
}

/// A rendered template as an HTML response; a template error is a 500 like any other.
fn page(rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(html) => Html(html).into_response(),
        Err(error) => crate::error::ApiError::internal(error).into_response(),
    }
}

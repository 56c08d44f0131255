//! Cursor pagination as the API speaks it: `?limit=&cursor=` → `{items, next_cursor}`.

use crate::error::ApiError;
use cohort_store::{Page, PageRequest};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Which page of a list to fetch.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl ListQuery {
    /// The store's page request, or 422 for a limit out of range or a cursor that is not one.
    pub fn page(&self) -> Result<PageRequest, ApiError> {
        let limit =
            cohort_domain::page::limit(self.limit).map_err(|e| ApiError::invalid("limit", e.to_string()))?;
        let after = match &self.cursor {
            None => None,
            Some(cursor) => Some(
                Uuid::parse_str(cursor)
                    .map_err(|_| ApiError::invalid("cursor", "is not a cursor this list gave out"))?,
            ),
        };
        Ok(PageRequest { limit, after })
    }
}

/// A page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListResponse<T> {
    /// The items.
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

impl<T> ListResponse<T> {
    /// The API view of a store page.
    pub fn from_page<S>(page: Page<S>, view: impl FnMut(S) -> T) -> Self {
        let next_cursor = page.next.map(|id| id.to_string());
        ListResponse { items: page.items.into_iter().map(view).collect(), next_cursor }
    }
}

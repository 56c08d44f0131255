//! Cursor pagination: a page is fetched by the id it starts after, never by offset.

use uuid::Uuid;

/// Which page to fetch.
#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    /// How many items at most.
    pub limit: u64,
    /// The id of the last item of the previous page.
    pub after: Option<Uuid>,
}

/// A page of items and where the next one starts.
#[derive(Clone, Debug)]
pub struct Page<T> {
    /// The items, in the list's order.
    pub items: Vec<T>,
    /// Pass as `after` to fetch the next page; `None` on the last page.
    pub next: Option<Uuid>,
}

impl<T> Page<T> {
    /// Builds a page from `limit + 1` fetched rows: the extra row only says that more exist.
    pub fn from_overfetch(mut rows: Vec<T>, limit: u64, id_of: impl Fn(&T) -> Uuid) -> Self {
        let more = rows.len() as u64 > limit;
        rows.truncate(limit as usize);
        let next = if more { rows.last().map(&id_of) } else { None };
        Page { items: rows, next }
    }

    /// The same page with every item changed.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), next: self.next }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extra_row_means_more() {
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let page = Page::from_overfetch(ids.clone(), 2, |id| *id);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next, Some(ids[1]));
        let last = Page::from_overfetch(ids, 3, |id| *id);
        assert_eq!(last.next, None);
    }
}

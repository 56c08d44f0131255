//! Bounds of paginated lists: nothing ever loads a whole table.

/// How many items a page holds when the client does not say.
pub const DEFAULT_LIMIT: u64 = 50;
/// The most items one page may hold.
pub const MAX_LIMIT: u64 = 200;

/// A page size the client asked for was outside `1..=MAX_LIMIT`.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be between 1 and {MAX_LIMIT}")]
pub struct LimitOutOfRange;

/// The page size to use for a request's `limit` parameter.
pub fn limit(requested: Option<u64>) -> Result<u64, LimitOutOfRange> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(LimitOutOfRange),
    }
}

impl crate::phrase::Said for LimitOutOfRange {
    fn said(&self) -> crate::phrase::Phrase {
        crate::validation::problem::between(1, MAX_LIMIT as i64)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_bounded() {
        assert_eq!(limit(None), Ok(DEFAULT_LIMIT));
        assert_eq!(limit(Some(1)), Ok(1));
        assert_eq!(limit(Some(MAX_LIMIT)), Ok(MAX_LIMIT));
        assert_eq!(limit(Some(0)), Err(LimitOutOfRange));
        assert_eq!(limit(Some(MAX_LIMIT + 1)), Err(LimitOutOfRange));
    }
}

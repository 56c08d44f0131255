//! What every page handler shares: how a failure is said to a person.

mod said;

pub use said::{fields, form_errors, in_words, status_of};

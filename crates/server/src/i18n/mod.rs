//! Cohort in the reader's language: message catalogues in Project Fluent (`locales/<lang>/*.ftl`,
//! one file per language per area, embedded in the binary), the reader's language as the request
//! tells it, and dates and money as that language writes them.
//!
//! `fluent-bundle` is Project Fluent's reference implementation for Rust: plurals and selectors
//! come from the Unicode CLDR rules, and `fluent-syntax` (its parser) lets the completeness test
//! compare catalogues message by message. The higher-level `fluent-templates` would add a
//! directory walker and macros this crate does not need: the catalogues are `include_str!`ed.

mod catalogue;
mod format;
mod language;
#[cfg(test)]
mod phrases_check;
#[cfg(test)]
mod templates_check;
mod words;

pub use catalogue::{Arg, CATALOGUES, t};
pub use format::{date, date_time, day, decimal, money, span, time_left};
pub use language::{Asked, LANG_COOKIE, Lang, Reader, named, of_headers, of_parts};
pub use words::{
    audit_action, country, field, mark, phrase, problem, problems, reason, rejection_reason, stage,
};

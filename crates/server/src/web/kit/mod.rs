//! What every page handler shares: the guards that admit a person to a page or a form (sign-in,
//! the form's token, the item's id), the pages that answer instead, and how a failure is said to
//! a person.

mod errors;
mod guard;
pub mod places;
mod said;
mod stages;
mod viewer;

pub use errors::{
    failed, forbidden, intern_page, job_not_found, not_found, server_fault, upload_unreadable, with_session,
};
pub use guard::{Fields, Item, MemberForm, OptionalItem, OrgForm, OrgPage, VisitorForm, came_from};
pub use said::{Worded, against, fields, form_errors, in_words, status_of, worded};
pub use stages::{StageRow, kinds as stage_kinds};
pub use viewer::{
    Layout, Member, Said, Values, Viewer, all_picked, back, back_unless_stale, chosen, field, picked,
    safe_next, said_once, scores, telling, version,
};

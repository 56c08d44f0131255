//! What the intern and their mentor keep together: 1-on-1s, goals and evaluations.

use crate::services::{Outcome, ServiceError};
use chrono::NaiveDate;
use cohort_domain::internship::GoalStatus;
use cohort_domain::internship::evaluation::{self, Author, Kind};
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::{Evaluation, Goal, GoalDraft, Intern, OneOnOne};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A 1-on-1 to log.
#[derive(Debug)]
pub struct Meeting {
    /// The day it was held.
    pub held_on: NaiveDate,
    /// Notes (the pair and the coordinators read them).
    pub notes: String,
    /// Action items.
    pub action_items: Vec<String>,
}

/// Logs a 1-on-1 of the intern.
pub async fn log_one_on_one(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    meeting: Meeting,
) -> Outcome<OneOnOne> {
    let mut v = Validator::new();
    let notes = v.text("notes", &meeting.notes, 20_000, true);
    if meeting.action_items.len() > 50 {
        v.fail("action_items", problem::too_many(50));
    }
    let items: Vec<String> = meeting
        .action_items
        .iter()
        .enumerate()
        .map(|(i, item)| v.text(&format!("action_items[{i}]"), item, 500, true))
        .collect();
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(store.log_one_on_one(ctx, intern, meeting.held_on, notes, items).await?)
}

/// A goal as set or changed.
#[derive(Debug)]
pub struct GoalChange {
    /// What.
    pub title: String,
    /// Detail.
    pub description: String,
    /// Where it stands (default: open).
    pub status: Option<GoalStatus>,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

/// Sets a new goal for the intern, or changes their goal `id`.
pub async fn save_goal(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    id: Option<Uuid>,
    change: GoalChange,
) -> Outcome<Goal> {
    let mut v = Validator::new();
    let title = v.text("title", &change.title, 200, true);
    let description = v.text("description", &change.description, 5_000, false);
    v.finish().map_err(ServiceError::Invalid)?;
    let draft = GoalDraft {
        title,
        description,
        status: change.status.unwrap_or(GoalStatus::Open),
        due_on: change.due_on,
    };
    Ok(store.save_goal(ctx, intern, id, draft).await?)
}

/// An evaluation (or self-assessment) as written.
#[derive(Debug)]
pub struct Evaluating {
    /// Midterm or final.
    pub kind: Kind,
    /// A rating of 1–5 per criterion of the rubric.
    pub ratings: BTreeMap<String, u8>,
    /// Comments.
    pub comments: String,
}

/// Submits the midterm or final evaluation of the intern by `author` (once each).
pub async fn submit_evaluation(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    author: Author,
    evaluating: Evaluating,
) -> Outcome<Evaluation> {
    let problems = evaluation::problems(&evaluating.ratings, &evaluating.comments);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let comments = evaluating.comments.trim().to_owned();
    Ok(store.submit_evaluation(ctx, intern, evaluating.kind, author, evaluating.ratings, comments).await?)
}

//! The hiring pipeline: a vacancy's ordered stages and how an application moves through them.
//!
//! Applications point at stages by key, so renaming or reordering other stages never moves an
//! application. The state machine is [`transition`]; stage editing is [`Pipeline::edit`].

mod machine;
mod stages;
mod timeline;

pub use machine::{
    Actor, DEFAULT_REJECTION_REASONS, Move, Position, Status, TransitionError, check_reasons, transition,
};
pub use stages::{EditError, Pipeline, PipelineError, Stage, StageKind};
pub use timeline::{Progress, TimelineEntry, next_stage, timeline};

use super::{Pipeline, StageKind};
use crate::phrase::Said;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};

/// Where an application is in its vacancy's hiring process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Moving through the stages.
    Active,
    /// Hired: terminal.
    Hired,
    /// Rejected by the organisation: terminal.
    Rejected,
    /// Withdrawn by the candidate: terminal.
    Withdrawn,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Status {
    /// The status's name in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Hired => "hired",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
        }
    }

    /// Whether nothing can move the application any more.
    pub fn is_terminal(self) -> bool {
        self != Status::Active
    }
}

/// An application's stage and status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The stage's key.
    pub stage: String,
    /// The status.
    pub status: Status,
}

impl Position {
    /// Where every application starts.
    pub fn start(pipeline: &Pipeline) -> Self {
        Position { stage: pipeline.first().key.clone(), status: Status::Active }
    }
}

/// The rejection reasons every organisation starts with.
pub const DEFAULT_REJECTION_REASONS: [&str; 6] = [
    "Does not meet the requirements",
    "Another candidate was a better match",
    "Position filled",
    "Case study below the bar",
    "No show",
    "Candidate accepted another offer",
];

/// Why a list of rejection reasons is refused: 1 to 30 distinct reasons of 1 to 100 characters.
pub fn check_reasons(reasons: &[String]) -> Result<(), crate::phrase::Phrase> {
    use crate::validation::problem;
    if reasons.is_empty() || reasons.len() > 30 {
        return Err(problem::of("list-count").number("max", 30));
    }
    let mut seen = std::collections::BTreeSet::new();
    for reason in reasons {
        crate::text::Label::parse(reason).map_err(|e| {
            problem::of("entry")
                .text("entry", reason.clone())
                .with("why", crate::phrase::Fact::Said(Box::new(e.said())))
        })?;
        if !seen.insert(reason.trim().to_lowercase()) {
            return Err(problem::of("listed-twice").text("name", reason.clone()));
        }
    }
    Ok(())
}

/// Who asks for a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A recruiter (or admin) of the organisation.
    Recruiter,
    /// The candidate whose application it is.
    Candidate,
}

/// A move through the pipeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Move {
    /// To the next stage (not past the decision: hire or reject there).
    Advance,
    /// Back to the previous stage.
    Back,
    /// Forward to `stage`, over stages that allow skipping.
    SkipTo {
        /// The target stage's key.
        stage: String,
    },
    /// Reject, with one of the organisation's reasons.
    Reject {
        /// The reason.
        reason: String,
    },
    /// The candidate withdraws.
    Withdraw,
    /// Hire: only from the decision stage.
    Hire,
}

impl Move {
    /// The move a recruiter names by its action (`advance`, `back`, `skip_to`, `reject`, `hire`),
    /// with the stage or reason it needs; or the field that is missing or wrong.
    pub fn named(action: &str, stage: Option<String>, reason: Option<String>) -> Result<Move, FieldError> {
        let missing = |field: &str| FieldError::new(field, crate::validation::problem::required());
        let given = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        Ok(match action {
            "advance" => Move::Advance,
            "back" => Move::Back,
            "hire" => Move::Hire,
            "skip_to" => Move::SkipTo { stage: given(stage).ok_or_else(|| missing("stage"))? },
            "reject" => Move::Reject { reason: given(reason).ok_or_else(|| missing("reason"))? },
            _ => {
                return Err(FieldError::new("action", crate::validation::problem::of("move-action")));
            }
        })
    }
}

/// Why a move is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TransitionError {
    /// Hired, rejected and withdrawn applications stay where they are.
    #[error("the application is {0}: it cannot move any more")]
    Terminal(Status),
    /// There is no stage after this one to advance to.
    #[error("there is no next stage")]
    NoNextStage,
    /// At the decision stage the application is hired or rejected, not advanced.
    #[error("at the decision stage, hire or reject")]
    DecideFirst,
    /// Already at the first stage.
    #[error("there is no previous stage")]
    NoPreviousStage,
    /// Skips go forward, past the next stage, to at most the decision.
    #[error("a skip goes forward past the next stage, at most to the decision")]
    BadSkip,
    /// A stage on the way does not allow skipping.
    #[error("stage {0:?} cannot be skipped")]
    NotSkippable(String),
    /// Hiring happens only at the decision stage.
    #[error("only an application at the decision stage can be hired")]
    HireOnlyFromDecision,
    /// The reason is not one of the organisation's rejection reasons.
    #[error("the reason must be one of the organisation's rejection reasons")]
    UnknownReason,
    /// Only the candidate withdraws; only the organisation does everything else.
    #[error("this move is not yours to make")]
    NotYours,
    /// The application's stage is not in the pipeline (a corrupted record).
    #[error("the application's stage {0:?} is not in the pipeline")]
    UnknownStage(String),
}

/// The position after `requested` by `actor`, or why it is refused. `reasons` are the
/// organisation's rejection reasons.
pub fn transition(
    pipeline: &Pipeline,
    from: &Position,
    requested: &Move,
    actor: Actor,
    reasons: &[String],
) -> Result<Position, TransitionError> {
    if from.status.is_terminal() {
        return Err(TransitionError::Terminal(from.status));
    }
    let candidate_move = matches!(requested, Move::Withdraw);
    if candidate_move != (actor == Actor::Candidate) {
        return Err(TransitionError::NotYours);
    }
    let here =
        pipeline.index_of(&from.stage).ok_or_else(|| TransitionError::UnknownStage(from.stage.clone()))?;
    let stages = pipeline.stages();
    let decision = pipeline.decision_index();
    let at = |index: usize, status| Position { stage: stages[index].key.clone(), status };
    match requested {
        Move::Advance if here == decision => Err(TransitionError::DecideFirst),
        Move::Advance if here + 1 > decision => Err(TransitionError::NoNextStage),
        Move::Advance => Ok(at(here + 1, Status::Active)),
        Move::Back if here == 0 => Err(TransitionError::NoPreviousStage),
        Move::Back => Ok(at(here - 1, Status::Active)),
        Move::SkipTo { stage } => {
            let target = pipeline.index_of(stage).ok_or(TransitionError::BadSkip)?;
            if target <= here + 1 || target > decision {
                return Err(TransitionError::BadSkip);
            }
            match stages[here + 1..target].iter().find(|s| !s.skippable) {
                Some(blocking) => Err(TransitionError::NotSkippable(blocking.key.clone())),
                None => Ok(at(target, Status::Active)),
            }
        }
        Move::Reject { reason } if !reasons.iter().any(|r| r == reason) => {
            Err(TransitionError::UnknownReason)
        }
        Move::Reject { .. } => Ok(at(here, Status::Rejected)),
        Move::Withdraw => Ok(at(here, Status::Withdrawn)),
        Move::Hire if stages[here].kind != StageKind::Decision => Err(TransitionError::HireOnlyFromDecision),
        // A hired intern continues into onboarding, where the pipeline has it.
        Move::Hire => Ok(at((here + 1).min(stages.len() - 1), Status::Hired)),
    }
}

impl crate::phrase::Said for TransitionError {
    fn said(&self) -> crate::phrase::Phrase {
        let key = |k: &str| crate::phrase::Phrase::new(&format!("transition-{k}"));
        match self {
            TransitionError::Terminal(status) => key("terminal").choice("status", status.as_str()),
            TransitionError::NoNextStage => key("no-next-stage"),
            TransitionError::DecideFirst => key("decide-first"),
            TransitionError::NoPreviousStage => key("no-previous-stage"),
            TransitionError::BadSkip => key("bad-skip"),
            TransitionError::NotSkippable(stage) => key("not-skippable").text("stage", stage.clone()),
            TransitionError::HireOnlyFromDecision => key("hire-only-from-decision"),
            TransitionError::UnknownReason => key("unknown-reason"),
            TransitionError::NotYours => key("not-yours"),
            TransitionError::UnknownStage(stage) => key("unknown-stage").text("stage", stage.clone()),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Stage, StageKind};
    use proptest::prelude::*;

    fn reasons() -> Vec<String> {
        vec!["Not enough experience".into(), "Position filled".into()]
    }

    #[test]
    fn a_move_is_named_by_its_action_with_what_it_needs() {
        assert_eq!(Move::named("advance", None, None), Ok(Move::Advance));
        assert_eq!(
            Move::named("reject", Some(String::new()), Some("Position filled".into())),
            Ok(Move::Reject { reason: "Position filled".into() })
        );
        let missing = Move::named("skip_to", Some("  ".into()), None).unwrap_err();
        assert_eq!((missing.field.as_str(), missing.problem.key.as_str()), ("stage", "problem-required"));
        assert_eq!(
            Move::named("withdraw", None, None).unwrap_err().field,
            "action",
            "recruiters do not withdraw"
        );
    }

    fn go(
        pipeline: &Pipeline,
        from: &Position,
        requested: Move,
        actor: Actor,
    ) -> Result<Position, TransitionError> {
        transition(pipeline, from, &requested, actor, &reasons())
    }

    #[test]
    fn an_application_walks_every_standard_stage_to_hire() {
        let pipeline = Pipeline::standard();
        let mut position = Position::start(&pipeline);
        let mut visited = vec![position.stage.clone()];
        while position.stage != "decision" {
            position = go(&pipeline, &position, Move::Advance, Actor::Recruiter).unwrap();
            visited.push(position.stage.clone());
        }
        assert_eq!(
            go(&pipeline, &position, Move::Advance, Actor::Recruiter),
            Err(TransitionError::DecideFirst)
        );
        let hired = go(&pipeline, &position, Move::Hire, Actor::Recruiter).unwrap();
        assert_eq!(hired, Position { stage: "onboarding".into(), status: Status::Hired });
        assert_eq!(visited, ["application", "hr_chat", "interviews", "case_study", "decision"]);
        assert_eq!(
            go(&pipeline, &hired, Move::Back, Actor::Recruiter),
            Err(TransitionError::Terminal(Status::Hired))
        );
    }

    #[test]
    fn skips_only_over_skippable_stages() {
        let pipeline = Pipeline::standard();
        let start = Position::start(&pipeline);
        let to = |stage: &str| Move::SkipTo { stage: stage.into() };
        // HR chat is skippable: straight to interviews.
        let interviews = go(&pipeline, &start, to("interviews"), Actor::Recruiter).unwrap();
        assert_eq!(interviews.stage, "interviews");
        // Interviews are not skippable.
        assert_eq!(
            go(&pipeline, &start, to("case_study"), Actor::Recruiter),
            Err(TransitionError::NotSkippable("interviews".into()))
        );
        // Case study is: interviews → decision.
        assert_eq!(go(&pipeline, &interviews, to("decision"), Actor::Recruiter).unwrap().stage, "decision");
        // Not backwards, not to the next stage, not past the decision.
        assert_eq!(
            go(&pipeline, &interviews, to("application"), Actor::Recruiter),
            Err(TransitionError::BadSkip)
        );
        assert_eq!(
            go(&pipeline, &interviews, to("case_study"), Actor::Recruiter),
            Err(TransitionError::BadSkip)
        );
        assert_eq!(
            go(&pipeline, &interviews, to("onboarding"), Actor::Recruiter),
            Err(TransitionError::BadSkip)
        );
    }

    #[test]
    fn rejection_needs_a_known_reason_and_withdrawal_is_the_candidates() {
        let pipeline = Pipeline::standard();
        let start = Position::start(&pipeline);
        let reject = |reason: &str| Move::Reject { reason: reason.into() };
        assert_eq!(
            go(&pipeline, &start, reject("Vibes"), Actor::Recruiter),
            Err(TransitionError::UnknownReason)
        );
        let rejected = go(&pipeline, &start, reject("Position filled"), Actor::Recruiter).unwrap();
        assert_eq!(rejected, Position { stage: "application".into(), status: Status::Rejected });
        assert_eq!(go(&pipeline, &start, Move::Withdraw, Actor::Recruiter), Err(TransitionError::NotYours));
        assert_eq!(go(&pipeline, &start, Move::Advance, Actor::Candidate), Err(TransitionError::NotYours));
        assert_eq!(
            go(&pipeline, &start, Move::Withdraw, Actor::Candidate).unwrap().status,
            Status::Withdrawn
        );
        assert_eq!(
            go(&pipeline, &start, Move::Hire, Actor::Recruiter),
            Err(TransitionError::HireOnlyFromDecision)
        );
    }

    #[test]
    fn rejection_reasons_are_a_short_distinct_list() {
        assert!(check_reasons(&reasons()).is_ok());
        assert!(check_reasons(&[]).is_err());
        assert!(check_reasons(&["Position filled".into(), "position filled ".into()]).is_err());
        assert!(check_reasons(&[" ".into()]).is_err());
    }

    #[test]
    fn a_pipeline_without_onboarding_hires_at_the_decision() {
        let stages = vec![
            Stage {
                key: "apply".into(),
                name: "Apply".into(),
                kind: StageKind::Application,
                skippable: false,
            },
            Stage {
                key: "decide".into(),
                name: "Decide".into(),
                kind: StageKind::Decision,
                skippable: false,
            },
        ];
        let pipeline = Pipeline::new(stages).unwrap();
        let decide = go(&pipeline, &Position::start(&pipeline), Move::Advance, Actor::Recruiter).unwrap();
        assert_eq!(go(&pipeline, &decide, Move::Hire, Actor::Recruiter).unwrap().stage, "decide");
    }

    fn any_move() -> impl Strategy<Value = (Move, Actor)> {
        let stage = prop::sample::select(vec![
            "application",
            "hr_chat",
            "interviews",
            "case_study",
            "decision",
            "onboarding",
            "nope",
        ]);
        let reason = prop::sample::select(vec!["Position filled", "Made up"]);
        let actor = prop::sample::select(vec![Actor::Recruiter, Actor::Candidate]);
        let requested = prop_oneof![
            4 => Just(Move::Advance),
            2 => Just(Move::Back),
            2 => stage.prop_map(|s| Move::SkipTo { stage: s.to_owned() }),
            1 => reason.prop_map(|r| Move::Reject { reason: r.to_owned() }),
            1 => Just(Move::Withdraw),
            2 => Just(Move::Hire),
        ];
        (requested, actor)
    }

    proptest! {
        #[test]
        fn invariants_hold_for_any_sequence_of_moves(moves in prop::collection::vec(any_move(), 0..40)) {
            let pipeline = Pipeline::standard();
            let decision = pipeline.decision_index();
            let mut position = Position::start(&pipeline);
            for (requested, actor) in moves {
                let before = position.clone();
                let index = |p: &Position| pipeline.index_of(&p.stage).unwrap();
                match transition(&pipeline, &before, &requested, actor, &reasons()) {
                    Ok(after) => {
                        // A terminal position never moves.
                        prop_assert!(!before.status.is_terminal());
                        // Every position names a stage of the pipeline.
                        prop_assert!(pipeline.index_of(&after.stage).is_some());
                        // Active applications never pass the decision.
                        if after.status == Status::Active {
                            prop_assert!(index(&after) <= decision);
                        }
                        // Hiring happens at the decision, only.
                        if after.status == Status::Hired {
                            prop_assert_eq!(index(&before), decision);
                        }
                        match requested {
                            Move::Advance => prop_assert_eq!(index(&after), index(&before) + 1),
                            Move::Back => prop_assert_eq!(index(&after) + 1, index(&before)),
                            Move::Withdraw => prop_assert_eq!(actor, Actor::Candidate),
                            _ => prop_assert_eq!(actor, Actor::Recruiter),
                        }
                        position = after;
                    }
                    Err(_) => prop_assert_eq!(&position, &before),
                }
            }
        }
    }
}

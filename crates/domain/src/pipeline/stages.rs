use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a stage is for; the kind decides what the state machine allows there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// Where every application starts: screening.
    Application,
    /// The initial chat with HR.
    HrChat,
    /// Interviews where the candidate presents their work.
    Interviews,
    /// The independent case study.
    CaseStudy,
    /// Hire or reject: the only stage that hires.
    Decision,
    /// After hiring.
    Onboarding,
    /// Anything else an organisation adds.
    Custom,
}

/// One stage of a vacancy's pipeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable key (`hr_chat`); applications refer to it.
    pub key: String,
    /// The name people see ("Initial chat with HR").
    pub name: String,
    /// What the stage is for.
    pub kind: StageKind,
    /// Whether a recruiter may skip over it.
    pub skippable: bool,
}

/// A valid pipeline: starts with one Application stage, has exactly one Decision stage, only
/// Onboarding stages after it, and unique keys and names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Stage>", into = "Vec<Stage>")]
pub struct Pipeline {
    stages: Vec<Stage>,
}

/// Why a list of stages is not a pipeline.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PipelineError {
    /// The first stage must be of kind `application`, and it must be the only one.
    #[error("the first stage, and only the first, must be of kind application")]
    ApplicationFirst,
    /// There must be exactly one `decision` stage.
    #[error("there must be exactly one stage of kind decision")]
    OneDecision,
    /// Only `onboarding` stages may follow the decision (and none may precede it).
    #[error("only onboarding stages may come after the decision, and none before it")]
    OnboardingAfterDecision,
    /// A key is empty, malformed or used twice.
    #[error("stage keys must be unique and use a-z, 0-9 and _: {0:?}")]
    BadKey(String),
    /// A name is empty, too long or used twice.
    #[error("stage names must be unique and 1 to 60 characters: {0:?}")]
    BadName(String),
}

/// Why an edit of stages is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    /// The result is not a valid pipeline.
    #[error(transparent)]
    Invalid(#[from] PipelineError),
    /// A stage that holds applications would be removed, renamed, changed or moved.
    #[error("stage {0:?} holds applications: it can be neither removed, renamed nor moved")]
    Occupied(String),
}

impl Pipeline {
    /// Validates stages into a pipeline.
    pub fn new(stages: Vec<Stage>) -> Result<Self, PipelineError> {
        let mut keys = BTreeSet::new();
        let mut names = BTreeSet::new();
        for stage in &stages {
            let key_ok = !stage.key.is_empty()
                && stage.key.len() <= 40
                && stage.key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !key_ok || !keys.insert(stage.key.as_str()) {
                return Err(PipelineError::BadKey(stage.key.clone()));
            }
            let name = stage.name.trim().to_lowercase();
            if name.is_empty() || stage.name.chars().count() > 60 || !names.insert(name) {
                return Err(PipelineError::BadName(stage.name.clone()));
            }
        }
        let kinds: Vec<StageKind> = stages.iter().map(|s| s.kind).collect();
        if kinds.first() != Some(&StageKind::Application)
            || kinds.iter().filter(|k| **k == StageKind::Application).count() != 1
        {
            return Err(PipelineError::ApplicationFirst);
        }
        let decisions: Vec<usize> =
            kinds.iter().enumerate().filter(|(_, k)| **k == StageKind::Decision).map(|(i, _)| i).collect();
        let [decision] = decisions[..] else { return Err(PipelineError::OneDecision) };
        let onboarding_misplaced = kinds.iter().enumerate().any(|(i, kind)| {
            (i > decision && *kind != StageKind::Onboarding)
                || (i < decision && *kind == StageKind::Onboarding)
        });
        if onboarding_misplaced {
            return Err(PipelineError::OnboardingAfterDecision);
        }
        Ok(Pipeline { stages })
    }

    /// The pipeline every vacancy starts with: Application → HR chat → Interviews → Case study →
    /// Decision → Onboarding.
    pub fn standard() -> Self {
        let stage = |key: &str, name: &str, kind, skippable| Stage {
            key: key.into(),
            name: name.into(),
            kind,
            skippable,
        };
        Pipeline {
            stages: vec![
                stage("application", "Application", StageKind::Application, false),
                stage("hr_chat", "Initial chat with HR", StageKind::HrChat, true),
                stage("interviews", "Interviews", StageKind::Interviews, false),
                stage("case_study", "Case study", StageKind::CaseStudy, true),
                stage("decision", "Decision", StageKind::Decision, false),
                stage("onboarding", "Onboarding", StageKind::Onboarding, false),
            ],
        }
    }

    /// The stages, in order.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// Where the stage with `key` stands.
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.key == key)
    }

    /// The stage with `key`.
    pub fn stage(&self, key: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.key == key)
    }

    /// The first stage, where applications start.
    pub fn first(&self) -> &Stage {
        &self.stages[0]
    }

    /// Where the decision stage stands.
    pub fn decision_index(&self) -> usize {
        self.stages.iter().position(|s| s.kind == StageKind::Decision).unwrap_or(self.stages.len() - 1)
    }

    /// Replaces the stages with `stages`, refusing to touch any stage in `occupied` (keys of
    /// stages that hold applications): those keep their name and kind and their order among
    /// themselves. Stages may be added anywhere; empty ones may be renamed, moved or removed.
    pub fn edit(&self, stages: Vec<Stage>, occupied: &BTreeSet<String>) -> Result<Pipeline, EditError> {
        let edited = Pipeline::new(stages)?;
        let order = |p: &Pipeline| -> Vec<Stage> {
            p.stages.iter().filter(|s| occupied.contains(&s.key)).cloned().collect()
        };
        let (before, after) = (order(self), order(&edited));
        for stage in &before {
            let kept =
                after.iter().any(|s| s.key == stage.key && s.name == stage.name && s.kind == stage.kind);
            if !kept {
                return Err(EditError::Occupied(stage.key.clone()));
            }
        }
        if let Some((moved, _)) = before.iter().zip(&after).find(|(b, a)| b.key != a.key) {
            return Err(EditError::Occupied(moved.key.clone()));
        }
        Ok(edited)
    }
}

impl TryFrom<Vec<Stage>> for Pipeline {
    type Error = PipelineError;
    fn try_from(stages: Vec<Stage>) -> Result<Self, Self::Error> {
        Pipeline::new(stages)
    }
}

impl From<Pipeline> for Vec<Stage> {
    fn from(pipeline: Pipeline) -> Self {
        pipeline.stages
    }
}

impl crate::phrase::Said for PipelineError {
    fn said(&self) -> crate::phrase::Phrase {
        let key = |k: &str| crate::phrase::Phrase::new(&format!("pipeline-{k}"));
        match self {
            PipelineError::ApplicationFirst => key("application-first"),
            PipelineError::OneDecision => key("one-decision"),
            PipelineError::OnboardingAfterDecision => key("onboarding-after-decision"),
            PipelineError::BadKey(k) => key("bad-key").text("key", k.clone()),
            PipelineError::BadName(name) => key("bad-name").text("name", name.clone()),
        }
    }
}

impl crate::phrase::Said for EditError {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            EditError::Invalid(e) => e.said(),
            EditError::Occupied(stage) => {
                crate::phrase::Phrase::new("refusal-stage-occupied").text("stage", stage.clone())
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn stage(key: &str, kind: StageKind) -> Stage {
        Stage { key: key.into(), name: key.replace('_', " "), kind, skippable: false }
    }

    #[test]
    fn the_standard_pipeline_is_valid() {
        assert_eq!(Pipeline::new(Pipeline::standard().stages).unwrap(), Pipeline::standard());
        assert_eq!(Pipeline::standard().decision_index(), 4);
    }

    #[test]
    fn shapes_that_are_not_pipelines() {
        use StageKind::*;
        let cases = [
            (vec![stage("screen", HrChat), stage("decide", Decision)], PipelineError::ApplicationFirst),
            (vec![stage("apply", Application), stage("chat", HrChat)], PipelineError::OneDecision),
            (
                vec![stage("apply", Application), stage("d1", Decision), stage("d2", Decision)],
                PipelineError::OneDecision,
            ),
            (
                vec![stage("apply", Application), stage("decide", Decision), stage("chat", HrChat)],
                PipelineError::OnboardingAfterDecision,
            ),
            (
                vec![stage("apply", Application), stage("start", Onboarding), stage("decide", Decision)],
                PipelineError::OnboardingAfterDecision,
            ),
            (
                vec![stage("apply", Application), stage("apply", Decision)],
                PipelineError::BadKey("apply".into()),
            ),
            (
                vec![stage("Apply", Application), stage("decide", Decision)],
                PipelineError::BadKey("Apply".into()),
            ),
        ];
        for (stages, error) in cases {
            assert_eq!(Pipeline::new(stages), Err(error));
        }
    }

    #[test]
    fn empty_stages_can_be_edited_occupied_ones_cannot() {
        let standard = Pipeline::standard();
        let occupied: BTreeSet<String> = ["interviews".to_owned()].into();
        let mut stages = standard.stages().to_vec();
        stages[1].name = "Phone screen".into(); // rename an empty stage
        stages.remove(3); // remove the empty case study
        stages.insert(
            2,
            Stage {
                key: "portfolio".into(),
                name: "Portfolio review".into(),
                kind: StageKind::Custom,
                skippable: true,
            },
        );
        assert!(standard.edit(stages.clone(), &occupied).is_ok());

        let mut renamed = stages.clone();
        let interviews = renamed.iter().position(|s| s.key == "interviews").unwrap();
        renamed[interviews].name = "Technical interview".into();
        assert_eq!(standard.edit(renamed, &occupied), Err(EditError::Occupied("interviews".into())));
        let removed: Vec<Stage> = stages.iter().filter(|s| s.key != "interviews").cloned().collect();
        assert_eq!(standard.edit(removed, &occupied), Err(EditError::Occupied("interviews".into())));

        let two: BTreeSet<String> = ["hr_chat".to_owned(), "interviews".to_owned()].into();
        let mut swapped = standard.stages().to_vec();
        swapped.swap(1, 2);
        assert_eq!(standard.edit(swapped, &two), Err(EditError::Occupied("hr_chat".into())));
    }
}

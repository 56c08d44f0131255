use super::{Profile, field_matches, same_term};
use serde::{Deserialize, Serialize};

/// What a vacancy would like but does not require.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preferences {
    /// Nice-to-have skills.
    pub skills: Vec<String>,
    /// Preferred fields of study.
    pub fields: Vec<String>,
    /// Preferred languages.
    pub languages: Vec<String>,
}

/// One criterion's share of the score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScorePart {
    /// `skills`, `field` or `languages`.
    pub criterion: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// Why, in a sentence.
    pub explanation: String,
}

/// How well a candidate matches the preferences: 0 to 100, with its breakdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchScore {
    /// 0 to 100; 100 when the vacancy states no preferences.
    pub total: u32,
    /// Each criterion's part.
    pub parts: Vec<ScorePart>,
}

/// Weights: skills say most about an engineering intern; field and languages less.
const SKILLS: u32 = 60;
const FIELD: u32 = 20;
const LANGUAGES: u32 = 20;

/// Scores a profile against a vacancy's preferences.
pub fn score(preferences: &Preferences, profile: &Profile) -> MatchScore {
    let mut parts = Vec::new();
    if !preferences.skills.is_empty() {
        let matched: Vec<&str> = preferences
            .skills
            .iter()
            .filter(|wanted| profile.skills.iter().any(|have| same_term(have, wanted)))
            .map(String::as_str)
            .collect();
        let points = share(SKILLS, matched.len(), preferences.skills.len());
        let explanation = if matched.is_empty() {
            format!("None of the preferred skills ({}).", preferences.skills.join(", "))
        } else {
            format!(
                "{} of {} preferred skills: {}.",
                matched.len(),
                preferences.skills.len(),
                matched.join(", ")
            )
        };
        parts.push(ScorePart { criterion: "skills".into(), points, max: SKILLS, explanation });
    }
    if !preferences.fields.is_empty() {
        let matched = profile.field_of_study.as_deref().and_then(|field| {
            preferences.fields.iter().find(|wanted| field_matches(field, wanted)).map(|w| (field, w))
        });
        let (points, explanation) = match (matched, &profile.field_of_study) {
            (Some((field, wanted)), _) => (FIELD, format!("Studies {field}, a preferred field ({wanted}).")),
            (None, Some(field)) => {
                (0, format!("Studies {field}; preferred: {}.", preferences.fields.join(", ")))
            }
            (None, None) => (0, "No field of study in the profile.".to_owned()),
        };
        parts.push(ScorePart { criterion: "field".into(), points, max: FIELD, explanation });
    }
    if !preferences.languages.is_empty() {
        let matched: Vec<&str> = preferences
            .languages
            .iter()
            .filter(|wanted| profile.languages.iter().any(|have| same_term(have, wanted)))
            .map(String::as_str)
            .collect();
        let points = share(LANGUAGES, matched.len(), preferences.languages.len());
        let explanation =
            format!("Speaks {} of {} preferred languages.", matched.len(), preferences.languages.len());
        parts.push(ScorePart { criterion: "languages".into(), points, max: LANGUAGES, explanation });
    }
    let (points, max) = parts.iter().fold((0, 0), |(p, m), part| (p + part.points, m + part.max));
    let total = (points * 100 + max / 2).checked_div(max).unwrap_or(100);
    MatchScore { total, parts }
}

fn share(weight: u32, matched: usize, of: usize) -> u32 {
    let (matched, of) =
        (u32::try_from(matched).unwrap_or(u32::MAX), u32::try_from(of).unwrap_or(u32::MAX).max(1));
    (weight * matched + of / 2) / of
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            field_of_study: Some("Software Engineering".into()),
            skills: vec!["Python".into(), "Rust".into(), "SQL".into()],
            languages: vec!["English".into(), "Dutch".into()],
            ..Profile::default()
        }
    }

    #[test]
    fn the_breakdown_explains_the_total() {
        let preferences = Preferences {
            skills: vec!["rust".into(), "Kubernetes".into(), "sql".into(), "Go".into()],
            fields: vec!["Computer Science".into(), "Engineering".into()],
            languages: vec!["Dutch".into()],
        };
        let score = score(&preferences, &profile());
        assert_eq!(score.parts[0].points, 30);
        assert_eq!(score.parts[0].explanation, "2 of 4 preferred skills: rust, sql.");
        assert_eq!(score.parts[1].points, 20);
        assert_eq!(score.parts[2].points, 20);
        assert_eq!(score.total, 70);
    }

    #[test]
    fn scores_stay_within_bounds() {
        assert_eq!(score(&Preferences::default(), &Profile::default()).total, 100);
        let preferences = Preferences { skills: vec!["Haskell".into()], ..Preferences::default() };
        assert_eq!(score(&preferences, &profile()).total, 0);
        let all = Preferences {
            skills: vec!["Python".into()],
            fields: vec!["Engineering".into()],
            languages: vec!["English".into()],
        };
        assert_eq!(score(&all, &profile()).total, 100);
    }
}

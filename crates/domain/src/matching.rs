//! Mentor matching: no mentor takes more mentees than their capacity, no pair breaks a hard
//! constraint, and the total match score is the highest possible — an optimal assignment
//! (min-cost flow), not a greedy pick; among assignments with that total, as many interns as
//! possible get a mentor. Each pair's score comes with the reasons for it; interns left without
//! a mentor are for the coordinator to place by hand.

use crate::flow::Flow;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use uuid::Uuid;

/// An intern as matching sees them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Intern {
    /// Their id.
    pub id: Uuid,
    /// Skills.
    pub skills: Vec<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Languages they speak.
    pub languages: Vec<String>,
    /// Their team.
    pub team: Option<Uuid>,
    /// Their team's lead.
    pub team_lead: Option<Uuid>,
}

/// A mentor as matching sees them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mentor {
    /// Their id.
    pub id: Uuid,
    /// How many mentees they take.
    pub capacity: u32,
    /// Skills.
    pub skills: Vec<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Languages they speak.
    pub languages: Vec<String>,
    /// Their team.
    pub team: Option<Uuid>,
}

/// Rules the organisation sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Constraints {
    /// A mentor is never the intern's own team lead.
    pub not_own_team_lead: bool,
}

/// One part of a pair's score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// What it is about.
    pub factor: String,
    /// Points.
    pub points: u32,
    /// In words (English; pages word it from `factor` and `shared`).
    pub explanation: String,
    /// What the two share (skills or interests), lower-cased.
    #[serde(default)]
    pub shared: Vec<String>,
}

/// A proposed pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    /// The intern.
    pub intern: Uuid,
    /// The mentor.
    pub mentor: Uuid,
    /// 0 to 100.
    pub score: u32,
    /// Why.
    pub reasons: Vec<Reason>,
}

fn lower(items: &[String]) -> BTreeSet<String> {
    items.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect()
}

/// Whether the pair is allowed at all: a shared language, and not the intern's own team lead
/// when the organisation says so.
pub fn allowed(intern: &Intern, mentor: &Mentor, constraints: Constraints) -> bool {
    let shared_language = !lower(&intern.languages).is_disjoint(&lower(&mentor.languages));
    let own_lead = constraints.not_own_team_lead && intern.team_lead == Some(mentor.id);
    shared_language && !own_lead
}

/// How well the two fit, 0 to 100, with the reasons: shared skills (up to 50), shared
/// interests (up to 30), a mentor from another team, who widens the intern's network (20).
pub fn score(intern: &Intern, mentor: &Mentor) -> (u32, Vec<Reason>) {
    let mut reasons = Vec::new();
    for (factor, mine, theirs, weight) in [
        ("skills", &intern.skills, &mentor.skills, 50u32),
        ("interests", &intern.interests, &mentor.interests, 30),
    ] {
        let (a, b) = (lower(mine), lower(theirs));
        if a.is_empty() {
            continue;
        }
        let shared: Vec<&String> = a.intersection(&b).collect();
        let points = weight * u32::try_from(shared.len()).unwrap_or(0) / u32::try_from(a.len()).unwrap_or(1);
        if points > 0 {
            let names: Vec<&str> = shared.iter().map(|s| s.as_str()).collect();
            reasons.push(Reason {
                factor: factor.into(),
                points,
                explanation: format!(
                    "shares {} of the intern's {}: {}",
                    shared.len(),
                    factor,
                    names.join(", ")
                ),
                shared: names.iter().map(|n| (*n).to_owned()).collect(),
            });
        }
    }
    if intern.team.is_some() && mentor.team.is_some() && intern.team != mentor.team {
        reasons.push(Reason {
            factor: "network".into(),
            points: 20,
            explanation: "from another team, which widens the intern's network".into(),
            shared: Vec::new(),
        });
    }
    (reasons.iter().map(|r| r.points).sum::<u32>().min(100), reasons)
}

/// The weight of a score point against one more matched intern: the total score comes first,
/// the number matched breaks ties (so pairs that score 0 are still made where they cost nothing).
const SCORE_WEIGHT: i64 = 100_000;

/// The optimal assignment: the highest total score the constraints and capacities allow, and
/// among those the most interns matched.
pub fn assign(interns: &[Intern], mentors: &[Mentor], constraints: Constraints) -> Vec<Pair> {
    let (source, sink) = (0, 1 + interns.len() + mentors.len());
    let mut flow = Flow::new(sink + 1);
    let mut pairs = Vec::new();
    for (i, intern) in interns.iter().enumerate() {
        flow.edge(source, 1 + i, 1, 0);
        for (m, mentor) in mentors.iter().enumerate() {
            if mentor.capacity > 0 && allowed(intern, mentor, constraints) {
                let (points, reasons) = score(intern, mentor);
                pairs.push((flow.to.len(), i, m, points, reasons));
                flow.edge(1 + i, 1 + interns.len() + m, 1, -(i64::from(points) * SCORE_WEIGHT + 1));
            }
        }
    }
    for (m, mentor) in mentors.iter().enumerate() {
        flow.edge(1 + interns.len() + m, sink, i64::from(mentor.capacity), 0);
    }
    flow.run(source, sink);
    pairs
        .into_iter()
        .filter(|(edge, ..)| flow.capacity[*edge] == 0)
        .map(|(_, i, m, score, reasons)| Pair {
            intern: interns[i].id,
            mentor: mentors[m].id,
            score,
            reasons,
        })
        .collect()
}

/// The greedy alternative (best remaining pair first), for comparison in tests and benchmarks.
pub fn greedy(interns: &[Intern], mentors: &[Mentor], constraints: Constraints) -> Vec<Pair> {
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    for (i, intern) in interns.iter().enumerate() {
        for (m, mentor) in mentors.iter().enumerate() {
            if allowed(intern, mentor, constraints) {
                candidates.push((score(intern, mentor).0, i, m));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut left: Vec<u32> = mentors.iter().map(|m| m.capacity).collect();
    let mut taken = vec![false; interns.len()];
    let mut pairs = Vec::new();
    for (points, i, m) in candidates {
        if !taken[i] && left[m] > 0 {
            taken[i] = true;
            left[m] -= 1;
            let (score, reasons) = score(&interns[i], &mentors[m]);
            debug_assert_eq!(score, points);
            pairs.push(Pair { intern: interns[i].id, mentor: mentors[m].id, score, reasons });
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    fn intern(skills: &[&str]) -> Intern {
        Intern {
            id: Uuid::now_v7(),
            skills: strings(skills),
            languages: strings(&["English"]),
            ..Intern::default()
        }
    }

    fn mentor(capacity: u32, skills: &[&str]) -> Mentor {
        Mentor {
            id: Uuid::now_v7(),
            capacity,
            skills: strings(skills),
            languages: strings(&["English"]),
            ..Mentor::default()
        }
    }

    fn total(pairs: &[Pair]) -> u32 {
        pairs.iter().map(|p| p.score).sum()
    }

    #[test]
    fn beats_greedy_where_greedy_is_wrong() {
        // Greedy gives A the Rust+Go mentor (50) and leaves B the Rust one (0): total 50.
        // Optimal: A takes the Rust mentor (25), B the Rust+Go one (50): total 75.
        let a = intern(&["Rust", "Go"]);
        let b = intern(&["Go"]);
        let both = mentor(1, &["Rust", "Go"]);
        let rust = mentor(1, &["Rust"]);
        let interns = [a.clone(), b.clone()];
        let mentors = [both.clone(), rust.clone()];
        assert_eq!(total(&greedy(&interns, &mentors, Constraints::default())), 50);
        let best = assign(&interns, &mentors, Constraints::default());
        assert_eq!(total(&best), 75);
        assert!(best.iter().any(|p| p.intern == a.id && p.mentor == rust.id));
        assert!(best.contains(&Pair {
            intern: b.id,
            mentor: both.id,
            score: 50,
            reasons: score(&b, &both).1
        }));
    }

    #[test]
    fn hard_constraints_hold() {
        let mut dutch = intern(&["Rust"]);
        dutch.languages = strings(&["Dutch"]);
        let lead = mentor(3, &["Rust"]);
        let mut led = intern(&["Rust"]);
        led.team_lead = Some(lead.id);
        let pairs = assign(&[dutch, led.clone()], &[lead], Constraints { not_own_team_lead: true });
        assert!(pairs.is_empty(), "{pairs:?}");
        let pairs = assign(&[led], &[mentor(1, &[])], Constraints { not_own_team_lead: true });
        assert_eq!(pairs.len(), 1);
    }

    #[test]
    fn reasons_explain_the_score() {
        let (points, reasons) = score(&intern(&["Rust", "SQL"]), &mentor(1, &["rust"]));
        assert_eq!(points, 25);
        assert_eq!(reasons[0].explanation, "shares 1 of the intern's skills: rust");
    }

    /// 200 interns, 60 mentors: intern i's one skill is mentor (i mod 60)'s, and capacities add
    /// up to 200 exactly, so the optimum matches everyone on their skill: 200 × 50 points.
    pub fn known_optimum() -> (Vec<Intern>, Vec<Mentor>) {
        let interns: Vec<Intern> = (0..200).map(|i| intern(&[format!("skill-{i}").as_str()])).collect();
        let mentors: Vec<Mentor> = (0..60)
            .map(|m| {
                let theirs: Vec<String> =
                    (0..200).filter(|i| i % 60 == m).map(|i| format!("skill-{i}")).collect();
                let refs: Vec<&str> = theirs.iter().map(String::as_str).collect();
                mentor(u32::try_from(theirs.len()).unwrap_or(0), &refs)
            })
            .collect();
        (interns, mentors)
    }

    #[test]
    fn two_hundred_interns_and_sixty_mentors_reach_the_known_optimum() {
        let (interns, mentors) = known_optimum();
        let best = assign(&interns, &mentors, Constraints::default());
        assert_eq!((best.len(), total(&best)), (200, 10_000));
    }

    const SKILLS: [&str; 6] = ["Rust", "Go", "Python", "SQL", "Java", "C#"];

    fn instance() -> impl Strategy<Value = (Vec<Intern>, Vec<Mentor>)> {
        let intern = (proptest::sample::subsequence(SKILLS.to_vec(), 0..4), any::<bool>()).prop_map(
            |(skills, dutch)| {
                let mut i = intern(&skills);
                if dutch {
                    i.languages.push("Dutch".into());
                }
                i
            },
        );
        let mentor =
            (0u32..4, proptest::sample::subsequence(SKILLS.to_vec(), 0..4)).prop_map(|(c, s)| mentor(c, &s));
        (proptest::collection::vec(intern, 0..12), proptest::collection::vec(mentor, 0..6))
    }

    proptest! {
        #[test]
        fn never_worse_than_greedy_and_never_over_capacity((interns, mentors) in instance()) {
            let best = assign(&interns, &mentors, Constraints::default());
            let quick = greedy(&interns, &mentors, Constraints::default());
            prop_assert!(total(&best) >= total(&quick));
            for m in &mentors {
                prop_assert!(best.iter().filter(|p| p.mentor == m.id).count() <= m.capacity as usize);
            }
            let mut seen = BTreeSet::new();
            for p in &best {
                prop_assert!(seen.insert(p.intern), "an intern matched twice");
            }
        }
    }
}

//! `cargo bench -p cohort-domain --bench matching`: how long the optimal mentor matching takes
//! for 200 interns and 60 mentors, beside the greedy pick, in one run.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use cohort_domain::matching::{Constraints, Intern, Mentor, assign, greedy};
use std::time::Instant;
use uuid::Uuid;

const SKILLS: [&str; 12] = [
    "Rust",
    "Go",
    "Python",
    "SQL",
    "Java",
    "C#",
    "TypeScript",
    "Kubernetes",
    "Security",
    "Testing",
    "Cloud",
    "Data",
];

/// A deterministic realistic instance: 2–4 skills and interests each, capacities 2–5.
fn instance() -> (Vec<Intern>, Vec<Mentor>) {
    let mut seed: u64 = 0x00C0_4087;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap() % n
    };
    let mut pick =
        |k: usize| -> Vec<String> { (0..k).map(|_| SKILLS[next(SKILLS.len())].to_owned()).collect() };
    let english = vec!["English".to_owned()];
    let interns = (0..200)
        .map(|_| Intern {
            id: Uuid::now_v7(),
            skills: pick(3),
            interests: pick(2),
            languages: english.clone(),
            ..Intern::default()
        })
        .collect();
    let mentors = (0..60)
        .map(|i| Mentor {
            id: Uuid::now_v7(),
            capacity: 2 + u32::try_from(i % 4).unwrap(),
            skills: pick(4),
            interests: pick(3),
            languages: english.clone(),
            ..Mentor::default()
        })
        .collect();
    (interns, mentors)
}

fn main() {
    let (interns, mentors) = instance();
    let rounds = 20;
    let started = Instant::now();
    let mut best = Vec::new();
    for _ in 0..rounds {
        best = assign(&interns, &mentors, Constraints::default());
    }
    let optimal = started.elapsed() / rounds;
    let started = Instant::now();
    let mut quick = Vec::new();
    for _ in 0..rounds {
        quick = greedy(&interns, &mentors, Constraints::default());
    }
    let greedy_time = started.elapsed() / rounds;
    let total = |pairs: &[cohort_domain::matching::Pair]| pairs.iter().map(|p| p.score).sum::<u32>();
    println!("200 interns, 60 mentors (capacity {}):", mentors.iter().map(|m| m.capacity).sum::<u32>());
    println!("  optimal: {optimal:?} per run, {} pairs, total score {}", best.len(), total(&best));
    println!("  greedy:  {greedy_time:?} per run, {} pairs, total score {}", quick.len(), total(&quick));
}

//! Skills suggested from a GitHub profile: the languages of the candidate's own public
//! repositories, by share of code, that their profile does not list yet.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One suggested skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The skill (the language as GitHub names it).
    pub skill: String,
    /// Its share of the code in their repositories, in percent.
    pub share_percent: u32,
    /// Where the suggestion comes from: always `github`; it is a suggestion, not a claim.
    pub source: String,
}

/// The GitHub username in a profile URL such as `https://github.com/ada-l`.
pub fn username(github_url: &str) -> Option<String> {
    let user = github_url.strip_prefix("https://github.com/")?.trim_end_matches('/');
    let valid = !user.is_empty()
        && user.len() <= 39
        && user.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !user.starts_with('-');
    valid.then(|| user.to_owned())
}

/// Languages that make up at least 5 % of the code, largest first, at most 8, leaving out those
/// already among `known` skills (any case).
pub fn suggest(bytes_by_language: &BTreeMap<String, u64>, known: &[String]) -> Vec<Suggestion> {
    let total: u64 = bytes_by_language.values().sum();
    if total == 0 {
        return Vec::new();
    }
    let mut shares: Vec<(&String, u64)> = bytes_by_language.iter().map(|(l, b)| (l, *b)).collect();
    shares.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    shares
        .into_iter()
        .map(|(language, bytes)| (language, u32::try_from(bytes * 100 / total).unwrap_or(100)))
        .filter(|(language, share)| *share >= 5 && !known.iter().any(|k| k.eq_ignore_ascii_case(language)))
        .take(8)
        .map(|(language, share)| Suggestion {
            skill: language.clone(),
            share_percent: share,
            source: "github".into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_main_languages_not_yet_listed() {
        let languages: BTreeMap<String, u64> =
            [("Rust", 6_000), ("Python", 3_000), ("Shell", 100), ("TypeScript", 900)]
                .map(|(l, b)| (l.to_owned(), b))
                .into();
        let suggested = suggest(&languages, &["python".to_owned()]);
        let skills: Vec<(&str, u32)> =
            suggested.iter().map(|s| (s.skill.as_str(), s.share_percent)).collect();
        assert_eq!(skills, [("Rust", 60), ("TypeScript", 9)]);
        assert!(suggest(&BTreeMap::new(), &[]).is_empty());
    }

    #[test]
    fn usernames_come_from_profile_urls() {
        assert_eq!(username("https://github.com/ada-l/"), Some("ada-l".into()));
        assert_eq!(username("https://github.com/../etc"), None);
    }
}

//! Who may apply to a vacancy, and how well they match it.
//!
//! A vacancy declares hard [`Rule`]s; each answers pass, fail or unknown with an explanation a
//! student can act on. The same evaluation serves the public dry run and the application itself,
//! which stores it. Preferred criteria do not exclude anyone: they give a [`MatchScore`] with its
//! breakdown, which recruiters sort by.

mod country;
mod profile;
mod rules;
mod score;

pub use country::{CountryCode, InvalidCountry};
pub use profile::{Answers, Period, Profile};
pub use rules::{Evaluation, Outcome, Rule, RuleResult, Verdict, evaluate};
pub use score::{MatchScore, Preferences, ScorePart, score};

/// Skills and fields compare without regard to case or surrounding space: "typescript" is
/// "TypeScript".
pub(crate) fn same_term(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `field` names `wanted` or a specialisation of it: "Electrical Engineering" is
/// "Engineering"; "Computer Science and Engineering" is "Computer Science".
pub(crate) fn field_matches(field: &str, wanted: &str) -> bool {
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let (field, wanted) = (words(field), words(wanted));
    !wanted.is_empty() && field.windows(wanted.len()).any(|window| window == wanted.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_ignore_case() {
        assert!(same_term("TypeScript", " typescript "));
        assert!(same_term("C#", "c#"));
        assert!(!same_term("Java", "JavaScript"));
    }

    #[test]
    fn fields_match_whole_words() {
        assert!(field_matches("Electrical Engineering", "Engineering"));
        assert!(field_matches("Computer Science and Engineering", "computer science"));
        assert!(!field_matches("Computational Biology", "Computer Science"));
        assert!(!field_matches("Engineeringdesign", "Engineering"));
        assert!(!field_matches("Physics", ""));
    }
}

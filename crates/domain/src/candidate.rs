//! A candidate's profile, kept on their account and reused for every application, and the
//! facts of it that eligibility rules read.

use crate::eligibility::{CountryCode, Period, Profile};
use crate::validation::{FieldError, Validator};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The privacy notice candidates consent to when they apply; raised when the notice changes.
pub const PRIVACY_NOTICE_VERSION: &str = "2026-11";

/// What a candidate tells about themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CandidateProfile {
    /// Full name.
    pub name: String,
    /// Phone number, optional.
    pub phone: Option<String>,
    /// Where they study.
    pub institution: Option<String>,
    /// The institution's country.
    pub institution_country: Option<CountryCode>,
    /// Field of study.
    pub field_of_study: Option<String>,
    /// When they are enrolled.
    pub enrollment: Option<Period>,
    /// Expected graduation.
    pub graduation: Option<NaiveDate>,
    /// Skills.
    pub skills: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// Countries where they may work.
    pub work_authorisation: Vec<CountryCode>,
    /// GitHub username or profile URL.
    pub github: Option<String>,
    /// Portfolio URL.
    pub portfolio_url: Option<String>,
}

impl CandidateProfile {
    /// The facts eligibility rules and the match score read.
    pub fn facts(&self) -> Profile {
        Profile {
            institution: self.institution.clone(),
            institution_country: self.institution_country.clone(),
            field_of_study: self.field_of_study.clone(),
            enrollment: self.enrollment,
            graduation: self.graduation,
            skills: self.skills.clone(),
            languages: self.languages.clone(),
            work_authorisation: self.work_authorisation.clone(),
        }
    }

    /// The GitHub profile URL, from a username or a URL.
    pub fn github_url(&self) -> Option<String> {
        let github = self.github.as_deref()?.trim();
        let user = github
            .strip_prefix("https://github.com/")
            .or_else(|| github.strip_prefix("http://github.com/"))
            .or_else(|| github.strip_prefix("github.com/"))
            .unwrap_or(github)
            .trim_end_matches('/');
        Some(format!("https://github.com/{user}"))
    }

    /// Every problem with the profile, by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut v = Validator::new();
        v.check("name", crate::text::Label::parse(&self.name));
        if let Some(phone) = &self.phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
            if !allowed || !(6..=15).contains(&digits) {
                v.fail("phone", "must be a phone number such as +31 6 1234 5678");
            }
        }
        if let Some(enrollment) = &self.enrollment
            && enrollment.end < enrollment.start
        {
            v.fail("enrollment", "must end after it starts");
        }
        if let Some(github) = &self.github {
            let user =
                self.github_url().unwrap_or_default().trim_start_matches("https://github.com/").to_owned();
            let valid = !user.is_empty()
                && user.len() <= 39
                && user.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !user.starts_with('-');
            if !valid {
                v.fail("github", format!("{github:?} is not a GitHub username or profile URL"));
            }
        }
        if let Some(url) = &self.portfolio_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            v.fail("portfolio_url", "must be a web address starting with https://");
        }
        for (field, items) in [("skills", &self.skills), ("languages", &self.languages)] {
            if items.len() > 100 || items.iter().any(|i| i.trim().is_empty() || i.chars().count() > 100) {
                v.fail(field, "takes at most 100 non-empty entries of at most 100 characters");
            }
        }
        v.finish().err().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> CandidateProfile {
        CandidateProfile {
            name: "Ada Lovelace".into(),
            phone: Some("+31 6 1234 5678".into()),
            github: Some("https://github.com/ada-l/".into()),
            portfolio_url: Some("https://ada.dev".into()),
            skills: vec!["Rust".into()],
            ..CandidateProfile::default()
        }
    }

    #[test]
    fn github_usernames_and_urls_become_profile_urls() {
        assert_eq!(ada().github_url().as_deref(), Some("https://github.com/ada-l"));
        let plain = CandidateProfile { github: Some("ada-l".into()), ..ada() };
        assert_eq!(plain.github_url().as_deref(), Some("https://github.com/ada-l"));
        assert!(ada().problems().is_empty());
    }

    #[test]
    fn problems_name_their_fields() {
        let bad = CandidateProfile {
            name: "".into(),
            phone: Some("call me".into()),
            github: Some("https://github.com/not a user".into()),
            portfolio_url: Some("javascript:alert(1)".into()),
            ..ada()
        };
        let fields: Vec<String> = bad.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "phone", "github", "portfolio_url"]);
    }

    #[test]
    fn facts_carry_what_rules_read() {
        let facts = ada().facts();
        assert_eq!(facts.skills, ["Rust"]);
    }
}

/// The largest CV accepted.
pub const MAX_CV_BYTES: usize = 10 * 1024 * 1024;

/// What a CV file is, judged by its content (never its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvKind {
    /// A PDF document.
    Pdf,
    /// A Word (.docx) document.
    Docx,
}

/// Why a file is not accepted as a CV.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CvProblem {
    /// Empty.
    #[error("is empty")]
    Empty,
    /// Over [`MAX_CV_BYTES`].
    #[error("is larger than 10 MiB")]
    TooLarge,
    /// Neither PDF nor DOCX.
    #[error("must be a PDF or Word (.docx) document; this file is neither, whatever its name")]
    NotADocument,
}

impl CvKind {
    /// Sniffs a CV: a PDF starts with `%PDF-`; a DOCX is a ZIP archive holding `word/document.xml`.
    pub fn sniff(bytes: &[u8]) -> Result<CvKind, CvProblem> {
        if bytes.is_empty() {
            return Err(CvProblem::Empty);
        }
        if bytes.len() > MAX_CV_BYTES {
            return Err(CvProblem::TooLarge);
        }
        if bytes.starts_with(b"%PDF-") {
            return Ok(CvKind::Pdf);
        }
        let in_zip = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
        if bytes.starts_with(b"PK\x03\x04") && in_zip(b"word/document.xml") {
            return Ok(CvKind::Docx);
        }
        Err(CvProblem::NotADocument)
    }

    /// The media type to serve it with.
    pub fn media_type(self) -> &'static str {
        match self {
            CvKind::Pdf => "application/pdf",
            CvKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }
}

#[cfg(test)]
mod cv_tests {
    use super::*;

    #[test]
    fn content_decides_not_the_name() {
        assert_eq!(CvKind::sniff(b"%PDF-1.7\n..."), Ok(CvKind::Pdf));
        assert_eq!(CvKind::sniff(b"PK\x03\x04....word/document.xml...."), Ok(CvKind::Docx));
        assert_eq!(CvKind::sniff(b"<!doctype html><html>"), Err(CvProblem::NotADocument));
        assert_eq!(CvKind::sniff(b"PK\x03\x04 a zip of photos"), Err(CvProblem::NotADocument));
        assert_eq!(CvKind::sniff(b""), Err(CvProblem::Empty));
        let mut huge = b"%PDF-".to_vec();
        huge.resize(MAX_CV_BYTES + 1, b' ');
        assert_eq!(CvKind::sniff(&huge), Err(CvProblem::TooLarge));
    }
}

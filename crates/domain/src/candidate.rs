//! A candidate's profile, kept on their account and reused for every application, and the
//! facts of it that eligibility rules read.

use crate::eligibility::{CountryCode, Period, Profile};
use crate::validation::problem;
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
                v.fail("phone", problem::of("phone"));
            }
        }
        if let Some(enrollment) = &self.enrollment
            && enrollment.end < enrollment.start
        {
            v.fail("enrollment", problem::end_after_start());
        }
        if let Some(github) = &self.github {
            let user =
                self.github_url().unwrap_or_default().trim_start_matches("https://github.com/").to_owned();
            let valid = !user.is_empty()
                && user.len() <= 39
                && user.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !user.starts_with('-');
            if !valid {
                v.fail("github", problem::of("github").text("given", github.clone()));
            }
        }
        if let Some(url) = &self.portfolio_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            v.fail("portfolio_url", problem::of("https-address"));
        }
        for (field, items) in [("skills", &self.skills), ("languages", &self.languages)] {
            if items.len() > 100 || items.iter().any(|i| i.trim().is_empty() || i.chars().count() > 100) {
                v.fail(field, problem::entries(100, 100));
            }
        }
        v.finish().err().unwrap_or_default()
    }
}

crate::said_as_problems!(CvProblem {
    Empty => "cv-empty",
    TooLarge => "cv-too-large",
    NotADocument => "cv-not-a-document",
});
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

/// The parts of a JSON Resume (jsonresume.org) that fill a profile. The server validates the
/// whole document against the JSON Resume schema before reading these.
pub mod resume {
    use serde::Deserialize;

    /// A JSON Resume document.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    pub struct JsonResume {
        /// Name, contact, profiles.
        pub basics: Basics,
        /// Studies, most recent first by convention.
        pub education: Vec<Education>,
        /// Skills, with keywords.
        pub skills: Vec<Skill>,
        /// Languages spoken.
        pub languages: Vec<Language>,
    }

    /// `basics`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    pub struct Basics {
        /// Full name.
        pub name: Option<String>,
        /// E-mail address.
        pub email: Option<String>,
        /// Phone.
        pub phone: Option<String>,
        /// Personal website.
        pub url: Option<String>,
        /// Where they live.
        pub location: Location,
        /// Online profiles.
        pub profiles: Vec<SocialProfile>,
    }

    /// `basics.location`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    pub struct Location {
        /// ISO country code.
        pub country_code: Option<String>,
    }

    /// `basics.profiles[]`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    pub struct SocialProfile {
        /// E.g. `GitHub`.
        pub network: Option<String>,
        /// The user name there.
        pub username: Option<String>,
        /// The profile URL.
        pub url: Option<String>,
    }

    /// `education[]`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    pub struct Education {
        /// The institution.
        pub institution: Option<String>,
        /// The field of study.
        pub area: Option<String>,
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        pub start_date: Option<String>,
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        pub end_date: Option<String>,
    }

    /// `skills[]`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Skill {
        /// The skill.
        pub name: Option<String>,
        /// Related skills.
        pub keywords: Vec<String>,
    }

    /// `languages[]`.
    #[derive(Clone, Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Language {
        /// The language.
        pub language: Option<String>,
    }

    /// An ISO 8601 date of any precision, as the first (`start`) or last day it covers.
    pub fn date(raw: &str, start: bool) -> Option<chrono::NaiveDate> {
        use chrono::NaiveDate;
        let parts: Vec<&str> = raw.trim().split('-').collect();
        let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        let year = i32::try_from(number(0)?).ok()?;
        match (parts.len(), start) {
            (1, true) => NaiveDate::from_ymd_opt(year, 1, 1),
            (1, false) => NaiveDate::from_ymd_opt(year, 12, 31),
            (2, true) => NaiveDate::from_ymd_opt(year, number(1)?, 1),
            (2, false) => {
                let month = number(1)?;
                let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
                NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
            }
            (3, _) => NaiveDate::from_ymd_opt(year, number(1)?, number(2)?),
            _ => None,
        }
    }
}

impl CandidateProfile {
    /// Fills what the profile does not say yet from a JSON Resume; what it says stays.
    pub fn fill_from(&mut self, resume: &resume::JsonResume) {
        fn fill(slot: &mut Option<String>, value: Option<&String>) {
            if slot.as_deref().is_none_or(|s| s.trim().is_empty())
                && let Some(value) = value.filter(|v| !v.trim().is_empty())
            {
                *slot = Some(value.trim().to_owned());
            }
        }
        let basics = &resume.basics;
        if self.name.trim().is_empty()
            && let Some(name) = &basics.name
        {
            self.name = name.trim().to_owned();
        }
        fill(&mut self.phone, basics.phone.as_ref());
        fill(&mut self.portfolio_url, basics.url.as_ref());
        let github = basics
            .profiles
            .iter()
            .find(|p| p.network.as_deref().is_some_and(|n| n.eq_ignore_ascii_case("github")));
        fill(&mut self.github, github.and_then(|p| p.username.as_ref().or(p.url.as_ref())));
        if let Some(education) = resume.education.first() {
            fill(&mut self.institution, education.institution.as_ref());
            fill(&mut self.field_of_study, education.area.as_ref());
            if self.enrollment.is_none() {
                let start = education.start_date.as_deref().and_then(|d| resume::date(d, true));
                let end = education.end_date.as_deref().and_then(|d| resume::date(d, false));
                if let (Some(start), Some(end)) = (start, end) {
                    self.enrollment = Period::new(start, end);
                    self.graduation = self.graduation.or(Some(end));
                }
            }
        }
        if self.institution_country.is_none() {
            self.institution_country =
                basics.location.country_code.as_deref().and_then(|c| CountryCode::parse(c).ok());
        }
        for skill in resume.skills.iter().flat_map(|s| s.name.iter().chain(&s.keywords)) {
            if !skill.trim().is_empty()
                && !self.skills.iter().any(|have| have.eq_ignore_ascii_case(skill.trim()))
            {
                self.skills.push(skill.trim().to_owned());
            }
        }
        for language in resume.languages.iter().filter_map(|l| l.language.as_ref()) {
            if !language.trim().is_empty()
                && !self.languages.iter().any(|have| have.eq_ignore_ascii_case(language.trim()))
            {
                self.languages.push(language.trim().to_owned());
            }
        }
    }
}

#[cfg(test)]
mod resume_tests {
    use super::resume::{self, JsonResume};
    use super::*;

    #[test]
    fn partial_dates_cover_their_span() {
        assert_eq!(resume::date("2024", true), NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(resume::date("2028-02", false), NaiveDate::from_ymd_opt(2028, 2, 29));
        assert_eq!(resume::date("2027-12", false), NaiveDate::from_ymd_opt(2027, 12, 31));
        assert_eq!(resume::date("2025-09-15", true), NaiveDate::from_ymd_opt(2025, 9, 15));
        assert_eq!(resume::date("soon", true), None);
    }

    #[test]
    fn a_resume_fills_only_what_is_missing() {
        let resume = JsonResume {
            basics: resume::Basics {
                name: Some("Ada L.".into()),
                phone: Some("+31 6 1111 2222".into()),
                location: resume::Location { country_code: Some("NL".into()) },
                profiles: vec![resume::SocialProfile {
                    network: Some("GitHub".into()),
                    username: Some("ada-l".into()),
                    url: None,
                }],
                ..resume::Basics::default()
            },
            education: vec![resume::Education {
                institution: Some("TU Delft".into()),
                area: Some("Computer Science".into()),
                start_date: Some("2024-09".into()),
                end_date: Some("2027-08".into()),
            }],
            skills: vec![resume::Skill {
                name: Some("Web".into()),
                keywords: vec!["TypeScript".into(), "rust".into()],
            }],
            languages: vec![resume::Language { language: Some("Dutch".into()) }],
        };
        let mut profile = CandidateProfile {
            name: "Ada Lovelace".into(),
            skills: vec!["Rust".into()],
            ..CandidateProfile::default()
        };
        profile.fill_from(&resume);
        assert_eq!(profile.name, "Ada Lovelace", "what the profile says stays");
        assert_eq!(profile.github.as_deref(), Some("ada-l"));
        assert_eq!(profile.institution.as_deref(), Some("TU Delft"));
        assert_eq!(
            profile.enrollment,
            Period::new(
                NaiveDate::from_ymd_opt(2024, 9, 1).unwrap(),
                NaiveDate::from_ymd_opt(2027, 8, 31).unwrap()
            )
        );
        assert_eq!(profile.institution_country.as_ref().map(CountryCode::as_str), Some("NL"));
        assert_eq!(profile.skills, ["Rust", "Web", "TypeScript"]);
        assert_eq!(profile.languages, ["Dutch"]);
    }
}

/// Where an application came from, as a label reports can count: lowercase letters, digits,
/// `_`, `-` and `.`, at most 40 characters (`utm_source=TU-Delft Fair` → `tu-delft_fair`);
/// `None` for nothing usable.
pub fn source_label(raw: &str) -> Option<String> {
    let label: String = raw
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .take(40)
        .collect();
    (!label.is_empty()).then_some(label)
}

#[cfg(test)]
mod source_tests {
    use super::source_label;

    #[test]
    fn sources_are_short_plain_labels() {
        assert_eq!(source_label("  TU-Delft Fair "), Some("tu-delft_fair".into()));
        assert_eq!(source_label("linkedin"), Some("linkedin".into()));
        assert_eq!(source_label("<script>"), Some("script".into()));
        assert_eq!(source_label("   "), None);
        assert_eq!(source_label(&"x".repeat(90)).map(|s| s.len()), Some(40));
    }
}

//! A vacancy's lifecycle: draft → published → closed, and when it takes applications.

use crate::language::Lang;
use crate::validation::problem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a vacancy is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VacancyStatus {
    /// Being written; only the organisation sees it.
    Draft,
    /// On the job board.
    Published,
    /// Off the board; takes no applications. Terminal.
    Closed,
}

impl VacancyStatus {
    /// The status's name.
    pub fn as_str(self) -> &'static str {
        match self {
            VacancyStatus::Draft => "draft",
            VacancyStatus::Published => "published",
            VacancyStatus::Closed => "closed",
        }
    }

    /// The status of a name.
    pub fn parse(name: &str) -> Option<Self> {
        [VacancyStatus::Draft, VacancyStatus::Published, VacancyStatus::Closed]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// Why a status change is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum StatusError {
    /// Only draft → published → closed (and draft → closed).
    #[error("a {from} vacancy cannot become {to}")]
    NotAllowed {
        /// The current status.
        from: &'static str,
        /// The requested one.
        to: &'static str,
    },
    /// A vacancy is published only while its closing date is still ahead.
    #[error("the closing date {0} has passed; set a later one before publishing")]
    ClosingDatePassed(NaiveDate),
}

/// The status after asking for `to`, given the closing date and today.
pub fn change_status(
    from: VacancyStatus,
    to: VacancyStatus,
    closes_on: NaiveDate,
    today: NaiveDate,
) -> Result<VacancyStatus, StatusError> {
    use VacancyStatus::{Closed, Draft, Published};
    match (from, to) {
        (Draft, Published) if closes_on < today => Err(StatusError::ClosingDatePassed(closes_on)),
        (Draft, Published) | (Draft | Published, Closed) => Ok(to),
        _ => Err(StatusError::NotAllowed { from: from.as_str(), to: to.as_str() }),
    }
}

/// Whether a vacancy takes applications today.
pub fn is_open(status: VacancyStatus, opens_on: NaiveDate, closes_on: NaiveDate, today: NaiveDate) -> bool {
    status == VacancyStatus::Published && opens_on <= today && today <= closes_on
}

/// Where the work happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// At the location.
    OnSite,
    /// Partly at the location.
    Hybrid,
    /// Anywhere within the allowed countries.
    Remote,
}

/// A monthly stipend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stipend {
    /// The amount per month in cents.
    pub monthly_cents: i64,
    /// ISO 4217 currency code, e.g. `EUR`.
    pub currency: String,
}

/// A vacancy's words in one more language: what the job board shows a reader of that language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VacancyText {
    /// The language these words are in.
    pub language: Lang,
    /// The title.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// What the intern will do.
    #[serde(default)]
    pub responsibilities: Vec<String>,
}

/// Everything an organisation writes about a vacancy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VacancyDraft {
    /// The language the title, description and responsibilities are written in.
    pub language: Lang,
    /// The title.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// What the intern will do.
    pub responsibilities: Vec<String>,
    /// The same words in other languages (at most one version per language).
    pub translations: Vec<VacancyText>,
    /// Skills every applicant must have (a hard rule).
    pub required_skills: Vec<String>,
    /// Preferred skills, fields and languages (the match score).
    pub preferences: crate::eligibility::Preferences,
    /// Other hard rules.
    pub rules: Vec<crate::eligibility::Rule>,
    /// City or address; required unless remote.
    pub location: Option<String>,
    /// On site, hybrid or remote.
    pub work_mode: WorkMode,
    /// For remote work: the countries applicants may live in.
    pub remote_countries: Vec<crate::eligibility::CountryCode>,
    /// Hours per week.
    pub hours_per_week: u32,
    /// The stipend, if any.
    pub stipend: Option<Stipend>,
    /// How many interns are taken.
    pub positions: u32,
    /// The first day applications are taken.
    pub opens_on: NaiveDate,
    /// The last day applications are taken.
    pub closes_on: NaiveDate,
}

impl VacancyDraft {
    /// The languages the vacancy is written in, its own first.
    pub fn languages(&self) -> Vec<Lang> {
        std::iter::once(self.language).chain(self.translations.iter().map(|t| t.language)).collect()
    }

    /// Makes the draft what a reader of `lang` sees: the version in their language where there
    /// is one, else the vacancy's own; no other versions left.
    pub fn read_in(&mut self, lang: Lang) {
        if let Some(at) = self.translations.iter().position(|t| t.language == lang && lang != self.language) {
            let text = self.translations.swap_remove(at);
            self.language = text.language;
            self.title = text.title;
            self.description = text.description;
            self.responsibilities = text.responsibilities;
        }
        self.translations.clear();
    }

    /// Every rule an application is held to: the declared ones and the required skills.
    pub fn hard_rules(&self) -> Vec<crate::eligibility::Rule> {
        let mut rules = self.rules.clone();
        if !self.required_skills.is_empty() {
            rules.push(crate::eligibility::Rule::RequiredSkills { all_of: self.required_skills.clone() });
        }
        rules
    }

    /// Every problem with the draft, by field.
    pub fn problems(&self) -> Vec<crate::validation::FieldError> {
        let mut v = crate::validation::Validator::new();
        let text = |raw: &str, max: usize| -> Result<(), crate::phrase::Phrase> {
            if raw.trim().is_empty() {
                Err(problem::required())
            } else if raw.chars().count() > max {
                Err(problem::too_long(max))
            } else {
                Ok(())
            }
        };
        v.check("title", text(&self.title, 120));
        v.check("description", text(&self.description, 20_000));
        let mut seen = vec![self.language];
        for (i, version) in self.translations.iter().enumerate() {
            if seen.contains(&version.language) {
                v.fail(&format!("translations[{i}].language"), problem::of("one-version-per-language"));
            }
            seen.push(version.language);
            v.check(&format!("translations[{i}].title"), text(&version.title, 120));
            v.check(&format!("translations[{i}].description"), text(&version.description, 20_000));
            if version.responsibilities.len() > 50
                || version.responsibilities.iter().any(|item| text(item, 200).is_err())
            {
                v.fail(&format!("translations[{i}].responsibilities"), problem::entries(50, 200));
            }
        }
        if self.location.as_deref().is_none_or(|l| l.trim().is_empty()) && self.work_mode != WorkMode::Remote
        {
            v.fail("location", problem::of("location-unless-remote"));
        }
        if self.work_mode == WorkMode::Remote && self.remote_countries.is_empty() {
            v.fail("remote_countries", problem::of("remote-countries"));
        }
        if !(1..=60).contains(&self.hours_per_week) {
            v.fail("hours_per_week", problem::between(1, 60));
        }
        if !(1..=1000).contains(&self.positions) {
            v.fail("positions", problem::between(1, 1_000));
        }
        if self.closes_on < self.opens_on {
            v.fail("closes_on", problem::of("not-before-opening"));
        }
        if let Some(stipend) = &self.stipend {
            if stipend.monthly_cents <= 0 {
                v.fail("stipend.monthly_cents", problem::of("positive"));
            }
            if stipend.currency.len() != 3 || !stipend.currency.chars().all(|c| c.is_ascii_uppercase()) {
                v.fail("stipend.currency", problem::of("currency"));
            }
        }
        let lists = [
            ("responsibilities", &self.responsibilities),
            ("required_skills", &self.required_skills),
            ("preferences.skills", &self.preferences.skills),
            ("preferences.fields", &self.preferences.fields),
            ("preferences.languages", &self.preferences.languages),
        ];
        for (field, items) in lists {
            if items.len() > 50 || items.iter().any(|item| text(item, 200).is_err()) {
                v.fail(field, problem::entries(50, 200));
            }
        }
        let mut knockout_ids = std::collections::BTreeSet::new();
        for rule in &self.rules {
            if let crate::eligibility::Rule::Knockout { id, question, .. } = rule
                && (id.trim().is_empty() || question.trim().is_empty() || !knockout_ids.insert(id.as_str()))
            {
                v.fail("rules", problem::of("knockout"));
            }
            if let crate::eligibility::Rule::Knockout { question, .. } = rule
                && let Some(forbidden) = crate::privacy::asks_for(question)
            {
                let refused = problem::of("forbidden-question").text("question", question.clone());
                v.fail("rules", refused.choice("what", forbidden.as_str()));
            }
        }
        v.finish().err().unwrap_or_default()
    }
}

impl crate::phrase::Said for StatusError {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            StatusError::NotAllowed { from, to } => {
                crate::phrase::Phrase::new("refusal-vacancy-status").choice("from", from).choice("to", to)
            }
            StatusError::ClosingDatePassed(day) => {
                crate::phrase::Phrase::new("refusal-closing-date-passed").date("closes", *day)
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use VacancyStatus::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_lifecycle_goes_one_way() {
        let today = d("2026-11-23");
        assert_eq!(change_status(Draft, Published, d("2027-01-31"), today), Ok(Published));
        assert_eq!(change_status(Published, Closed, d("2027-01-31"), today), Ok(Closed));
        assert_eq!(change_status(Draft, Closed, d("2027-01-31"), today), Ok(Closed));
        assert_eq!(
            change_status(Closed, Published, d("2027-01-31"), today),
            Err(StatusError::NotAllowed { from: "closed", to: "published" })
        );
        assert!(change_status(Published, Draft, d("2027-01-31"), today).is_err());
        assert_eq!(
            change_status(Draft, Published, d("2026-11-22"), today),
            Err(StatusError::ClosingDatePassed(d("2026-11-22")))
        );
    }

    #[test]
    fn open_between_its_dates_while_published() {
        let (opens, closes) = (d("2026-11-01"), d("2026-12-31"));
        assert!(is_open(Published, opens, closes, d("2026-11-01")));
        assert!(is_open(Published, opens, closes, d("2026-12-31")));
        assert!(!is_open(Published, opens, closes, d("2027-01-01")));
        assert!(!is_open(Published, opens, closes, d("2026-10-31")));
        assert!(!is_open(Draft, opens, closes, d("2026-11-15")));
        assert!(!is_open(Closed, opens, closes, d("2026-11-15")));
    }

    fn draft() -> VacancyDraft {
        VacancyDraft {
            language: Lang::En,
            title: "Backend intern".into(),
            description: "Build **payments** APIs.".into(),
            responsibilities: vec!["Write Rust services".into()],
            translations: vec![],
            required_skills: vec!["Python".into()],
            preferences: crate::eligibility::Preferences::default(),
            rules: vec![],
            location: Some("Amsterdam".into()),
            work_mode: WorkMode::Hybrid,
            remote_countries: vec![],
            hours_per_week: 40,
            stipend: Some(Stipend { monthly_cents: 60_000, currency: "EUR".into() }),
            positions: 3,
            opens_on: d("2026-11-01"),
            closes_on: d("2027-01-31"),
        }
    }

    #[test]
    fn a_sound_vacancy_has_no_problems_and_requires_its_skills() {
        assert!(draft().problems().is_empty());
        assert_eq!(
            draft().hard_rules(),
            vec![crate::eligibility::Rule::RequiredSkills { all_of: vec!["Python".into()] }]
        );
    }

    #[test]
    fn knockout_questions_never_ask_for_a_bsn_an_id_copy_or_health_data() {
        let mut draft = draft();
        draft.rules.push(crate::eligibility::Rule::Knockout {
            id: "bsn".into(),
            question: "Please give us your BSN".into(),
            required_answer: true,
        });
        let problems = draft.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].problem.key, "problem-forbidden-question");
        assert_eq!(problems[0].problem.facts["what"], crate::phrase::Fact::Choice("bsn".into()));
    }

    #[test]
    fn problems_name_their_fields() {
        let remote_nowhere = VacancyDraft { work_mode: WorkMode::Remote, location: None, ..draft() };
        assert_eq!(remote_nowhere.problems()[0].field, "remote_countries");
        let bad = VacancyDraft {
            title: "".into(),
            location: None,
            hours_per_week: 0,
            closes_on: d("2026-10-01"),
            stipend: Some(Stipend { monthly_cents: 0, currency: "euro".into() }),
            required_skills: vec![" ".into()],
            ..draft()
        };
        let fields: Vec<String> = bad.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "title",
                "location",
                "hours_per_week",
                "closes_on",
                "stipend.monthly_cents",
                "stipend.currency",
                "required_skills"
            ]
        );
    }

    fn dutch() -> VacancyText {
        VacancyText {
            language: Lang::Nl,
            title: "Stagiair backend".into(),
            description: "Bouw **betaal**-API's.".into(),
            responsibilities: vec!["Rust-services schrijven".into()],
        }
    }

    #[test]
    fn a_reader_gets_their_language_and_else_the_vacancys_own() {
        let both = VacancyDraft { translations: vec![dutch()], ..draft() };
        assert_eq!(both.languages(), vec![Lang::En, Lang::Nl]);
        let read = |mut draft: VacancyDraft, lang| {
            draft.read_in(lang);
            draft
        };
        let dutch_reader = read(both.clone(), Lang::Nl);
        assert_eq!((dutch_reader.language, dutch_reader.title.as_str()), (Lang::Nl, "Stagiair backend"));
        assert_eq!(dutch_reader.responsibilities, vec!["Rust-services schrijven".to_owned()]);
        assert!(dutch_reader.translations.is_empty());
        let english_reader = read(both, Lang::En);
        assert_eq!((english_reader.language, english_reader.title.as_str()), (Lang::En, "Backend intern"));
        let only_english = read(draft(), Lang::Nl);
        assert_eq!((only_english.language, only_english.title.as_str()), (Lang::En, "Backend intern"));
    }

    #[test]
    fn one_version_per_language_each_complete() {
        let twice = VacancyDraft { translations: vec![dutch(), dutch()], ..draft() };
        let fields: Vec<String> = twice.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["translations[1].language"]);
        let own = VacancyText { language: Lang::En, ..dutch() };
        let empty = VacancyText { title: " ".into(), ..dutch() };
        let fields: Vec<String> = VacancyDraft { translations: vec![own, empty], ..draft() }
            .problems()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, vec!["translations[0].language", "translations[1].title"]);
    }
}

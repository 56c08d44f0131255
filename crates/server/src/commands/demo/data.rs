//! The demo's people and organisations: names, institutions, skills, two organisations with their programmes and vacancies.

use anyhow::{Context as _, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use cohort_domain::eligibility::{CountryCode, Preferences, Rule};
use cohort_domain::language::Lang;
use cohort_domain::program::{Component, ProgramDraft, StructureItem};
use cohort_domain::vacancy::{Stipend, VacancyDraft, VacancyText, WorkMode};

/// Everyone's password in the demo.
pub const DEMO_PASSWORD: &str = "cohort demo 2026";
pub(super) const CANDIDATES: usize = 300;
pub(super) const ROLES: [&str; 4] = ["admin", "recruiter", "interviewer", "mentor"];

/// A small deterministic generator: the demo is the same every time.
pub(super) struct Dice(pub(super) u64);

impl Dice {
    pub(super) fn roll(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % u64::try_from(below.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.roll(items.len())]
    }
}

pub(super) const FIRST: [&str; 24] = [
    "Ada", "Bram", "Chloë", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilias", "Julia", "Kees", "Lotte",
    "Mehmet", "Noor", "Oscar", "Priya", "Quinten", "Roos", "Sem", "Tess", "Umar", "Vera", "Wout", "Yara",
];
pub(super) const LAST: [&str; 20] = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Yilmaz",
    "El Amrani",
    "Kowalski",
    "Nguyen",
    "Sharma",
    "Dekker",
    "Brouwer",
];
pub(super) const INSTITUTIONS: [&str; 10] = [
    "TU Delft",
    "University of Amsterdam",
    "Vrije Universiteit Amsterdam",
    "Eindhoven University of Technology",
    "University of Twente",
    "Leiden University",
    "Utrecht University",
    "University of Groningen",
    "Radboud University",
    "Erasmus University Rotterdam",
];
pub(super) const FIELDS: [&str; 5] = [
    "Computer Science",
    "Software Engineering",
    "Electrical Engineering",
    "Computer Science and Engineering",
    "Data Science and Engineering",
];
pub(super) const SKILLS: [&str; 12] = [
    "Python",
    "Java",
    "TypeScript",
    "C#",
    "SQL",
    "Go",
    "Rust",
    "React",
    "Docker",
    "Kubernetes",
    "Kotlin",
    "Git",
];

pub(super) struct DemoOrg {
    pub(super) slug: &'static str,
    pub(super) name: &'static str,
    pub(super) program: ProgramDraft,
    pub(super) vacancies: Vec<VacancyDraft>,
}

pub(super) fn date(s: &str) -> anyhow::Result<NaiveDate> {
    s.parse().with_context(|| format!("demo date {s}"))
}

/// The demo vacancies' Dutch versions, by their English titles.
const DUTCH: &[(&str, &str, &str)] = &[
    (
        "Backend Engineering Intern (Python)",
        "Stagiair backend engineering (Python)",
        "Kom bij het **platformteam** en bouw de API's achter de sites van onze klanten: FastAPI, PostgreSQL, queues.",
    ),
    (
        "Full-stack Intern (TypeScript)",
        "Stagiair full-stack (TypeScript)",
        "Lever features van begin tot eind op in **TypeScript**: React-front-ends, Node-services.",
    ),
    (
        "Cloud & DevOps Intern",
        "Stagiair cloud & DevOps",
        "Automatiseer onze infrastructuur: Kubernetes, Terraform, CI-pipelines. Volledig op afstand binnen Nederland.",
    ),
    (
        "Software Engineering Intern (Java)",
        "Stagiair software engineering (Java)",
        "Werk aan betaaldiensten in **Java** en Kotlin, met de nadruk op betrouwbaarheid.",
    ),
    (
        "Security Engineering Intern (C#)",
        "Stagiair security engineering (C#)",
        "Help ons red team interne tools te testen die in **C#** en .NET zijn gebouwd.",
    ),
];

pub(super) fn orgs() -> anyhow::Result<Vec<DemoOrg>> {
    let today = Utc::now().date_naive();
    let (opens_on, closes_on) = (today - Duration::days(14), today + Duration::days(75));
    let nl = CountryCode::parse("NL").map_err(|e| anyhow!("{e}"))?;
    let dutch = Rule::EnrolledInCountry { country: nl.clone() };
    let cs_or_engineering =
        Rule::FieldOfStudy { any_of: vec!["Computer Science".into(), "Engineering".into()] };
    let vacancy = |title: &str,
                   description: &str,
                   required: &[&str],
                   preferred: &[&str],
                   rules: Vec<Rule>,
                   mode: WorkMode,
                   location: Option<&str>,
                   stipend: i64,
                   positions: u32| VacancyDraft {
        language: Lang::En,
        title: title.into(),
        description: description.into(),
        responsibilities: vec![
            "Build and ship features with your team, from design to production".into(),
            "Present your work in the fortnightly demo".into(),
            "Pair with your mentor and review each other's code".into(),
        ],
        translations: DUTCH
            .iter()
            .filter(|(english, _, _)| *english == title)
            .map(|(_, title, description)| VacancyText {
                language: Lang::Nl,
                title: (*title).into(),
                description: (*description).into(),
                responsibilities: vec![
                    "Met je team features bouwen en opleveren, van ontwerp tot productie".into(),
                    "Je werk laten zien in de tweewekelijkse demo".into(),
                    "Samen programmeren met je mentor en elkaars code reviewen".into(),
                ],
            })
            .collect(),
        required_skills: required.iter().map(|s| (*s).to_owned()).collect(),
        preferences: Preferences {
            skills: preferred.iter().map(|s| (*s).to_owned()).collect(),
            fields: vec!["Computer Science".into()],
            languages: vec!["Dutch".into(), "English".into()],
        },
        rules,
        location: location.map(str::to_owned),
        work_mode: mode,
        remote_countries: if mode == WorkMode::Remote { vec![nl.clone()] } else { vec![] },
        hours_per_week: 32,
        stipend: Some(Stipend { monthly_cents: stipend, currency: "EUR".into() }),
        positions,
        opens_on,
        closes_on,
    };
    let structure = |items: &[(Component, &str)]| {
        items
            .iter()
            .map(|(component, description)| StructureItem {
                component: *component,
                description: (*description).to_owned(),
            })
            .collect()
    };
    Ok(vec![
        DemoOrg {
            slug: "pixelhaven",
            name: "Pixelhaven Digital",
            program: ProgramDraft {
                name: "Backend Talent Programme 2027".into(),
                description:
                    "Six months in our Amsterdam studio building the platforms behind 40 client sites.".into(),
                starts_on: date("2027-02-01")?,
                ends_on: date("2027-07-31")?,
                location: Some("Amsterdam".into()),
                remote: false,
                capacity: 8,
                structure: structure(&[
                    (
                        Component::Induction,
                        "A week of induction training: our stack, our clients, our way of working.",
                    ),
                    (Component::Mentorship, "A dedicated senior engineer as your mentor, weekly 1-on-1s."),
                    (Component::Workshops, "Hands-on workshops: API design, testing, observability."),
                    (Component::Training, "Continuous training, from cybersecurity to presentation skills."),
                    (Component::Shadowing, "Shadow the design and DevOps teams for a day each."),
                ]),
            },
            vacancies: vec![
                vacancy(
                    "Backend Engineering Intern (Python)",
                    "Join the **platform team** and build the APIs behind our client sites: FastAPI, PostgreSQL, queues.",
                    &["Python"],
                    &["SQL", "Docker"],
                    vec![dutch.clone(), cs_or_engineering.clone()],
                    WorkMode::Hybrid,
                    Some("Amsterdam"),
                    80_000,
                    3,
                ),
                vacancy(
                    "Full-stack Intern (TypeScript)",
                    "Ship features end to end in **TypeScript**: React front ends, Node services.",
                    &["TypeScript"],
                    &["React", "SQL"],
                    vec![dutch.clone()],
                    WorkMode::OnSite,
                    Some("Amsterdam"),
                    80_000,
                    2,
                ),
                vacancy(
                    "Cloud & DevOps Intern",
                    "Automate our infrastructure: Kubernetes, Terraform, CI pipelines. Fully remote within the Netherlands.",
                    &["Python"],
                    &["Kubernetes", "Docker", "Go"],
                    vec![dutch.clone(), cs_or_engineering.clone()],
                    WorkMode::Remote,
                    None,
                    75_000,
                    1,
                ),
            ],
        },
        DemoOrg {
            slug: "noordbank",
            name: "Noord Bank",
            program: ProgramDraft {
                name: "Summer Internship 2027".into(),
                description: "Ten weeks in Utrecht on the systems that move money for two million customers."
                    .into(),
                starts_on: date("2027-06-14")?,
                ends_on: date("2027-08-20")?,
                location: Some("Utrecht".into()),
                remote: false,
                capacity: 12,
                structure: structure(&[
                    (Component::Induction, "Induction training, including security and compliance basics."),
                    (Component::Mentorship, "A mentor from your own team."),
                    (Component::Networking, "Lunches with engineers across the bank."),
                    (Component::Training, "Cybersecurity awareness and presentation skills."),
                ]),
            },
            vacancies: vec![
                vacancy(
                    "Software Engineering Intern (Java)",
                    "Work on payment services in **Java** and Kotlin, with a focus on reliability.",
                    &["Java"],
                    &["Kotlin", "SQL"],
                    vec![
                        dutch.clone(),
                        cs_or_engineering.clone(),
                        Rule::WorkAuthorisation { country: nl.clone() },
                    ],
                    WorkMode::Hybrid,
                    Some("Utrecht"),
                    90_000,
                    6,
                ),
                vacancy(
                    "Security Engineering Intern (C#)",
                    "Help our red team test internal tools built in **C#** and .NET.",
                    &["C#"],
                    &["Python"],
                    vec![
                        dutch,
                        Rule::Knockout {
                            id: "screening".into(),
                            question: "Do you agree to a background screening?".into(),
                            required_answer: true,
                        },
                    ],
                    WorkMode::OnSite,
                    Some("Utrecht"),
                    90_000,
                    2,
                ),
            ],
        },
    ])
}

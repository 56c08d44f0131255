//! `cohort demo`: two organisations, their programmes and vacancies, and about 300 candidates
//! spread over every stage, loaded through the same services as the API. Safe to run twice;
//! refuses a database that holds other data unless forced.

use crate::config::Config;
use crate::services::applications::ApplyInput;
use crate::services::members::FirstPassword;
use crate::services::{self, ServiceError};
use anyhow::{Context as _, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use cohort_domain::candidate::{CandidateProfile, PRIVACY_NOTICE_VERSION};
use cohort_domain::eligibility::{CountryCode, Period, Preferences, Rule};
use cohort_domain::identity::{EmailAddress, Password, PersonName};
use cohort_domain::pipeline::{Move, Position, Status, transition};
use cohort_domain::program::{Component, ProgramDraft, StructureItem};
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::{Stipend, VacancyDraft, VacancyStatus, WorkMode};
use cohort_store::Store;
use cohort_store::applications::Moved;
use cohort_store::audit::{Actor, Context};
use cohort_store::blobs::BlobStore;
use cohort_store::users::NewUser;
use cohort_store::vacancies::Vacancy;
use indicatif::{ProgressBar, ProgressStyle};

/// Everyone's password in the demo.
pub const DEMO_PASSWORD: &str = "cohort demo 2026";
const CANDIDATES: usize = 300;
const ROLES: [&str; 4] = ["admin", "recruiter", "interviewer", "mentor"];

/// A small deterministic generator: the demo is the same every time.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % u64::try_from(below.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.roll(items.len())]
    }
}

const FIRST: [&str; 24] = [
    "Ada", "Bram", "Chloë", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilias", "Julia", "Kees", "Lotte",
    "Mehmet", "Noor", "Oscar", "Priya", "Quinten", "Roos", "Sem", "Tess", "Umar", "Vera", "Wout", "Yara",
];
const LAST: [&str; 20] = [
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
const INSTITUTIONS: [&str; 10] = [
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
const FIELDS: [&str; 5] = [
    "Computer Science",
    "Software Engineering",
    "Electrical Engineering",
    "Computer Science and Engineering",
    "Data Science and Engineering",
];
const SKILLS: [&str; 12] = [
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

struct DemoOrg {
    slug: &'static str,
    name: &'static str,
    program: ProgramDraft,
    vacancies: Vec<VacancyDraft>,
}

fn date(s: &str) -> anyhow::Result<NaiveDate> {
    s.parse().with_context(|| format!("demo date {s}"))
}

fn orgs() -> anyhow::Result<Vec<DemoOrg>> {
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
        title: title.into(),
        description: description.into(),
        responsibilities: vec![
            "Build and ship features with your team, from design to production".into(),
            "Present your work in the fortnightly demo".into(),
            "Pair with your mentor and review each other's code".into(),
        ],
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

/// Loads the demo and prints the logins.
pub async fn run(config: Config, force: bool) -> anyhow::Result<()> {
    let store = super::open_store(&config).await?;
    let outcome = load(&store, &config, force).await;
    store.close().await;
    outcome
}

async fn load(store: &Store, config: &Config, force: bool) -> anyhow::Result<()> {
    let operator = Context::operator();
    let demo = orgs()?;
    if store.org_by_slug(demo[0].slug).await?.is_some() {
        println!("The demo is already loaded.");
        print_logins(config, &demo);
        return Ok(());
    }
    if store.has_orgs().await? && !force {
        anyhow::bail!(
            "this database already holds organisations; load the demo into a fresh data directory \
             (--data-dir), or pass --force to add it anyway"
        );
    }
    let password = Password::parse(DEMO_PASSWORD, None).map_err(|e| anyhow!("{e}"))?;
    let password_hash = crate::auth::passwords::hash(&password).await?;
    let mut vacancies: Vec<(Vacancy, cohort_store::programs::Program, Context)> = Vec::new();
    let mut programs = Vec::new();
    for org in &demo {
        let created =
            services::orgs::create(store, &operator, org.slug, org.name).await.map_err(|e| anyhow!("{e}"))?;
        let mut recruiter = None;
        let mut people = std::collections::HashMap::new();
        for role in ROLES {
            let email = format!("{role}@{}.demo", org.slug);
            let added = services::members::add(
                store,
                &operator,
                created.id,
                &email,
                None,
                role,
                FirstPassword::Chosen(DEMO_PASSWORD.into()),
            )
            .await
            .map_err(|e| anyhow!("{e}"))?;
            people.insert(role, added.added.member.user.id);
            if role == "recruiter" {
                let user = added.added.member.user;
                recruiter = Some(operator.as_actor(Actor::User { id: user.id, email: user.email }));
            }
        }
        let recruiter = recruiter.ok_or_else(|| anyhow!("no recruiter"))?;
        let program = store.create_program(&recruiter, created.id, org.program.clone()).await?;
        for draft in &org.vacancies {
            let vacancy =
                services::vacancies::create(store, &recruiter, created.id, program.id, draft.clone())
                    .await
                    .map_err(|e| anyhow!("{e}"))?;
            let vacancy = services::vacancies::change_status(
                store,
                &recruiter,
                created.id,
                vacancy.id,
                vacancy.version,
                VacancyStatus::Published,
            )
            .await
            .map_err(|e| anyhow!("{e}"))?;
            vacancies.push((vacancy, program.clone(), recruiter.clone()));
        }
        internship_setup(store, &recruiter, created.id, &program, &people).await?;
        let interviewer = people.get("interviewer").copied().ok_or_else(|| anyhow!("no interviewer"))?;
        programs.push((created.id, program.id, recruiter.clone(), interviewer));
    }

    let progress = ProgressBar::new(u64::try_from(CANDIDATES).unwrap_or(0));
    progress.set_style(
        ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} candidates").map_err(|e| anyhow!("{e}"))?,
    );
    progress.set_message("Loading the demo");
    let blobs = BlobStore::new(config.data_dir.join("blobs"));
    let mut dice = Dice(0x00C0_4087_2026);
    for n in 1..=CANDIDATES {
        let (vacancy, program, recruiter) = &vacancies[dice.roll(vacancies.len())];
        let name = format!("{} {}", dice.pick(&FIRST), dice.pick(&LAST));
        let email = format!("student{n:03}@students.demo");
        let user = store
            .register_user(
                &operator,
                NewUser {
                    email: EmailAddress::parse(&email).map_err(|e| anyhow!("{e}"))?,
                    name: PersonName::parse(&name).map_err(|e| anyhow!("{e}"))?,
                    password_hash: password_hash.clone(),
                    must_change_password: false,
                },
            )
            .await?;
        let mut skills: Vec<String> = vacancy.draft.required_skills.clone();
        for _ in 0..3 {
            let skill = dice.pick(&SKILLS).to_owned();
            if !skills.contains(&skill) {
                skills.push(skill);
            }
        }
        let enrollment_start = date(["2023-09-01", "2024-09-01", "2025-09-01"][dice.roll(3)])?;
        let profile = CandidateProfile {
            name,
            institution: Some(dice.pick(&INSTITUTIONS).to_owned()),
            institution_country: CountryCode::parse("NL").ok(),
            field_of_study: Some(dice.pick(&FIELDS).to_owned()),
            enrollment: Period::new(enrollment_start, date("2028-08-31")?),
            graduation: Some(date("2028-07-15")?),
            skills,
            languages: if dice.roll(3) == 0 {
                vec!["English".into()]
            } else {
                vec!["Dutch".into(), "English".into()]
            },
            work_authorisation: CountryCode::parse("NL").ok().into_iter().collect(),
            github: Some(format!("student{n:03}")),
            ..CandidateProfile::default()
        };
        store.save_profile(user.id, profile).await?;
        let candidate = operator.as_actor(Actor::User { id: user.id, email: user.email.clone() });
        let answers = vacancy
            .draft
            .rules
            .iter()
            .filter_map(|rule| match rule {
                Rule::Knockout { id, required_answer, .. } => Some((id.clone(), *required_answer)),
                _ => None,
            })
            .collect();
        let input = ApplyInput {
            cover_letter:
                "I would love to learn how you build software at scale, and to show what I built myself."
                    .into(),
            answers,
            privacy_notice_version: Some(PRIVACY_NOTICE_VERSION.into()),
            cv: None,
            resume: None,
            // Most find the board themselves; some come from a campaign or a fair.
            source: ["job_board", "job_board", "linkedin", "tu_delft_career_fair", "referral"][n % 5].into(),
        };
        let application =
            services::applications::apply(store, &blobs, &candidate, &user, vacancy, program, input, None)
                .await
                .map_err(|e| anyhow!("{e}"))?;
        progress_through_stages(store, &mut dice, recruiter, &candidate, vacancy, application).await?;
        progress.inc(1);
    }
    progress.finish_and_clear();
    // Candidates at the HR chat and the interviews have booked their calls with the interviewer.
    for (org_id, _, recruiter, interviewer) in &programs {
        book_interviews(store, recruiter, *org_id, *interviewer).await?;
    }
    // The hired interns get their mentors: the optimal matching, published.
    for (org_id, program_id, recruiter, _) in &programs {
        let run = services::internship::propose_matching(
            store,
            recruiter,
            *org_id,
            *program_id,
            cohort_domain::matching::Constraints { not_own_team_lead: true },
        )
        .await
        .map_err(|e| anyhow!("{e}"))?;
        if !run.pairs.is_empty() {
            store.publish_matching_run(recruiter, *org_id, run.id, run.version).await?;
        }
    }
    println!(
        "Demo loaded: {} organisations, {} vacancies, {CANDIDATES} candidates spread over every stage.",
        demo.len(),
        vacancies.len()
    );
    print_logins(config, &demo);
    Ok(())
}

/// Moves a fresh application to a stage drawn for it: most stay early, some are hired, some
/// rejected or withdrawn on the way, as in a real funnel.
async fn progress_through_stages(
    store: &Store,
    dice: &mut Dice,
    recruiter: &Context,
    candidate: &Context,
    vacancy: &Vacancy,
    mut application: cohort_store::applications::Application,
) -> anyhow::Result<()> {
    let draw = dice.roll(100);
    let (advances, ending) = match draw {
        0..35 => (0, None),
        35..50 => (1, None),
        50..62 => (2, None),
        62..70 => (3, None),
        70..75 => (4, None),
        75..80 => (4, Some(Move::Hire)),
        80..95 => {
            (dice.roll(4), Some(Move::Reject { reason: "Another candidate was a better match".into() }))
        }
        _ => (dice.roll(3), Some(Move::Withdraw)),
    };
    let moves = std::iter::repeat_n(Move::Advance, advances).chain(ending);
    for requested in moves {
        if requested == Move::Withdraw {
            let from = Position { stage: application.stage.clone(), status: application.status };
            let to = transition(
                &vacancy.pipeline,
                &from,
                &Move::Withdraw,
                cohort_domain::pipeline::Actor::Candidate,
                &[],
            )
            .map_err(|e| anyhow!("{e}"))?;
            application = store
                .move_application(
                    candidate,
                    application.org_id,
                    application.id,
                    application.version,
                    Moved { from, to, reason: None },
                )
                .await?;
        } else {
            let hire = requested == Move::Hire;
            if hire {
                match hire_with_offer(store, recruiter, candidate, vacancy, &application).await {
                    Ok(()) => break,
                    // Every position is filled: the candidate waits at the decision.
                    Err(e)
                        if matches!(
                            e.downcast_ref::<cohort_store::StoreError>(),
                            Some(cohort_store::StoreError::Refused(
                                cohort_domain::refusal::Refusal::PositionsFilled(_)
                            ))
                        ) =>
                    {
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            match services::applications::move_application(
                store,
                recruiter,
                application.org_id,
                application.id,
                application.version,
                requested,
            )
            .await
            {
                Ok(moved) => application = moved,
                // Every position is filled: the candidate waits at the decision.
                Err(ServiceError::Refused(Refusal::PositionsFilled(_))) if hire => break,
                Err(e) => return Err(anyhow!("{e}")),
            }
        }
        if application.status != Status::Active {
            break;
        }
    }
    Ok(())
}

/// How many interviews the demo books per organisation (four a working day, the interviewer's cap).
const DEMO_INTERVIEWS: usize = 10;

/// Books interviews for active applications at an HR-chat or interviews stage, oldest first: the
/// interviewer makes themselves available on the coming working days, the recruiter offers four
/// times a day, and each candidate books one; the interviewer has sent the scorecard of every
/// third during the call.
async fn book_interviews(
    store: &Store,
    recruiter: &Context,
    org_id: uuid::Uuid,
    interviewer: uuid::Uuid,
) -> anyhow::Result<()> {
    use cohort_domain::pipeline::StageKind;
    use cohort_domain::scheduling::{Interval, InterviewKind};
    use cohort_domain::scorecard::{Recommendation, Scorecard, default_kit};
    use cohort_store::applications::{ApplicationFilter, ApplicationOrder};
    let filter = ApplicationFilter { status: Some(Status::Active), ..Default::default() };
    let page = cohort_store::PageRequest { limit: 500, after: None };
    let applications = store.org_applications(org_id, &filter, ApplicationOrder::Oldest, page).await?.items;
    let mut vacancies = std::collections::HashMap::new();
    let user = store.users_by_ids(vec![interviewer]).await?.pop().ok_or_else(|| anyhow!("no interviewer"))?;
    let as_interviewer = recruiter.as_actor(Actor::User { id: user.id, email: user.email });
    let mut booked = 0;
    let mut days = (1..)
        .map(|d| Utc::now().date_naive() + Duration::days(d))
        .filter(|d| !matches!(chrono::Datelike::weekday(d), chrono::Weekday::Sat | chrono::Weekday::Sun));
    let mut day = None;
    for application in applications {
        if booked == DEMO_INTERVIEWS {
            break;
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = vacancies.entry(application.vacancy_id) {
            slot.insert(store.vacancy(org_id, application.vacancy_id).await?);
        }
        let Some(Some(vacancy)) = vacancies.get(&application.vacancy_id) else { continue };
        let Some(stage) = vacancy.pipeline.stage(&application.stage) else { continue };
        let kind = match stage.kind {
            StageKind::HrChat => InterviewKind::HrChat,
            StageKind::Interviews => InterviewKind::Presentation,
            _ => continue,
        };
        if booked % 4 == 0 {
            let next = days.next().ok_or_else(|| anyhow!("no working day"))?;
            let nine = next.and_hms_opt(9, 0, 0).ok_or_else(|| anyhow!("no 09:00"))?.and_utc();
            store.add_availability(recruiter, org_id, interviewer, Interval::starting(nine, 8 * 60)).await?;
            day = Some(nine);
        }
        let nine = day.ok_or_else(|| anyhow!("no day"))?;
        let start = nine + Duration::hours(2 * i64::try_from(booked % 4)?);
        let request = services::interviews::InterviewRequest {
            stage: stage.key.clone(),
            kind,
            minutes: if kind == InterviewKind::HrChat { 30 } else { 60 },
            location: None,
            video_url: Some(format!("https://meet.example/{}", &application.id.simple().to_string()[20..])),
            panel: vec![interviewer],
            slots: vec![start],
        };
        let interview = services::interviews::offer(store, recruiter, org_id, application.id, request)
            .await
            .map_err(|e| anyhow!("{e}"))?;
        let candidate = store
            .users_by_ids(vec![application.candidate_id])
            .await?
            .pop()
            .ok_or_else(|| anyhow!("the candidate is gone"))?;
        let as_candidate = recruiter.as_actor(Actor::User { id: candidate.id, email: candidate.email });
        let side = cohort_store::interviews::Side::Candidate(candidate.id);
        store.book_interview(&as_candidate, side, interview.id, start, None).await?;
        if booked % 3 == 0 {
            let kit = match store.interview_kit(vacancy.id, &stage.key).await? {
                Some(kit) => kit,
                None => default_kit(stage.kind),
            };
            let card = Scorecard {
                ratings: kit.into_iter().map(|attribute| (attribute, 3)).collect(),
                recommendation: Recommendation::Yes,
                notes: "Explained their project clearly; curious about how we test.".into(),
            };
            store
                .submit_scorecard(&as_interviewer, org_id, interview.id, application.id, interviewer, card)
                .await?;
        }
        booked += 1;
    }
    Ok(())
}

/// Decides to offer, sends the offer and lets the candidate accept it: they become an intern
/// with an onboarding checklist, as through the API.
async fn hire_with_offer(
    store: &Store,
    recruiter: &Context,
    candidate: &Context,
    vacancy: &Vacancy,
    application: &cohort_store::applications::Application,
) -> anyhow::Result<()> {
    use cohort_domain::offer::{OfferMove, Outcome, Terms};
    use cohort_store::offers::OfferSide;
    let program = store
        .program(application.org_id, vacancy.program_id)
        .await?
        .ok_or_else(|| anyhow!("the vacancy's programme is gone"))?;
    let rationale = "Convincing presentation and a well-tested case study.".to_owned();
    store
        .record_decision(
            recruiter,
            application.org_id,
            application.id,
            application.version,
            (Outcome::Offer, rationale),
            None,
        )
        .await?;
    let terms = Terms {
        starts_on: program.draft.starts_on,
        ends_on: program.draft.ends_on,
        hours_per_week: vacancy.draft.hours_per_week,
        stipend: vacancy.draft.stipend.clone(),
        location: vacancy.draft.location.clone().unwrap_or_else(|| "Remote".into()),
        team: "Platform".into(),
    };
    let ids = (application.id, application.vacancy_id, application.candidate_id);
    let offer =
        store.draft_offer(recruiter, application.org_id, ids, terms, Utc::now() + Duration::days(14)).await?;
    let side = OfferSide::Org { org_id: application.org_id, expected_version: offer.version };
    store.act_on_offer(recruiter, side, offer.id, OfferMove::Send, None).await?;
    store
        .act_on_offer(
            candidate,
            OfferSide::Candidate(application.candidate_id),
            offer.id,
            OfferMove::Accept,
            None,
        )
        .await?;
    Ok(())
}

/// Two teams, the mentor's profile, and a mandatory security training and a presentation
/// workshop with sessions: what a programme's interns meet after their offer.
async fn internship_setup(
    store: &Store,
    recruiter: &Context,
    org_id: uuid::Uuid,
    program: &cohort_store::programs::Program,
    people: &std::collections::HashMap<&str, uuid::Uuid>,
) -> anyhow::Result<()> {
    use cohort_domain::internship::training::{Level, Topic};
    use cohort_store::internship::{MentorDraft, TeamDraft};
    use cohort_store::trainings::{SessionDraft, TrainingDraft};
    let team = |name: &str, description: &str, lead: &str| TeamDraft {
        name: name.into(),
        description: description.into(),
        lead_id: people.get(lead).copied(),
        weekly_guests: 2,
    };
    store
        .create_team(
            recruiter,
            org_id,
            team("Platform", "APIs, data and the services behind them.", "interviewer"),
        )
        .await?;
    let product = store
        .create_team(recruiter, org_id, team("Product", "The apps our customers use every day.", "admin"))
        .await?;
    if let Some(mentor) = people.get("mentor") {
        let profile = MentorDraft {
            capacity: 6,
            skills: ["Python", "Java", "TypeScript", "C#", "Rust"].map(String::from).to_vec(),
            interests: ["security", "testing", "cloud"].map(String::from).to_vec(),
            languages: vec!["English".into(), "Dutch".into()],
            team_id: Some(product.id),
        };
        store.set_mentor(recruiter, org_id, *mentor, profile).await?;
    }
    let start = program.draft.starts_on;
    for (title, topic, skills, mandatory, day, seats) in [
        ("Secure coding basics", Topic::Cybersecurity, vec!["Threat modelling".to_owned()], true, 3, 12),
        ("Presenting your work", Topic::PresentationSkills, vec!["Presenting".to_owned()], false, 10, 8),
    ] {
        let draft = TrainingDraft {
            title: title.into(),
            topic,
            level: Level::Beginner,
            description: format!("{title}: a hands-on workshop for the new interns."),
            skills,
            mandatory_program_id: mandatory.then_some(program.id),
            complete_by: mandatory.then(|| start + chrono::Days::new(30)),
        };
        let training = store.save_training(recruiter, org_id, None, draft).await?;
        let starts_at = (start + chrono::Days::new(day))
            .and_hms_opt(9, 0, 0)
            .ok_or_else(|| anyhow!("no such time"))?
            .and_utc();
        let session = SessionDraft {
            starts_at,
            ends_at: starts_at + Duration::hours(3),
            location: Some("Training room 2".into()),
            link: None,
            capacity: seats,
            trainer_id: people.get("interviewer").copied(),
        };
        store.save_session(recruiter, org_id, training.id, None, session).await?;
    }
    // A networking lunch in the second week, for every intern.
    let lunch = (start + chrono::Days::new(9))
        .and_hms_opt(12, 0, 0)
        .ok_or_else(|| anyhow!("no such time"))?
        .and_utc();
    let event = cohort_store::entities::networking_event::Model {
        id: uuid::Uuid::now_v7(),
        org_id,
        program_id: None,
        title: "Lunch with the engineering leads".into(),
        description: "Meet the leads of every team, and ask which team you would like to shadow.".into(),
        starts_at: lunch,
        ends_at: lunch + Duration::hours(1),
        location: Some("Canteen".into()),
        capacity: Some(30),
        created_at: Utc::now(),
    };
    store.create_event(recruiter, event).await?;
    Ok(())
}

fn print_logins(config: &Config, demo: &[DemoOrg]) {
    let url = config.public_url();
    println!(
        "\nSign in at {url}/login (or POST {url}/api/v1/auth/login); the password of every demo account is \"{DEMO_PASSWORD}\"."
    );
    for org in demo {
        let members: Vec<String> =
            ROLES.iter().map(|role| format!("{role}@{}.demo ({role})", org.slug)).collect();
        println!("  {:<20} {}", org.name, members.join(", "));
    }
    println!("  {:<20} student001@students.demo … student{CANDIDATES:03}@students.demo", "Candidates");
    println!(
        "Job board: {url}/jobs   API reference: {url}/api/docs   (start the server with `cohort serve`)"
    );
}

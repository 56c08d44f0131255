//! `cohort demo`: two organisations, their programmes and vacancies, and about 300 candidates
//! spread over every stage, loaded through the same services as the API. Safe to run twice;
//! refuses a database that holds other data unless forced.

mod data;
mod later;

pub use data::*;
use later::*;

use crate::config::Config;
use crate::services::applications::ApplyInput;
use crate::services::members::FirstPassword;
use crate::services::{self, ServiceError};
use anyhow::anyhow;
use cohort_domain::candidate::{CandidateProfile, PRIVACY_NOTICE_VERSION};
use cohort_domain::eligibility::{CountryCode, Period, Rule};
use cohort_domain::identity::{EmailAddress, Password, PersonName};
use cohort_domain::pipeline::{Move, Position, Status, transition};
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::VacancyStatus;
use cohort_store::Store;
use cohort_store::applications::Moved;
use cohort_store::audit::{Actor, Context};
use cohort_store::blobs::BlobStore;
use cohort_store::users::NewUser;
use cohort_store::vacancies::Vacancy;
use indicatif::{ProgressBar, ProgressStyle};

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
        let website = format!("https://{}.example", org.slug);
        services::orgs::update_profile(store, &operator, &created, org.name, Some(&website), "NL", None)
            .await
            .map_err(|e| anyhow!("{e}"))?;
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
            // Dutch students apply in Dutch, international ones in English.
            language: if n % 2 == 0 {
                cohort_domain::language::Lang::Nl
            } else {
                cohort_domain::language::Lang::En
            },
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

//! Later in the procedure: interviews booked, offers accepted, and the internship set up (teams, mentors, matching).

use crate::services::{self};
use anyhow::anyhow;
use chrono::{Duration, Utc};
use cohort_domain::pipeline::Status;
use cohort_store::Store;
use cohort_store::audit::{Actor, Context};
use cohort_store::vacancies::Vacancy;

/// How many interviews the demo books per organisation (four a working day, the interviewer's cap).
pub(super) const DEMO_INTERVIEWS: usize = 10;

/// Books interviews for active applications at an HR-chat or interviews stage, oldest first: the
/// interviewer makes themselves available on the coming working days, the recruiter offers four
/// times a day, and each candidate books one; the interviewer has sent the scorecard of every
/// third during the call.
pub(super) async fn book_interviews(
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
pub(super) async fn hire_with_offer(
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
pub(super) async fn internship_setup(
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

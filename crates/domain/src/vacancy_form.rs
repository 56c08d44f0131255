//! The vacancy editor's form, read into a draft and written back from one: lists typed as
//! comma- or line-separated text, the eligibility rules as plain fields (a country for
//! "enrolled for the whole internship", the accepted fields of study, a graduation window, up to
//! three yes/no questions) and the pipeline as numbered rows. No IO: the pages post, this reads.

use crate::eligibility::{CountryCode, Preferences, Rule};
use crate::language::Lang;
use crate::pipeline::{Stage, StageKind};
use crate::vacancy::{Stipend, VacancyDraft, VacancyText, WorkMode};
use crate::validation::{FieldError, problem};
use chrono::NaiveDate;

/// How many yes/no questions the form offers.
pub const KNOCKOUTS: usize = 3;

/// A posted form: its fields in order.
pub type Fields = [(String, String)];

fn get<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim())
}

/// Items typed one per line or separated by commas, trimmed, without blanks or repeats.
pub fn list(raw: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in raw.split([',', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        if !items.iter().any(|i| i.eq_ignore_ascii_case(item)) {
            items.push(item.to_owned());
        }
    }
    items
}

/// Items typed one per line, trimmed, without blanks.
fn lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

/// A stage key from its name: `Tech interview` → `tech_interview`.
pub fn key_of(name: &str) -> String {
    let mut key = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            key.push(c);
        } else if !key.ends_with('_') && !key.is_empty() {
            key.push('_');
        }
    }
    key.trim_end_matches('_').chars().take(40).collect()
}

/// The draft the form describes, and the programme it belongs to; every problem by field.
pub fn draft(fields: &Fields) -> Result<(String, VacancyDraft), Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut date = |name: &str, required: bool| -> Option<NaiveDate> {
        match get(fields, name) {
            "" if !required => None,
            raw => raw
                .parse()
                .map_err(|_| problems.push(FieldError::new(name, problem::of("date").text("given", raw))))
                .ok(),
        }
    };
    let opens_on = date("opens_on", true);
    let closes_on = date("closes_on", true);
    let earliest = date("graduation_earliest", false);
    let latest = date("graduation_latest", false);
    let mut number = |name: &str| -> u32 {
        get(fields, name).parse().unwrap_or_else(|_| {
            problems.push(FieldError::new(name, problem::of("whole-number")));
            0
        })
    };
    let hours_per_week = number("hours_per_week");
    let positions = number("positions");
    let stipend = match get(fields, "stipend_euros") {
        "" | "0" => None,
        raw => match raw.parse::<i64>() {
            Ok(euros) if euros > 0 => Some(Stipend { monthly_cents: euros * 100, currency: "EUR".into() }),
            _ => {
                problems.push(FieldError::new("stipend_euros", problem::of("whole-euros")));
                None
            }
        },
    };
    let work_mode = match get(fields, "work_mode") {
        "hybrid" => WorkMode::Hybrid,
        "remote" => WorkMode::Remote,
        _ => WorkMode::OnSite,
    };
    let mut country = |name: &str| -> Option<CountryCode> {
        match get(fields, name) {
            "" => None,
            raw => CountryCode::parse(raw)
                .map_err(|_| problems.push(FieldError::new(name, problem::of("country"))))
                .ok(),
        }
    };
    let enrolled = country("enrolled_in_country");
    let authorised = country("work_authorisation");
    let mut remote_countries = Vec::new();
    for code in list(get(fields, "remote_countries")) {
        match CountryCode::parse(&code) {
            Ok(c) => remote_countries.push(c),
            Err(_) => problems.push(FieldError::new(
                "remote_countries",
                problem::of("country-listed").text("given", code.clone()),
            )),
        }
    }
    let mut rules = Vec::new();
    if let Some(country) = enrolled {
        rules.push(Rule::EnrolledInCountry { country });
    }
    let fields_of_study = list(get(fields, "fields_of_study"));
    if !fields_of_study.is_empty() {
        rules.push(Rule::FieldOfStudy { any_of: fields_of_study });
    }
    if earliest.is_some() || latest.is_some() {
        rules.push(Rule::GraduationBetween { earliest, latest });
    }
    if let Some(country) = authorised {
        rules.push(Rule::WorkAuthorisation { country });
    }
    for n in 1..=KNOCKOUTS {
        let question = get(fields, &format!("knockout_{n}_question"));
        if question.is_empty() {
            continue;
        }
        let id = match get(fields, &format!("knockout_{n}_id")) {
            "" => key_of(question),
            id => id.to_owned(),
        };
        let required_answer = get(fields, &format!("knockout_{n}_answer")) != "no";
        rules.push(Rule::Knockout { id, question: question.to_owned(), required_answer });
    }
    let location = Some(get(fields, "location").to_owned()).filter(|l| !l.is_empty());
    let language = Lang::from_tag(get(fields, "language")).unwrap_or_default();
    let mut translations = Vec::new();
    let (other_title, other_description) =
        (get(fields, "translation_title"), get(fields, "translation_description"));
    if !other_title.is_empty() || !other_description.is_empty() {
        match Lang::from_tag(get(fields, "translation_language")).filter(|l| *l != language) {
            Some(other) => translations.push(VacancyText {
                language: other,
                title: other_title.to_owned(),
                description: other_description.to_owned(),
                responsibilities: lines(get(fields, "translation_responsibilities")),
            }),
            None => problems.push(FieldError::new("translation_language", problem::of("other-language"))),
        }
    }
    let (Some(opens_on), Some(closes_on)) = (opens_on, closes_on) else { return Err(problems) };
    if !problems.is_empty() {
        return Err(problems);
    }
    let draft = VacancyDraft {
        language,
        title: get(fields, "title").to_owned(),
        description: get(fields, "description").to_owned(),
        responsibilities: lines(get(fields, "responsibilities")),
        translations,
        required_skills: list(get(fields, "required_skills")),
        preferences: Preferences {
            skills: list(get(fields, "preferred_skills")),
            fields: list(get(fields, "preferred_fields")),
            languages: list(get(fields, "preferred_languages")),
        },
        rules,
        location,
        work_mode,
        remote_countries,
        hours_per_week,
        stipend,
        positions,
        opens_on,
        closes_on,
    };
    Ok((get(fields, "program_id").to_owned(), draft))
}

/// The form's fields for an existing draft (to edit it).
pub fn fields_of(program_id: &str, d: &VacancyDraft) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = vec![
        ("program_id".into(), program_id.into()),
        ("language".into(), d.language.code().into()),
        ("title".into(), d.title.clone()),
        ("description".into(), d.description.clone()),
        ("responsibilities".into(), d.responsibilities.join("\n")),
        ("required_skills".into(), d.required_skills.join(", ")),
        ("preferred_skills".into(), d.preferences.skills.join(", ")),
        ("preferred_fields".into(), d.preferences.fields.join(", ")),
        ("preferred_languages".into(), d.preferences.languages.join(", ")),
        ("location".into(), d.location.clone().unwrap_or_default()),
        (
            "work_mode".into(),
            match d.work_mode {
                WorkMode::OnSite => "on_site",
                WorkMode::Hybrid => "hybrid",
                WorkMode::Remote => "remote",
            }
            .into(),
        ),
        (
            "remote_countries".into(),
            d.remote_countries.iter().map(|c| c.as_str().to_owned()).collect::<Vec<_>>().join(", "),
        ),
        ("hours_per_week".into(), d.hours_per_week.to_string()),
        (
            "stipend_euros".into(),
            d.stipend.as_ref().map(|s| (s.monthly_cents / 100).to_string()).unwrap_or_default(),
        ),
        ("positions".into(), d.positions.to_string()),
        ("opens_on".into(), d.opens_on.to_string()),
        ("closes_on".into(), d.closes_on.to_string()),
    ];
    if let Some(other) = d.translations.first() {
        f.push(("translation_language".into(), other.language.code().into()));
        f.push(("translation_title".into(), other.title.clone()));
        f.push(("translation_description".into(), other.description.clone()));
        f.push(("translation_responsibilities".into(), other.responsibilities.join("\n")));
    }
    let mut knockout = 0;
    for rule in &d.rules {
        match rule {
            Rule::EnrolledInCountry { country } => {
                f.push(("enrolled_in_country".into(), country.as_str().into()))
            }
            Rule::FieldOfStudy { any_of } => f.push(("fields_of_study".into(), any_of.join(", "))),
            Rule::GraduationBetween { earliest, latest } => {
                f.push(("graduation_earliest".into(), earliest.map(|d| d.to_string()).unwrap_or_default()));
                f.push(("graduation_latest".into(), latest.map(|d| d.to_string()).unwrap_or_default()));
            }
            Rule::WorkAuthorisation { country } => {
                f.push(("work_authorisation".into(), country.as_str().into()))
            }
            Rule::RequiredSkills { all_of } => {
                let mut skills = d.required_skills.clone();
                skills.extend(all_of.iter().cloned());
                f.retain(|(k, _)| k != "required_skills");
                f.push(("required_skills".into(), list(&skills.join(",")).join(", ")));
            }
            Rule::Knockout { id, question, required_answer } if knockout < KNOCKOUTS => {
                knockout += 1;
                f.push((format!("knockout_{knockout}_id"), id.clone()));
                f.push((format!("knockout_{knockout}_question"), question.clone()));
                f.push((
                    format!("knockout_{knockout}_answer"),
                    if *required_answer { "yes" } else { "no" }.into(),
                ));
            }
            Rule::Knockout { .. } => {}
        }
    }
    f
}

/// The stage kinds the editor offers, with their names.
pub const STAGE_KINDS: [(StageKind, &str, &str); 7] = [
    (StageKind::Application, "application", "Application (screening)"),
    (StageKind::HrChat, "hr_chat", "Initial chat with HR"),
    (StageKind::Interviews, "interviews", "Interviews"),
    (StageKind::CaseStudy, "case_study", "Case study"),
    (StageKind::Custom, "custom", "Another step"),
    (StageKind::Decision, "decision", "Decision"),
    (StageKind::Onboarding, "onboarding", "Onboarding"),
];

/// The stages the form's rows describe (`stage_<n>_name`, `_kind`, `_key`, `_skippable`,
/// `_order`), in the order given; a row without a name is left out, a new row's key comes from
/// its name.
pub fn stages(fields: &Fields) -> Result<Vec<Stage>, Vec<FieldError>> {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for n in 0..40 {
        let name = get(fields, &format!("stage_{n}_name"));
        if name.is_empty() {
            continue;
        }
        let kind_raw = get(fields, &format!("stage_{n}_kind"));
        let Some((kind, _, _)) = STAGE_KINDS.iter().find(|(_, k, _)| *k == kind_raw) else {
            problems.push(FieldError::new(format!("stage_{n}_kind"), problem::of("stage-kind")));
            continue;
        };
        let key = match get(fields, &format!("stage_{n}_key")) {
            "" => key_of(name),
            key => key.to_owned(),
        };
        let order: i64 = get(fields, &format!("stage_{n}_order")).parse().unwrap_or(i64::from(n) * 10);
        let skippable = get(fields, &format!("stage_{n}_skippable")) == "on";
        rows.push((order, n, Stage { key, name: name.to_owned(), kind: *kind, skippable }));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    rows.sort_by_key(|(order, n, _)| (*order, *n));
    Ok(rows.into_iter().map(|(_, _, s)| s).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn base() -> Vec<(&'static str, &'static str)> {
        vec![
            ("program_id", "p1"),
            ("title", "Backend intern"),
            ("description", "Build **APIs**."),
            ("responsibilities", "Write services\n\nReview code\n"),
            ("required_skills", "Python, python, Rust"),
            ("preferred_languages", "English\nDutch"),
            ("location", "Delft"),
            ("work_mode", "hybrid"),
            ("hours_per_week", "40"),
            ("stipend_euros", "600"),
            ("positions", "2"),
            ("opens_on", "2026-12-01"),
            ("closes_on", "2027-01-15"),
            ("enrolled_in_country", "nl"),
            ("fields_of_study", "Computer Science, Engineering"),
            ("knockout_1_question", "Can you work in Delft twice a week?"),
            ("knockout_1_answer", "yes"),
        ]
    }

    #[test]
    fn the_form_reads_into_a_draft_with_its_rules() {
        let (program, d) = draft(&form(&base())).unwrap();
        assert_eq!(program, "p1");
        assert_eq!(d.required_skills, ["Python", "Rust"]);
        assert_eq!(d.responsibilities, ["Write services", "Review code"]);
        assert_eq!(d.preferences.languages, ["English", "Dutch"]);
        assert_eq!(d.stipend.as_ref().map(|s| s.monthly_cents), Some(60_000));
        assert_eq!(d.work_mode, WorkMode::Hybrid);
        assert_eq!(d.rules.len(), 3);
        assert!(matches!(&d.rules[0], Rule::EnrolledInCountry { country } if country.as_str() == "NL"));
        assert!(matches!(&d.rules[2], Rule::Knockout { id, required_answer: true, .. }
            if id == "can_you_work_in_delft_twice_a_week"));
        assert!(d.problems().is_empty(), "{:?}", d.problems());
    }

    #[test]
    fn editing_shows_the_draft_as_it_was_typed_and_reads_back_the_same() {
        let (_, d) = draft(&form(&base())).unwrap();
        let again = fields_of("p1", &d);
        let (_, back) = draft(&again).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn a_dutch_vacancy_with_an_english_version_reads_back_the_same() {
        let mut pairs = base();
        pairs.extend([
            ("language", "nl"),
            ("translation_language", "en"),
            ("translation_title", "Backend intern (English)"),
            ("translation_description", "Build **APIs**, in English."),
            ("translation_responsibilities", "Write services\nReview code"),
        ]);
        let (_, d) = draft(&form(&pairs)).unwrap();
        assert_eq!(d.language, Lang::Nl);
        assert_eq!(d.translations.len(), 1);
        assert_eq!((d.translations[0].language, d.translations[0].responsibilities.len()), (Lang::En, 2));
        let (_, back) = draft(&fields_of("p1", &d)).unwrap();
        assert_eq!(back, d);
        pairs.retain(|(k, _)| *k != "translation_language");
        pairs.push(("translation_language", "nl"));
        assert_eq!(draft(&form(&pairs)).unwrap_err()[0].field, "translation_language");
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut pairs = base();
        pairs.retain(|(k, _)| !matches!(*k, "closes_on" | "enrolled_in_country" | "positions"));
        pairs.extend([("closes_on", "soon"), ("enrolled_in_country", "Netherlands"), ("positions", "two")]);
        let problems = draft(&form(&pairs)).unwrap_err();
        let named: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(named, ["closes_on", "positions", "enrolled_in_country"]);
    }

    #[test]
    fn stages_come_in_the_order_given_with_keys_from_their_names() {
        let rows = form(&[
            ("stage_0_key", "application"),
            ("stage_0_name", "Application"),
            ("stage_0_kind", "application"),
            ("stage_0_order", "1"),
            ("stage_1_key", "decision"),
            ("stage_1_name", "Decision"),
            ("stage_1_kind", "decision"),
            ("stage_1_order", "9"),
            ("stage_2_name", "Pair programming!"),
            ("stage_2_kind", "custom"),
            ("stage_2_order", "5"),
            ("stage_2_skippable", "on"),
            ("stage_3_name", ""),
        ]);
        let stages = stages(&rows).unwrap();
        let keys: Vec<&str> = stages.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["application", "pair_programming", "decision"]);
        assert!(stages[1].skippable && stages[1].kind == StageKind::Custom);
        let bad = form(&[("stage_0_name", "X"), ("stage_0_kind", "party")]);
        assert_eq!(super::stages(&bad).unwrap_err()[0].field, "stage_0_kind");
    }

    #[test]
    fn lists_and_keys() {
        assert_eq!(list(" a, b,,A\n c "), ["a", "b", "c"]);
        assert_eq!(key_of("  Tech  Interview #2 "), "tech_interview_2");
        assert_eq!(key_of("Über"), "ber");
    }
}

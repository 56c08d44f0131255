//! The domain's phrases put in words, and the names of countries in each language.

use super::{Arg, Lang, date, t};
use cohort_domain::eligibility::{CountryCode, Outcome, RuleResult};
use cohort_domain::phrase::{Fact, Phrase};
use cohort_domain::validation::FieldError;

/// Dutch names of the countries students in the Netherlands most often come from or work in;
/// the others keep their English name until the catalogue has them.
const DUTCH_COUNTRIES: &[(&str, &str)] = &[
    ("AT", "Oostenrijk"),
    ("BE", "België"),
    ("BG", "Bulgarije"),
    ("CH", "Zwitserland"),
    ("CN", "China"),
    ("CY", "Cyprus"),
    ("CZ", "Tsjechië"),
    ("DE", "Duitsland"),
    ("DK", "Denemarken"),
    ("EE", "Estland"),
    ("ES", "Spanje"),
    ("FI", "Finland"),
    ("FR", "Frankrijk"),
    ("GB", "het Verenigd Koninkrijk"),
    ("GR", "Griekenland"),
    ("HR", "Kroatië"),
    ("HU", "Hongarije"),
    ("ID", "Indonesië"),
    ("IE", "Ierland"),
    ("IN", "India"),
    ("IS", "IJsland"),
    ("IT", "Italië"),
    ("LI", "Liechtenstein"),
    ("LT", "Litouwen"),
    ("LU", "Luxemburg"),
    ("LV", "Letland"),
    ("MT", "Malta"),
    ("NL", "Nederland"),
    ("NO", "Noorwegen"),
    ("PL", "Polen"),
    ("PT", "Portugal"),
    ("RO", "Roemenië"),
    ("SE", "Zweden"),
    ("SI", "Slovenië"),
    ("SK", "Slowakije"),
    ("SR", "Suriname"),
    ("TR", "Turkije"),
    ("UA", "Oekraïne"),
    ("US", "de Verenigde Staten"),
];

/// A country's name in `lang`.
pub fn country(lang: Lang, code: &CountryCode) -> String {
    match lang {
        Lang::Nl => DUTCH_COUNTRIES
            .iter()
            .find(|(c, _)| *c == code.as_str())
            .map_or_else(|| code.name().to_owned(), |(_, name)| (*name).to_owned()),
        Lang::En => code.name().to_owned(),
    }
}

/// A stage's name in `lang`: the standard stages' names as the catalogue has them, where the
/// organisation kept the standard name; its own name otherwise.
pub fn stage(lang: Lang, name: &str) -> String {
    static STANDARD: std::sync::LazyLock<cohort_domain::pipeline::Pipeline> =
        std::sync::LazyLock::new(cohort_domain::pipeline::Pipeline::standard);
    STANDARD
        .stages()
        .iter()
        .find(|s| s.name == name)
        .map_or_else(|| name.to_owned(), |s| t(lang, &format!("stage-{}", s.key), &[]))
}

/// A rejection reason in `lang`: the reasons every organisation starts with as the catalogue
/// has them, where the organisation kept them; its own words otherwise. (The stored label stays
/// the organisation's: reports count by it.)
pub fn rejection_reason(lang: Lang, reason: &str) -> String {
    cohort_domain::pipeline::DEFAULT_REJECTION_REASONS
        .iter()
        .position(|r| *r == reason)
        .map_or_else(|| reason.to_owned(), |n| t(lang, &format!("reason-{n}"), &[]))
}

/// Alternatives in words: "A", "A or B", "A, B or C".
fn any_of(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), t(lang, "list-or", &[])),
    }
}

/// A phrase in `lang`.
pub fn phrase(lang: Lang, phrase: &Phrase) -> String {
    let args: Vec<(&str, Arg<'_>)> = phrase
        .facts
        .iter()
        .map(|(name, fact)| {
            let value: Arg<'_> = match fact {
                Fact::Text(text) | Fact::Choice(text) => text.as_str().into(),
                Fact::Date(day) => date(lang, *day).into(),
                Fact::Country(code) => country(lang, code).into(),
                Fact::AnyOf(items) => any_of(lang, items).into(),
                Fact::AllOf(items) => items.join(", ").into(),
                Fact::YesNo(yes) => t(lang, if *yes { "word-yes" } else { "word-no" }, &[]).into(),
                Fact::Number(n) => (*n).into(),
                Fact::Moment(at) => super::date_time(lang, *at).into(),
                Fact::Said(inner) => self::phrase(lang, inner).into(),
            };
            (name.as_str(), value)
        })
        .collect();
    t(lang, &phrase.key, &args)
}

/// What is wrong with a field, in `lang`.
pub fn problem(lang: Lang, error: &FieldError) -> String {
    phrase(lang, &error.problem)
}

/// A field's name in `lang`, as a form labels it: `field-<name>` of the catalogue, with list
/// positions left out (`rubric[2].weight` is labelled as `rubric.weight`); a field of a named
/// part (`ratings.Communication`) as the part's label with the rest; the field as sent when the
/// catalogue has no label for it.
pub fn field(lang: Lang, name: &str) -> String {
    let label = |name: &str| {
        let mut id = String::from("field-");
        let mut in_index = false;
        for c in name.chars() {
            match c {
                '[' => in_index = true,
                ']' => in_index = false,
                _ if in_index => {}
                '.' | '_' => id.push('-'),
                c => id.push(c),
            }
        }
        super::catalogue::has(&id).then(|| t(lang, &id, &[]))
    };
    if let Some(found) = label(name) {
        return found;
    }
    match name.split_once('.').and_then(|(part, rest)| Some((label(part)?, rest))) {
        Some((part, rest)) => label(rest).unwrap_or_else(|| format!("{part} ({rest})")),
        None => name.replace('_', " "),
    }
}

/// Every field with what is wrong with it, in one line of `lang`: "Title: is required; …".
pub fn problems(lang: Lang, errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", field(lang, &e.field), problem(lang, e)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// How a rule judged, in a word or two of `lang` ("Met", "Niet voldaan").
pub fn mark(lang: Lang, outcome: Outcome) -> String {
    let key = match outcome {
        Outcome::Pass => "eligibility-mark-pass",
        Outcome::Fail => "eligibility-mark-fail",
        Outcome::Unknown => "eligibility-mark-unknown",
    };
    t(lang, key, &[])
}

/// Why a rule judged as it did, in `lang`; an evaluation stored before reasons were phrases
/// says what it said then.
pub fn reason(lang: Lang, result: &RuleResult) -> String {
    if result.reason.key.is_empty() {
        result.said.clone().unwrap_or_default()
    } else {
        phrase(lang, &result.reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cohort_domain::eligibility::{Answers, Period, Profile, Rule, evaluate};

    fn day(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    fn nl() -> CountryCode {
        CountryCode::parse("NL").unwrap()
    }

    /// The sentences a student reads, in both languages, for the cases the domain tells apart.
    #[test]
    fn eligibility_in_words() {
        let internship = Period::new(day("2027-02-01"), day("2027-07-31")).unwrap();
        let student = Profile {
            institution: Some("TU Delft".into()),
            institution_country: Some(nl()),
            field_of_study: Some("Computer Science".into()),
            enrollment: Period::new(day("2024-09-01"), day("2027-06-30")),
            graduation: Some(day("2027-08-31")),
            skills: vec!["Python".into()],
            languages: vec![],
            work_authorisation: vec![nl()],
        };
        let rules = [
            Rule::EnrolledInCountry { country: nl() },
            Rule::RequiredSkills { all_of: vec!["Python".into(), "C#".into()] },
            Rule::FieldOfStudy { any_of: vec!["Computer Science".into(), "Engineering".into()] },
            Rule::Knockout { id: "move".into(), question: "Can you move?".into(), required_answer: true },
        ];
        let answers = Answers::from([("move".to_owned(), false)]);
        let evaluation = evaluate(&rules, internship, &student, &answers);
        let said = |lang| evaluation.results.iter().map(|r| reason(lang, r)).collect::<Vec<_>>();
        assert_eq!(
            said(Lang::En),
            [
                "Your enrollment ends on 30 June 2027, before the internship ends on 31 July 2027; you must be enrolled for the whole internship.",
                "Missing required skills: C#.",
                "You study Computer Science, which counts as Computer Science.",
                "\"Can you move?\": you answered no; this internship requires yes.",
            ]
        );
        assert_eq!(
            said(Lang::Nl),
            [
                "Je inschrijving eindigt op 30 juni 2027, vóór het einde van de stage op 31 juli 2027; je moet gedurende de hele stage ingeschreven zijn.",
                "Gevraagde vaardigheden die je mist: C#.",
                "Je studeert Computer Science, en dat telt als Computer Science.",
                "\"Can you move?\": je antwoordde nee; voor deze stage is dat ja.",
            ]
        );
        let requirements: Vec<String> = rules.iter().map(|r| phrase(Lang::Nl, &r.requirement())).collect();
        assert_eq!(
            requirements[0],
            "Ingeschreven bij een onderwijsinstelling in Nederland gedurende de hele stage."
        );
        assert_eq!(requirements[2], "Studeert Computer Science of Engineering.");
        assert_eq!(stage(Lang::Nl, "Initial chat with HR"), "Kennismaking met HR");
        assert_eq!(stage(Lang::Nl, "Koffie met het team"), "Koffie met het team");
        assert_eq!(rejection_reason(Lang::Nl, "Position filled"), "Plaats al vervuld");
        assert_eq!(rejection_reason(Lang::En, "Position filled"), "Position filled");
        let window = Rule::GraduationBetween { earliest: Some(day("2027-06-01")), latest: None };
        assert_eq!(phrase(Lang::En, &window.requirement()), "Graduating on or after 1 June 2027.");
    }
}

/// What an audit action means, in words (`audit.ftl`); an action the catalogue does not know
/// (one a newer version wrote) is shown by its code.
pub fn audit_action(lang: Lang, code: &str) -> String {
    let id = format!("audit-{}", code.replace(['.', '_'], "-"));
    if super::catalogue::has(&id) { t(lang, &id, &[]) } else { code.to_owned() }
}

#[cfg(test)]
mod audit_tests {
    use super::*;

    /// Every audit action the code writes has words in every language.
    #[test]
    fn every_audit_action_is_said_in_words() {
        for action in cohort_domain::audit::Action::ALL {
            for lang in Lang::ALL {
                let said = audit_action(lang, action.as_str());
                assert_ne!(said, action.as_str(), "{} has no words in {lang:?}", action.as_str());
            }
        }
    }
}

//! E-mail templates: each notice has a safe default that an organisation may replace with its
//! own words. A template is plain text with `{placeholders}`; only the placeholders the notice
//! provides are accepted, so a template can never show something it should not.

use crate::delivery::Notice;
use crate::language::Lang;
use crate::phrase::Phrase;
use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A subject and a plain-text body; paragraphs are separated by blank lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// Every notice, for listings.
pub const NOTICES: [Notice; 11] = [
    Notice::ApplicationReceived,
    Notice::StageChanged,
    Notice::Rejection,
    Notice::OnboardingStart,
    Notice::InterviewOffered,
    Notice::InterviewInvitation,
    Notice::InterviewCancelled,
    Notice::CaseStudyAssigned,
    Notice::OfferSent,
    Notice::MentorIntroduction,
    Notice::SeatPromoted,
];

/// The notice of a stable name.
pub fn notice(name: &str) -> Option<Notice> {
    NOTICES.into_iter().find(|n| n.as_str() == name)
}

/// What a notice's template may use.
pub fn placeholders(notice: Notice) -> &'static [&'static str] {
    const COMMON: [&str; 4] = ["greeting", "candidate_name", "vacancy", "organisation"];
    match notice {
        Notice::ApplicationReceived => {
            &["greeting", "candidate_name", "vacancy", "organisation", "next_step", "link"]
        }
        Notice::StageChanged => {
            &["greeting", "candidate_name", "vacancy", "organisation", "stage", "next_step", "link"]
        }
        Notice::Rejection => &COMMON,
        Notice::OnboardingStart => &["greeting", "candidate_name", "vacancy", "organisation", "link"],
        Notice::InterviewOffered => {
            &["greeting", "candidate_name", "vacancy", "organisation", "kind", "minutes", "slots", "link"]
        }
        Notice::InterviewInvitation => &[
            "greeting",
            "candidate_name",
            "vacancy",
            "organisation",
            "kind",
            "minutes",
            "time",
            "place",
            "with",
        ],
        Notice::InterviewCancelled => {
            &["greeting", "candidate_name", "vacancy", "organisation", "kind", "time", "reason"]
        }
        Notice::CaseStudyAssigned => {
            &["greeting", "candidate_name", "vacancy", "organisation", "title", "deadline", "link"]
        }
        Notice::OfferSent => {
            &["greeting", "candidate_name", "vacancy", "organisation", "terms", "deadline", "link"]
        }
        Notice::MentorIntroduction => &[
            "greeting",
            "candidate_name",
            "candidate_email",
            "vacancy",
            "organisation",
            "mentor_name",
            "mentor_email",
            "link",
        ],
        Notice::SeatPromoted => {
            &["greeting", "candidate_name", "vacancy", "organisation", "training", "time", "link"]
        }
    }
}

/// The words every organisation starts with, in each language.
pub fn default_template(notice: Notice, lang: Lang) -> Template {
    let (subject, body) = match lang {
        Lang::En => english(notice),
        Lang::Nl => dutch(notice),
    };
    Template { subject: subject.into(), body: body.into() }
}

fn english(notice: Notice) -> (&'static str, &'static str) {
    match notice {
        Notice::ApplicationReceived => (
            "We received your application: {vacancy}",
            "{greeting}\n\nThank you for applying for {vacancy} at {organisation}. We have your application and will get back to you. {next_step}\n\nYou can follow your application at {link}.",
        ),
        Notice::StageChanged => (
            "Your application for {vacancy}: {stage}",
            "{greeting}\n\nYour application for {vacancy} at {organisation} is now at: {stage}. {next_step}\n\nYou can follow your application at {link}.",
        ),
        Notice::Rejection => (
            "Your application for {vacancy}",
            "{greeting}\n\nThank you for the time and care you put into your application for {vacancy} at {organisation}. After careful consideration we will not continue with your application.\n\nThis was not an easy decision. We wish you every success with your studies and your next steps, and you are welcome to apply for future internships.",
        ),
        Notice::OnboardingStart => (
            "Welcome to {organisation}",
            "{greeting}\n\nWelcome to {vacancy} at {organisation}! Your onboarding starts now: you will hear about your induction, your team and your mentor.\n\nYou can follow it at {link}.",
        ),
        Notice::InterviewOffered => (
            "Choose a time: {kind} for {vacancy}",
            "{greeting}\n\nWe would like to invite you to a {kind} ({minutes} minutes) for {vacancy} at {organisation}. Please choose one of these times:\n\n{slots}\n\nBook it at {link}.",
        ),
        Notice::InterviewInvitation => (
            "{kind}: {vacancy}, {time}",
            "{greeting}\n\n{kind}{with} for {vacancy} at {organisation}: {time}, {minutes} minutes, {place}.\n\nThe calendar invitation is attached.",
        ),
        Notice::InterviewCancelled => (
            "Cancelled: {kind}: {vacancy}, {time}",
            "{greeting}\n\nThe {kind} for {vacancy} at {organisation} on {time} is cancelled.\n\nReason: {reason}",
        ),
        Notice::CaseStudyAssigned => (
            "Your case study for {vacancy}: {title}",
            "{greeting}\n\nHere is your case study for {vacancy} at {organisation}: {title}.\n\nPlease submit it before {deadline}. The brief and files are at {link}.",
        ),
        Notice::OfferSent => (
            "Your offer: {vacancy} at {organisation}",
            "{greeting}\n\nWe are delighted to offer you {vacancy} at {organisation}.\n\n{terms}\n\nPlease answer before {deadline}: {link}.",
        ),
        Notice::MentorIntroduction => (
            "Meet your mentor match: {candidate_name} and {mentor_name}",
            "{greeting}\n\n{candidate_name} ({candidate_email}), intern in {vacancy}, and {mentor_name} ({mentor_email}) are now intern and mentor at {organisation}.\n\nPlease meet in the coming week for a first 1-on-1: get to know each other, agree on goals and on how often you meet. Log your 1-on-1s and goals at {link}.",
        ),
        Notice::SeatPromoted => (
            "You have a seat: {training}",
            "{greeting}\n\nA seat became free in {training} on {time}, and it is yours: you were next on the waiting list.\n\nIf you can no longer come, cancel at {link} so that the next person gets it.",
        ),
    }
}

fn dutch(notice: Notice) -> (&'static str, &'static str) {
    match notice {
        Notice::ApplicationReceived => (
            "We hebben je sollicitatie ontvangen: {vacancy}",
            "{greeting}\n\nBedankt voor je sollicitatie voor {vacancy} bij {organisation}. We hebben je sollicitatie ontvangen en laten van ons horen. {next_step}\n\nJe kunt je sollicitatie volgen op {link}.",
        ),
        Notice::StageChanged => (
            "Je sollicitatie voor {vacancy}: {stage}",
            "{greeting}\n\nJe sollicitatie voor {vacancy} bij {organisation} is nu bij: {stage}. {next_step}\n\nJe kunt je sollicitatie volgen op {link}.",
        ),
        Notice::Rejection => (
            "Je sollicitatie voor {vacancy}",
            "{greeting}\n\nBedankt voor de tijd en aandacht die je in je sollicitatie voor {vacancy} bij {organisation} hebt gestoken. Na zorgvuldige afweging gaan we niet verder met je sollicitatie.\n\nDit was geen makkelijke beslissing. We wensen je veel succes met je studie en je volgende stappen, en je bent van harte welkom om op toekomstige stages te solliciteren.",
        ),
        Notice::OnboardingStart => (
            "Welkom bij {organisation}",
            "{greeting}\n\nWelkom bij {vacancy} bij {organisation}! Je onboarding begint nu: je hoort binnenkort meer over je introductie, je team en je begeleider.\n\nJe kunt het volgen op {link}.",
        ),
        Notice::InterviewOffered => (
            "Kies een tijd: {kind} voor {vacancy}",
            "{greeting}\n\nWe nodigen je graag uit voor {kind} ({minutes} minuten) voor {vacancy} bij {organisation}. Kies een van deze tijden:\n\n{slots}\n\nLeg je keuze vast op {link}.",
        ),
        Notice::InterviewInvitation => (
            "{kind}: {vacancy}, {time}",
            "{greeting}\n\n{kind}{with} voor {vacancy} bij {organisation}: {time}, {minutes} minuten, {place}.\n\nDe agenda-uitnodiging zit als bijlage bij deze e-mail.",
        ),
        Notice::InterviewCancelled => (
            "Geannuleerd: {kind}: {vacancy}, {time}",
            "{greeting}\n\n{kind} voor {vacancy} bij {organisation} op {time} gaat niet door.\n\nReden: {reason}",
        ),
        Notice::CaseStudyAssigned => (
            "Je casus voor {vacancy}: {title}",
            "{greeting}\n\nHier is je casus voor {vacancy} bij {organisation}: {title}.\n\nLever hem in vóór {deadline}. De opdracht en de bestanden staan op {link}.",
        ),
        Notice::OfferSent => (
            "Je aanbod: {vacancy} bij {organisation}",
            "{greeting}\n\nWe zijn blij je {vacancy} bij {organisation} aan te bieden.\n\n{terms}\n\nGeef je antwoord vóór {deadline}: {link}.",
        ),
        Notice::MentorIntroduction => (
            "Maak kennis met je match: {candidate_name} en {mentor_name}",
            "{greeting}\n\n{candidate_name} ({candidate_email}), stagiair bij {vacancy}, en {mentor_name} ({mentor_email}) zijn nu stagiair en begeleider bij {organisation}.\n\nSpreek in de komende week af voor een eerste 1-op-1: leer elkaar kennen en maak afspraken over doelen en hoe vaak jullie elkaar zien. Houd je 1-op-1's en doelen bij op {link}.",
        ),
        Notice::SeatPromoted => (
            "Je hebt een plek: {training}",
            "{greeting}\n\nEr is een plek vrijgekomen in {training} op {time}, en die is voor jou: je stond als eerste op de wachtlijst.\n\nKun je niet meer komen? Meld je dan af op {link}, zodat de volgende op de lijst de plek krijgt.",
        ),
    }
}

/// The `{names}` a text uses, or what is wrong with a brace that does not pair.
fn names(text: &str) -> Result<Vec<String>, Phrase> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(problem::of("brace-unopened"));
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| problem::of("brace-unclosed"))?;
        let name = &after[..close];
        if name.contains('{') {
            return Err(problem::of("brace-unclosed"));
        }
        found.push(name.to_owned());
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// Every problem with an organisation's template for `notice`.
pub fn check(notice: Notice, template: &Template) -> Vec<FieldError> {
    let mut v = Validator::new();
    let allowed = placeholders(notice);
    for (field, text, max) in [("subject", &template.subject, 200), ("body", &template.body, 10_000)] {
        if text.trim().is_empty() || text.chars().count() > max {
            v.fail(field, problem::written(max));
            continue;
        }
        if field == "subject" && text.contains(['\r', '\n']) {
            v.fail(field, problem::of("one-line"));
        }
        match names(text) {
            Err(why) => v.fail(field, why),
            Ok(used) => {
                if let Some(unknown) = used.iter().find(|n| !allowed.contains(&n.as_str())) {
                    let usable = allowed.iter().map(|a| format!("{{{a}}}")).collect::<Vec<_>>().join(", ");
                    let unknown = format!("{{{unknown}}}");
                    v.fail(field, problem::of("placeholder").text("unknown", unknown).text("usable", usable));
                }
            }
        }
    }
    v.finish().err().unwrap_or_default()
}

/// The text with each `{name}` replaced by its value (unknown names are left as written; a
/// checked template has none).
pub fn render(text: &str, values: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if values.contains_key(&after[..close]) => {
                out.push_str(&values[&after[..close]]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_uses_only_its_placeholders_and_each_language_the_same_ones() {
        for notice in NOTICES {
            for lang in Lang::ALL {
                assert!(check(notice, &default_template(notice, lang)).is_empty(), "{notice:?} in {lang:?}");
            }
            let used = |lang| {
                let t = default_template(notice, lang);
                let mut all = names(&t.subject).unwrap();
                all.extend(names(&t.body).unwrap());
                all.sort();
                all.dedup();
                all
            };
            assert_eq!(used(Lang::En), used(Lang::Nl), "{notice:?}: the Dutch text says other things");
        }
    }

    #[test]
    fn an_organisation_s_template_is_checked() {
        let bad = Template {
            subject: "Hi\nthere".into(),
            body: "Dear {candidate_name}, your salary is {salary}".into(),
        };
        let fields: Vec<String> = check(Notice::Rejection, &bad).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["subject", "body"]);
        let unpaired = Template { subject: "{vacancy".into(), body: "ok".into() };
        assert_eq!(check(Notice::Rejection, &unpaired).len(), 1);
    }

    #[test]
    fn rendering_fills_the_placeholders() {
        let values =
            BTreeMap::from([("vacancy", "Backend intern".to_owned()), ("organisation", "Acme".to_owned())]);
        assert_eq!(render("{vacancy} at {organisation} {x}", &values), "Backend intern at Acme {x}");
    }
}

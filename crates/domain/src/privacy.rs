//! What an application must never ask for. The Dutch Data Protection Authority's guidance: no
//! citizen service number (BSN), no copy of an identity document, no health data or other
//! special categories of personal data during an application.

use crate::named_enum;

named_enum! {
    /// Data an application may not ask for.
    pub enum Forbidden {
        /// The citizen service number (burgerservicenummer).
        Bsn => "bsn",
        /// A copy of a passport, identity card or driving licence.
        IdentityDocument => "identity_document",
        /// Health, illness, disability, pregnancy.
        Health => "health",
        /// Religion, ethnic origin, political opinion, sexual orientation, trade union
        /// membership, criminal records.
        SpecialCategory => "special_category",
    }
}

impl Forbidden {
    /// Why it is refused, for the person who tried.
    pub fn explanation(self) -> &'static str {
        match self {
            Forbidden::Bsn => {
                "Cohort never asks applicants for a citizen service number (BSN): an employer needs it only after hiring."
            }
            Forbidden::IdentityDocument => {
                "Cohort never asks applicants for a copy of an identity document: an employer checks it only after hiring."
            }
            Forbidden::Health => "Cohort never asks applicants about their health, illness or disability.",
            Forbidden::SpecialCategory => {
                "Cohort never asks applicants about religion, ethnic origin, political opinions, sexual orientation, trade union membership or criminal records."
            }
        }
    }
}

named_enum! {
    /// What a candidate may consent to beyond their application (which carries its own consent
    /// to the privacy notice).
    pub enum ConsentPurpose {
        /// Keep my data for future vacancies, for up to a year after my procedure ends.
        FutureVacancies => "future_vacancies",
    }
}

impl ConsentPurpose {
    /// What the candidate agrees to, in their words.
    pub fn statement(self) -> &'static str {
        match self {
            ConsentPurpose::FutureVacancies => {
                "Keep my application data for up to one year after my procedure ends, to consider me for future vacancies."
            }
        }
    }
}

named_enum! {
    /// What of a candidate's data a member opened.
    pub enum ViewedResource {
        /// The application: profile, answers, eligibility, history.
        Application => "application",
        /// The CV file.
        Cv => "cv",
    }
}

named_enum! {
    /// Why a member opened a candidate's data.
    pub enum ViewPurpose {
        /// Assessing the application (screening, interviews, the decision).
        Recruitment => "recruitment",
    }
}

/// Phrases that ask for forbidden data; `*` at the end matches any word that starts so.
const PHRASES: &[(&str, Forbidden)] = &[
    ("bsn", Forbidden::Bsn),
    ("burgerservicenummer", Forbidden::Bsn),
    ("citizen service number", Forbidden::Bsn),
    ("social security number", Forbidden::Bsn),
    ("sofinummer", Forbidden::Bsn),
    ("sofi nummer", Forbidden::Bsn),
    ("national insurance number", Forbidden::Bsn),
    ("personal identification number", Forbidden::Bsn),
    ("passport*", Forbidden::IdentityDocument),
    ("paspoort*", Forbidden::IdentityDocument),
    ("id card", Forbidden::IdentityDocument),
    ("id copy", Forbidden::IdentityDocument),
    ("copy of your id", Forbidden::IdentityDocument),
    ("identity card", Forbidden::IdentityDocument),
    ("identity document*", Forbidden::IdentityDocument),
    ("identiteitsbewijs", Forbidden::IdentityDocument),
    ("identiteitskaart", Forbidden::IdentityDocument),
    ("id kaart", Forbidden::IdentityDocument),
    ("driving licence", Forbidden::IdentityDocument),
    ("driver s license", Forbidden::IdentityDocument),
    ("drivers license", Forbidden::IdentityDocument),
    ("rijbewijs", Forbidden::IdentityDocument),
    ("your health", Forbidden::Health),
    ("health condition*", Forbidden::Health),
    ("health problem*", Forbidden::Health),
    ("health data", Forbidden::Health),
    ("medical*", Forbidden::Health),
    ("medication*", Forbidden::Health),
    ("disabilit*", Forbidden::Health),
    ("disabled", Forbidden::Health),
    ("chronic*", Forbidden::Health),
    ("illness*", Forbidden::Health),
    ("pregnan*", Forbidden::Health),
    ("sick leave", Forbidden::Health),
    ("gezondheid*", Forbidden::Health),
    ("ziekte*", Forbidden::Health),
    ("handicap*", Forbidden::Health),
    ("religio*", Forbidden::SpecialCategory),
    ("ethnic*", Forbidden::SpecialCategory),
    ("racial", Forbidden::SpecialCategory),
    ("sexual orientation", Forbidden::SpecialCategory),
    ("political*", Forbidden::SpecialCategory),
    ("trade union*", Forbidden::SpecialCategory),
    ("vakbond*", Forbidden::SpecialCategory),
    ("criminal record*", Forbidden::SpecialCategory),
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What forbidden data a text (a question, a field's name) asks for, if any.
pub fn asks_for(text: &str) -> Option<Forbidden> {
    // Field names come as `id_copy` or `healthCondition`: split snake and camel case too.
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut previous_lower = false;
    for c in text.chars() {
        if c.is_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_lowercase();
        spaced.push(if c == '_' { ' ' } else { c });
    }
    let words = words(&spaced);
    PHRASES.iter().find_map(|(phrase, kind)| {
        let (phrase, prefix) = match phrase.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (*phrase, false),
        };
        let wanted = self::words(phrase);
        let n = wanted.len();
        let found = words.windows(n).any(|window| {
            window.iter().zip(&wanted).enumerate().all(|(i, (word, want))| {
                if prefix && i == n - 1 { word.starts_with(want.as_str()) } else { word == want }
            })
        });
        found.then_some(*kind)
    })
}

/// Whether a text contains a number that is a valid BSN: nine digits (or 4.2.3 with dots or
/// spaces) that pass the eleven test.
pub fn contains_bsn(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && (chars[i - 1].is_ascii_digit())) {
            i += 1;
            continue;
        }
        // Read a run of digits with single dots or spaces between them.
        let mut digits = Vec::new();
        let mut j = i;
        while j < chars.len() {
            if let Some(d) = chars[j].to_digit(10) {
                digits.push(d);
                j += 1;
            } else if (chars[j] == '.' || chars[j] == ' ')
                && j + 1 < chars.len()
                && chars[j + 1].is_ascii_digit()
                && digits.len() < 9
            {
                j += 1;
            } else {
                break;
            }
        }
        if digits.len() == 9 && eleven_test(&digits) {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

fn eleven_test(digits: &[u32]) -> bool {
    let sum: i64 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let weight = if i == 8 { -1 } else { 9 - i64::try_from(i).unwrap_or(0) };
            weight * i64::from(*d)
        })
        .sum();
    sum != 0 && sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_that_ask_for_forbidden_data_are_recognised() {
        assert_eq!(asks_for("What is your BSN?"), Some(Forbidden::Bsn));
        assert_eq!(asks_for("Wat is je burgerservicenummer?"), Some(Forbidden::Bsn));
        assert_eq!(asks_for("Please upload a copy of your passport"), Some(Forbidden::IdentityDocument));
        assert_eq!(asks_for("id_copy"), Some(Forbidden::IdentityDocument));
        assert_eq!(asks_for("healthCondition"), Some(Forbidden::Health));
        assert_eq!(asks_for("Do you have a disability we should know about?"), Some(Forbidden::Health));
        assert_eq!(asks_for("Are you pregnant?"), Some(Forbidden::Health));
        assert_eq!(asks_for("What is your religion?"), Some(Forbidden::SpecialCategory));
    }

    #[test]
    fn ordinary_questions_pass() {
        for question in [
            "Can you work in Amsterdam three days a week?",
            "Have you debugged race conditions in concurrent code?",
            "Are you enrolled at a Dutch university for the whole internship?",
            "Do you have experience with health-check endpoints in Kubernetes?",
            "Can you commit to 32 hours a week?",
        ] {
            assert_eq!(asks_for(question), None, "{question}");
        }
    }

    #[test]
    fn valid_bsns_are_found_and_other_numbers_are_not() {
        // 111222333 passes the eleven test (a well-known test number).
        assert!(contains_bsn("My BSN is 111222333."));
        assert!(contains_bsn("nummer 1112.22.333"));
        assert!(!contains_bsn("Call me on 0612345678"));
        assert!(!contains_bsn("Order 123456789 shipped"));
        assert!(!contains_bsn("I scored 9/10 in 2024"));
        assert!(!contains_bsn("000000000"));
    }
}

//! A notice's e-mail written with made-up values, for an administrator previewing the words of
//! a template before saving them: every placeholder the notice provides gets a value like the one
//! a real letter would give, and the link is the page a real one leads to.

use super::links::{self, Target};
use super::{Letter, fill};
use crate::i18n::{self, Lang};
use chrono::{Duration, Utc};
use cohort_domain::delivery::{Audience, Notice};
use cohort_domain::email_template::Template;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The subject and paragraphs `template` gives for `notice`, with sample values, as the candidate
/// of organisation `org` (name, slug) would read it in `lang`.
pub fn sample(
    public_url: &str,
    org: (&str, &str),
    notice: Notice,
    lang: Lang,
    template: &Template,
) -> (String, Vec<String>) {
    let say = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
    let soon = Utc::now() + Duration::days(7);
    let when = |days: i64| i18n::date_time(lang, soon + Duration::days(days));
    let (application, record) = (Uuid::nil(), Uuid::max());
    let target = match notice {
        Notice::InterviewOffered | Notice::InterviewInvitation | Notice::InterviewCancelled => {
            Target::Interview(record, application)
        }
        Notice::CaseStudyAssigned => Target::CaseStudy(record, application),
        Notice::OfferSent => Target::Offer(record, application),
        Notice::MentorIntroduction => Target::Internship,
        Notice::SeatPromoted => Target::Trainings,
        _ => Target::Application(application),
    };
    let name = "Ada de Vries";
    let stage = i18n::stage(lang, "Interview");
    let team = say("mail-sample-team", &[]);
    let values: BTreeMap<&str, String> = BTreeMap::from([
        ("greeting", say("mail-greeting", &[("name", name.into())])),
        ("candidate_name", name.to_owned()),
        ("candidate_email", "ada@student.example.org".to_owned()),
        ("vacancy", say("mail-sample-vacancy", &[])),
        ("organisation", org.0.to_owned()),
        ("stage", stage.clone()),
        ("next_step", say("mail-next-step", &[("stage", stage.as_str().into())])),
        ("kind", say("mail-interview-kind", &[("kind", "technical".into())])),
        ("minutes", "45".to_owned()),
        ("slots", [0, 1, 2].map(|d| format!("- {}", when(d))).join("\n")),
        ("time", when(0)),
        ("place", say("mail-place-online", &[("video", "https://meet.example.org/ada".into())])),
        ("with", String::new()),
        ("reason", say("mail-sample-reason", &[])),
        ("title", say("mail-sample-case-study", &[])),
        ("deadline", when(14)),
        (
            "terms",
            say(
                "mail-terms",
                &[
                    ("starts", i18n::date(lang, soon.date_naive()).into()),
                    ("ends", i18n::date(lang, (soon + Duration::days(150)).date_naive()).into()),
                    ("hours", 32_u32.into()),
                    ("location", "Delft".into()),
                    ("team", team.as_str().into()),
                ],
            ),
        ),
        ("mentor_name", "Grace Jansen".to_owned()),
        ("mentor_email", "grace@company.example.org".to_owned()),
        ("training", say("mail-sample-training", &[])),
        ("link", links::page(public_url, org.1, Audience::Candidate, target)),
    ]);
    let Letter { subject, paragraphs, .. } = fill(template, &values);
    (subject, paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cohort_domain::email_template::{NOTICES, default_template, placeholders};

    /// No e-mail body sends anyone to the JSON API, and every placeholder each notice provides
    /// has a value: over every notice's template, in every language, the words written out hold
    /// no `/api/v1/` and no `{placeholder}` left unfilled.
    #[test]
    fn no_notice_links_to_the_api_or_leaves_a_placeholder_unfilled() {
        for notice in NOTICES {
            let every = placeholders(notice).iter().map(|p| format!("{{{p}}}")).collect::<Vec<_>>().join(" ");
            for lang in Lang::ALL {
                let default = default_template(notice, lang);
                let all = Template { subject: default.subject.clone(), body: every.clone() };
                for template in [default, all] {
                    let (subject, paragraphs) =
                        sample("https://cohort.example", ("Acme", "acme"), notice, lang, &template);
                    let text = format!("{subject}\n{}", paragraphs.join("\n\n"));
                    assert!(!text.contains("/api/"), "{notice:?} in {lang:?}: {text}");
                    assert!(!text.contains('{'), "{notice:?} in {lang:?} left a placeholder: {text}");
                    assert!(!text.contains("mail-sample"), "{notice:?} in {lang:?}: {text}");
                }
                if placeholders(notice).contains(&"link") {
                    let (_, paragraphs) = sample(
                        "https://cohort.example",
                        ("Acme", "acme"),
                        notice,
                        lang,
                        &default_template(notice, lang),
                    );
                    let text = paragraphs.join("\n");
                    assert!(text.contains("https://cohort.example/me"), "{notice:?} in {lang:?}: {text}");
                }
            }
        }
    }
}

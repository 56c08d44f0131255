//! The e-mails about a person's account: confirming a registration, a password reset, an
//! invitation to an organisation, a new role.

use super::{Letter, build, mailbox};
use crate::config::Config;
use crate::i18n::{self, Lang};
use anyhow::anyhow;
use lettre::Message;
use uuid::Uuid;

/// An e-mail about a person's account rather than an application: the link that confirms a
/// registration, the notice that an address asked for one already has an account, a password
/// reset link, an invitation to an organisation (with the link to choose a password) or the
/// notice that an existing account holds a new role.
pub fn account_message(
    config: &Config,
    job_id: Uuid,
    account: &serde_json::Value,
) -> anyhow::Result<Message> {
    let text = |key: &str| account[key].as_str().ok_or_else(|| anyhow!("account e-mail without {key}"));
    let (to, name) = (text("to")?, text("name")?);
    let public_url = config.public_url();
    let lang = account["language"].as_str().and_then(Lang::from_tag).unwrap_or_default();
    let say = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
    let greeting = say("mail-greeting", &[("name", name.into())]);
    let letter = match text("letter")? {
        "confirm_registration" => {
            let encode = crate::http::encode;
            let mut link = format!("{public_url}/register/confirm?token={}", encode(text("token")?));
            if let Some(next) = account["next"].as_str().filter(|n| *n != "/me" && !n.is_empty()) {
                link.push_str(&format!("&next={}", encode(next)));
            }
            Letter {
                subject: say("mail-confirm-subject", &[]),
                paragraphs: vec![
                    greeting,
                    say("mail-confirm-text", &[]),
                    link,
                    say("mail-confirm-ignore", &[]),
                ],
                calendar: None,
            }
        }
        "account_exists" => Letter {
            subject: say("mail-exists-subject", &[]),
            paragraphs: vec![
                greeting,
                say("mail-exists-text", &[]),
                format!("{public_url}/login"),
                say("mail-exists-ignore", &[]),
            ],
            calendar: None,
        },
        "reset_password" => Letter {
            subject: say("mail-reset-subject", &[]),
            paragraphs: vec![
                greeting,
                say("mail-reset-text", &[]),
                format!("{public_url}/password/reset?token={}", crate::http::encode(text("token")?)),
                say("mail-reset-ignore", &[]),
            ],
            calendar: None,
        },
        "invitation" | "added_to_org" => {
            let args = [
                ("inviter", text("inviter")?.into()),
                ("organisation", text("organisation")?.into()),
                ("role", text("role")?.into()),
            ];
            if text("letter")? == "invitation" {
                Letter {
                    subject: say("mail-invitation-subject", &args),
                    paragraphs: vec![
                        greeting,
                        say("mail-invitation-text", &args),
                        format!("{public_url}/password/reset?token={}", crate::http::encode(text("token")?)),
                        say("mail-invitation-ignore", &[]),
                    ],
                    calendar: None,
                }
            } else {
                Letter {
                    subject: say("mail-added-subject", &args),
                    paragraphs: vec![greeting, say("mail-added-text", &args), format!("{public_url}/login")],
                    calendar: None,
                }
            }
        }
        "talent_invitation" => {
            let args = [
                ("inviter", text("inviter")?.into()),
                ("organisation", text("organisation")?.into()),
                ("vacancy", text("vacancy")?.into()),
            ];
            Letter {
                subject: say("mail-talent-subject", &args),
                paragraphs: vec![
                    greeting,
                    say("mail-talent-text", &args),
                    text("link")?.to_owned(),
                    say("mail-talent-ignore", &args),
                ],
                calendar: None,
            }
        }
        other => anyhow::bail!("unknown account e-mail {other:?}"),
    };
    build(config, &job_id.to_string(), vec![mailbox(name, to)?], letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every account e-mail, in every language, leads to a page of the site and never to the
    /// JSON API.
    #[test]
    fn every_account_letter_links_to_a_page() {
        let config = Config::default();
        for lang in Lang::ALL {
            for (letter, path) in [
                ("confirm_registration", "/register/confirm?token=t0ken"),
                ("account_exists", "/login"),
                ("reset_password", "/password/reset?token=t0ken"),
                ("invitation", "/password/reset?token=t0ken"),
                ("added_to_org", "/login"),
                ("talent_invitation", "/jobs/0190"),
            ] {
                let account = serde_json::json!({
                    "letter": letter, "to": "ada@example.org", "name": "Ada", "token": "t0ken",
                    "next": "/me", "language": lang.code(), "organisation": "Acme", "role": "recruiter",
                    "inviter": "Alice", "vacancy": "Backend intern", "link": "http://127.0.0.1:8080/jobs/0190",
                });
                let message = account_message(&config, Uuid::now_v7(), &account).unwrap();
                let text = String::from_utf8(message.formatted()).unwrap();
                let text = text.replace("=\r\n", "").replace("=3D", "=");
                assert!(text.contains(path), "{letter} in {lang:?} links nowhere: {text}");
                assert!(!text.contains("/api/v1/"), "{letter} in {lang:?} links to the API: {text}");
            }
        }
    }
}

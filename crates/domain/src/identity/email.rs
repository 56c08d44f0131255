use serde::{Deserialize, Serialize};
use std::fmt;

/// An e-mail address, trimmed and lower-cased so that one person has one account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

/// Why a text is not an e-mail address.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidEmail {
    /// Nothing was given.
    #[error("is required")]
    Empty,
    /// Longer than an address can be (RFC 5321: 254 octets).
    #[error("must be at most 254 characters (bytes, for letters beyond ASCII)")]
    TooLong,
    /// Not of the form `name@domain.tld`.
    #[error("is not an e-mail address like name@example.org")]
    Malformed,
}

impl EmailAddress {
    /// Parses and normalises an address: a dot-atom local part (RFC 5322: letters, digits and
    /// ``!#$%&'*+-/=?^_`{|}~``, single dots between them) of at most 64 octets, `@`, and a domain
    /// of at least two labels (letters, digits and inner hyphens, at most 63 octets each); at most
    /// 254 octets in all (RFC 5321). What this accepts, delivery can send to.
    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let address = raw.trim().to_lowercase();
        if address.is_empty() {
            return Err(InvalidEmail::Empty);
        }
        if address.len() > 254 {
            return Err(InvalidEmail::TooLong);
        }
        let (local, domain) = address.rsplit_once('@').ok_or(InvalidEmail::Malformed)?;
        let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
        let local_ok =
            local.len() <= 64 && local.split('.').all(|atom| !atom.is_empty() && atom.chars().all(atext));
        let label_ok = |label: &str| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        let domain_ok = domain.split('.').count() >= 2 && domain.split('.').all(label_ok);
        if local_ok && domain_ok { Ok(Self(address)) } else { Err(InvalidEmail::Malformed) }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`.
    pub fn local_part(&self) -> &str {
        self.0.split_once('@').map_or(self.0.as_str(), |(local, _)| local)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = InvalidEmail;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<EmailAddress> for String {
    fn from(email: EmailAddress) -> Self {
        email.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

crate::said_as_problems!(InvalidEmail {
    Empty => "required",
    TooLong => "email-too-long",
    Malformed => "email-malformed",
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_space() {
        assert_eq!(EmailAddress::parse("  Ada@Example.ORG ").unwrap().as_str(), "ada@example.org");
    }

    #[test]
    fn rejects_what_is_not_an_address() {
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@example",
            "ada@.org",
            "ada@example.",
            "a b@example.org",
            "ada@@example.org",
            "ada@exa..mple.org",
            "a(b)@x.org",
            ".a@x.org",
            "a.@x.org",
            "a..b@x.org",
            "\"a b\"@x.org",
            "a@-x.org",
            "a@x-.org",
            "a@x_y.org",
            "ad\u{e9}@x.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), Err(InvalidEmail::TooLong));
        let octets = format!("a@{}.org", "\u{e9}".repeat(126));
        assert_eq!(EmailAddress::parse(&octets), Err(InvalidEmail::TooLong), "254 octets, not characters");
        let local = format!("{}@x.org", "a".repeat(65));
        assert_eq!(
            EmailAddress::parse(&local),
            Err(InvalidEmail::Malformed),
            "at most 64 octets before the @"
        );
    }

    #[test]
    fn accepts_what_delivery_sends_to() {
        for good in [
            "ada@example.org",
            "a.b+intern@student.tudelft.nl",
            "o'neil@x.org",
            "a_b-c@sub.x-y.org",
            "ada@m\u{fc}nchen.de",
        ] {
            assert!(EmailAddress::parse(good).is_ok(), "{good:?} was refused");
        }
    }
}

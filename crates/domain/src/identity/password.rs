use std::fmt;

/// The 10,000 most common passwords of 8 characters or more, lower-cased and sorted, from the
/// frequency lists of zxcvbn (MIT licence).
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// A password a person may choose: 8 to 128 characters, not a common password and not their
/// e-mail address. No composition rules (NIST SP 800-63B). Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

/// Why a password is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidPassword {
    /// Under 8 characters.
    #[error("must be at least 8 characters")]
    TooShort,
    /// Over 128 characters.
    #[error("must be at most 128 characters")]
    TooLong,
    /// Among the most common passwords, so guessed first.
    #[error("is too common; choose a longer phrase that others would not guess")]
    Common,
    /// The same as (or contained in) the e-mail address.
    #[error("must not be your e-mail address")]
    SameAsEmail,
}

impl Password {
    /// Checks a chosen password; `email` is the account's address, which it must not repeat.
    pub fn parse(raw: &str, email: Option<&str>) -> Result<Self, InvalidPassword> {
        let length = raw.chars().count();
        if length < 8 {
            return Err(InvalidPassword::TooShort);
        }
        if length > 128 {
            return Err(InvalidPassword::TooLong);
        }
        let lowered = raw.to_lowercase();
        if COMMON_PASSWORDS.lines().any(|common| common == lowered) {
            return Err(InvalidPassword::Common);
        }
        if let Some(email) = email {
            let email = email.trim().to_lowercase();
            let local = email.split('@').next().unwrap_or_default();
            if lowered == email || (local.chars().count() >= 8 && lowered == local) {
                return Err(InvalidPassword::SameAsEmail);
            }
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

crate::said_as_problems!(InvalidPassword {
    TooShort => "password-too-short",
    TooLong => "password-too-long",
    Common => "password-common",
    SameAsEmail => "password-is-email",
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(Password::parse("short", None), Err(InvalidPassword::TooShort));
        assert!(Password::parse("ŝŝŝŝŝŝŝŝ-unique", None).is_ok());
        assert_eq!(Password::parse(&"x".repeat(129), None), Err(InvalidPassword::TooLong));
        assert!(Password::parse(&"correct horse battery staple ".repeat(5)[..128], None).is_ok());
    }

    #[test]
    fn common_passwords_are_refused_in_any_case() {
        for common in ["password", "Password", "12345678", "qwertyuiop", "Football", "trustno1"] {
            assert_eq!(Password::parse(common, None), Err(InvalidPassword::Common), "{common}");
        }
        assert!(Password::parse("tulips in Delft at dawn", None).is_ok());
    }

    #[test]
    fn the_email_is_not_a_password() {
        assert_eq!(
            Password::parse("Ada.Lovelace@example.org", Some("ada.lovelace@example.org")),
            Err(InvalidPassword::SameAsEmail)
        );
        assert_eq!(
            Password::parse("adalovelace", Some("adalovelace@example.org")),
            Err(InvalidPassword::SameAsEmail)
        );
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let p = Password::parse("tulips in Delft at dawn", None).unwrap();
        assert!(!format!("{p:?}").contains("tulips"));
    }

    #[test]
    fn the_list_is_sorted_and_lower_case() {
        let lines: Vec<&str> = COMMON_PASSWORDS.lines().collect();
        assert!(lines.len() >= 9_000);
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        assert!(lines.iter().all(|l| *l == l.to_lowercase()));
    }
}

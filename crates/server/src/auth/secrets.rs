//! Random secrets and their digests. Secrets are shown once; only digests are stored.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// The prefix of API token secrets, so that secret scanners can recognise leaked ones.
pub const API_TOKEN_PREFIX: &str = "cohort_pat_";

/// 256 random bits, URL-safe.
pub fn random_secret() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// A new API token secret.
pub fn api_token_secret() -> anyhow::Result<String> {
    Ok(format!("{API_TOKEN_PREFIX}{}", random_secret()?))
}

/// The SHA-256 of a secret, hex: what the database stores and looks up. (A fast hash is right
/// here: the secrets are 256 random bits, not guessable passwords.)
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether two secrets are equal, taking the same time wherever they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A one-time password: four groups of five characters from an alphabet without look-alikes
/// (about 99 bits), easy to read out and type.
pub fn one_time_password() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let chars: Vec<char> =
        bytes.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect();
    Ok(chars.chunks(5).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_and_distinct() {
        let a = random_secret().unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_secret().unwrap());
        assert!(api_token_secret().unwrap().starts_with(API_TOKEN_PREFIX));
    }

    #[test]
    fn digests_are_sha256_hex() {
        assert_eq!(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn one_time_passwords_are_valid_passwords() {
        let otp = one_time_password().unwrap();
        assert_eq!(otp.len(), 23);
        assert!(cohort_domain::identity::Password::parse(&otp, None).is_ok());
    }
}

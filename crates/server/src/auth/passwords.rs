//! argon2id password hashes (OWASP's parameters: 19 MiB, 2 passes), computed off the async
//! threads because each takes tens of milliseconds of CPU.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use cohort_domain::identity::Password;

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// Hashes a password into a PHC string.
pub async fn hash(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// Whether `password` matches the PHC string. A malformed hash never matches.
pub async fn verify(password: &str, phc: &str) -> anyhow::Result<bool> {
    let (password, phc) = (password.to_owned(), phc.to_owned());
    Ok(tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc)
            .is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await?)
}

/// A hash of a random password, checked against when the e-mail is unknown so that a failed
/// login takes as long whether or not the account exists.
pub async fn decoy_hash() -> anyhow::Result<String> {
    let secret = super::secrets::random_secret()?;
    let password = Password::parse(&secret, None).map_err(|e| anyhow::anyhow!("{e}"))?;
    hash(&password).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_only_their_password() {
        let password = Password::parse("tulips in Delft at dawn", None).unwrap();
        let phc = hash(&password).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("tulips in Delft at dawn", &phc).await.unwrap());
        assert!(!verify("tulips in Delft at dusk", &phc).await.unwrap());
        assert!(!verify("anything", "not a hash").await.unwrap());
    }
}

//! argon2id password hashes (OWASP's parameters: 19 MiB, 2 passes), computed off the async
//! threads because each takes tens of milliseconds of CPU.
//!
//! At most one hash per core runs at a time (more would not finish sooner), and each running hash
//! reuses a 19 MiB working area kept from earlier hashes. Without the limit, a burst of sign-ins
//! (or someone sending hundreds at once) started a blocking thread and 19 MiB per request; without
//! the reuse, the allocator kept hundreds of MiB after a burst (see
//! `scripts/bench-registration-burst.py`).

use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use cohort_domain::identity::Password;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use tokio::sync::Semaphore;

/// Runs `work` on the blocking pool once one of the per-core permits is free. The permit moves
/// into the blocking task and is released when the work ends, not when the caller stops waiting:
/// a request dropped mid-hash (its client went away, it timed out) leaves the hash running, and
/// that hash still counts.
async fn on_a_core<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    static CORES: LazyLock<Arc<Semaphore>> = LazyLock::new(|| {
        Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)))
    });
    let permit = Arc::clone(&CORES).acquire_owned().await?;
    Ok(tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work()
    })
    .await?)
}

/// Computes the argon2 output for `password` and `salt` into a buffer of `output_len` bytes, in a
/// working area taken from (and given back to) the ones kept for reuse. A hash asking for more
/// memory than our parameters (one made elsewhere) gets a working area of its own.
fn argon2_output(
    argon2: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: &[u8],
    output_len: usize,
) -> anyhow::Result<Output> {
    static KEPT: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());
    let needed = params.block_count().max(Params::default().block_count());
    let mut memory = KEPT
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .pop()
        .filter(|kept| kept.len() >= needed)
        .unwrap_or_else(|| vec![Block::new(); needed]);
    let output = Output::init_with(output_len, |out| {
        argon2.hash_password_into_with_memory(password, salt, out, &mut memory).map_err(Into::into)
    });
    if memory.len() == Params::default().block_count() {
        KEPT.lock().unwrap_or_else(PoisonError::into_inner).push(memory);
    }
    output.map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

/// Hashes a password into a PHC string.
pub async fn hash(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    on_a_core(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        let params = Params::default();
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        let output = argon2_output(&argon2, &params, password.as_bytes(), &salt, Params::DEFAULT_OUTPUT_LEN)?;
        let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
        let phc = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: (&params).try_into().map_err(|e| anyhow::anyhow!("parameters: {e}"))?,
            salt: Some(salt.as_salt()),
            hash: Some(output),
        };
        Ok(phc.to_string())
    })
    .await?
}

/// Whether `password` matches the PHC string. A malformed hash never matches.
pub async fn verify(password: &str, phc: &str) -> anyhow::Result<bool> {
    let (password, phc) = (password.to_owned(), phc.to_owned());
    on_a_core(move || matches(password.as_bytes(), &phc)).await
}

/// Recomputes the hash with the PHC string's own algorithm, parameters and salt and compares the
/// outputs in constant time.
fn matches(password: &[u8], phc: &str) -> bool {
    let computed = || -> Option<bool> {
        let parsed = PasswordHash::new(phc).ok()?;
        let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
        let version = parsed.version.map(Version::try_from).transpose().ok()?.unwrap_or_default();
        let params = Params::try_from(&parsed).ok()?;
        let expected = parsed.hash?;
        let mut salt = [0u8; 64];
        let salt = parsed.salt?.decode_b64(&mut salt).ok()?;
        let argon2 = Argon2::new(algorithm, version, params.clone());
        let output = argon2_output(&argon2, &params, password, salt, expected.len()).ok()?;
        Some(output == expected)
    };
    computed().unwrap_or(false)
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
        let standard = argon2::password_hash::PasswordVerifier::verify_password(
            &Argon2::default(),
            b"tulips in Delft at dawn",
            &PasswordHash::new(&phc).unwrap(),
        );
        assert!(standard.is_ok(), "the argon2 crate checks our hashes too");
        assert!(verify("tulips in Delft at dawn", &phc).await.unwrap());
        assert!(!verify("tulips in Delft at dusk", &phc).await.unwrap());
        assert!(!verify("anything", "not a hash").await.unwrap());
    }

    /// Hashes made by the argon2 crate's own hasher (as every stored hash was before the working
    /// memory was reused) still verify, with our parameters and with others, after the kept
    /// working areas hold an earlier hash's memory.
    #[tokio::test]
    async fn hashes_made_by_the_argon2_crate_verify() {
        use argon2::password_hash::PasswordHasher;
        let password = Password::parse("tulips in Delft at dawn", None).unwrap();
        hash(&password).await.unwrap();
        let salt = SaltString::encode_b64(b"sixteen byte sal").unwrap();
        for params in [Params::default(), Params::new(4096, 3, 2, Some(24)).unwrap()] {
            let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
            let phc = argon2.hash_password(b"tulips in Delft at dawn", &salt).unwrap().to_string();
            assert!(verify("tulips in Delft at dawn", &phc).await.unwrap(), "{phc}");
            assert!(!verify("tulips in Delft at dusk", &phc).await.unwrap(), "{phc}");
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_hashes_run_at_once_than_there_are_cores() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let cores = std::thread::available_parallelism().unwrap().get();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..cores * 4)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(on_a_core(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let most = most.load(Ordering::SeqCst);
        assert!((1..=cores).contains(&most), "{most} ran at once on {cores} cores");
    }

    /// Callers that stop waiting (a client disconnects, a request times out) do not free their
    /// core while their hash still runs: 200 callers dropped at once never run more hashes at a
    /// time than there are cores.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn dropped_callers_keep_their_core_until_the_hash_ends() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let cores = std::thread::available_parallelism().unwrap().get();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let work = |running: Arc<AtomicUsize>, most: Arc<AtomicUsize>| {
            move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(30));
                running.fetch_sub(1, Ordering::SeqCst);
            }
        };
        let callers: Vec<_> =
            (0..200).map(|_| tokio::spawn(on_a_core(work(running.clone(), most.clone())))).collect();
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        // The callers go away while the first hashes run; new ones come.
        for caller in &callers {
            caller.abort();
        }
        let after: Vec<_> =
            (0..cores * 4).map(|_| tokio::spawn(on_a_core(work(running.clone(), most.clone())))).collect();
        for task in after {
            task.await.unwrap().unwrap();
        }
        while running.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let most = most.load(Ordering::SeqCst);
        assert!(most <= cores, "{most} hashes ran at once on {cores} cores after their callers went away");
    }
}

//! Password hashing (argon2id, OWASP parameters) and the common-password block-list.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::sync::LazyLock;

/// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB of memory, 2 iterations, 1 lane.
fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters"))
}

/// The 10,000 most common passwords (see `app/data/README.md`), lower-cased.
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| include_str!("../../data/common-passwords-10k.txt").lines().collect());

pub fn is_common(password: &str) -> bool {
    COMMON.contains(password.to_lowercase().as_str())
}

/// Hashing costs tens of milliseconds of CPU: it runs off the async workers.
pub async fn hash(password: String) -> String {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.as_bytes(), &salt).expect("argon2 hashing with valid parameters").to_string()
    })
    .await
    .expect("hashing task")
}

pub async fn verify(password: String, stored_hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash).map(|h| argon2().verify_password(password.as_bytes(), &h).is_ok()).unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Spends the time of a real verification when there is no account, so the answer's timing does
/// not tell whether an e-mail address is registered.
pub async fn verify_nothing(password: String) {
    static DUMMY: LazyLock<String> = LazyLock::new(|| {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(b"no account has this password", &salt).expect("argon2").to_string()
    });
    let dummy = DUMMY.clone();
    let _ = verify(password, dummy).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_list_has_ten_thousand_entries() {
        assert_eq!(COMMON.len(), 10_000);
        assert!(is_common("password"));
        assert!(is_common("PASSWORD"));
        assert!(!is_common("tram-lilac-window-79"));
    }

    #[tokio::test]
    async fn hashes_verify_and_are_argon2id() {
        let h = hash("correct horse battery".into()).await;
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery".into(), h.clone()).await);
        assert!(!verify("correct horse batterY".into(), h).await);
        assert!(!verify("x".into(), "not a hash".into()).await);
    }
}

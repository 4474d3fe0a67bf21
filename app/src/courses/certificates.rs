//! Issuing certificates: when a signed-in learner's required lessons are all done, the course
//! gives them a certificate with a code anyone can check, and the same facts as a signed Open
//! Badges 3.0 credential. The issuer key is made on first use and kept in the database, so
//! every app server signs with the same key.

use super::credential::{self, Claim};
use super::repo::{self, Certificate, NewCertificate, Stored};
use super::rules;
use crate::db::{now, Db};
use crate::i18n::rfc3339;
use crate::identity::SessionUser;
use crate::web::AppError;
use base64::Engine;
use ed25519_dalek::SigningKey;
use rand::RngCore;
use std::collections::BTreeSet;

fn key_of(secret: &str) -> Option<SigningKey> {
    let bytes = base64::engine::general_purpose::STANDARD.decode(secret).ok()?;
    let seed: [u8; 32] = bytes.try_into().ok()?;
    Some(SigningKey::from_bytes(&seed))
}

/// Every issuer key, newest first (the newest signs).
pub async fn keys(db: &Db) -> Result<Vec<(String, SigningKey)>, AppError> {
    let mut stored = repo::keys(db).await?;
    if stored.is_empty() {
        let mut seed = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut seed);
        let secret = base64::engine::general_purpose::STANDARD.encode(seed);
        repo::add_key_if_none(db, "key-1", &secret).await?;
        stored = repo::keys(db).await?;
    }
    Ok(stored.into_iter().filter_map(|(id, secret)| key_of(&secret).map(|k| (id, k))).collect())
}

fn new_code() -> String {
    let mut rng = rand::thread_rng();
    let letters: String =
        (0..rules::CODE_LEN).map(|_| rules::CODE_ALPHABET[(rng.next_u32() as usize) % rules::CODE_ALPHABET.len()] as char).collect();
    rules::normalise_code(&letters).unwrap_or(letters)
}

/// The learner's certificate for the course: issued now if every required lesson is done and
/// none was issued before; `None` while the course is not complete.
pub async fn issue_if_complete(
    db: &Db,
    base_url: &str,
    user: &SessionUser,
    stored: &Stored,
    lang: &str,
) -> Result<Option<Certificate>, AppError> {
    if let Some(c) = repo::certificate_of(db, user.id, stored.id).await? {
        return Ok(Some(c));
    }
    let learner = super::access::of_user(user.id);
    let done: BTreeSet<String> =
        repo::progress(db, &learner, stored.id).await?.into_iter().filter(|p| p.done_at.is_some()).map(|p| p.lesson).collect();
    let course = &stored.course;
    if !rules::progress(course, &done).complete {
        return Ok(None);
    }
    let scores = repo::best_scores(db, &learner, stored.id).await?;
    let (right, asked) = scores.iter().fold((0i64, 0i64), |(r, a), (_, c, q)| (r + c, a + q));
    let percent = (asked > 0).then(|| rules::percent(right as usize, asked as usize));
    let band = rules::score_band(percent);
    let text = course.text(lang);
    let completed = now();
    let code = new_code();
    let hours = rules::hours(course.minutes());
    let criteria = format!(
        "Every required lesson of the course done, each quiz passed with at least {} per cent of its questions right.",
        course.pass_mark
    );
    let claim = Claim {
        base_url,
        code: &code,
        learner_name: &user.name,
        course_slug: &course.slug,
        course_title: &text.title,
        course_summary: &text.summary,
        criteria: &criteria,
        hours: &hours,
        score_band: band,
        lang: &text.lang,
        issued: &rfc3339(completed),
    };
    let keys = keys(db).await?;
    let (key_id, key) = keys.first().ok_or_else(|| AppError::new("no usable issuer key"))?;
    let method = format!("{}#{key_id}", credential::did_of(base_url));
    let signed = credential::sign(credential::credential(&claim), key, &method, &rfc3339(completed)).map_err(AppError::new)?;
    let new = NewCertificate {
        code: &code,
        user_id: user.id,
        course_id: stored.id,
        course_version: stored.version,
        learner_name: &user.name,
        course_title: &text.title,
        lang: &text.lang,
        minutes: i64::from(course.minutes()),
        score_band: band,
        completed_at: completed,
        credential: &signed.to_string(),
    };
    repo::insert_certificate(db, &new).await?;
    // Another request may have issued it first: the stored one is the certificate.
    Ok(repo::certificate_of(db, user.id, stored.id).await?)
}

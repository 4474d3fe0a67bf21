//! The Open Badges 3.0 credential of a certificate: a W3C verifiable credential
//! (`OpenBadgeCredential`) with a Data Integrity proof of the `eddsa-jcs-2022` cryptosuite: the
//! document and the proof options are canonicalised by JCS (RFC 8785), each hashed with SHA-256,
//! and the two hashes signed with the platform's Ed25519 key. The key is published as a
//! `did:web` document at `/.well-known/did.json`, so any verifier can check a credential offline
//! once it has the key.

use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// The platform's DID for its public address: `did:web:host` (a port is written `%3A`), the
/// path of a non-root address as further `:`-separated parts.
pub fn did_of(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r).trim_end_matches('/');
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut did = format!("did:web:{}", host.replace(':', "%3A"));
    for part in path.split('/').filter(|p| !p.is_empty()) {
        did.push(':');
        did.push_str(part);
    }
    did
}

/// An Ed25519 public key as a Multikey value: `z` + base58btc of the multicodec prefix 0xed01
/// and the 32 key bytes.
pub fn multikey(key: &ed25519_dalek::VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The DID document that publishes the issuer's keys (newest first) for assertions.
pub fn did_document(base_url: &str, keys: &[(String, ed25519_dalek::VerifyingKey)]) -> Value {
    let did = did_of(base_url);
    let methods: Vec<Value> = keys
        .iter()
        .map(|(id, key)| json!({ "id": format!("{did}#{id}"), "type": "Multikey", "controller": did, "publicKeyMultibase": multikey(key) }))
        .collect();
    let ids: Vec<Value> = keys.iter().map(|(id, _)| Value::String(format!("{did}#{id}"))).collect();
    json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": ids,
    })
}

/// What a credential says.
pub struct Claim<'a> {
    pub base_url: &'a str,
    pub code: &'a str,
    pub learner_name: &'a str,
    pub course_slug: &'a str,
    pub course_title: &'a str,
    pub course_summary: &'a str,
    pub criteria: &'a str,
    pub hours: &'a str,
    pub score_band: &'a str,
    pub lang: &'a str,
    /// RFC 3339, UTC.
    pub issued: &'a str,
}

/// The unsigned credential.
pub fn credential(c: &Claim) -> Value {
    let base = c.base_url.trim_end_matches('/');
    json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": format!("{base}/courses/certificates/{}", c.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": did_of(c.base_url), "type": ["Profile"], "name": "PPI Hub", "url": base },
        "validFrom": c.issued,
        "name": c.course_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{ "type": "IdentityObject", "identityHash": c.learner_name, "identityType": "name", "hashed": false }],
            "achievement": {
                "id": format!("{base}/courses/{}", c.course_slug),
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": c.course_title,
                "description": c.course_summary,
                "criteria": { "narrative": c.criteria },
                "inLanguage": c.lang,
                "fieldOfStudy": "Innovation procurement",
            },
            "result": [{ "type": ["Result"], "value": c.score_band }],
            "creditsEarned": c.hours,
        },
    })
}

fn jcs(v: &Value) -> Result<Vec<u8>, String> {
    serde_jcs::to_vec(v).map_err(|e| e.to_string())
}

/// Signs `document` (which has no proof) per eddsa-jcs-2022 and returns it with its proof.
pub fn sign(mut document: Value, key: &SigningKey, verification_method: &str, created: &str) -> Result<Value, String> {
    let mut proof = json!({
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    });
    if let Some(context) = document.get("@context") {
        proof["@context"] = context.clone();
    }
    let mut hash = Sha256::digest(jcs(&proof)?).to_vec();
    hash.extend_from_slice(&Sha256::digest(jcs(&document)?));
    let signature = key.sign(&hash);
    proof["proofValue"] = Value::String(format!("z{}", bs58::encode(signature.to_bytes()).into_string()));
    document["proof"] = proof;
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_web_names_host_port_and_path() {
        assert_eq!(did_of("https://ppihub.eu"), "did:web:ppihub.eu");
        assert_eq!(did_of("http://127.0.0.1:3000/"), "did:web:127.0.0.1%3A3000");
        assert_eq!(did_of("https://example.org/ppi/hub"), "did:web:example.org:ppi:hub");
    }

    #[test]
    fn multikey_has_the_ed25519_prefix() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        assert!(multikey(&key.verifying_key()).starts_with("z6Mk"));
    }
}

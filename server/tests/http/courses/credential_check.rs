//! An Open Badges 3.0 credential checked as an outside verifier would, with none of the code
//! that signed it: the key from the issuer's did:web document (a Multikey: base58btc, decoded
//! here), JCS by serde_json_canonicalizer, Ed25519 by ring, following the eddsa-jcs-2022
//! verification steps of the W3C Data Integrity EdDSA Cryptosuites.

use serde_json::Value;
use sha2::{Digest, Sha256};

const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn base58_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut bytes: Vec<u8> = Vec::new();
    for c in s.bytes() {
        let mut carry = BASE58.iter().position(|b| *b == c).ok_or("not base58")? as u32;
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|c| *c == b'1').count();
    Ok([vec![0; zeros], bytes].concat())
}

fn multibase(v: &Value) -> Result<Vec<u8>, String> {
    let s = v.as_str().ok_or("not a string")?;
    base58_decode(s.strip_prefix('z').ok_or("not base58btc multibase")?)
}

pub fn verify(credential: &Value, did_document: &Value) -> Result<(), String> {
    let mut document = credential.clone();
    let mut proof = document.as_object_mut().ok_or("not an object")?.remove("proof").ok_or("no proof")?;
    if proof["type"] != "DataIntegrityProof" || proof["cryptosuite"] != "eddsa-jcs-2022" || proof["proofPurpose"] != "assertionMethod" {
        return Err("not an eddsa-jcs-2022 assertion proof".into());
    }
    if proof.get("@context").is_some() && proof["@context"] != document["@context"] {
        return Err("the proof's context differs from the document's".into());
    }
    let signature = multibase(&proof.as_object_mut().ok_or("proof")?.remove("proofValue").ok_or("no proofValue")?)?;
    // The key: the verification method the proof names, in the issuer's DID document.
    let method = proof["verificationMethod"].as_str().ok_or("no verificationMethod")?;
    let issuer = document["issuer"]["id"].as_str().ok_or("no issuer")?;
    if did_document["id"] != issuer || !method.starts_with(&format!("{issuer}#")) {
        return Err("the key is not the issuer's".into());
    }
    let asserts = did_document["assertionMethod"].as_array().is_some_and(|a| a.iter().any(|m| m == method));
    let entry = did_document["verificationMethod"].as_array().and_then(|a| a.iter().find(|m| m["id"] == method)).ok_or("unknown key")?;
    let key = multibase(&entry["publicKeyMultibase"])?;
    if !asserts || key.len() != 34 || key[..2] != [0xed, 0x01] {
        return Err("not an Ed25519 assertion key".into());
    }
    let jcs = |v: &Value| serde_json_canonicalizer::to_vec(v).map_err(|e| e.to_string());
    let mut data = Sha256::digest(jcs(&proof)?).to_vec();
    data.extend_from_slice(&Sha256::digest(jcs(&document)?));
    ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, &key[2..])
        .verify(&data, &signature)
        .map_err(|_| "the signature does not verify".to_string())
}

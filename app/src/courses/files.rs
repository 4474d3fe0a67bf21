//! What the courses serve that is not a page: a certificate's credential (Open Badges 3.0 JSON),
//! its PDF to print, its QR code (SVG, the address of its public page), and the issuer's DID
//! document.

use super::certificate_pdf;
use super::certificates;
use super::credential;
use super::repo;
use super::rules::normalise_code;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{viewer_of, AppError};
use axum::extract::{Path, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

/// A certificate that may be shown: withdrawn ones are "not found" except to their holder.
async fn public_certificate(state: &AppState, code: &str) -> Result<repo::Certificate, AppError> {
    let code = normalise_code(code.trim_end_matches(".json")).ok_or(AppError::NotFound)?;
    repo::certificate_by_code(&state.db, &code).await?.filter(|c| c.withdrawn == 0).ok_or(AppError::NotFound)
}

/// GET /certificates/{code}/credential.json
pub async fn credential(State(state): State<AppState>, Path(code): Path<String>) -> Response {
    match public_certificate(&state, &code).await {
        Ok(c) => {
            let disposition = format!("attachment; filename=\"ppi-hub-{}.json\"", c.code);
            ([(header::CONTENT_TYPE, "application/vc+ld+json".to_string()), (header::CONTENT_DISPOSITION, disposition)], c.credential)
                .into_response()
        }
        Err(e) => e.into_response(),
    }
}

/// GET /certificates/{code}/certificate.pdf: the certificate to print, in the reader's language.
pub async fn pdf(State(state): State<AppState>, Path(code): Path<String>, parts: Parts) -> Response {
    let tr = Tr(viewer_of(&parts).locale);
    match public_certificate(&state, &code).await {
        Ok(c) => match certificate_pdf::render(tr, &c, &state.config.base_url) {
            Some(bytes) => {
                let disposition = format!("inline; filename=\"ppi-hub-certificate-{}.pdf\"", c.code);
                ([(header::CONTENT_TYPE, "application/pdf".to_string()), (header::CONTENT_DISPOSITION, disposition)], bytes).into_response()
            }
            None => AppError::new("certificate PDF").into_response(),
        },
        Err(e) => e.into_response(),
    }
}

/// GET /certificates/{code}/qr.svg: the public page's address as a QR code.
pub async fn qr(State(state): State<AppState>, Path(code): Path<String>) -> Response {
    match public_certificate(&state, &code).await {
        Ok(c) => match qr_svg(&format!("{}/certificates/{}", state.config.base_url.trim_end_matches('/'), c.code)) {
            Some(svg) => ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response(),
            None => AppError::new("QR code").into_response(),
        },
        Err(e) => e.into_response(),
    }
}

pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
}

/// GET /.well-known/did.json: the platform as a `did:web` issuer, with its public keys.
pub async fn did_document(State(state): State<AppState>) -> Response {
    match certificates::keys(&state.db).await {
        Ok(keys) => {
            let public: Vec<(String, ed25519_dalek::VerifyingKey)> = keys.iter().map(|(id, k)| (id.clone(), k.verifying_key())).collect();
            let doc = credential::did_document(&state.config.base_url, &public);
            ([(header::CONTENT_TYPE, "application/did+json")], doc.to_string()).into_response()
        }
        Err(e) => e.into_response(),
    }
}

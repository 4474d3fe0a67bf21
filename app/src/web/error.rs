//! The one error type of handlers and jobs, and how it answers.

use axum::body::Body;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Why a request was not served. `NotFound` and `Forbidden` are the user's (the error page with
/// that status); `Internal` is not: logged in full, shown as the generic error page.
#[derive(Debug)]
pub enum AppError {
    NotFound,
    Forbidden,
    Internal(String),
}

impl AppError {
    pub fn new(what: impl Into<String>) -> Self {
        AppError::Internal(what.into())
    }
}

impl<E: std::error::Error> From<E> for AppError {
    fn from(e: E) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        // A bare status: the error-page layer renders it in the viewer's language.
        let status = match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Internal(what) => {
                tracing::error!(error = %what, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        (status, Body::empty()).into_response()
    }
}

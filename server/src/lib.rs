//! The PPI Hub server: wires the app's pages and form handlers into an axum router with
//! sessions, CSRF protection, error pages and static files.

pub mod demo;
pub mod generate;
pub mod generate_knowledge;
pub mod generate_learners;
pub mod generate_suppliers;
pub mod middleware;
pub mod sessions;

use app::accounts::limits::Limits;
use app::config::Config;
use app::mail::Mailer;
use app::state::AppState;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sha2::{Digest, Sha512};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_sessions::cookie::{Key, SameSite};
use tower_sessions::{Expiry, SessionManagerLayer};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Connects to the database and migrates it.
pub async fn database(config: &Config) -> Result<app::db::Db, BoxError> {
    let db = app::db::connect(&config.database_url).await?;
    db.migrate().await?;
    Ok(db)
}

/// The whole application, ready to serve.
pub async fn build(config: Config) -> Result<(Router, AppState), BoxError> {
    let db = database(&config).await?;
    let store = sessions::Store::connect(&config.database_url).await?;
    store.spawn_cleanup(Duration::from_secs(600));
    let leptos = LeptosOptions::builder()
        .output_name("ppi-hub")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(config.bind)
        .build();
    let state = AppState {
        mailer: Mailer::new(db.clone(), &config)?,
        limits: Arc::new(Limits::new(config.auth_attempts_per_ip_per_minute, config.auth_attempts_per_account_per_hour)),
        files: app::uploads::open_storage(&config.file_storage)?,
        knowledge: Arc::new(app::knowledge::index::KnowledgeIndex::new()?),
        vectors: Arc::default(),
        db,
        leptos,
        config: Arc::new(config),
    };

    state.knowledge.catch_up(&state.db).await?;

    let sessions = SessionManagerLayer::new(store)
        .with_name(middleware::SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(tower_sessions::cookie::time::Duration::minutes(state.config.session_idle_minutes)))
        .with_signed(Key::from(&Sha512::digest(state.config.secret_key.as_bytes())));

    let site_root = state.config.site_root.clone();
    let routes = generate_route_list(app::app::App);
    let page_state = state.clone();
    let options = state.leptos.clone();
    let router = app::capabilities::routes()
        .route("/healthz", get(healthz))
        .leptos_routes_with_context(&state, routes, move || provide_context(page_state.clone()), move || app::app::shell(options.clone()))
        .fallback_service(ServeDir::new(&site_root))
        // Layers run bottom-up: the last added sees the request first.
        .layer(from_fn(middleware::body_limit))
        .layer(from_fn_with_state(state.clone(), middleware::csrf))
        .layer(middleware::catch_panics())
        .layer(from_fn_with_state(state.clone(), middleware::error_pages))
        .layer(from_fn_with_state(state.clone(), app::web::load_viewer))
        .layer(sessions)
        // The built WASM, JS and CSS need no session or viewer: served before those layers, so
        // an asset request costs no database query.
        .nest_service("/pkg", ServeDir::new(format!("{site_root}/pkg")))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), middleware::security_headers))
        .with_state(state.clone());
    Ok((router, state))
}

/// For load balancers and monitors: 200 "ok" when the database answers, 503 when it does not.
async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> (axum::http::StatusCode, &'static str) {
    match sqlx::query("SELECT 1").execute(&state.db.pool).await {
        Ok(_) => (axum::http::StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: the database does not answer");
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), BoxError> {
    let bind = config.bind;
    if config.secret_key_is_random {
        tracing::warn!("SECRET_KEY is not set: using a random one, so sessions end when the server stops");
    }
    let (router, state) = build(config).await?;
    for job in app::capabilities::jobs() {
        tokio::spawn(app::jobs::run_forever(job, state.clone()));
    }
    let listener = tokio::net::TcpListener::bind(bind).await?;
    tracing::info!("PPI Hub serving {} (listening on {bind}, database: {:?})", state.config.base_url, state.db.backend);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).with_graceful_shutdown(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

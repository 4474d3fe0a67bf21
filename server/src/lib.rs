//! The PPI Hub server: wires the app's pages and form handlers into an axum router with
//! sessions, CSRF protection, error pages and static files.

pub mod demo;
pub mod generate;
pub mod generate_suppliers;
pub mod middleware;
pub mod sessions;

use app::accounts::handlers as accounts;
use app::bodies::handlers as bodies;
use app::messages::handlers as messages;
use app::suppliers;
use app::tenders::{api, documents, feed, handlers as tenders, ocds, saved};
use axum::extract::DefaultBodyLimit;
use app::accounts::limits::Limits;
use app::config::Config;
use app::mail::Mailer;
use app::state::AppState;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
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
        files: app::tenders::documents::open_storage(&config.file_storage)?,
        db,
        leptos,
        config: Arc::new(config),
    };

    let sessions = SessionManagerLayer::new(store)
        .with_name("ppi_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(tower_sessions::cookie::time::Duration::minutes(state.config.session_idle_minutes)))
        .with_signed(Key::from(&Sha512::digest(state.config.secret_key.as_bytes())));

    let site_root = state.config.site_root.clone();
    let routes = generate_route_list(app::app::App);
    let page_state = state.clone();
    let options = state.leptos.clone();
    let router = Router::new()
        .route("/signup/buyer", post(accounts::sign_up_buyer))
        .route("/signup/supplier", post(accounts::sign_up_supplier))
        .route("/signin", post(accounts::sign_in))
        .route("/signout", post(accounts::sign_out))
        .route("/verify-email", get(accounts::verify_email))
        .route("/password/forgot", post(accounts::forgot_password))
        .route("/password/reset", post(accounts::reset_password))
        .route("/account/profile", post(accounts::edit_profile))
        .route("/account/password", post(accounts::change_password))
        .route("/account/email", post(accounts::change_email))
        .route("/account/email/confirm", get(accounts::confirm_email_change))
        .route("/account/delete", post(accounts::delete_account))
        .route("/account/export", get(accounts::export))
        .route("/moderation/{id}", post(accounts::moderate))
        .route("/language", post(accounts::set_language))
        .route("/messages/start", post(messages::start))
        .route("/messages/settings", post(messages::settings))
        .route("/messages/{id}", post(messages::reply))
        .route("/messages/{id}/block", post(messages::block))
        .route("/messages/{id}/report/{message}", post(messages::report))
        .route("/moderation/reports/{id}", post(messages::resolve_report))
        .route("/bodies/profile", post(bodies::save_profile))
        .route("/partners/new", post(bodies::create_post))
        .route("/partners/{id}/interest", post(bodies::express_interest))
        .route("/partners/{id}/close", post(bodies::close_post))
        .route("/suppliers/profile/logo/upload", post(suppliers::logo::upload))
        .route("/suppliers/profile/references/add", post(suppliers::handlers::add_reference))
        .route("/suppliers/profile/references/{id}/delete", post(suppliers::handlers::delete_reference))
        .route("/suppliers/profile/review/{action}", post(suppliers::handlers::change_status))
        .route("/suppliers/profile/{step}", post(suppliers::handlers::save_step))
        .route("/suppliers/profile/{step}/next", post(suppliers::handlers::next_step))
        .route("/suppliers/weekly", post(suppliers::handlers::set_weekly))
        .route("/suppliers/team/invite", post(suppliers::team::invite))
        .route("/suppliers/team/requests/{id}", post(suppliers::team::decide))
        .route("/suppliers/{id}/logo", get(suppliers::logo::show))
        .route("/join", post(suppliers::team::accept))
        .route("/tenders/new", post(tenders::create))
        .route("/tenders/feed", get(feed::feed))
        .route("/tenders/saved", post(saved::save))
        .route("/tenders/saved/{id}/delete", post(saved::delete))
        .route("/tenders/{id}/edit", post(tenders::edit))
        .route("/tenders/{id}/publish", post(tenders::publish))
        .route("/tenders/{id}/close", post(tenders::close))
        .route("/tenders/{id}/cancel", post(tenders::cancel))
        .route("/tenders/{id}/award", post(tenders::award))
        .route("/tenders/{id}/questions", post(tenders::ask))
        .route("/tenders/{id}/questions/{question}/answer", post(tenders::answer))
        .route("/tenders/{id}/follow", post(tenders::follow))
        .route("/tenders/{id}/calendar.ics", get(tenders::calendar))
        .route(
            "/tenders/{id}/documents",
            post(documents::upload).layer(DefaultBodyLimit::max(middleware::MAX_UPLOAD_BYTES)),
        )
        .route("/tenders/{id}/documents/{doc}", get(documents::download))
        .route("/tenders/{id}/documents/{doc}/delete", post(documents::delete))
        .route("/api/cpv", get(tenders::cpv_suggestions))
        .route("/api/nuts", get(tenders::nuts_suggestions))
        .route("/api/tenders", get(api::search))
        .route("/api/tenders/{id}", get(api::tender))
        .route("/api/openapi.json", get(api::openapi_json))
        .route("/api/ocds/releases", get(ocds::releases))
        .route("/api/ocds/tenders/{id}/release", get(ocds::tender_release))
        .route("/api/ocds/tenders/{id}/record", get(ocds::tender_record))
        .route("/healthz", get(|| async { "ok" }))
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(page_state.clone()),
            move || app::app::shell(options.clone()),
        )
        .fallback_service(ServeDir::new(&site_root))
        // Layers run bottom-up: the last added sees the request first.
        .layer(from_fn(middleware::body_limit))
        .layer(from_fn_with_state(state.clone(), middleware::csrf))
        .layer(from_fn_with_state(state.clone(), middleware::error_pages))
        .layer(from_fn_with_state(state.clone(), app::web::load_viewer))
        .layer(sessions)
        // The built WASM, JS and CSS need no session or viewer: served before those layers, so
        // an asset request costs no database query.
        .nest_service("/pkg", ServeDir::new(format!("{site_root}/pkg")))
        .layer(CompressionLayer::new())
        .layer(from_fn(middleware::security_headers))
        .with_state(state.clone());
    Ok((router, state))
}

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), BoxError> {
    let bind = config.bind;
    if config.secret_key_is_random {
        tracing::warn!("SECRET_KEY is not set: using a random one, so sessions end when the server stops");
    }
    let (router, state) = build(config).await?;
    // Published tenders whose deadline passed are shown closed at once; this also stores it.
    let db = state.db.clone();
    tokio::spawn(async move {
        let mut every_minute = tokio::time::interval(Duration::from_secs(60));
        loop {
            every_minute.tick().await;
            if let Err(e) = app::tenders::repo::close_expired(&db).await {
                tracing::warn!(error = %e, "closing expired tenders failed");
            }
        }
    });
    // Saved searches: new matching tenders go out as a digest every hour (first after an hour).
    let digest_state = state.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        hourly.tick().await;
        loop {
            hourly.tick().await;
            match saved::send_digests(&digest_state).await {
                Ok(n) => tracing::info!(mails = n, "saved-search digests sent"),
                Err(e) => tracing::warn!(error = ?e, "saved-search digests failed"),
            }
        }
    });
    // Daily e-mail notices of unread messages: checked every hour, each person's at most once a day.
    let notice_state = state.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        hourly.tick().await;
        loop {
            hourly.tick().await;
            match app::messages::send_daily_notices(&notice_state).await {
                Ok(n) => tracing::info!(mails = n, "daily message notices sent"),
                Err(e) => tracing::warn!(error = ?e, "daily message notices failed"),
            }
        }
    });
    // The weekly "tenders for you" e-mails: checked every hour, each company's once a week.
    let weekly_state = state.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        hourly.tick().await;
        loop {
            hourly.tick().await;
            match suppliers::weekly::send_weekly(&weekly_state).await {
                Ok(n) => tracing::info!(mails = n, "weekly tender matches sent"),
                Err(e) => tracing::warn!(error = ?e, "weekly tender matches failed"),
            }
        }
    });
    let listener = tokio::net::TcpListener::bind(bind).await?;
    tracing::info!("PPI Hub serving {} (listening on {bind}, database: {:?})", state.config.base_url, state.db.backend);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
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

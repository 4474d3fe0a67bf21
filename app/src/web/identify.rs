use crate::accounts::session::signed_in_user;
use crate::i18n::Locale;
use crate::identity::viewer::Viewer;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::{IpAddr, SocketAddr};
use tower_sessions::cookie::Cookie;
use tower_sessions::Session;

/// The cookie that remembers the chosen interface language.
pub const LANG_COOKIE: &str = "ppi_lang";

/// The client's address, for rate limits.
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

pub fn client_ip(req: &Request, trust_proxy: bool) -> IpAddr {
    if trust_proxy {
        // The proxy appends the address it saw; earlier entries are the client's own claims.
        let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
        if let Some(ip) = forwarded.and_then(|f| f.rsplit(',').next()).and_then(|s| s.trim().parse().ok()) {
            return ip;
        }
    }
    req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

/// Middleware: works out the viewer (signed-in user and language) once per request.
/// Language: the switcher's cookie, else the signed-in user's setting, else Accept-Language.
pub async fn load_viewer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let ip = client_ip(&req, state.config.trust_proxy);
    req.extensions_mut().insert(ClientIp(ip));
    let signed_in = match req.extensions().get::<Session>().cloned() {
        Some(session) => match signed_in_user(&state, &session).await {
            Ok(found) => found,
            Err(e) => return e.into_response(),
        },
        None => None,
    };
    let cookie_locale = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANG_COOKIE)
        .and_then(|c| Locale::from_code(c.value()));
    let accepted = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate);
    let (user, user_locale) = match signed_in {
        Some((u, l)) => (Some(u), Some(l)),
        None => (None, None),
    };
    let locale = cookie_locale.or(user_locale).or(accepted).unwrap_or_default();
    req.extensions_mut().insert(Viewer { user, locale });
    next.run(req).await
}

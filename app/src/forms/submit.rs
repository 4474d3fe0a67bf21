//! Browser side of `SmartForm`: posting a form with fetch and acting on the reply.

use super::spec::FormReply;
use crate::validation::FormValues;
use wasm_bindgen::JsCast;

pub async fn post(action: &str, values: &FormValues) -> Result<FormReply, gloo_net::Error> {
    let params = web_sys::UrlSearchParams::new().map_err(|e| gloo_net::Error::GlooError(format!("{e:?}")))?;
    for (k, v) in values {
        params.append(k, v);
    }
    let body: String = params.to_string().into();
    gloo_net::http::Request::post(action)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)?
        .send()
        .await?
        .json::<FormReply>()
        .await
}

/// The form's `action` as the browser resolved it.
pub fn form_action(form_id: &str) -> String {
    element(form_id).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()).map(|f| f.action()).unwrap_or_default()
}

/// Opens a page. When it is the page already open with only another `#fragment` (the answer to
/// a follow-up question), the browser would merely scroll: it is reloaded at the fragment.
pub fn go(to: &str) {
    if let Some(w) = web_sys::window() {
        let location = w.location();
        let here = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let same_page = to.contains('#') && to.split('#').next() == Some(here.as_str());
        let _ = location.assign(to);
        if same_page {
            let _ = location.reload();
        }
    }
}

pub fn focus(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") && el.tag_name() == "DIV" {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Suggestions for a code picker: `source?q=…` answers `[Choice]`.
pub async fn suggestions(source: &str, query: &str) -> Result<Vec<super::spec::Choice>, gloo_net::Error> {
    gloo_net::http::Request::get(source).query([("q", query)]).header("Accept", "application/json").send().await?.json().await
}

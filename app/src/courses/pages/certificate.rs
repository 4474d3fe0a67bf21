//! `/certificates/{code}`: a certificate's public page, which anyone opens from its code or QR
//! code: who, which course, how many hours, when, the score band and the issuer, and plainly
//! whether it was revoked. It shows every detail (not only "valid"), because a printed copy can
//! be edited. The holder can withdraw it from public view; a moderator can revoke it.
//! `/certificates?code=` finds one by a typed code.

use super::param;
use crate::courses::access::{holds, may_revoke};
use crate::courses::credential::did_of;
use crate::courses::forms::REASON_MAX_CHARS;
use crate::courses::repo::{self, Certificate};
use crate::courses::rules::{hours, normalise_code};
use crate::forms::FormEcho;
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::identity::SessionUser;
use crate::shell::{filter_input, redirect, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/certificates?code=…`: a typed code goes to its page; an impossible or unknown one gets a
/// message at the field, with what was typed.
#[component]
pub fn CertificateLookupPage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let typed = use_query_map().get_untracked().get("code").unwrap_or_default();
    let page = move || {
        let (state, typed) = (state.clone(), typed.clone());
        Suspend::new(async move {
            let error = if typed.trim().is_empty() {
                None
            } else {
                match normalise_code(&typed) {
                    None => Some("err-certificate-code"),
                    Some(code) => match repo::certificate_by_code(&state.db, &code).await {
                        Ok(Some(c)) if c.withdrawn == 0 => {
                            redirect(&format!("/certificates/{code}"));
                            None
                        }
                        Ok(_) => Some("err-certificate-unknown"),
                        Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
                    },
                }
            };
            if error.is_some() {
                if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                    res.set_status(http::StatusCode::NOT_FOUND);
                }
            }
            let invalid = error.is_some();
            view! {
                <Page title=tr.t("certificate-check")>
                    <form method="get" action="/certificates" class="inline-form">
                        <div class="field" class:field-invalid=invalid>
                            <label for="certificate-code">{tr.t("certificate-code")}</label>
                            <p class="hint" id="certificate-code-hint">{tr.t("certificate-code-hint")}</p>
                            <input id="certificate-code" type="text" name="code" value=typed.clone() aria-invalid=if invalid { "true" } else { "false" }
                                aria-describedby="certificate-code-hint certificate-code-error" />
                            <p class="field-error" id="certificate-code-error">{error.map(|c| tr.t(c))}</p>
                        </div>
                        <button type="submit" class="button">{tr.t("certificate-check-submit")}</button>
                    </form>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

#[component]
pub fn CertificatePage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let code = param("code");
    let user = use_viewer().user;
    let page = move || {
        let (state, code, user) = (state.clone(), code.clone(), user.clone());
        Suspend::new(async move {
            let Some(code) = normalise_code(&code) else { return view! { <StatusPage status=404 /> }.into_any() };
            let c = match repo::certificate_by_code(&state.db, &code).await {
                Ok(Some(c)) => c,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let holder = user.as_ref().is_some_and(|u| holds(u, &c));
            if c.withdrawn == 1 && !holder {
                return view! { <StatusPage status=404 /> }.into_any();
            }
            let slug = repo::by_id(&state.db, c.course_id).await.ok().flatten().map(|s| s.course.slug).unwrap_or_default();
            certificate_view(tr, c, slug, holder, user.as_ref(), state.config.base_url.clone()).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

/// Hours of study, "1.5" as the reader's language writes it (every interface language but
/// English has a decimal comma).
pub fn hours_in(tr: Tr, minutes: i64) -> String {
    let v = hours(minutes.max(0) as u32);
    if tr.0.code() == "en" {
        v
    } else {
        v.replace('.', ",")
    }
}

fn certificate_view(
    tr: Tr,
    c: Certificate,
    slug: String,
    holder: bool,
    user: Option<&SessionUser>,
    base_url: String,
) -> impl IntoView + use<> {
    let status = match c.revoked_at {
        Some(at) => view! {
            <p class="notice notice-error certificate-status" role="status">
                <strong>{tr.t_args("certificate-revoked", &[("date", tr.date(at))])}</strong>" "{c.revoked_reason.clone()}
            </p>
        }
        .into_any(),
        None => view! { <p class="notice notice-success certificate-status" role="status">{tr.t("certificate-valid")}</p> }.into_any(),
    };
    let withdrawn = (c.withdrawn == 1).then(|| view! { <p class="notice">{tr.t("certificate-withdrawn-note")}</p> });
    let holder_view = holder.then(|| {
        let (action, label) = if c.withdrawn == 1 { ("restore", tr.t("certificate-restore")) } else { ("withdraw", tr.t("certificate-withdraw")) };
        view! {
            <section aria-labelledby="holder-heading" class="no-print">
                <h2 id="holder-heading">{tr.t("certificate-yours")}</h2>
                <p>{tr.t("certificate-share")}</p>
                <p><a class="button button-secondary" href=format!("/certificates/{}/certificate.pdf", c.code)>{tr.t("certificate-download-pdf")}</a></p>
                <p><a class="button button-secondary" href=format!("/certificates/{}/credential.json", c.code) download="">{tr.t("certificate-download-badge")}</a></p>
                <p class="hint">{tr.t("certificate-badge-hint")}</p>
                <form method="post" action=format!("/certificates/{}/{action}", c.code)>
                    <button type="submit" class="button button-secondary">{label}</button>
                </form>
            </section>
        }
    });
    let revoke_view = (user.is_some_and(may_revoke) && c.revoked_at.is_none()).then(|| {
        let echo = use_context::<FormEcho>().filter(|e| e.form_id == "certificate-revoke");
        let error = echo.as_ref().and_then(|e| e.errors.get("reason").map(|code| tr.t(code)));
        let typed = echo.as_ref().and_then(|e| e.values.get("reason").cloned()).unwrap_or_default();
        let invalid = error.is_some();
        view! {
            <section aria-labelledby="revoke-heading" class="no-print">
                <h2 id="revoke-heading">{tr.t("certificate-revoke")}</h2>
                <form method="post" action=format!("/certificates/{}/revoke", c.code) id="certificate-revoke">
                    {filter_input("revoke", "reason", tr.t("certificate-revoke-reason"), typed, "text", Some(tr.t_args("certificate-revoke-hint", &[("max", REASON_MAX_CHARS.to_string())])))}
                    <p class="field-error" role=invalid.then_some("alert")>{error}</p>
                    <button type="submit" class="button button-danger">{tr.t("certificate-revoke-submit")}</button>
                </form>
            </section>
        }
    });
    let public = (c.withdrawn == 0).then(|| {
        view! {
            <figure class="certificate-qr">
                <img src=format!("/certificates/{}/qr.svg", c.code) alt=tr.t("certificate-qr-alt") width="160" height="160" />
            </figure>
        }
    });
    view! {
        <Page title=tr.t("certificate-title")>
            {status}
            {withdrawn}
            <article class="certificate" aria-labelledby="certificate-name">
                <p class="certificate-kicker">{tr.t("certificate-certifies")}</p>
                <p class="certificate-name" id="certificate-name">{c.learner_name.clone()}</p>
                <p>{tr.t("certificate-completed")}</p>
                <p class="certificate-course" lang=c.lang.clone()>{c.course_title.clone()}</p>
                <dl class="facts">
                    <dt>{tr.t("certificate-hours")}</dt><dd>{hours_in(tr, c.minutes)}</dd>
                    <dt>{tr.t("certificate-date")}</dt><dd>{tr.date(c.completed_at)}</dd>
                    <dt>{tr.t("certificate-band")}</dt><dd>{tr.t(&format!("certificate-band-{}", c.score_band))}</dd>
                    <dt>{tr.t("certificate-issuer")}</dt><dd>"PPI Hub ("{did_of(&base_url)}")"</dd>
                    <dt>{tr.t("certificate-code")}</dt><dd><code>{c.code.clone()}</code></dd>
                </dl>
                {public}
            </article>
            <p class="no-print"><a href=format!("/courses/{slug}")>{tr.t("certificate-to-course")}</a></p>
            {holder_view}
            {revoke_view}
        </Page>
    }
}

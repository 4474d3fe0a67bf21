//! `/courses/readiness`: the questionnaire (for the people of a public body), and
//! `/courses/readiness/{id}`: a result: the chart and its table, what to do about the weakest
//! dimensions, the change since the body's previous assessment, and the comparison with other
//! bodies of its country and of its type when at least five have answered.

use super::chart::{chart, Bar};
use super::{peer_means, repo, text, weakest, Questionnaire};
use crate::courses::pages::lesson::knowledge_link;
use crate::forms::FormEcho;
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::shell::{guard, Page, StatusPage};
use crate::state::{use_state, AppState};
use crate::validation::FORM;
use leptos::prelude::*;

fn may_assess(u: &crate::identity::SessionUser) -> bool {
    u.is_buyer_with_body()
}

#[component]
pub fn ReadinessPage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let user = use_viewer().user;
    let page = move || {
        let (state, user) = (state.clone(), user.clone());
        Suspend::new(async move {
            let Ok(Some(q)) = repo::current(&state.db).await else { return view! { <StatusPage status=404 /> }.into_any() };
            let history = match user.as_ref().and_then(|u| u.organisation_id.filter(|_| may_assess(u))) {
                Some(org) => repo::history(&state.db, org).await.unwrap_or_default(),
                None => Vec::new(),
            };
            let can = user.as_ref().is_some_and(may_assess);
            let intro = view! {
                <p class="lead">{tr.t_args("readiness-intro", &[("count", q.questions().count().to_string())])}</p>
            };
            let history_view = (!history.is_empty()).then(|| {
                let items = history
                    .iter()
                    .map(|a| view! { <li><a href=format!("/courses/readiness/{}", a.id)>{tr.date(a.created_at)}</a></li> })
                    .collect_view();
                view! {
                    <section aria-labelledby="readiness-history-heading">
                        <h2 id="readiness-history-heading">{tr.t("readiness-history")}</h2>
                        <ul>{items}</ul>
                    </section>
                }
            });
            let body = if can {
                form_view(tr, &q).into_any()
            } else {
                view! {
                    <p class="notice">{tr.t("readiness-who")}" "<a href="/signin?next=/courses/readiness">{tr.t("nav-sign-in")}</a></p>
                }
                .into_any()
            };
            view! {
                <Page title=tr.t("readiness-title")>
                    {intro}
                    {history_view}
                    {body}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn form_view(tr: Tr, q: &Questionnaire) -> impl IntoView + use<> {
    let lang = tr.0.code();
    let echo = use_context::<FormEcho>().filter(|e| e.form_id == "readiness");
    let form_error = echo.as_ref().and_then(|e| e.errors.get(FORM).map(|c| tr.t(c)));
    let scale: Vec<String> = q.scale_in(lang).to_vec();
    let dimensions = q
        .dimensions
        .iter()
        .map(|d| {
            let questions = d
                .questions
                .iter()
                .map(|x| {
                    let field = format!("q-{}", x.id);
                    let typed = echo.as_ref().and_then(|e| e.values.get(&field).cloned()).unwrap_or_default();
                    let error = echo.as_ref().and_then(|e| e.errors.get(&field).map(|c| tr.t(c)));
                    let invalid = error.is_some();
                    let error_id = format!("readiness-{field}-error");
                    let options = scale
                        .iter()
                        .enumerate()
                        .map(|(step, label)| {
                            let id = format!("{field}-{step}");
                            view! {
                                <div class="choice">
                                    <input type="radio" id=id.clone() name=field.clone() value=step.to_string() checked=typed == step.to_string() aria-describedby=error_id.clone() />
                                    <label for=id>{label.clone()}</label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="field readiness-question" class:field-invalid=invalid id=format!("readiness-{field}")>
                            <legend>{text(&x.text, lang).to_string()}</legend>
                            <div class="scale">{options}</div>
                            <p class="field-error" id=error_id>{error}</p>
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="readiness-dimension">
                    <legend><span class="dimension-title">{text(&d.title, lang).to_string()}</span></legend>
                    <p class="hint">{text(&d.description, lang).to_string()}</p>
                    {questions}
                </fieldset>
            }
        })
        .collect_view();
    let alert = form_error.is_some().then_some("alert");
    view! {
        <form method="post" action="/courses/readiness" id="readiness" class="readiness-form" novalidate=true>
            <div id="readiness-form-error" class="form-error" role=alert>
                {form_error.map(|e| view! { <p>{e}</p> })}
            </div>
            {dimensions}
            <button type="submit" class="button">{tr.t("readiness-submit")}</button>
        </form>
    }
}

/// A recommendation's link as a title and address; `None` when its target is gone.
async fn link_of(state: &AppState, link: &str, lang: &str) -> Option<(String, String)> {
    let (kind, slug) = link.split_once(':')?;
    if kind == "course" {
        let c = crate::courses::repo::by_slug(&state.db, slug).await.ok().flatten()?;
        return Some((format!("/courses/{slug}"), c.course.text(lang).title.clone()));
    }
    knowledge_link(state, slug, lang).await.map(|k| (k.href, k.title))
}

#[component]
pub fn ReadinessResultPage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let id: i64 = crate::courses::pages::param("id").parse().unwrap_or(0);
    let page = move || {
        let state = state.clone();
        Suspend::new(async move {
            let user = match guard(&format!("/courses/readiness/{id}"), may_assess) {
                Ok(u) => u,
                Err(view) => return view,
            };
            let (Ok(Some(q)), Ok(Some(a))) = (repo::current(&state.db).await, repo::by_id(&state.db, id).await) else {
                return view! { <StatusPage status=404 /> }.into_any();
            };
            // A body's assessments are its own people's: anyone else is told it does not exist.
            if !user.acts_for(a.organisation_id) {
                return view! { <StatusPage status=404 /> }.into_any();
            }
            let lang = tr.0.code();
            let history = repo::history(&state.db, a.organisation_id).await.unwrap_or_default();
            let previous = history.iter().find(|h| h.created_at < a.created_at || (h.created_at == a.created_at && h.id < a.id)).cloned();
            let dims: Vec<String> = q.dimensions.iter().map(|d| d.id.clone()).collect();
            let by_country = peer_means(&dims, &repo::peers(&state.db, a.organisation_id, true).await.unwrap_or_default());
            let by_type = peer_means(&dims, &repo::peers(&state.db, a.organisation_id, false).await.unwrap_or_default());
            let score_of = |scores: &[(String, u32)], d: &str| scores.iter().find(|(id, _)| id == d).map(|(_, s)| *s);
            let title_of = |d: &str| q.dimensions.iter().find(|x| x.id == d).map(|x| text(&x.title, lang).to_string()).unwrap_or_default();
            let bars: Vec<Bar> = dims
                .iter()
                .map(|d| Bar {
                    label: title_of(d),
                    score: score_of(&a.scores, d).unwrap_or(0),
                    peers: by_country.as_ref().and_then(|p| score_of(p, d)),
                })
                .collect();
            let description =
                dims.iter().map(|d| format!("{}: {} %", title_of(d), score_of(&a.scores, d).unwrap_or(0))).collect::<Vec<_>>().join("; ");
            let rows = dims
                .iter()
                .map(|d| {
                    let now = score_of(&a.scores, d).unwrap_or(0);
                    let before = previous.as_ref().and_then(|p| score_of(&p.scores, d));
                    let change = before.map(|b| format!("{:+}", i64::from(now) - i64::from(b))).unwrap_or_else(|| "–".into());
                    let country = by_country.as_ref().and_then(|p| score_of(p, d)).map(|v| format!("{v} %")).unwrap_or_else(|| "–".into());
                    let kind = by_type.as_ref().and_then(|p| score_of(p, d)).map(|v| format!("{v} %")).unwrap_or_else(|| "–".into());
                    view! { <tr><th scope="row">{title_of(d)}</th><td>{format!("{now} %")}</td><td>{change}</td><td>{country}</td><td>{kind}</td></tr> }
                })
                .collect_view();
            let mut advice = Vec::new();
            for d in weakest(&a.scores, 2) {
                let Some(dim) = q.dimensions.iter().find(|x| x.id == d) else { continue };
                let mut items = Vec::new();
                for r in &dim.recommendations {
                    let mut links = Vec::new();
                    for l in &r.links {
                        if let Some(link) = link_of(&state, l, lang).await {
                            links.push(link);
                        }
                    }
                    items.push((text(&r.text, lang).to_string(), links));
                }
                advice.push((text(&dim.title, lang).to_string(), items));
            }
            let advice_view = advice
                .into_iter()
                .map(|(title, items)| {
                    let items = items
                        .into_iter()
                        .map(|(t, links)| {
                            let links = links.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view();
                            view! { <li><p>{t}</p><ul>{links}</ul></li> }
                        })
                        .collect_view();
                    view! { <section class="readiness-advice"><h3>{title}</h3><ul>{items}</ul></section> }
                })
                .collect_view();
            let compare_note =
                if by_country.is_none() && by_type.is_none() { tr.t("readiness-too-few") } else { tr.t("readiness-peers-note") };
            let chart_view = chart(tr.t("readiness-chart-title"), description, bars).into_any();
            view! {
                <Page title=tr.t("readiness-result-title")>
                    <p class="lead">{tr.t_args("readiness-result-of", &[("date", tr.date(a.created_at))])}</p>
                    {chart_view}
                    <p class="hint">{compare_note}</p>
                    <div class="table-scroll"><table class="readiness-table">
                        <caption>{tr.t("readiness-table-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{tr.t("readiness-dimension")}</th>
                            <th scope="col">{tr.t("readiness-score")}</th>
                            <th scope="col">{tr.t("readiness-change")}</th>
                            <th scope="col">{tr.t("readiness-country")}</th>
                            <th scope="col">{tr.t("readiness-type")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table></div>
                    <section aria-labelledby="advice-heading">
                        <h2 id="advice-heading">{tr.t("readiness-advice")}</h2>
                        {advice_view}
                    </section>
                    <p><a class="button button-secondary" href="/courses/readiness">{tr.t("readiness-again")}</a></p>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

//! `/knowledge/cases/{slug}`: a good-example case. Its numbers and dates as a fact sheet, its
//! story in sections with anchors, the figures before and after, the real notices and documents,
//! whom to ask (the buyer on the platform, else its public contact), where it comes from, what
//! each version changed, and open tenders like it.

use super::{chosen_text, code_name, language_links, partial_date, sections_view};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::identity::SessionUser;
use crate::knowledge::access::{may_edit, may_read, may_submit, owns};
use crate::knowledge::model::*;
use crate::knowledge::repo::{self, Item, Version};
use crate::reference::{Code, Theme};
use crate::shell::{Page, StatusPage};
use crate::state::{use_state, AppState};
use crate::tenders::model::{Innovation, Procedure};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The page's `:slug`.
pub fn slug_param() -> String {
    use_params_map().get_untracked().get("slug").unwrap_or_default()
}

/// The item a page is about, if the viewer may read it (published, or the body's own, or a moderator).
pub async fn readable(state: &AppState, slug: &str, viewer: Option<&SessionUser>, kind: Kind) -> Result<Option<Item>, sqlx::Error> {
    // A contact form about a case names it by id (the messages know items by number).
    let item = match slug.parse::<i64>() {
        Ok(id) => repo::by_id(&state.db, id).await?,
        Err(_) => repo::by_slug(&state.db, slug).await?,
    };
    Ok(item.filter(|i| i.kind() == kind && may_read(viewer, i)))
}

#[component]
pub fn CasePage() -> impl IntoView {
    let slug = slug_param();
    let state = use_state();
    let viewer = use_viewer().user;
    let tr = use_tr();
    let asked = use_query_map().get_untracked().get("lang");
    let page = move || {
        let (state, viewer, slug, asked) = (state.clone(), viewer.clone(), slug.clone(), asked.clone());
        Suspend::new(async move {
            let item = match readable(&state, &slug, viewer.as_ref(), Kind::Case).await {
                Ok(Some(i)) => i,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(e) => {
                    tracing::error!(error = %e, "case failed");
                    return view! { <StatusPage status=500 /> }.into_any();
                }
            };
            let versions = repo::versions(&state.db, item.id).await.unwrap_or_default();
            let body = match item.organisation_id {
                Some(o) => repo::body_name(&state.db, o).await.ok().flatten().map(|name| (o, name)),
                None => None,
            };
            let tenders = super::super::similar::open_tenders_like(&state, &item).await;
            case_view(tr, &item, asked.as_deref(), viewer.as_ref(), body, versions, tenders).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn fact<V: IntoView + 'static>(label: String, value: Option<V>) -> Option<impl IntoView> {
    value.map(|v| view! { <dt>{label}</dt><dd>{v}</dd> })
}

fn yes_no(tr: Tr, v: Option<bool>) -> Option<String> {
    v.map(|b| tr.t(if b { "knowledge-yes" } else { "knowledge-no" }))
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn facts_view(tr: Tr, f: &CaseFacts, body: Option<&(i64, String)>) -> impl IntoView + use<> {
    let buyer = match body {
        Some((id, name)) => view! { <a href=format!("/bodies/{id}")>{name.clone()}</a> }.into_any(),
        None => view! { {f.buyer_name.clone()} }.into_any(),
    };
    let region = crate::reference::nuts::region(&f.nuts).map(|r| format!("{} ({})", r.label, r.code));
    let place = match region {
        Some(r) => format!("{} · {r}", tr.country(&f.country)),
        None => tr.country(&f.country),
    };
    let cpv = (!f.cpv.is_empty()).then(|| {
        f.cpv
            .iter()
            .map(|c| {
                let line = crate::reference::cpv::lookup(c).map(|x| format!("{} – {}", x.code, x.label)).unwrap_or(c.clone());
                view! { <li>{line}</li> }
            })
            .collect_view()
    });
    let themes = f.themes.iter().map(|t| code_name::<Theme>(tr, t)).collect::<Vec<_>>().join(", ");
    let money = |v: Option<i64>| v.map(|n| tr.money(n, "EUR"));
    let count = |v: Option<i64>| v.map(|n| tr.number(n));
    view! {
        <dl class="facts">
            <dt>{tr.t("knowledge-field-buyer")}</dt><dd>{buyer}</dd>
            <dt>{tr.t("knowledge-field-place")}</dt><dd>{place}</dd>
            {fact(tr.t("knowledge-field-population"), non_empty(&f.population_band).map(|b| code_name::<PopulationBand>(tr, &b)))}
            {fact(tr.t("knowledge-field-buyer-type"), non_empty(&f.buyer_type).map(|b| code_name::<BuyerType>(tr, &b)))}
            {fact(tr.t("tender-field-procedure"), non_empty(&f.procedure).map(|p| code_name::<Procedure>(tr, &p)))}
            {fact(tr.t("tender-field-innovation"), non_empty(&f.innovation).map(|i| code_name::<Innovation>(tr, &i)))}
            {fact(tr.t("knowledge-field-cpv"), cpv.map(|c| view! { <ul class="plain">{c}</ul> }))}
            <dt>{tr.t("knowledge-facet-theme")}</dt><dd>{themes}</dd>
            {fact(tr.t("knowledge-field-pin"), yes_no(tr, f.prior_information_notice))}
            {fact(tr.t("knowledge-field-consultation"), yes_no(tr, f.market_consultation))}
            {fact(tr.t("knowledge-field-participants"), count(f.consultation_participants))}
            {fact(tr.t("knowledge-field-estimated"), money(f.estimated_value_eur))}
            {fact(tr.t("knowledge-field-awarded"), money(f.awarded_value_eur))}
            {fact(tr.t("knowledge-field-bids"), count(f.bids_received))}
            {fact(tr.t("knowledge-field-sme-winners"), count(f.sme_winners))}
            {fact(tr.t("knowledge-field-cross-border"), count(f.cross_border_winners))}
            {fact(tr.t("knowledge-field-ipr"), non_empty(&f.ipr))}
        </dl>
    }
}

fn timeline_view(tr: Tr, f: &CaseFacts) -> Option<impl IntoView + use<>> {
    let steps: Vec<(&str, &String)> = [
        ("knowledge-date-need", &f.need_date),
        ("knowledge-date-consultation", &f.consultation_date),
        ("knowledge-date-call", &f.call_date),
        ("knowledge-date-award", &f.award_date),
        ("knowledge-date-deployment", &f.deployment_date),
    ]
    .into_iter()
    .filter(|(_, d)| !d.is_empty())
    .collect();
    (!steps.is_empty()).then(|| {
        let items =
            steps.into_iter().map(|(key, d)| view! { <li><strong>{tr.t(key)}</strong>" "{partial_date(tr, d)}</li> }).collect_view();
        view! {
            <section aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{tr.t("knowledge-timeline")}</h2>
                <ol class="timeline">{items}</ol>
            </section>
        }
    })
}

fn outcomes_view(tr: Tr, f: &CaseFacts) -> Option<impl IntoView + use<>> {
    (!f.outcomes.is_empty()).then(|| {
        let rows = f
            .outcomes
            .iter()
            .map(|o| view! { <tr><th scope="row">{o.measure.clone()}</th><td>{o.before.clone()}</td><td>{o.after.clone()}</td></tr> })
            .collect_view();
        view! {
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">{tr.t("knowledge-figures")}</h2>
                <div class="table-scroll">
                    <table>
                        <thead><tr><th scope="col">{tr.t("knowledge-figure-measure")}</th><th scope="col">{tr.t("knowledge-figure-before")}</th><th scope="col">{tr.t("knowledge-figure-after")}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    })
}

fn links_view(tr: Tr, f: &CaseFacts) -> Option<impl IntoView + use<>> {
    let any = !(f.ted.is_empty() && f.ocids.is_empty() && f.portal_url.is_empty() && f.documents.is_empty());
    any.then(|| {
        let ted = f.ted.iter().map(|t| view! { <li>{tr.t("knowledge-ted-notice")}" "{t.clone()}</li> }).collect_view();
        let ocids = f.ocids.iter().map(|o| view! { <li>"OCDS "<code>{o.clone()}</code></li> }).collect_view();
        let portal =
            non_empty(&f.portal_url).map(|u| view! { <li><a href=u rel="noopener noreferrer">{tr.t("knowledge-portal-notice")}</a></li> });
        let docs = f
            .documents
            .iter()
            .map(|d| view! { <li><a href=d.url.clone() rel="noopener noreferrer">{d.title.clone()}</a></li> })
            .collect_view();
        view! {
            <section aria-labelledby="notices-heading">
                <h2 id="notices-heading">{tr.t("knowledge-notices")}</h2>
                <ul>{ted}{ocids}{portal}{docs}</ul>
            </section>
        }
    })
}

/// "Ask this buyer": the contact form to its public body when it is on the platform and the
/// viewer may write; else its public contact, if the source names one.
fn ask_view(tr: Tr, item: &Item, f: &CaseFacts, viewer: Option<&SessionUser>, body: Option<&(i64, String)>) -> impl IntoView + use<> {
    let form = match (body, viewer) {
        (Some((org, _)), Some(u)) if crate::messages::access::may_message(u) && !u.acts_for(*org) => {
            let subject = tr.t_args("knowledge-ask-subject", &[("title", item.original().title.clone())]);
            let spec = crate::messages::contact_form(*org, "case", item.id, subject);
            Some(view! { <crate::forms::SmartForm spec /> }.into_any())
        }
        (Some(_), None) => Some(
            view! { <p><a href=format!("/signin?next=/knowledge/cases/{}", item.slug)>{tr.t("knowledge-ask-sign-in")}</a></p> }.into_any(),
        ),
        _ => None,
    };
    let public = (!(f.contact_name.is_empty() && f.contact_email.is_empty() && f.contact_url.is_empty())).then(|| {
        view! {
            <p>
                {non_empty(&f.contact_name)}
                {non_empty(&f.contact_email).map(|e| view! { " " <a href=format!("mailto:{e}")>{e.clone()}</a> })}
                {non_empty(&f.contact_url).map(|u| view! { " " <a href=u rel="noopener noreferrer">{tr.t("knowledge-contact-page")}</a> })}
            </p>
        }
    });
    let nothing = (form.is_none() && public.is_none()).then(|| view! { <p>{tr.t("knowledge-ask-none")}</p> });
    view! {
        <section class="side-box" aria-labelledby="ask-heading">
            <h2 id="ask-heading">{tr.t("knowledge-ask-title")}</h2>
            {body.map(|(_, name)| view! { <p>{tr.t_args("knowledge-ask-intro", &[("body", name.clone())])}</p> })}
            {form}
            {public}
            {nothing}
        </section>
    }
}

/// Where the facts come from, how far they were checked, and under what licence.
pub fn provenance_view(tr: Tr, p: &Provenance) -> impl IntoView + use<> {
    let more =
        p.sources.iter().map(|s| view! { <li><a href=s.url.clone() rel="noopener noreferrer">{s.title.clone()}</a></li> }).collect_view();
    let review = non_empty(&p.review_status).map(|r| code_name::<Review>(tr, &r));
    view! {
        <section class="provenance" aria-labelledby="source-heading">
            <h2 id="source-heading">{tr.t("knowledge-source")}</h2>
            {non_empty(&p.source_url).map(|u| view! {
                <p><a href=u rel="noopener noreferrer">{p.source_title.clone()}</a>{non_empty(&p.source_publisher).map(|x| format!(" · {x}"))}</p>
            })}
            {(!p.sources.is_empty()).then(|| view! { <ul>{more}</ul> })}
            <dl class="facts facts-inline">
                {fact(tr.t("knowledge-licence"), non_empty(&p.licence))}
                {fact(tr.t("knowledge-review"), review)}
                {fact(tr.t("knowledge-last-verified"), non_empty(&p.last_verified).map(|d| partial_date(tr, &d)))}
            </dl>
            <p class="hint">{tr.t("knowledge-own-words")}</p>
        </section>
    }
}

/// Every kept version, newest first: submitted or published, when, by whom, what it changed.
pub fn history_view(tr: Tr, versions: &[Version]) -> Option<impl IntoView + use<>> {
    (!versions.is_empty()).then(|| {
        let rows = versions
            .iter()
            .map(|v| {
                let changed = v.changed();
                let what = if v.version == 1 || changed.is_empty() {
                    tr.t(if v.version == 1 { "knowledge-version-first" } else { "knowledge-version-same" })
                } else {
                    tr.t_args("knowledge-version-changed", &[("fields", changed.join(", "))])
                };
                let by = v.published_by_name.clone().map(|n| format!(" · {n}"));
                view! {
                    <li>
                        <strong>{tr.t_args("knowledge-version", &[("version", v.version.to_string())])}</strong>
                        " · "{tr.t(&format!("knowledge-event-{}", v.event))}
                        " · "<time datetime=crate::i18n::rfc3339(v.published_at)>{tr.date(v.published_at)}</time>{by}
                        <br />{what}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{tr.t("knowledge-history")}</h2>
                <ol class="plain history">{rows}</ol>
            </section>
        }
    })
}

fn status_banner(tr: Tr, item: &Item, viewer: Option<&SessionUser>) -> Option<impl IntoView + use<>> {
    (item.status != Status::Published).then(|| {
        let comment = (!item.review_comment.is_empty()).then(|| {
            view! { <p><strong>{tr.t("knowledge-review-comment")}</strong>" "{item.review_comment.clone()}</p> }
        });
        let edit = viewer.filter(|u| may_edit(u, item)).map(|_| {
            view! { <a class="button" href=format!("/knowledge/cases/{}/edit", item.slug)>{tr.t("knowledge-edit")}</a> }
        });
        let submit = viewer.filter(|u| may_submit(u, item)).map(|_| {
            let spec = super::contribute::action_form(
                &format!("/knowledge/items/{}/submit", item.id),
                "case-submit",
                tr.t("knowledge-submit"),
                None,
            );
            view! { <crate::forms::SmartForm spec /> }
        });
        view! {
            <div class="notice notice-warning" role="status">
                <p>{tr.t(&format!("knowledge-status-note-{}", item.status.code()))}</p>
                {comment}
                <div class="page-actions">{edit}{submit}</div>
            </div>
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn case_view(
    tr: Tr,
    item: &Item,
    asked: Option<&str>,
    viewer: Option<&SessionUser>,
    body: Option<(i64, String)>,
    versions: Vec<Version>,
    tenders: Vec<crate::tenders::repo::TenderSummary>,
) -> impl IntoView {
    let Facts::Case(f) = &item.facts else { return view! { <StatusPage status=404 /> }.into_any() };
    let (text, note) = chosen_text(tr, item, asked);
    let lang = text.lang.clone();
    let moderator_actions = viewer.filter(|u| u.role.can_moderate()).map(|_| super::review::moderator_actions(tr, item));
    let own_edit = viewer.filter(|u| owns(u, item) && item.status == Status::Published).map(|_| {
        view! { <p class="hint">{tr.t("knowledge-published-edit-note")}</p> }
    });
    let now = crate::db::now();
    let tenders_view = (!tenders.is_empty()).then(|| {
        let cards = tenders.into_iter().map(|t| crate::tenders::pages::summary_card(tr, t, now)).collect_view();
        view! {
            <section aria-labelledby="tenders-like-heading">
                <h2 id="tenders-like-heading">{tr.t("knowledge-open-tenders-like")}</h2>
                <ul class="plain results">{cards}</ul>
            </section>
        }
    });
    let banner = status_banner(tr, item, viewer).map(IntoAny::into_any);
    let title = text.title.clone();
    let summary = text.summary.clone();
    let languages = (item.texts.len() > 1).then(|| language_links(tr, item, &text.lang).into_any());
    let sections = sections_view(text).into_any();
    let outcomes = outcomes_view(tr, f).map(IntoAny::into_any);
    let timeline = timeline_view(tr, f).map(IntoAny::into_any);
    let links = links_view(tr, f).map(IntoAny::into_any);
    let facts = facts_view(tr, f, body.as_ref()).into_any();
    let ask = ask_view(tr, item, f, viewer, body.as_ref()).into_any();
    let provenance = provenance_view(tr, &item.provenance).into_any();
    let history = history_view(tr, &versions).map(IntoAny::into_any);
    let moderator_actions = moderator_actions.map(IntoAny::into_any);
    let tenders_view = tenders_view.map(IntoAny::into_any);
    view! {
        <Page title=title lang=lang.clone()>
            {banner}
            <p class="lead" lang=lang.clone()>{summary}</p>
            {note.map(|n| view! { <p class="notice-inline">{n}</p> })}
            {languages}
            {moderator_actions}
            {own_edit}
            <div class="detail-layout">
                <article class="detail-main" lang=lang>
                    {sections}
                    {outcomes}
                    {timeline}
                    {links}
                </article>
                <aside class="detail-side">
                    <section aria-labelledby="facts-heading">
                        <h2 id="facts-heading">{tr.t("knowledge-facts")}</h2>
                        {facts}
                    </section>
                    {ask}
                    {provenance}
                    {history}
                </aside>
            </div>
            {tenders_view}
            <p><a href="/knowledge/cases">{tr.t("knowledge-back-to-cases")}</a></p>
        </Page>
    }
    .into_any()
}

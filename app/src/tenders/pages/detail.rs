//! A tender's page: every field, the threshold explanation, deadlines with time left, the
//! change history, questions and answers; for its buyer, the actions of the life cycle.

use super::time_left;
use crate::db::now;
use crate::forms::FormKind;
use crate::forms::{render_note, Field, FormSpec, SmartForm};
use crate::i18n::{format_datetime_in, use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::identity::{Role, SessionUser};
use crate::reference::Code;
use crate::reference::{cpv, nuts};
use crate::shell::{markdown, Page, StatusPage};
use crate::state::use_state;
use crate::tenders::access::{may_publish, owns};
use crate::tenders::documents::{kind_label, MAX_BYTES};
use crate::tenders::forms::TenderForm;
use crate::tenders::handlers::form_values;
use crate::tenders::model::{Innovation, Procedure, Status};
use crate::tenders::repo::{self, Change, Document, Question, Tender};
use crate::tenders::rules::{self, CONTEXT_BUYER_TYPE};
use crate::tenders::threshold::ContractType;
use crate::validation::CONTEXT_TODAY;
use leptos::prelude::*;

#[component]
pub fn TenderPage() -> impl IntoView {
    let id = crate::shell::id_param();
    let state = use_state();
    let viewer = use_viewer().user;
    let tr = use_tr();
    let page = move || {
        let state = state.clone();
        let viewer = viewer.clone();
        Suspend::new(async move {
            let tender = match repo::find(&state.db, id).await {
                Ok(Some(t)) => t,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let is_owner = viewer.as_ref().is_some_and(|u| owns(u, &tender));
            // A draft is its buyer's business only: to anyone else it does not exist.
            if tender.status == Status::Draft && !is_owner {
                return view! { <StatusPage status=404 /> }.into_any();
            }
            let (Ok(changes), Ok(questions), Ok(documents)) =
                (repo::changes(&state.db, id).await, repo::questions(&state.db, id).await, repo::documents_of(&state.db, id).await)
            else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let following = match &viewer {
                Some(u) => repo::is_following(&state.db, id, u.id).await.unwrap_or(false),
                None => false,
            };
            tender_view(tr, tender, Related { changes, questions, documents }, viewer, is_owner, following).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

/// The threshold verdict as of the publication day (today for a draft), in one sentence.
fn threshold_sentence(tr: Tr, t: &Tender) -> Option<String> {
    let mut values = form_values(t);
    values.insert(CONTEXT_BUYER_TYPE.into(), t.buyer_type.clone());
    values.insert(CONTEXT_TODAY.into(), crate::i18n::date_in(t.published_at.unwrap_or_else(now), &t.time_zone));
    rules::live_verdict(&values).map(|note| render_note(tr, &note))
}

/// What the page shows besides the tender itself.
struct Related {
    changes: Vec<Change>,
    questions: Vec<Question>,
    documents: Vec<Document>,
}

fn tender_view(tr: Tr, t: Tender, related: Related, viewer: Option<SessionUser>, is_owner: bool, following: bool) -> impl IntoView {
    let Related { changes, questions, documents } = related;
    let at = now();
    let status = t.status_now();
    let d = t.data.clone();
    let zone = t.time_zone.clone();
    let when = move |unix: i64| format_datetime_in(tr.locale(), unix, &zone);
    let cpv_line = |code: &str| cpv::lookup(code).map(|c| format!("{} – {}", c.code, c.label)).unwrap_or(code.to_string());
    let region = nuts::region(&d.nuts_code).map(|r| format!("{} – {}", r.code, r.label)).unwrap_or(d.nuts_code.clone());
    let contract = ContractType::parse(&d.contract_type).map(|c| tr.t(&c.message_key())).unwrap_or_default();
    let procedure = Procedure::parse(&d.procedure).map(|p| tr.t(&p.message_key())).unwrap_or_default();
    let innovation = d.innovation.as_deref().and_then(Innovation::parse).map(|i| tr.t(&i.message_key()));
    let value = if d.currency == "EUR" {
        tr.money(d.value_amount, &d.currency)
    } else {
        format!("{} ({})", tr.money(d.value_amount, &d.currency), tr.money(d.value_eur, "EUR"))
    };
    let notice = match (&d.notice_url, d.ted_pending) {
        (Some(url), _) => Some(view! { <a href=url.clone() rel="noopener noreferrer">{url.clone()}</a> }.into_any()),
        (None, true) => Some(view! { <span>{tr.t("tender-ted-pending")}</span> }.into_any()),
        (None, false) => None,
    };
    let description = markdown::to_safe_html(&d.description);
    let additional = (!d.additional_cpv.is_empty())
        .then(|| view! { <dt>{tr.t("tender-field-additional-cpv")}</dt><dd><ul class="plain">{d.additional_cpv.iter().map(|c| view! { <li>{cpv_line(c)}</li> }).collect_view()}</ul></dd> });
    let lots = (!d.lots.is_empty())
        .then(|| view! { <dt>{tr.t("tender-field-lots")}</dt><dd><ol>{d.lots.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ol></dd> });
    let status_note = match status {
        Status::Cancelled => Some(tr.t_args("tender-cancelled-because", &[("reason", t.cancel_reason.clone().unwrap_or_default())])),
        Status::Awarded => Some(tr.t_args(
            "tender-awarded-to",
            &[("winner", t.awarded_to.clone().unwrap_or_default()), ("value", tr.money(t.awarded_value.unwrap_or(0), &d.currency))],
        )),
        _ => None,
    };
    let id = t.id;
    let threshold = threshold_sentence(tr, &t);
    // Built apart (and type-erased) to keep the page's view type within the compiler's limits.
    let facts = view! {
                    <section aria-labelledby="facts-heading">
                        <h2 id="facts-heading">{tr.t("tender-facts")}</h2>
                        <dl class="facts">
                            <dt>{tr.t("tender-buyer")}</dt>
                            <dd><a href=format!("/bodies/{}", t.organisation_id)>{t.buyer_name.clone()}</a>" · "{tr.country(&t.country)}</dd>
                            <dt>{tr.t("tender-field-nuts")}</dt><dd>{region}</dd>
                            <dt>{tr.t("tender-field-contract-type")}</dt><dd>{contract}</dd>
                            <dt>{tr.t("tender-field-procedure")}</dt><dd>{procedure}</dd>
                            {innovation.map(|i| view! { <dt>{tr.t("tender-field-innovation")}</dt><dd>{i}</dd> })}
                            <dt>{tr.t("tender-field-value")}</dt><dd>{value}</dd>
                            <dt>{tr.t("tender-field-main-cpv")}</dt><dd>{cpv_line(&d.main_cpv)}</dd>
                            {additional}
                            {lots}
                            <dt>{tr.t("tender-field-questions-deadline")}</dt><dd>{when(d.questions_deadline)}</dd>
                            <dt>{tr.t("tender-field-submission-deadline")}</dt>
                            <dd>{when(d.submission_deadline)}" ("{time_left(tr, d.submission_deadline, at)}") "
                                {(d.submission_deadline > at).then(|| view! { <a href=format!("/tenders/{id}/calendar.ics")>{tr.t("tender-add-to-calendar")}</a> })}</dd>
                            <dt>{tr.t("tender-contact")}</dt><dd>{d.contact_name.clone()}", "<a href=format!("mailto:{}", d.contact_email)>{d.contact_email.clone()}</a></dd>
                            {notice.map(|n| view! { <dt>{tr.t("tender-field-notice-url")}</dt><dd>{n}</dd> })}
                            {t.published_at.map(|p| view! { <dt>{tr.t("tender-published-on")}</dt><dd>{tr.date(p)}</dd> })}
                        </dl>
                        {threshold.map(|s| view! { <p class="threshold-note">{s}</p> })}
                    </section>
    }
    .into_any();
    let history = history_view(tr, &t, changes).map(IntoAny::into_any);
    let documents = documents_view(tr, &t, status, documents, is_owner).into_any();
    let questions = questions_view(tr, &t, status, questions, viewer.as_ref(), is_owner).into_any();
    // The buyer meets companies that may bid: only while the tender is being prepared or is open.
    let fit = (is_owner && matches!(status, Status::Draft | Status::Published))
        .then(|| view! { <crate::suppliers::pages::SuppliersWhoMayFit tender=t.clone() /> }.into_any());
    let cases = view! { <crate::knowledge::pages::CasesLikeTender tender=t.clone() /> }.into_any();
    let side = view! {
        {is_owner.then(|| owner_actions(tr, &t, status, viewer.as_ref()))}
        {viewer.as_ref().filter(|_| status != Status::Draft).map(|_| follow_form(tr, id, following))}
        <p><a href=format!("/api/ocds/tenders/{id}/record")>{tr.t("tender-open-data")}</a></p>
    }
    .into_any();

    view! {
        <Page title=d.title.clone()>
            <p class="tender-badges">
                <span class=format!("badge status-{}", status.code())>{tr.t(&status.message_key())}</span>
                <span class="badge">{tr.t(if d.above_threshold { "tender-above-threshold" } else { "tender-below-threshold" })}</span>
            </p>
            {status_note.map(|n| view! { <p class="notice">{n}</p> })}
            <div class="tender-layout">
                <div class="tender-main">
                    {facts}
                    <section aria-labelledby="description-heading">
                        <h2 id="description-heading">{tr.t("tender-field-description")}</h2>
                        <div class="prose" inner_html=description></div>
                    </section>
                    {documents}
                    {history}
                    {questions}
                    {fit}
                    {cases}
                </div>
                <aside class="tender-side" aria-label=tr.t("tender-actions")>{side}</aside>
            </div>
        </Page>
    }
}

/// "1.2 MB", "340 kB": a size people read at a glance.
fn file_size(tr: Tr, bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{},{} MB", tr.number(bytes / 1_000_000), (bytes % 1_000_000) / 100_000)
    } else {
        format!("{} kB", tr.number((bytes + 999) / 1000))
    }
}

fn documents_view(tr: Tr, t: &Tender, status: Status, documents: Vec<Document>, is_owner: bool) -> impl IntoView {
    let id = t.id;
    let editable = is_owner && matches!(status, Status::Draft | Status::Published);
    let empty = documents.is_empty().then(|| view! { <p>{tr.t("tender-no-documents")}</p> });
    let items = documents
        .into_iter()
        .map(|d| {
            let remove = editable.then(|| {
                let label = tr.t_args("tender-document-delete", &[("name", d.file_name.clone())]);
                view! {
                    <form method="post" action=format!("/tenders/{id}/documents/{}/delete", d.id) class="inline-form">
                        <button type="submit" class="link-button" aria-label=label>{tr.t("tender-document-delete-short")}</button>
                    </form>
                }
            });
            view! {
                <li>
                    <a href=format!("/tenders/{id}/documents/{}", d.id) download="">{d.file_name.clone()}</a>
                    " (" {kind_label(&d.content_type)} ", " {file_size(tr, d.size)} ") "
                    {remove}
                </li>
            }
        })
        .collect_view();
    let upload = editable.then(|| {
        let error = leptos::prelude::use_context::<crate::forms::FormEcho>()
            .filter(|e| e.form_id == "upload")
            .and_then(|e| e.errors.get("file").map(|c| tr.t(c)));
        let invalid = error.is_some();
        let hint = tr.t_args("hint-tender-upload", &[("max", (MAX_BYTES / 1024 / 1024).to_string())]);
        view! {
            <form method="post" action=format!("/tenders/{id}/documents") enctype="multipart/form-data" class="upload-form" id="upload">
                <div class="field" class:field-invalid=invalid>
                    <label for="upload-file">{tr.t("tender-upload-label")}</label>
                    <p class="hint" id="upload-file-hint">{hint}</p>
                    <input id="upload-file" type="file" name="file" required=true
                        accept=".pdf,.docx,.xlsx,.odt,.ods,.zip"
                        aria-describedby="upload-file-hint upload-file-error" aria-invalid=if invalid { "true" } else { "false" } />
                    <p class="field-error" id="upload-file-error">{error}</p>
                </div>
                <button type="submit" class="button button-secondary">{tr.t("tender-upload-submit")}</button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="documents">
            <h2 id="documents">{tr.t("tender-documents")}</h2>
            {empty}
            <ul class="documents">{items}</ul>
            {upload}
        </section>
    }
}

fn history_view(tr: Tr, t: &Tender, changes: Vec<Change>) -> Option<impl IntoView> {
    if changes.is_empty() {
        return None;
    }
    let zone = t.time_zone.clone();
    let rows = changes
        .into_iter()
        .map(|c| {
            let field = tr.t(&format!("tender-field-{}", c.field.replace('_', "-")));
            view! {
                <tr>
                    <td>{format_datetime_in(tr.locale(), c.changed_at, &zone)}</td>
                    <th scope="row">{field}</th>
                    <td class="prewrap">{c.old_value}</td>
                    <td class="prewrap">{c.new_value}</td>
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{tr.t("tender-history")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="history-heading">
                <table>
                    <thead><tr>
                        <th scope="col">{tr.t("tender-history-when")}</th>
                        <th scope="col">{tr.t("tender-history-field")}</th>
                        <th scope="col">{tr.t("tender-history-before")}</th>
                        <th scope="col">{tr.t("tender-history-after")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    })
}

fn questions_view(
    tr: Tr,
    t: &Tender,
    status: Status,
    questions: Vec<Question>,
    viewer: Option<&SessionUser>,
    is_owner: bool,
) -> impl IntoView {
    let id = t.id;
    // The public sees answered questions; the buyer sees all, with a form under each open one.
    let shown: Vec<Question> = questions.into_iter().filter(|q| is_owner || q.answer.is_some()).collect();
    let empty = shown.is_empty().then(|| view! { <p>{tr.t("tender-no-questions")}</p> });
    let items = shown
        .into_iter()
        .map(|q| {
            let answer = match q.answer.clone() {
                Some(a) => {
                    view! { <div class="answer"><p class="label">{tr.t("tender-answer")}</p><p class="prewrap">{a}</p></div> }.into_any()
                }
                None => {
                    let spec = FormSpec::new(
                        TenderForm::Answer,
                        &format!("answer-{}", q.id),
                        &format!("/tenders/{id}/questions/{}/answer", q.id),
                        tr.t("tender-publish-answer"),
                        vec![Field::textarea("answer", tr.t("tender-answer"))],
                    );
                    view! { <SmartForm spec /> }.into_any()
                }
            };
            view! {
                <li class="card">
                    <p class="label">{tr.t_args("tender-question-asked", &[("date", tr.date(q.asked_at))])}</p>
                    <p class="prewrap">{q.question}</p>
                    {answer}
                </li>
            }
        })
        .collect_view();
    let open_for_questions = status == Status::Published && t.data.questions_deadline > now();
    let ask = match viewer {
        Some(u) if u.role == Role::Supplier && open_for_questions => {
            let spec = FormSpec::new(
                TenderForm::Question,
                "ask",
                &format!("/tenders/{id}/questions"),
                tr.t("tender-ask-submit"),
                vec![Field::textarea("question", tr.t("tender-ask-label")).hint(tr.t("hint-tender-question"))],
            );
            Some(view! { <h3>{tr.t("tender-ask-heading")}</h3><SmartForm spec /> }.into_any())
        }
        None if open_for_questions => {
            Some(view! { <p><a href=format!("/signin?next=/tenders/{id}")>{tr.t("tender-sign-in-to-ask")}</a></p> }.into_any())
        }
        _ => None,
    };
    view! {
        <section aria-labelledby="questions" >
            <h2 id="questions">{tr.t("tender-questions")}</h2>
            {empty}
            <ul class="plain questions">{items}</ul>
            {ask}
        </section>
    }
}

fn follow_form(tr: Tr, id: i64, following: bool) -> impl IntoView {
    let (value, label) = if following { ("", "tender-unfollow") } else { ("yes", "tender-follow") };
    let spec = FormSpec::new(
        FormKind::Confirm,
        "follow",
        &format!("/tenders/{id}/follow"),
        tr.t(label),
        vec![Field::hidden("follow", value.into())],
    );
    view! { <div class="side-box"><p>{tr.t("tender-follow-explain")}</p><SmartForm spec /></div> }
}

fn owner_actions(tr: Tr, t: &Tender, status: Status, viewer: Option<&SessionUser>) -> impl IntoView {
    let id = t.id;
    let confirm = |form: &str, label: &str| FormSpec::new(FormKind::Confirm, form, &format!("/tenders/{id}/{form}"), tr.t(label), vec![]);
    let edit = matches!(status, Status::Draft | Status::Published).then(|| {
        let label = if status == Status::Draft { "tender-edit" } else { "tender-amend" };
        view! { <p><a class="button button-secondary" href=format!("/tenders/{id}/edit")>{tr.t(label)}</a></p> }
    });
    let publish = (status == Status::Draft).then(|| {
        if viewer.is_some_and(may_publish) {
            let spec = confirm("publish", "tender-publish");
            view! { <SmartForm spec /> }.into_any()
        } else {
            view! { <p class="notice">{tr.t("tender-publish-needs-verification")}</p> }.into_any()
        }
    });
    let close = (status == Status::Published).then(|| {
        let spec = confirm("close", "tender-close");
        view! { <SmartForm spec /> }
    });
    let award = (status == Status::Closed).then(|| {
        let spec = FormSpec::new(
            TenderForm::Award,
            "award",
            &format!("/tenders/{id}/award"),
            tr.t("tender-award"),
            vec![Field::text("winner", tr.t("tender-field-winner")), Field::amount("awarded_value", tr.t("tender-field-awarded-value"))],
        );
        view! { <h3>{tr.t("tender-award-heading")}</h3><SmartForm spec /> }
    });
    let delete = (status == Status::Draft).then(|| {
        let spec = confirm("delete", "tender-delete-draft").danger();
        view! { <details class="side-details"><summary>{tr.t("tender-delete-draft-heading")}</summary><SmartForm spec /></details> }
    });
    let cancel = matches!(status, Status::Published | Status::Closed).then(|| {
        let spec = FormSpec::new(
            TenderForm::Cancel,
            "cancel",
            &format!("/tenders/{id}/cancel"),
            tr.t("tender-cancel"),
            vec![Field::textarea("reason", tr.t("tender-field-cancel-reason"))],
        )
        .danger();
        view! { <details class="side-details"><summary>{tr.t("tender-cancel-heading")}</summary><SmartForm spec /></details> }
    });
    view! {
        <div class="side-box">
            <h2>{tr.t("tender-your-tender")}</h2>
            {edit}
            {publish}
            {close}
            {award}
            {delete}
            {cancel}
        </div>
    }
}

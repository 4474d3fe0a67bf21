//! `/knowledge/materials/{slug}`: a practical material (guide, checklist, template …): whom it
//! is for and at which stage, what it rests on, its file or link, and the cases that illustrate
//! its stage. Outdated guidance says plainly what replaces it. Moderators write and edit
//! materials (`/knowledge/materials/new`, `…/edit`) and attach a file.

use super::case::{history_view, provenance_view, readable, slug_param};
use super::{chosen_text, code_name, item_path, language_links, partial_date, sections_view};
use crate::forms::{with_placeholder, Choice, ChoiceGroup, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::viewer::use_viewer;
use crate::knowledge::access::may_moderate;
use crate::knowledge::forms::KnowledgeForm;
use crate::knowledge::model::*;
use crate::knowledge::repo::{self, Item, Version};
use crate::knowledge::rules::CONTENT_LANGS;
use crate::knowledge::search::{Facet, KnowledgeQuery};
use crate::reference::{Code, Theme};
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MaterialPage() -> impl IntoView {
    let slug = slug_param();
    let state = use_state();
    let viewer = use_viewer().user;
    let tr = use_tr();
    let asked = use_query_map().get_untracked().get("lang");
    let page = move || {
        let (state, viewer, slug, asked) = (state.clone(), viewer.clone(), slug.clone(), asked.clone());
        Suspend::new(async move {
            let item = match readable(&state, &slug, viewer.as_ref(), Kind::Material).await {
                Ok(Some(i)) => i,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let Facts::Material(f) = &item.facts else { return view! { <StatusPage status=404 /> }.into_any() };
            let successor = match f.superseded_by.as_str() {
                "" => None,
                s => repo::by_slug(&state.db, s).await.ok().flatten().filter(|i| i.status == Status::Published),
            };
            // Cases of the same theme illustrate a material; without a theme, the newest cases.
            state.knowledge.fresh(&state.db).await;
            let mut q = KnowledgeQuery::default().with_facet(Facet::Kind, Some("case"));
            if let Some(theme) = f.themes.first() {
                q = q.with_facet(Facet::Theme, Some(theme));
            }
            let related_ids = state.knowledge.top(&q, 4).unwrap_or_default();
            let related = repo::published_by_ids(&state.db, &related_ids).await.unwrap_or_default();
            let versions = repo::versions(&state.db, item.id).await.unwrap_or_default();
            let moderator = viewer.as_ref().is_some_and(may_moderate);
            material_view(tr, &item, asked.as_deref(), successor, related, versions, moderator).into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}

fn list_names<C: Code>(tr: Tr, codes: &[String]) -> String {
    codes.iter().map(|c| code_name::<C>(tr, c)).collect::<Vec<_>>().join(", ")
}

fn material_view(
    tr: Tr,
    item: &Item,
    asked: Option<&str>,
    successor: Option<Item>,
    related: Vec<Item>,
    versions: Vec<Version>,
    moderator: bool,
) -> impl IntoView + use<> {
    let Facts::Material(f) = &item.facts else { return view! { <StatusPage status=404 /> }.into_any() };
    let (text, note) = chosen_text(tr, item, asked);
    let lang = text.lang.clone();
    let superseded = successor.map(|s| {
        view! {
            <div class="notice notice-warning" role="note">
                <p><strong>{tr.t("knowledge-superseded")}</strong>" "
                    <a href=item_path(Kind::Material, &s.slug)>{s.text_in(tr.0.code()).title.clone()}</a></p>
            </div>
        }
    });
    let file = (!f.file_key.is_empty()).then(|| {
        view! {
            <p><a class="button" href=format!("/knowledge/materials/{}/file", item.slug) download="">{tr.t_args("knowledge-download", &[("name", f.file_name.clone())])}</a></p>
        }
    });
    let link = (!f.link_url.is_empty()).then(|| view! { <p><a class="button button-secondary" href=f.link_url.clone() rel="noopener noreferrer">{tr.t("knowledge-open-link")}</a></p> });
    let references = f
        .references
        .iter()
        .map(|r| view! { <li><a href=r.url.clone() rel="noopener noreferrer">{r.title.clone()}</a></li> })
        .collect_view();
    let related_view = (!related.is_empty()).then(|| {
        let cards = related
            .iter()
            .map(|c| {
                let t = c.text_in(tr.0.code());
                view! { <li><a href=item_path(Kind::Case, &c.slug) lang=t.lang.clone()>{t.title.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">{tr.t("knowledge-related-cases")}</h2>
                <ul>{cards}</ul>
            </section>
        }
    });
    let moderator_view = moderator.then(|| {
        let actions = super::review::moderator_actions(tr, item);
        let upload_error = use_context::<crate::forms::FormEcho>().filter(|e| e.form_id == "material-file").and_then(|e| e.errors.get("file").map(|c| tr.t(c)));
        let invalid = upload_error.is_some();
        view! {
            {actions}
            <form method="post" action=format!("/knowledge/materials/{}/documents", item.slug) enctype="multipart/form-data" class="upload-form" id="material-file">
                <div class="field" class:field-invalid=invalid>
                    <label for="material-file-input">{tr.t("knowledge-file-label")}</label>
                    <p class="hint" id="material-file-hint">{tr.t("hint-knowledge-file")}</p>
                    <input id="material-file-input" type="file" name="file" required=true accept=".pdf,.docx,.xlsx,.odt,.ods,.zip"
                        aria-describedby="material-file-hint material-file-error" aria-invalid=if invalid { "true" } else { "false" } />
                    <p class="field-error" id="material-file-error">{upload_error}</p>
                </div>
                <button type="submit" class="button button-secondary">{tr.t("knowledge-file-submit")}</button>
            </form>
        }
    });
    let title = text.title.clone();
    let summary = text.summary.clone();
    let languages = (item.texts.len() > 1).then(|| language_links(tr, item, &text.lang).into_any());
    let sections = sections_view(text).into_any();
    let provenance = provenance_view(tr, &item.provenance).into_any();
    let history = history_view(tr, &versions).map(IntoAny::into_any);
    let moderator_view = moderator_view.map(IntoAny::into_any);
    let related_view = related_view.map(IntoAny::into_any);
    let superseded = superseded.map(IntoAny::into_any);
    let facts = view! {
        <dl class="facts">
            <dt>{tr.t("knowledge-facet-type")}</dt><dd>{code_name::<MaterialType>(tr, &f.material_type)}</dd>
            <dt>{tr.t("knowledge-facet-stage")}</dt><dd>{list_names::<Stage>(tr, &f.stages)}</dd>
            <dt>{tr.t("knowledge-facet-audience")}</dt><dd>{list_names::<Audience>(tr, &f.audiences)}</dd>
            <dt>{tr.t("knowledge-field-level")}</dt><dd>{code_name::<Level>(tr, &f.level)}</dd>
            {(!f.themes.is_empty()).then(|| view! { <dt>{tr.t("knowledge-facet-theme")}</dt><dd>{list_names::<Theme>(tr, &f.themes)}</dd> })}
            <dt>{tr.t("knowledge-field-version-date")}</dt><dd>{partial_date(tr, &f.version_date)}</dd>
            <dt>{tr.t("knowledge-field-author")}</dt><dd>{f.author.clone()}</dd>
        </dl>
    }
    .into_any();
    view! {
        <Page title=title lang=lang.clone()>
            {superseded}
            <p class="lead" lang=lang.clone()>{summary}</p>
            {note.map(|n| view! { <p class="notice-inline">{n}</p> })}
            {languages}
            {moderator_view}
            <div class="detail-layout">
                <article class="detail-main" lang=lang>
                    {file}
                    {link}
                    {sections}
                </article>
                <aside class="detail-side">
                    <section aria-labelledby="facts-heading">
                        <h2 id="facts-heading">{tr.t("knowledge-facts")}</h2>
                        {facts}
                    </section>
                    <section aria-labelledby="references-heading">
                        <h2 id="references-heading">{tr.t("knowledge-references")}</h2>
                        <ul>{references}</ul>
                    </section>
                    {provenance}
                    {history}
                </aside>
            </div>
            {related_view}
            <p><a href="/knowledge/materials">{tr.t("knowledge-back-to-materials")}</a></p>
        </Page>
    }
    .into_any()
}

/// The material form's fields, from a stored material when editing.
fn material_fields(tr: Tr, item: Option<&Item>) -> Vec<Field> {
    let default = MaterialFacts::default();
    let f = match item.map(|i| &i.facts) {
        Some(Facts::Material(f)) => f,
        _ => &default,
    };
    let text = item.map(|i| i.original());
    let body = text
        .map(|t| t.sections.iter().map(|s| format!("## {} {{#{}}}\n{}\n", s.heading, s.id, s.markdown)).collect::<Vec<_>>().join("\n"))
        .unwrap_or_default();
    let group = |c: Vec<Choice>| with_placeholder(tr, vec![ChoiceGroup { label: String::new(), choices: c }]);
    let langs = CONTENT_LANGS.iter().map(|l| Choice { value: l.to_string(), label: super::language_name(tr, l) }).collect();
    vec![
        Field::select("lang", tr.t("knowledge-field-lang"), vec![ChoiceGroup { label: String::new(), choices: langs }])
            .value(text.map(|t| t.lang.clone()).unwrap_or_else(|| tr.0.code().to_string())),
        Field::text("title", tr.t("knowledge-field-title")).value(text.map(|t| t.title.clone()).unwrap_or_default()),
        Field::textarea("summary", tr.t("knowledge-field-summary")).value(text.map(|t| t.summary.clone()).unwrap_or_default()),
        Field::select("type", tr.t("knowledge-facet-type"), group(super::code_choices::<MaterialType>(tr))).value(f.material_type.clone()),
        Field::checkboxes("stages", tr.t("knowledge-facet-stage"), super::code_choices::<Stage>(tr)).value(f.stages.join(",")),
        Field::checkboxes("audiences", tr.t("knowledge-facet-audience"), super::code_choices::<Audience>(tr)).value(f.audiences.join(",")),
        Field::select("level", tr.t("knowledge-field-level"), group(super::code_choices::<Level>(tr))).value(f.level.clone()),
        Field::checkboxes("themes", tr.t("knowledge-facet-theme"), super::code_choices::<Theme>(tr)).optional().value(f.themes.join(",")),
        Field::text("version_date", tr.t("knowledge-field-version-date")).hint(tr.t("hint-knowledge-date")).value(f.version_date.clone()),
        Field::text("author", tr.t("knowledge-field-author")).value(if f.author.is_empty() {
            "PPI Hub editors".into()
        } else {
            f.author.clone()
        }),
        Field::textarea("text", tr.t("knowledge-field-text")).hint(tr.t("hint-knowledge-text")).value(body),
        Field::textarea("references", tr.t("knowledge-references"))
            .hint(tr.t("hint-knowledge-links"))
            .value(f.references.iter().map(|r| format!("{} | {}", r.title, r.url)).collect::<Vec<_>>().join("\n")),
        Field::text("link_url", tr.t("knowledge-field-link")).optional().value(f.link_url.clone()),
        Field::text("superseded_by", tr.t("knowledge-field-superseded-by"))
            .optional()
            .hint(tr.t("hint-knowledge-superseded"))
            .value(f.superseded_by.clone()),
        Field::text("licence", tr.t("knowledge-licence"))
            .optional()
            .value(item.map(|i| i.provenance.licence.clone()).unwrap_or_else(|| "CC BY 4.0".into())),
    ]
}

/// `/knowledge/materials/new` and `/knowledge/materials/{slug}/edit`: moderators only.
#[component]
pub fn MaterialFormPage() -> impl IntoView {
    let tr = use_tr();
    let slug = slug_param();
    let here = if slug.is_empty() { "/knowledge/materials/new".to_string() } else { format!("/knowledge/materials/{slug}/edit") };
    let user = match guard(&here, may_moderate) {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    if slug.is_empty() {
        let spec = FormSpec::new(KnowledgeForm::Material, "material", &here, tr.t("knowledge-publish"), material_fields(tr, None));
        return view! { <Page title=tr.t("knowledge-material-new")><div class="narrow"><SmartForm spec /></div></Page> }.into_any();
    }
    let state = use_state();
    let page = move || {
        let (state, user, slug, here) = (state.clone(), user.clone(), slug.clone(), here.clone());
        Suspend::new(async move {
            let item = match readable(&state, &slug, Some(&user), Kind::Material).await {
                Ok(Some(i)) => i,
                Ok(None) => return view! { <StatusPage status=404 /> }.into_any(),
                Err(_) => return view! { <StatusPage status=500 /> }.into_any(),
            };
            let spec = FormSpec::new(KnowledgeForm::Material, "material", &here, tr.t("knowledge-save"), material_fields(tr, Some(&item)));
            view! {
                <Page title=tr.t_args("knowledge-edit-title", &[("title", item.original().title.clone())])>
                    <div class="narrow">
                        <SmartForm spec />
                        <p><a href=item_path(Kind::Material, &item.slug)>{tr.t("knowledge-back-to-materials")}</a></p>
                    </div>
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }.into_any()
}

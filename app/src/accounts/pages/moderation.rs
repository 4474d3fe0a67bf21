use crate::accounts::forms::AccountForm;
use crate::accounts::repo::{self, PendingBody};
use crate::forms::{Choice, Field, FormSpec, SmartForm};
use crate::i18n::{use_tr, Tr};
use crate::identity::BodyType;
use crate::reference::{nuts, Country};
use crate::shell::{guard, Page};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ModerationPage() -> impl IntoView {
    let tr = use_tr();
    if let Err(refused) = guard("/moderation", |u| u.role.can_moderate()) {
        return refused;
    }
    let state = use_state();
    let list = move || {
        let state = state.clone();
        Suspend::new(async move {
            match repo::pending_bodies(&state.db).await {
                Ok(bodies) if bodies.is_empty() => view! { <p>{tr.t("moderation-empty")}</p> }.into_any(),
                Ok(bodies) => {
                    let count = tr.t_args("moderation-count", &[("count", bodies.len().to_string())]);
                    let items = bodies.into_iter().map(|b| pending_view(tr, b)).collect_view();
                    view! { <p>{count}</p><ul class="moderation-list">{items}</ul> }.into_any()
                }
                Err(_) => view! { <p>{tr.t("error-500-text")}</p> }.into_any(),
            }
        })
    };
    view! {
        <Page title=tr.t("moderation-title")>
            <p class="lead">{tr.t("moderation-intro")}</p>
            <Suspense>{list}</Suspense>
            {crate::messages::ReportedMessages()}
        </Page>
    }
    .into_any()
}

fn pending_view(tr: Tr, b: PendingBody) -> impl IntoView {
    let o = b.organisation;
    let heading_id = format!("body-{}", o.id);
    let country = Country::from_code(&o.country).map(|c| tr.t(&c.message_key())).unwrap_or(o.country.clone());
    let body_type = o.body_type.as_deref().and_then(BodyType::parse).map(|t| tr.t(&t.message_key())).unwrap_or_default();
    let region = o.nuts_code.as_deref().map(|c| nuts::region(c).map(|r| format!("{c} – {}", r.label)).unwrap_or(c.to_string()));
    let spec = FormSpec::new(
        AccountForm::Moderate,
        &format!("moderate-{}", o.id),
        &format!("/moderation/{}", o.id),
        tr.t("moderation-submit"),
        vec![
            Field::radio(
                "decision",
                tr.t("moderation-decision"),
                vec![
                    Choice { value: "verify".into(), label: tr.t("moderation-verify") },
                    Choice { value: "reject".into(), label: tr.t("moderation-reject") },
                ],
            ),
            Field::textarea("reason", tr.t("moderation-reason")).optional().hint(tr.t("hint-moderation-reason")),
        ],
    );
    view! {
        <li class="card">
            <h2 id=heading_id.clone()>{o.name}</h2>
            <dl class="facts">
                <dt>{tr.t("field-country")}</dt><dd>{country}</dd>
                <dt>{tr.t("field-body-type")}</dt><dd>{body_type}</dd>
                {region.map(|r| view! { <dt>{tr.t("field-nuts")}</dt><dd>{r}</dd> })}
                <dt>{tr.t("moderation-contact")}</dt>
                <dd>{b.contact_name.unwrap_or_default()}" <"{b.contact_email.unwrap_or_default()}">"</dd>
                <dt>{tr.t("moderation-registered")}</dt><dd>{tr.date(o.created_at)}</dd>
            </dl>
            <SmartForm spec />
        </li>
    }
}

//! The parts of a team page that companies and public bodies share: the organisation's people,
//! and the owner's invitation form with the invitations still open.

use crate::accounts::membership::{Colleague, Invitation};
use crate::forms::{Field, FormKind, FormSpec, SmartForm};
use crate::i18n::Tr;
use leptos::prelude::*;

/// The organisation's people, its owners marked.
pub fn people_view(tr: Tr, people: Vec<Colleague>) -> impl IntoView {
    let items = people
        .into_iter()
        .map(|c| view! { <li>{c.name}" · "{c.email}{c.owner.then(|| format!(" · {}", tr.t("team-owner")))}</li> })
        .collect_view();
    view! { <ul>{items}</ul> }
}

/// The invitation of a colleague, posted by the capability's own form to `action`, and the
/// invitations still open.
pub fn invite_view(tr: Tr, kind: impl Into<FormKind>, action: &str, open: Vec<Invitation>) -> impl IntoView {
    let spec = FormSpec::new(
        kind,
        "invite",
        action,
        tr.t("team-invite-submit"),
        vec![Field::email("email", tr.t("team-invite-email")).hint(tr.t("hint-team-invite"))],
    );
    let pending = (!open.is_empty()).then(|| {
        let items = open
            .into_iter()
            .map(|i| view! { <li>{i.email}" · "{tr.t_args("team-invited-until", &[("date", tr.date(i.expires_at))])}</li> })
            .collect_view();
        view! { <h3>{tr.t("team-open-invitations")}</h3><ul>{items}</ul> }
    });
    view! {
        <h2>{tr.t("team-invite")}</h2>
        <div class="narrow"><SmartForm spec /></div>
        {pending}
    }
}

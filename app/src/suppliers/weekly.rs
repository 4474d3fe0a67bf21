//! The weekly "tenders for you" e-mail: for each company that has it switched on, the open
//! tenders published since its last e-mail that may fit it, to each of its people.

use super::{repo, suggestions};
use crate::accounts::repo::members_of;
use crate::db::now;
use crate::mail::Mail;
use crate::state::AppState;
use crate::web::AppError;

pub const WEEK: i64 = 7 * 86_400;

/// Sends the e-mails that are due; how many were sent.
pub async fn send_weekly(state: &AppState) -> Result<usize, AppError> {
    let at = now();
    let mut sent = 0;
    for (org, last) in repo::weekly_due(&state.db, at - WEEK).await? {
        let Some(profile) = repo::profile(&state.db, org).await? else { continue };
        let since = if last == 0 { at - WEEK } else { last };
        let found = suggestions::tenders_for(&state.db, &profile, since).await?;
        repo::mark_weekly_sent(&state.db, org, at).await?;
        if found.is_empty() {
            continue;
        }
        let list: Vec<String> =
            found.iter().map(|(t, _)| format!("- {} ({})\n  {}/tenders/{}", t.title, t.buyer_name, state.config.base_url, t.id)).collect();
        for member in members_of(&state.db, org).await? {
            let args = vec![
                ("name", member.name.clone()),
                ("count", found.len().to_string()),
                ("list", list.join("\n")),
                ("link", format!("{}/dashboard", state.config.base_url)),
            ];
            state.mailer.send(Mail { to: &member.email, locale: member.locale, kind: "tenders-for-you", args }).await?;
            sent += 1;
        }
    }
    Ok(sent)
}

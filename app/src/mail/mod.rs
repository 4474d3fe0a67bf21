//! Outgoing e-mail. Every message is first written to the `outbox` table; when SMTP is
//! configured it is then sent (lettre) and its status recorded. Without SMTP it stays in the
//! outbox, where admins read it on a page and the log prints it, so every flow works locally.

mod pages;
mod repo;

pub use pages::OutboxPage;
pub use repo::OutboxEntry;

use crate::config::Config;
use crate::db::Db;
use crate::i18n::{lookup_args, Locale};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Clone)]
pub struct Mailer {
    db: Db,
    from: String,
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
}

/// A message in the recipient's language, built from the messages `mail-<kind>-subject` and
/// `mail-<kind>-body`.
pub struct Mail<'a> {
    pub to: &'a str,
    pub locale: Locale,
    pub kind: &'a str,
    pub args: Vec<(&'a str, String)>,
}

impl Mailer {
    pub fn new(db: Db, config: &Config) -> Result<Mailer, String> {
        let smtp = match &config.smtp {
            None => None,
            Some(s) => {
                Some(AsyncSmtpTransport::<Tokio1Executor>::from_url(&s.url).map_err(|e| format!("SMTP_URL is not usable: {e}"))?.build())
            }
        };
        config.mail_from.parse::<Mailbox>().map_err(|e| format!("MAIL_FROM is not an address: {e}"))?;
        Ok(Mailer { db, from: config.mail_from.clone(), smtp })
    }

    /// Records the message and sends it in the background; a mail server that is slow or down
    /// never holds up the page, and a failure is recorded in the outbox.
    pub async fn send(&self, mail: Mail<'_>) -> Result<(), sqlx::Error> {
        let subject = lookup_args(mail.locale, &format!("mail-{}-subject", mail.kind), &mail.args);
        let body = lookup_args(mail.locale, &format!("mail-{}-body", mail.kind), &mail.args);
        let status = if self.smtp.is_some() { "queued" } else { "logged" };
        let id = repo::insert(&self.db, mail.to, &subject, &body, status).await?;
        let Some(smtp) = self.smtp.clone() else {
            tracing::info!(to = mail.to, subject = %subject, "mail (no SMTP configured, kept in the outbox):\n{body}");
            return Ok(());
        };
        let message = Message::builder()
            .from(self.from.parse().expect("checked at start-up"))
            .to(match mail.to.parse() {
                Ok(to) => to,
                Err(e) => return repo::mark(&self.db, id, "failed", Some(&e.to_string())).await,
            })
            .subject(subject)
            .body(body);
        let message = match message {
            Ok(m) => m,
            Err(e) => return repo::mark(&self.db, id, "failed", Some(&e.to_string())).await,
        };
        let db = self.db.clone();
        tokio::spawn(async move {
            let outcome = smtp.send(message).await;
            let (status, error) = match &outcome {
                Ok(_) => ("sent", None),
                Err(e) => ("failed", Some(e.to_string())),
            };
            if let Err(e) = repo::mark(&db, id, status, error.as_deref()).await {
                tracing::error!(error = %e, "could not record the mail's status");
            }
        });
        Ok(())
    }
}

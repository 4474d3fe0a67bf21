//! Messages between organisations through HTTP on SQLite and PostgreSQL: contacting a company,
//! the inbox and its unread counts, replies and e-mail notices, who may read and write, blocks,
//! reports to the moderators, the hourly rate limit and the daily notice.

use crate::common;

use app::accounts::repo as accounts;
use app::identity::Role;
use app::messages::handlers::{CONVERSATIONS_PER_DAY, MESSAGES_PER_HOUR};
use common::{count, field_error, form_error, location, org_of, page, post_json, signed_up_supplier, TestServer};
use sqlx::Row;

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    a_buyer_and_a_supplier_write_to_each_other,
    only_the_two_organisations_read_and_write,
    a_blocked_organisation_cannot_write,
    reported_messages_reach_the_moderators,
    the_hourly_message_limit_holds,
    daily_notices_tell_of_unread_messages,
);

/// A signed-in buyer of Espoon kaupunki, its public body verified by a moderator.
async fn buyer(s: &TestServer, email: &str) -> reqwest::Client {
    s.verified_buyer(email, PASSWORD).await;
    let login = accounts::find_login(&s.state.db, email).await.unwrap().unwrap();
    accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    s.sign_in(email, PASSWORD).await
}

async fn step(s: &TestServer, c: &reqwest::Client, path: &str, form: &[(&str, &str)]) {
    let res = s.post_form(c, path, form).await;
    assert_eq!(res.status(), 303, "{path}: {}", res.text().await.unwrap());
}

/// Valo Oy with a published profile, so its page carries the contact form.
async fn published_supplier(s: &TestServer, email: &str) -> reqwest::Client {
    let c = signed_up_supplier(s, "Sanna Saarinen", email, PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    step(
        s,
        &c,
        "/suppliers/profile/company",
        &[("name", "Valo Oy"), ("country", "FI"), ("registration_number", "0112038-9"), ("size", "small")],
    )
    .await;
    step(s, &c, "/suppliers/profile/logo/next", &[]).await;
    step(s, &c, "/suppliers/profile/offer", &[("cpv", "34928500-3"), ("regions", "FI1B"), ("languages", "fi,en")]).await;
    step(s, &c, "/suppliers/profile/about", &[("capability", "Smart street lighting with motion sensors.")]).await;
    step(s, &c, "/suppliers/profile/references/next", &[]).await;
    step(s, &c, "/suppliers/profile/contact", &[("contact_name", "Sanna Saarinen"), ("contact_email", "sales@valo.fi")]).await;
    step(s, &c, "/suppliers/profile/review/publish", &[]).await;
    c
}

async fn user_id(s: &TestServer, email: &str) -> i64 {
    accounts::find_login(&s.state.db, email).await.unwrap().unwrap().id
}

/// The contact form on a supplier's page, posted.
async fn contact(s: &TestServer, c: &reqwest::Client, to: i64, subject: &str, body: &str) -> reqwest::Response {
    let to = to.to_string();
    let form = [("to", to.as_str()), ("about_kind", "supplier"), ("about_id", to.as_str()), ("subject", subject), ("body", body)];
    s.post_form(c, "/messages/start", &form).await
}

/// Starts a conversation and returns its id.
async fn started(s: &TestServer, c: &reqwest::Client, to: i64, subject: &str, body: &str) -> i64 {
    let res = contact(s, c, to, subject, body).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let to = location(&res);
    assert!(to.ends_with("?notice=message-sent"), "{to}");
    to.trim_start_matches("/messages/").split('?').next().unwrap().parse().unwrap()
}

/// The ids of a conversation's messages, oldest first.
async fn message_ids(s: &TestServer, conversation: i64) -> Vec<i64> {
    sqlx::query("SELECT id FROM messages WHERE conversation_id = $1 ORDER BY id")
        .bind(conversation)
        .fetch_all(&s.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

async fn a_buyer_and_a_supplier_write_to_each_other(s: TestServer) {
    let supplier = published_supplier(&s, "sanna@valo.fi").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;
    // The buyer finds the contact form on the company's page.
    let profile = page(&s, &buyer, &format!("/suppliers/{valo}")).await;
    assert!(profile.contains(r#"action="/messages/start""#), "{profile}");

    // Bad input: named at each field, what was typed kept, nothing sent.
    let long_subject = "Street lighting pilot ".repeat(10);
    let res = contact(&s, &buyer, valo, &long_subject, "   ").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "contact", "subject").as_deref(), Some("This is too long."), "{html}");
    assert_eq!(field_error(&html, "contact", "body").as_deref(), Some("Please fill in this field."));
    assert!(html.contains(long_subject.trim()), "the subject typed is kept");
    let res = contact(&s, &buyer, valo, "Street lighting pilot", "Hello\u{7} there, we plan a pilot").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "contact", "body").as_deref(), Some("Remove the invisible control characters."), "{html}");
    assert!(field_error(&html, "contact", "subject").is_none());
    assert!(html.contains(r#"value="Street lighting pilot""#), "{html}");
    let res = contact(&s, &buyer, valo, "Two\nlines", "Hello").await;
    assert_eq!(field_error(&res.text().await.unwrap(), "contact", "subject").as_deref(), Some("Remove the invisible control characters."));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations").await, 0);
    let supplier_mails = s.mail_count("sanna@valo.fi").await;

    // Sent: the buyer lands on the conversation.
    let id = started(&s, &buyer, valo, "Street lighting pilot", "Hello,\r\nwe plan a pilot <b>now</b>.").await;
    let thread = page(&s, &buyer, &format!("/messages/{id}?notice=message-sent")).await;
    assert!(thread.contains("Your message is sent.") && thread.contains("Conversation with Valo Oy"), "{thread}");
    let stored: String =
        sqlx::query("SELECT body FROM messages WHERE conversation_id = $1").bind(id).fetch_one(&s.state.db.pool).await.unwrap().get(0);
    assert_eq!(stored, "Hello,\nwe plan a pilot <b>now</b>.");

    // The company's people hear of it at once, with the link; the sender does not.
    assert_eq!(s.mail_count("sanna@valo.fi").await, supplier_mails + 1);
    let (subject, body) = s.last_mail("sanna@valo.fi").await.unwrap();
    assert_eq!(subject, "New message from Espoon kaupunki: Street lighting pilot");
    assert!(body.contains(&s.url(&format!("/messages/{id}"))) && body.contains("Hello Sanna Saarinen"), "{body}");
    assert!(!s.last_mail("aino@espoo.fi").await.unwrap().0.starts_with("New message"));

    // The inbox: the conversation, unread, also counted in the header.
    let inbox = page(&s, &supplier, "/messages").await;
    assert!(
        inbox.contains(&format!(r#"href="/messages/{id}""#))
            && inbox.contains("Street lighting pilot")
            && inbox.contains("Espoon kaupunki"),
        "{inbox}"
    );
    assert!(inbox.contains("1 unread"), "{inbox}");
    assert!(inbox.contains(r#"class="badge unread-count""#), "the header counts it too");
    // Reading marks it read; the text is text.
    let thread = page(&s, &supplier, &format!("/messages/{id}")).await;
    assert!(thread.contains("we plan a pilot &lt;b&gt;now&lt;/b&gt;.") && !thread.contains("<b>now</b>"), "{thread}");
    assert!(thread.contains("Conversation with Espoon kaupunki"));
    let inbox = page(&s, &supplier, "/messages").await;
    assert!(inbox.contains("Street lighting pilot") && !inbox.contains("unread"), "{inbox}");
    // The sender's own message is never unread to the sender.
    assert!(!page(&s, &buyer, "/messages").await.contains("unread"));

    // A reply needs text, kept as typed when refused.
    let res = s.post_form(&supplier, &format!("/messages/{id}"), &[("body", " ")]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(field_error(&res.text().await.unwrap(), "reply", "body").as_deref(), Some("Please fill in this field."));
    let too_long = "Thanks! ".repeat(700);
    let res = s.post_form(&supplier, &format!("/messages/{id}"), &[("body", &too_long)]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "reply", "body").as_deref(), Some("This is too long."));
    assert!(html.contains(too_long.trim()), "the reply typed is kept");

    let res = s.post_form(&supplier, &format!("/messages/{id}"), &[("body", "Thanks, happy to help.")]).await;
    let to = location(&res);
    assert!(to.starts_with(&format!("/messages/{id}?notice=message-sent#message-")), "{to}");
    assert_eq!(message_ids(&s, id).await.len(), 2);
    // The buyer's people hear of the reply.
    let (subject, body) = s.last_mail("aino@espoo.fi").await.unwrap();
    assert_eq!(subject, "New message from Valo Oy: Street lighting pilot");
    assert!(body.contains(&s.url(&format!("/messages/{id}"))), "{body}");
    // Who replies has read the conversation; the buyer has one unread message now.
    assert!(!page(&s, &supplier, "/messages").await.contains("unread"));
    let inbox = page(&s, &buyer, "/messages").await;
    assert!(inbox.contains("1 unread"), "{inbox}");
    let thread = page(&s, &buyer, &format!("/messages/{id}")).await;
    assert!(thread.contains("Thanks, happy to help.") && thread.contains("Sanna Saarinen"), "{thread}");
    assert!(!page(&s, &buyer, "/messages").await.contains("unread"));

    // A lively exchange is not a mail per message: the next one within minutes sends none.
    let before = s.mail_count("sanna@valo.fi").await;
    let res = s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Great, see you.")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(s.mail_count("sanna@valo.fi").await, before);
    assert!(page(&s, &supplier, "/messages").await.contains("1 unread"));
}

async fn only_the_two_organisations_read_and_write(s: TestServer) {
    let supplier = signed_up_supplier(&s, "Sanna Saarinen", "sanna@valo.fi", PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;
    let espoo = org_of(&s, "aino@espoo.fi").await;
    // A company without a published profile can still be written to.
    let id = started(&s, &buyer, valo, "Lighting <em>pilot</em>", "Hello from Espoo, confidential.").await;
    let first = message_ids(&s, id).await[0];
    // A subject is text in the inbox and on the conversation's page, its <title> included.
    for path in ["/messages".to_string(), format!("/messages/{id}")] {
        let html = page(&s, &supplier, &path).await;
        assert!(html.contains("Lighting &lt;em&gt;pilot&lt;/em&gt;"), "{html}");
        assert!(!html.contains("<em>pilot"), "{html}");
    }
    let html = page(&s, &supplier, &format!("/messages/{id}")).await;
    assert!(html.contains("<title>Lighting &lt;em&gt;pilot&lt;/em&gt; – PPI Hub</title>"), "{html}");

    // What a conversation is about is one of the known kinds, or nothing.
    let about: Option<String> =
        sqlx::query("SELECT about_kind FROM conversations WHERE id = $1").bind(id).fetch_one(&s.state.db.pool).await.unwrap().get(0);
    assert_eq!(about.as_deref(), Some("supplier"));

    // A third organisation: the conversation does not exist for it, and it cannot write in it.
    let other = self::signed_up_supplier(&s, "Sanna Saarinen", "erik@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let res = s.get(&other, &format!("/messages/{id}")).await;
    assert_eq!(res.status(), 404);
    assert!(!res.text().await.unwrap().contains("confidential"));
    assert!(!page(&s, &other, "/messages").await.contains("Lighting"));
    assert_eq!(s.post_form(&other, &format!("/messages/{id}"), &[("body", "Hi, I am in")]).await.status(), 403);
    assert_eq!(s.post_form(&other, &format!("/messages/{id}/report/{first}"), &[("reason", "spam")]).await.status(), 403);
    assert_eq!(s.post_form(&other, &format!("/messages/{id}/block"), &[("block", "yes")]).await.status(), 403);
    assert_eq!(message_ids(&s, id).await.len(), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM message_reports").await, 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM organisation_blocks").await, 0);
    // A conversation that does not exist looks the same.
    assert_eq!(s.get(&buyer, "/messages/999999").await.status(), 404);
    assert_eq!(s.post_form(&buyer, "/messages/999999", &[("body", "Hello")]).await.status(), 403);
    // A message of this conversation only: one from elsewhere cannot be reported through it.
    let theirs = started(&s, &other, espoo, "Lighting offer", "Ljus here.").await;
    let foreign = message_ids(&s, theirs).await[0];
    assert_eq!(s.post_form(&supplier, &format!("/messages/{id}/report/{foreign}"), &[("reason", "spam")]).await.status(), 403);

    // Signed out: the pages ask to sign in, the forms refuse.
    let anonymous = s.client();
    let res = s.get(&anonymous, &format!("/messages/{id}")).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(location(&res), format!("/signin?next=/messages/{id}"));
    assert_eq!(location(&s.get(&anonymous, "/messages").await), "/signin?next=/messages");
    assert_eq!(s.post_form(&anonymous, &format!("/messages/{id}"), &[("body", "Hello")]).await.status(), 403);
    assert_eq!(contact(&s, &anonymous, valo, "Hello", "Hello").await.status(), 403);
    assert_eq!(s.post_form(&anonymous, "/messages/settings", &[("message_mail", "never")]).await.status(), 403);

    // Nobody writes to their own organisation.
    let res = contact(&s, &supplier, valo, "Note to self", "Hello colleagues").await;
    assert_eq!(res.status(), 422);
    let (status, reply) = post_json(
        &s,
        &buyer,
        "/messages/start",
        &[
            ("to", &espoo.to_string()),
            ("about_kind", "body"),
            ("about_id", &espoo.to_string()),
            ("subject", "Note to self"),
            ("body", "Hello"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(reply["invalid"]["_form"], "err-message-self", "{reply}");
    // Nor to an organisation that does not exist, nor to a public body not verified.
    let (status, reply) = post_json(&s, &supplier, "/messages/start", &[("to", "999999"), ("subject", "Hello"), ("body", "Hello")]).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-recipient-unavailable")));
    s.verified_buyer("kalle@vantaa.fi", PASSWORD).await;
    let vantaa = org_of(&s, "kalle@vantaa.fi").await;
    let (status, reply) =
        post_json(&s, &supplier, "/messages/start", &[("to", &vantaa.to_string()), ("subject", "Hello"), ("body", "Hello")]).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-recipient-unavailable")));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations").await, 2);
    let espoo_id = espoo.to_string();
    let res = s
        .post_form(
            &supplier,
            "/messages/start",
            &[("to", &espoo_id), ("about_kind", "<nonsense>"), ("about_id", "7"), ("subject", "Hello"), ("body", "Hello")],
        )
        .await;
    let odd: i64 = location(&res).trim_start_matches("/messages/").split('?').next().unwrap().parse().unwrap();
    let about: Option<String> =
        sqlx::query("SELECT about_kind FROM conversations WHERE id = $1").bind(odd).fetch_one(&s.state.db.pool).await.unwrap().get(0);
    assert_eq!(about, None);
    // A recipient that is no organisation id at all is a bad request.
    let res = s.post_form(&supplier, "/messages/start", &[("to", "abc"), ("subject", "x"), ("body", "y")]).await;
    assert_eq!(res.status(), 400);
}

async fn a_blocked_organisation_cannot_write(s: TestServer) {
    let supplier = published_supplier(&s, "sanna@valo.fi").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;
    let id = started(&s, &buyer, valo, "Street lighting pilot", "Hello from Espoo").await;

    let res = s.post_form(&supplier, &format!("/messages/{id}/block"), &[("block", "yes")]).await;
    assert_eq!(location(&res), format!("/messages/{id}?notice=organisation-blocked"));
    let thread = page(&s, &supplier, &format!("/messages/{id}?notice=organisation-blocked")).await;
    assert!(thread.contains("The organisation is blocked."), "{thread}");
    assert!(thread.contains("You have blocked Espoon kaupunki") && thread.contains("Unblock Espoon kaupunki"), "{thread}");

    // The blocked side: its reply is refused, with the reason on the page.
    let res = s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Are you there?")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Valo Oy does not accept messages from your organisation."), "{html}");
    let (status, reply) = post_json(&s, &buyer, &format!("/messages/{id}"), &[("body", "Are you there?")]).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-blocked")));
    // … and so is a new conversation, with the error at the contact form.
    let res = contact(&s, &buyer, valo, "Another try", "Hello again").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(form_error(&html, "contact").as_deref(), Some("Messages between these organisations are blocked."), "{html}");
    assert!(html.contains(r#"value="Another try""#));
    // The blocking side cannot write either while it blocks.
    let (status, reply) = post_json(&s, &supplier, &format!("/messages/{id}"), &[("body", "One last word")]).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-blocked")));
    // The blocked side cannot lift the block.
    let res = s.post_form(&buyer, &format!("/messages/{id}/block"), &[("block", "no")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Still there?")]).await.status(), 422);
    assert_eq!(message_ids(&s, id).await.len(), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations").await, 1);

    // Unblocked: both write again.
    let res = s.post_form(&supplier, &format!("/messages/{id}/block"), &[("block", "no")]).await;
    assert_eq!(location(&res), format!("/messages/{id}?notice=organisation-unblocked"));
    let res = s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Are you there?")]).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    started(&s, &buyer, valo, "Another try", "Hello again").await;
    assert_eq!(message_ids(&s, id).await.len(), 2);
}

async fn reported_messages_reach_the_moderators(s: TestServer) {
    let supplier = signed_up_supplier(&s, "Sanna Saarinen", "sanna@valo.fi", PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;
    let id = started(&s, &buyer, valo, "Cheap lamps", "Buy our <i>cheap</i> lamps now!!!").await;
    s.post_form(&supplier, &format!("/messages/{id}"), &[("body", "Private reply not for moderators.")]).await;
    let ids = message_ids(&s, id).await;
    let (theirs, mine) = (ids[0], ids[1]);

    // Only a message from the other side, and only with a reason.
    assert_eq!(s.post_form(&supplier, &format!("/messages/{id}/report/{mine}"), &[("reason", "mine")]).await.status(), 403);
    let res = s.post_form(&supplier, &format!("/messages/{id}/report/{theirs}"), &[("reason", "  ")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, &format!("report-{theirs}"), "reason").as_deref(), Some("Please fill in this field."), "{html}");
    let res = s.post_form(&supplier, &format!("/messages/{id}/report/{theirs}"), &[("reason", "Unsolicited advertising")]).await;
    assert_eq!(location(&res), format!("/messages/{id}?notice=message-reported"));
    // Twice is once.
    s.post_form(&supplier, &format!("/messages/{id}/report/{theirs}"), &[("reason", "Unsolicited advertising")]).await;
    assert_eq!(count(&s, "SELECT COUNT(*) FROM message_reports").await, 1);
    let report: i64 = count(&s, "SELECT id FROM message_reports").await;

    // The moderators see the one message, the reason and who reported it; not the conversation.
    s.staff("mod@ppihub.eu", Role::Moderator, PASSWORD).await;
    let moderator = s.sign_in("mod@ppihub.eu", PASSWORD).await;
    let moderation = page(&s, &moderator, "/moderation").await;
    assert!(moderation.contains("Message from Espoon kaupunki"), "{moderation}");
    assert!(moderation.contains("Buy our &lt;i&gt;cheap&lt;/i&gt; lamps now!!!"), "{moderation}");
    assert!(moderation.contains("Unsolicited advertising") && moderation.contains("Sanna Saarinen, Valo Oy"));
    assert!(!moderation.contains("Private reply not for moderators."));
    assert_eq!(s.get(&moderator, &format!("/messages/{id}")).await.status(), 404);

    // Nobody else resolves reports or sees them.
    for c in [&supplier, &buyer, &s.client()] {
        assert_eq!(s.post_form(c, &format!("/moderation/reports/{report}"), &[]).await.status(), 403);
    }
    assert_eq!(s.get(&supplier, "/moderation").await.status(), 403);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM message_reports WHERE resolved_at IS NULL").await, 1);

    let res = s.post_form(&moderator, &format!("/moderation/reports/{report}"), &[]).await;
    assert_eq!(location(&res), "/moderation?notice=report-resolved");
    let moderation = page(&s, &moderator, "/moderation").await;
    assert!(moderation.contains("No reported messages.") && !moderation.contains("Unsolicited advertising"), "{moderation}");
    // Resolved, the message may be reported again.
    s.post_form(&supplier, &format!("/messages/{id}/report/{theirs}"), &[("reason", "Again")]).await;
    assert_eq!(count(&s, "SELECT COUNT(*) FROM message_reports WHERE resolved_at IS NULL").await, 1);
}

async fn the_hourly_message_limit_holds(s: TestServer) {
    signed_up_supplier(&s, "Sanna Saarinen", "sanna@valo.fi", PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;
    let espoo = org_of(&s, "aino@espoo.fi").await;
    let aino = user_id(&s, "aino@espoo.fi").await;
    let id = started(&s, &buyer, valo, "Street lighting pilot", "Hello").await;
    // One short of the limit: the first message and these, all within the hour.
    let at = app::db::now();
    for i in 0..MESSAGES_PER_HOUR - 2 {
        sqlx::query("INSERT INTO messages (conversation_id, sender_id, sender_org, body, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(aino)
            .bind(espoo)
            .bind(format!("Message {i}"))
            .bind(at - 60)
            .execute(&s.state.db.pool)
            .await
            .unwrap();
    }
    let res = s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "The last one this hour")]).await;
    assert_eq!(res.status(), 303, "the limit itself is allowed");
    let res = s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "One too many")]).await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Too many attempts"));
    let res = contact(&s, &buyer, valo, "New subject", "One too many").await;
    assert_eq!(res.status(), 429);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations").await, 1);
    assert_eq!(message_ids(&s, id).await.len() as i64, MESSAGES_PER_HOUR);
    // The limit is the sender's: the other side still answers.
    let supplier = s.sign_in("sanna@valo.fi", PASSWORD).await;
    assert_eq!(s.post_form(&supplier, &format!("/messages/{id}"), &[("body", "Slow down")]).await.status(), 303);
    // An hour later the old messages no longer count.
    sqlx::query("UPDATE messages SET created_at = $1 WHERE sender_id = $2")
        .bind(at - 3601)
        .bind(aino)
        .execute(&s.state.db.pool)
        .await
        .unwrap();
    assert_eq!(s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Back again")]).await.status(), 303);

    // Starting conversations has its own, daily limit: with the first one, ten started today.
    for i in 1..CONVERSATIONS_PER_DAY {
        let other: i64 = sqlx::query(
            "INSERT INTO conversations (subject, from_org, to_org, created_at, last_message_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(format!("Conversation {i}"))
        .bind(espoo)
        .bind(valo)
        .bind(at - 7200)
        .fetch_one(&s.state.db.pool)
        .await
        .unwrap()
        .get(0);
        sqlx::query("INSERT INTO messages (conversation_id, sender_id, sender_org, body, created_at) VALUES ($1, $2, $3, 'Hi', $4)")
            .bind(other)
            .bind(aino)
            .bind(espoo)
            .bind(at - 7200)
            .execute(&s.state.db.pool)
            .await
            .unwrap();
    }
    let (status, reply) =
        post_json(&s, &buyer, "/messages/start", &[("to", &valo.to_string()), ("subject", "Eleventh"), ("body", "Hello")]).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-rate-limited")));
    assert_eq!(s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Replies still go")]).await.status(), 303);
    sqlx::query("UPDATE messages SET created_at = $1 WHERE sender_id = $2")
        .bind(at - 86_401)
        .bind(aino)
        .execute(&s.state.db.pool)
        .await
        .unwrap();
    started(&s, &buyer, valo, "Next day", "Hello").await;
}

async fn daily_notices_tell_of_unread_messages(s: TestServer) {
    let supplier = signed_up_supplier(&s, "Sanna Saarinen", "sanna@valo.fi", PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    let valo = org_of(&s, "sanna@valo.fi").await;
    let buyer = buyer(&s, "aino@espoo.fi").await;

    // The setting is one of three.
    let res = s.post_form(&supplier, "/messages/settings", &[("message_mail", "hourly")]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(field_error(&res.text().await.unwrap(), "message-mail", "message_mail").as_deref(), Some("Choose one of the options."));
    let res = s.post_form(&supplier, "/messages/settings", &[("message_mail", "daily")]).await;
    assert_eq!(location(&res), "/messages?notice=message-mail-saved");
    assert!(page(&s, &supplier, "/messages?notice=message-mail-saved").await.contains("Your e-mail setting for messages is saved."));
    // The buyer chose a daily notice too, but has nothing unread.
    s.post_form(&buyer, "/messages/settings", &[("message_mail", "daily")]).await;

    // Nothing unread: nothing sent.
    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 0);
    let mails = s.mail_count("sanna@valo.fi").await;
    let id = started(&s, &buyer, valo, "Street lighting pilot", "Hello").await;
    s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "And one more thing")]).await;
    assert_eq!(s.mail_count("sanna@valo.fi").await, mails, "no mail at once for a daily notice");

    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 1);
    assert_eq!(s.mail_count("sanna@valo.fi").await, mails + 1);
    let (subject, body) = s.last_mail("sanna@valo.fi").await.unwrap();
    assert_eq!(subject, "2 unread messages on PPI Hub");
    assert!(body.contains(&s.url("/messages")), "{body}");
    // Not again right after, even with more unread.
    s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Hello?")]).await;
    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 0);
    assert_eq!(s.mail_count("sanna@valo.fi").await, mails + 1);

    // A day later: what was read since is not told of; what came after is.
    let sanna = user_id(&s, "sanna@valo.fi").await;
    let day_ago = |s: &TestServer| {
        let pool = s.state.db.pool.clone();
        async move {
            sqlx::query("UPDATE users SET message_mail_sent_at = message_mail_sent_at - 86401 WHERE id = $1")
                .bind(sanna)
                .execute(&pool)
                .await
                .unwrap();
        }
    };
    day_ago(&s).await;
    page(&s, &supplier, &format!("/messages/{id}")).await;
    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 0, "all read");
    s.post_form(&buyer, &format!("/messages/{id}"), &[("body", "Tomorrow then")]).await;
    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 1);
    assert_eq!(s.last_mail("sanna@valo.fi").await.unwrap().0, "1 unread message on PPI Hub");

    // "Never" means never.
    let buyer_mails = s.mail_count("aino@espoo.fi").await;
    s.post_form(&buyer, "/messages/settings", &[("message_mail", "never")]).await;
    assert_eq!(s.post_form(&supplier, &format!("/messages/{id}"), &[("body", "Here we are")]).await.status(), 303);
    assert_eq!(app::messages::send_daily_notices(&s.state).await.unwrap(), 0);
    assert_eq!(s.mail_count("aino@espoo.fi").await, buyer_mails);
}

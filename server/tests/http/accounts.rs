//! Accounts through HTTP, as a browser (or the form island) uses them, on SQLite and PostgreSQL.

use crate::common;

use app::identity::Role;
use common::{buyer_form, field_error, form_error, location, TestServer};

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    pages_speak_the_visitors_language,
    sign_up_verify_sign_in_sign_out,
    invalid_sign_up_keeps_the_input_and_explains,
    the_island_gets_json_answers,
    wrong_passwords_and_unknown_accounts_look_alike,
    signing_up_twice_reveals_nothing,
    a_moderator_verifies_a_public_body,
    password_reset_links_work_once,
    the_account_page_edits_exports_and_deletes,
    cross_site_posts_are_refused,
    bad_requests_get_error_pages,
    redirects_stay_on_this_site,
    a_registered_company_tells_nothing_about_addresses,
    private_pages_are_not_cached,
    the_health_check_asks_the_database,
);

async fn pages_speak_the_visitors_language(s: TestServer) {
    let c = s.client();
    let home = s.get(&c, "/").await;
    assert_eq!(home.status(), 200);
    let html = home.text().await.unwrap();
    assert!(html.contains(r#"<html lang="en""#), "{html}");
    assert!(html.contains("For public buyers") && html.contains("For suppliers"));
    // Scripts run only with this response's nonce.
    let page = s.get(&c, "/signin").await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("'nonce-") && !csp.contains("unsafe-inline"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)), "the hydration script carries the nonce");
    for tag in html.split("<script").skip(1) {
        let tag = &tag[..tag.find('>').unwrap()];
        assert!(tag.contains(&format!(r#"nonce="{nonce}""#)), "a script without the nonce: <script{tag}>");
    }

    let german = c.get(s.url("/signin")).header("accept-language", "fr;q=0.9, de-AT;q=0.8").send().await.unwrap();
    let html = german.text().await.unwrap();
    assert!(html.contains(r#"<html lang="de""#), "Accept-Language picks German");

    // The switcher's choice (a cookie) beats Accept-Language, and brings the user back.
    let res = s.post_form(&c, "/language", &[("lang", "lt"), ("next", "/signin?next=/account")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/signin?next=/account");
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(cookie.contains("ppi_lang=lt") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let html = c.get(s.url("/")).header("accept-language", "de").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="lt""#));

    // Only local paths are followed after switching.
    let res = s.post_form(&c, "/language", &[("lang", "fi"), ("next", "//evil.example/")]).await;
    assert_eq!(location(&res), "/");

    // Pages without a form do not load the WASM bundle; pages with one do.
    assert!(!s.get(&c, "/privacy").await.text().await.unwrap().contains("ppi-hub.js"));
    assert!(!s.get(&c, "/no/such/page").await.text().await.unwrap().contains("ppi-hub.js"));
    assert!(s.get(&c, "/signup/buyer").await.text().await.unwrap().contains("ppi-hub.js"));

    // The course catalogue filters by GET and has no island either.
    assert!(!s.get(&c, "/courses").await.text().await.unwrap().contains("ppi-hub.js"));
}

async fn sign_up_verify_sign_in_sign_out(s: TestServer) {
    let c = s.client();
    let email = "aino@espoo.fi";
    let res = s.post_form(&c, "/signup/buyer", &buyer_form(email, PASSWORD)).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/signin?notice=signup-sent");
    let (subject, body) = s.last_mail(email).await.expect("verification mail in the outbox");
    assert!(subject.contains("Confirm"), "{subject}");
    assert!(body.contains("Aino Virtanen"));

    // Before confirming, the right password is not enough, and a new link is sent.
    let res = s.post_form(&c, "/signin", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(form_error(&html, "signin").unwrap().contains("confirm your e-mail address first"));
    assert_eq!(s.mail_count(email).await, 2);

    let link = s.link_in_last_mail(email).await;
    assert!(link.starts_with("/verify-email?token="));
    let res = s.get(&c, &link).await;
    assert_eq!(location(&res), "/signin?notice=email-verified");
    // A used link does not work twice.
    let res = s.get(&c, &link).await;
    assert_eq!(location(&res), "/signin?notice=link-invalid");

    let res = s.post_form(&c, "/signin", &[("email", "AINO@espoo.fi"), ("password", PASSWORD), ("next", "/account")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/account");
    let session = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(session.contains("ppi_session=") && session.contains("HttpOnly") && session.contains("SameSite=Lax"), "{session}");
    assert!(!session.contains("Secure"), "plain http base URL: no Secure flag");

    let html = s.get(&c, "/account").await.text().await.unwrap();
    assert!(html.contains("Aino Virtanen") && html.contains("Espoon kaupunki") && html.contains("FI1B1"));
    assert!(html.contains("Waiting for a moderator"));

    let res = s.post_form(&c, "/signout", &[]).await;
    assert_eq!(location(&res), "/?notice=signed-out");
    let res = s.get(&c, "/account").await;
    assert_eq!(res.status(), 302);
    assert_eq!(location(&res), "/signin?next=/account");
}

async fn invalid_sign_up_keeps_the_input_and_explains(s: TestServer) {
    let c = s.client();
    let res = s
        .post_form(
            &c,
            "/signup/buyer",
            &[
                ("name", "Mette <b>Jensen</b>"),
                ("email", "mette@"),
                ("password", "1qaz2wsx3edc"),
                ("organisation", ""),
                ("country", "DK"),
                ("body_type", "ministry"),
                ("nuts", "FI1B1"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let error = |field| field_error(&html, "signup", field);
    assert_eq!(error("email").as_deref(), Some("Enter an e-mail address such as name@example.com."));
    assert_eq!(error("password").as_deref(), Some("This password is among the most common ones. Choose another."));
    assert_eq!(error("organisation").as_deref(), Some("Please fill in this field."));
    assert_eq!(error("body_type").as_deref(), Some("Choose one of the options."));
    assert_eq!(error("nuts").as_deref(), Some("This region is not in the country you chose."));
    assert_eq!(error("name"), None);
    assert_eq!(error("country"), None);
    // What was typed comes back (escaped: never markup), the password never does.
    assert!(html.contains("Mette &lt;b&gt;Jensen&lt;/b&gt;"), "name kept and escaped");
    assert!(!html.contains("<b>Jensen</b>"));
    assert!(html.contains(r#"value="mette@""#));
    assert!(!html.contains("1qaz2wsx3edc"));
    assert!(html.contains(r#"aria-invalid="true""#));

    // A region that does not exist is caught by the server's look-up.
    let mut form = buyer_form("mette@region.dk", PASSWORD);
    form.retain(|(k, _)| *k != "nuts" && *k != "country");
    form.push(("country", "DK"));
    form.push(("nuts", "DK0Z9"));
    let res = s.post_form(&c, "/signup/buyer", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "signup", "nuts").as_deref(), Some("This region does not exist. Choose one from the list."));
    assert_eq!(s.mail_count("mette@region.dk").await, 0, "nothing stored, nothing sent");

    // Suppliers need a registration number.
    let res = s
        .post_form(
            &c,
            "/signup/supplier",
            &[("name", "Jonas"), ("email", "jonas@bsm.lt"), ("password", PASSWORD), ("organisation", "BSM UAB"), ("country", "LT")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "signup", "registration_number").as_deref(), Some("Please fill in this field."));

    // The number is checked by the chosen country's register rules: a mistyped CVR is caught.
    let res = s
        .post_form(
            &c,
            "/signup/supplier",
            &[
                ("name", "Mikkel Holm"),
                ("email", "mikkel@sensors.dk"),
                ("password", PASSWORD),
                ("organisation", "Nordic Sensors ApS"),
                ("country", "DK"),
                ("registration_number", "24256791"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(
        field_error(&html, "signup", "registration_number").as_deref(),
        Some("The check digit does not match. Please look for a typing error.")
    );
    assert!(html.contains(r#"value="24256791""#), "the number stays as typed");
}

async fn the_island_gets_json_answers(s: TestServer) {
    let c = s.client();
    let res =
        c.post(s.url("/signin")).header("accept", "application/json").form(&[("email", "nobody"), ("password", "")]).send().await.unwrap();
    assert_eq!(res.status(), 200, "the island's errors are an answer, not a failed request");
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["invalid"]["email"], "err-email-invalid");
    assert_eq!(json["invalid"]["password"], "err-required");

    let res = c
        .post(s.url("/signup/supplier"))
        .header("accept", "application/json")
        .form(&[
            ("name", "Jonas Petrauskas"),
            ("email", "jonas@bsm.lt"),
            ("password", PASSWORD),
            ("organisation", "Baltic Smart Mobility UAB"),
            ("country", "LT"),
            ("registration_number", "305123456"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["redirect"], "/signin?notice=signup-sent");
}

async fn wrong_passwords_and_unknown_accounts_look_alike(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.client();
    let wrong = s.post_form(&c, "/signin", &[("email", "aino@espoo.fi"), ("password", "not the password")]).await;
    let unknown = s.post_form(&c, "/signin", &[("email", "nobody@espoo.fi"), ("password", "not the password")]).await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(unknown.status(), 422);
    let (wrong, unknown) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    let message = Some("The e-mail address or the password is wrong.".to_string());
    assert_eq!(form_error(&wrong, "signin"), message);
    assert_eq!(form_error(&unknown, "signin"), message);
    assert!(wrong.contains(r#"value="aino@espoo.fi""#), "the e-mail address stays in the form");
}

async fn signing_up_twice_reveals_nothing(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let before = s.mail_count("aino@espoo.fi").await;
    let res = s.post_form(&s.client(), "/signup/buyer", &buyer_form("Aino@Espoo.fi", "some other password")).await;
    assert_eq!(location(&res), "/signin?notice=signup-sent", "the same answer as for a new address");
    assert_eq!(s.mail_count("aino@espoo.fi").await, before + 1);
    let (subject, _) = s.last_mail("aino@espoo.fi").await.unwrap();
    assert!(subject.contains("tried to sign up"), "{subject}");
    // The original password still works.
    s.sign_in("aino@espoo.fi", PASSWORD).await;
}

async fn a_moderator_verifies_a_public_body(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    s.staff("mona@ppihub.eu", Role::Moderator, PASSWORD).await;

    // Neither anonymous visitors nor buyers can moderate.
    let anon = s.client();
    assert_eq!(s.get(&anon, "/moderation").await.status(), 302);
    let buyer = s.sign_in("aino@espoo.fi", PASSWORD).await;
    let res = s.get(&buyer, "/moderation").await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("Not allowed"));

    let moderator = s.sign_in("mona@ppihub.eu", PASSWORD).await;
    let html = s.get(&moderator, "/moderation").await.text().await.unwrap();
    assert!(html.contains("Espoon kaupunki") && html.contains("aino@espoo.fi"), "{html}");
    let id: String = html.split("action=\"/moderation/").nth(1).unwrap().chars().take_while(char::is_ascii_digit).collect();

    // The buyer cannot decide by posting directly either.
    let res = s.post_form(&buyer, &format!("/moderation/{id}"), &[("decision", "verify")]).await;
    assert_eq!(res.status(), 403);

    // Rejecting needs a reason.
    let res = s.post_form(&moderator, &format!("/moderation/{id}"), &[("decision", "reject"), ("reason", "")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, &format!("moderate-{id}"), "reason").as_deref(), Some("Please fill in this field."));

    let res = s.post_form(&moderator, &format!("/moderation/{id}"), &[("decision", "verify")]).await;
    assert_eq!(location(&res), "/moderation?notice=decision-saved");
    let (subject, _) = s.last_mail("aino@espoo.fi").await.unwrap();
    assert!(subject.contains("Espoon kaupunki is verified"), "{subject}");
    let html = s.get(&moderator, "/moderation").await.text().await.unwrap();
    assert!(html.contains("No public body is waiting."));
    let html = s.get(&buyer, "/account").await.text().await.unwrap();
    assert!(html.contains("Verified"));
}

async fn password_reset_links_work_once(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.client();
    let res = s.post_form(&c, "/password/forgot", &[("email", "aino@espoo.fi")]).await;
    assert_eq!(location(&res), "/signin?notice=reset-sent");
    // An unknown address gets the same answer and no mail.
    let res = s.post_form(&c, "/password/forgot", &[("email", "nobody@espoo.fi")]).await;
    assert_eq!(location(&res), "/signin?notice=reset-sent");
    assert_eq!(s.mail_count("nobody@espoo.fi").await, 0);

    let link = s.link_in_last_mail("aino@espoo.fi").await;
    assert!(link.starts_with("/password/reset?token="));
    let html = s.get(&c, &link).await.text().await.unwrap();
    assert!(html.contains("Choose a new password") && html.contains(r#"name="token""#));
    let token = link.split("token=").nth(1).unwrap();

    let res = s.post_form(&c, "/password/reset", &[("token", token), ("password", "short")]).await;
    assert_eq!(res.status(), 422);
    let new_password = "a whole new passphrase";
    let res = s.post_form(&c, "/password/reset", &[("token", token), ("password", new_password)]).await;
    assert_eq!(location(&res), "/signin?notice=password-reset");
    let res = s.post_form(&c, "/password/reset", &[("token", token), ("password", "yet another passphrase")]).await;
    assert_eq!(res.status(), 422);
    // The page comes back without the form: the link is spent.
    let html = res.text().await.unwrap();
    assert!(html.contains("This link is invalid or has expired.") && !html.contains(r#"name="token""#));
    let html = s.get(&c, &link).await.text().await.unwrap();
    assert!(html.contains("This link is invalid or has expired."));

    s.sign_in("aino@espoo.fi", new_password).await;
    let res = s.post_form(&s.client(), "/signin", &[("email", "aino@espoo.fi"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 422);
}

async fn the_account_page_edits_exports_and_deletes(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.sign_in("aino@espoo.fi", PASSWORD).await;
    let other_session = s.sign_in("aino@espoo.fi", PASSWORD).await;

    let res = s.post_form(&c, "/account/profile", &[("name", "Aino K. Virtanen")]).await;
    assert_eq!(location(&res), "/account?notice=profile-saved");
    assert!(s.get(&c, "/account").await.text().await.unwrap().contains("Aino K. Virtanen"));

    // Changing the password needs the current one, and ends the other sessions.
    let res = s.post_form(&c, "/account/password", &[("current_password", "wrong one"), ("new_password", "fresh passphrase 2026")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "password", "current_password").as_deref(), Some("The password is wrong."));
    let res = s.post_form(&c, "/account/password", &[("current_password", PASSWORD), ("new_password", "fresh passphrase 2026")]).await;
    assert_eq!(location(&res), "/account?notice=password-changed");
    assert_eq!(s.get(&c, "/account").await.status(), 200, "this session goes on");
    assert_eq!(s.get(&other_session, "/account").await.status(), 302, "the other one ended");

    // Changing the address takes effect when the new address confirms it.
    let res = s.post_form(&c, "/account/email", &[("new_email", "aino.virtanen@espoo.fi"), ("password", "fresh passphrase 2026")]).await;
    assert_eq!(location(&res), "/account?notice=email-change-sent");
    let link = s.link_in_last_mail("aino.virtanen@espoo.fi").await;
    let res = s.get(&c, &link).await;
    assert_eq!(location(&res), "/account?notice=email-changed");
    assert!(s.last_mail("aino@espoo.fi").await.unwrap().0.contains("address was changed"));

    let res = s.get(&c, "/account/export").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let data: serde_json::Value = res.json().await.unwrap();
    assert_eq!(data["account"]["email"], "aino.virtanen@espoo.fi");
    assert_eq!(data["organisation"]["nuts_code"], "FI1B1");
    assert!(!data["emails_sent_to_you"].as_array().unwrap().is_empty());
    assert!(!data.to_string().contains("argon2"), "no password hash in the export");

    let res = s.post_form(&c, "/account/delete", &[("password", "fresh passphrase 2026")]).await;
    assert_eq!(res.status(), 422, "the box must be ticked");
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "delete", "confirm").as_deref(), Some("Tick the box to confirm."));
    let res = s.post_form(&c, "/account/delete", &[("password", "fresh passphrase 2026"), ("confirm", "yes")]).await;
    assert_eq!(location(&res), "/?notice=account-deleted");
    assert_eq!(s.get(&c, "/account").await.status(), 302);
    let res = s.post_form(&s.client(), "/signin", &[("email", "aino.virtanen@espoo.fi"), ("password", "fresh passphrase 2026")]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(s.mail_count("aino.virtanen@espoo.fi").await, 0, "mail to the deleted address is gone");
    let export = s.get(&c, "/account/export").await;
    assert_eq!(location(&export), "/signin?next=/account");
}

async fn cross_site_posts_are_refused(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.client();
    let form = [("email", "aino@espoo.fi"), ("password", PASSWORD)];
    let res = c.post(s.url("/signin")).header("origin", "https://evil.example").form(&form).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("Not allowed"));
    let res = c.post(s.url("/signin")).header("sec-fetch-site", "cross-site").form(&form).send().await.unwrap();
    assert_eq!(res.status(), 403);
    let res = c.post(s.url("/signin")).header("sec-fetch-site", "same-site").form(&form).send().await.unwrap();
    assert_eq!(res.status(), 403);
    let res = c.post(s.url("/signin")).header("origin", s.base.clone()).form(&form).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let res = c.post(s.url("/signin")).header("sec-fetch-site", "same-origin").form(&form).send().await.unwrap();
    assert_eq!(res.status(), 303);
}

async fn bad_requests_get_error_pages(s: TestServer) {
    let c = s.client();
    let res = c.get(s.url("/no/such/page")).header("accept-language", "fi").send().await.unwrap();
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"<html lang="fi""#) && html.contains("<h1>"), "{html}");

    let huge = "x".repeat(2 * 1024 * 1024);
    let res = c.post(s.url("/signin")).form(&[("email", huge.as_str())]).send().await.unwrap();
    assert_eq!(res.status(), 413);
    assert!(res.text().await.unwrap().contains("Too large"));

    let res = c.post(s.url("/signin")).header("content-type", "application/json").body("{}").send().await.unwrap();
    assert_eq!(res.status(), 415);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));

    let res =
        c.post(s.url("/signin")).header("content-type", "application/x-www-form-urlencoded").body("email=%ZZ%&&=").send().await.unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());

    let res = s.get(&c, "/signout").await;
    assert_eq!(res.status(), 405);
    assert!(res.text().await.unwrap().contains("<h1>"));

    let res = s.get(&c, "/verify-email?token=nonsense").await;
    assert_eq!(location(&res), "/signin?notice=link-invalid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_rate_limited_per_address() {
    for backend in common::BACKENDS {
        let s = common::start(backend, |c| {
            c.auth_attempts_per_ip_per_minute = 3;
        })
        .await;
        let c = s.client();
        for _ in 0..3 {
            let res = s.post_form(&c, "/signin", &[("email", "x@example.fi"), ("password", "whatever it is")]).await;
            assert_eq!(res.status(), 422);
        }
        let res = s.post_form(&c, "/signin", &[("email", "y@example.fi"), ("password", "whatever it is")]).await;
        assert_eq!(res.status(), 429, "{backend}");
        let html = res.text().await.unwrap();
        assert_eq!(form_error(&html, "signin").as_deref(), Some("Too many attempts. Wait a few minutes and try again."));
        assert!(html.contains(r#"value="y@example.fi""#));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_expire_absolutely_and_cookies_are_secure_over_https() {
    let s = common::start("sqlite", |c| {
        c.session_absolute_hours = 0;
    })
    .await;
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.sign_in("aino@espoo.fi", PASSWORD).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(s.get(&c, "/account").await.status(), 302, "past the absolute lifetime");

    let s = common::start("sqlite", |c| {
        c.base_url = "https://ppihub.example".into();
    })
    .await;
    s.staff("aino@espoo.fi", Role::Admin, PASSWORD).await;
    let res = s.post_form(&s.client(), "/signin", &[("email", "aino@espoo.fi"), ("password", PASSWORD)]).await;
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_rate_limited_per_account() {
    let s = common::start("sqlite", |c| {
        c.auth_attempts_per_account_per_hour = 2;
    })
    .await;
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    for _ in 0..2 {
        let res = s.post_form(&s.client(), "/signin", &[("email", "aino@espoo.fi"), ("password", "guess number one")]).await;
        assert_eq!(res.status(), 422);
    }
    // Spent for this account, whatever the password, even the right one …
    let res = s.post_form(&s.client(), "/signin", &[("email", "AINO@espoo.fi"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 429);
    // … while other accounts are unaffected.
    let res = s.post_form(&s.client(), "/signin", &[("email", "ben@espoo.fi"), ("password", "guess number one")]).await;
    assert_eq!(res.status(), 422);
}

/// `next=` is followed only to a clean path of this site: browsers drop tabs and line breaks and
/// read a backslash as a slash, so anything with them goes home (and never makes a 500).
async fn redirects_stay_on_this_site(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    for sneaky in ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "/ /evil.example", "/\u{1}/evil.example", "//evil.example"] {
        let res = s.post_form(&s.client(), "/signin", &[("email", "aino@espoo.fi"), ("password", PASSWORD), ("next", sneaky)]).await;
        assert_eq!(res.status(), 303, "{sneaky:?}");
        assert_eq!(location(&res), "/", "{sneaky:?}");
        let res = s.post_form(&s.client(), "/language", &[("lang", "de"), ("next", sneaky)]).await;
        assert_eq!(location(&res), "/", "{sneaky:?}");
    }
    let res = s.post_form(&s.client(), "/language", &[("lang", "de"), ("next", "/tenders?q=licht")]).await;
    assert_eq!(location(&res), "/tenders?q=licht");
}

/// Signing up for a registered company answers the same whether or not the address has an
/// account, so the form tells nobody who is registered.
async fn a_registered_company_tells_nothing_about_addresses(s: TestServer) {
    common::signed_up_supplier(&s, "Sven Svensson", "sven@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    async fn attempt(s: &TestServer, email: &str) -> (u16, Option<String>) {
        let form = [
            ("name", "Someone Else"),
            ("email", email),
            ("password", PASSWORD),
            ("organisation", "Ljus AB"),
            ("country", "SE"),
            ("registration_number", "5560360793"),
        ];
        let res = s.post_form(&s.client(), "/signup/supplier", &form).await;
        (res.status().as_u16(), field_error(&res.text().await.unwrap(), "signup", "registration_number"))
    }
    let known = attempt(&s, "sven@ljus.se").await;
    let unknown = attempt(&s, "nobody-yet@ljus.se").await;
    assert_eq!(known.0, 422);
    assert_eq!(known, unknown, "the same answer for a registered and an unknown address");
}

/// Pages for a session are kept by no cache; HSTS only where the site is served over https.
async fn private_pages_are_not_cached(s: TestServer) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let c = s.sign_in("aino@espoo.fi", PASSWORD).await;
    for path in ["/account", "/messages", "/dashboard"] {
        let res = s.get(&c, path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"), "{path}");
    }
    let anon = s.get(&s.client(), "/").await;
    assert!(anon.headers().get("strict-transport-security").is_none(), "plain http: no HSTS");
    let https = common::start(s.backend, |c| c.base_url = "https://ppihub.example".into()).await;
    let res = https.get(&https.client(), "/").await;
    assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
}

/// `/healthz` answers 200 while the database does, and 503 once it does not.
async fn the_health_check_asks_the_database(s: TestServer) {
    let res = s.get(&s.client(), "/healthz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap(), "ok");
    s.state.db.pool.close().await;
    assert_eq!(s.get(&s.client(), "/healthz").await.status(), 503);
}

//! Suppliers through HTTP on SQLite and PostgreSQL: the guided profile (left and resumed), the
//! directory, a second sign-up for a registered company, colleagues, and matching with tenders.

use crate::common;

use app::accounts::repo as accounts;
use common::{field_error, form_error, location, signed_up_supplier, TestServer};

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    onboarding_is_resumed_and_published,
    the_directory_filters_published_profiles,
    a_registered_company_is_joined_not_duplicated,
    colleagues_are_invited_by_email,
    only_the_company_edits_its_profile,
    tenders_and_suppliers_are_matched_with_reasons,
);

/// The completeness items a review page lists as missing.
fn missing_items(html: &str) -> String {
    html.split("class=\"check-missing\"").skip(1).map(|p| p.split("</a>").next().unwrap_or("")).collect::<Vec<_>>().join(" | ")
}

/// Posts a step and expects to be sent on.
async fn step(s: &TestServer, c: &reqwest::Client, path: &str, form: &[(&str, &str)]) {
    let res = s.post_form(c, path, form).await;
    assert_eq!(res.status(), 303, "{path}: {}", res.text().await.unwrap());
}

/// A supplier with a complete, published profile: street lighting in Helsinki-Uusimaa.
async fn published_supplier(s: &TestServer, email: &str) -> (reqwest::Client, i64) {
    let c = signed_up_supplier(s, "Sanna Saarinen", email, PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    step(
        s,
        &c,
        "/suppliers/profile/company",
        &[("name", "Valo Oy"), ("country", "FI"), ("registration_number", "0112038-9"), ("size", "small")],
    )
    .await;
    step(s, &c, "/suppliers/profile/logo/next", &[]).await;
    step(s, &c, "/suppliers/profile/offer", &[("cpv", "34928500-3, 31500000-1"), ("regions", "FI1B"), ("languages", "fi,en")]).await;
    step(s, &c, "/suppliers/profile/about", &[("capability", "Smart street lighting with motion sensors and remote dimming.")]).await;
    step(s, &c, "/suppliers/profile/references/next", &[]).await;
    step(
        s,
        &c,
        "/suppliers/profile/contact",
        &[("contact_name", "Sanna Saarinen"), ("contact_email", "sales@valo.fi"), ("weekly_tenders", "yes")],
    )
    .await;
    let res = s.post_form(&c, "/suppliers/profile/review/publish", &[]).await;
    assert_eq!(res.status(), 303, "{}", missing_items(&res.text().await.unwrap()));
    let org: i64 = location(&res).trim_start_matches("/suppliers/").split('?').next().unwrap().parse().unwrap();
    (c, org)
}

async fn onboarding_is_resumed_and_published(s: TestServer) {
    let c = signed_up_supplier(&s, "Sanna Saarinen", "sanna@valo.fi", PASSWORD, "Valo Oy", "FI", "0112038-9").await;
    // A new profile starts at the first step.
    let res = s.get(&c, "/suppliers/profile").await;
    assert_eq!(location(&res), "/suppliers/profile/company");

    // Bad input: named at the field, what was typed kept.
    let res = s
        .post_form(
            &c,
            "/suppliers/profile/company",
            &[
                ("name", "Valo Oy"),
                ("country", "FI"),
                ("registration_number", "0112038-8"),
                ("vat_number", "DK123"),
                ("size", "small"),
                ("year_founded", "2999"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(
        field_error(&html, "step", "registration_number").as_deref(),
        Some("The check digit does not match. Please look for a typing error."),
        "{html}"
    );
    assert!(field_error(&html, "step", "vat_number").is_some());
    assert!(field_error(&html, "step", "year_founded").is_some());
    assert!(html.contains(r#"value="DK123""#), "the VAT number typed is kept");

    step(
        &s,
        &c,
        "/suppliers/profile/company",
        &[
            ("name", "Valo Oy"),
            ("country", "FI"),
            ("registration_number", "0112038-9"),
            ("vat_number", "FI01120389"),
            ("size", "small"),
            ("year_founded", "2012"),
            ("website", "https://valo.example.fi"),
        ],
    )
    .await;
    // Left here; coming back resumes at the logo.
    let res = s.get(&c, "/suppliers/profile").await;
    assert_eq!(location(&res), "/suppliers/profile/logo");
    let html = s.get(&c, "/suppliers/profile/logo").await.text().await.unwrap();
    assert!(html.contains("Step 2 of 7"), "{html}");
    assert!(html.contains("1 of 7 steps done"), "{}", &html[html.find("class=\"steps\"").unwrap_or(0)..][..400]);

    // A disguised file is not a logo.
    let part = reqwest::multipart::Part::bytes(b"<svg><script>alert(1)</script></svg>".to_vec()).file_name("logo.png");
    let res =
        c.post(s.url("/suppliers/profile/logo/upload")).multipart(reqwest::multipart::Form::new().part("logo", part)).send().await.unwrap();
    assert_eq!(res.status(), 415);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82";
    let part = reqwest::multipart::Part::bytes(png.to_vec()).file_name("logo.png");
    let res =
        c.post(s.url("/suppliers/profile/logo/upload")).multipart(reqwest::multipart::Form::new().part("logo", part)).send().await.unwrap();
    assert_eq!(location(&res), "/suppliers/profile/logo?notice=logo-saved");

    // Publishing before the required steps is refused, with what is missing listed.
    let res = s.post_form(&c, "/suppliers/profile/review/publish", &[]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(form_error(&html, "publish").is_some() || html.contains("missing (needed to publish)"), "{html}");

    let res = s.post_form(&c, "/suppliers/profile/offer", &[("cpv", "34928500-3, 99999999-9"), ("languages", "fi")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(field_error(&html, "step", "cpv").unwrap().contains("no such CPV code"), "{html}");
    assert_eq!(field_error(&html, "step", "regions").as_deref(), Some("Name at least one region you serve, or tick the whole EU."));
    step(&s, &c, "/suppliers/profile/offer", &[("cpv", "34928500-3"), ("all_eu", "yes"), ("languages", "fi,en")]).await;
    step(
        &s,
        &c,
        "/suppliers/profile/about",
        &[("capability", "Street lighting <script>alert(1)</script>"), ("innovation", "Lights that dim themselves")],
    )
    .await;
    let res = s
        .post_form(
            &c,
            "/suppliers/profile/references/add",
            &[("buyer", "City of Espoo"), ("year", "2031"), ("value", "120 000"), ("description", "Pilot")],
        )
        .await;
    assert_eq!(res.status(), 422);
    step(
        &s,
        &c,
        "/suppliers/profile/references/add",
        &[("buyer", "City of Espoo"), ("year", "2024"), ("value", "120 000"), ("description", "Pilot of 40 lights")],
    )
    .await;
    step(&s, &c, "/suppliers/profile/references/next", &[]).await;
    step(
        &s,
        &c,
        "/suppliers/profile/contact",
        &[("contact_name", "Sanna Saarinen"), ("contact_email", "sales@valo.fi"), ("contact_phone", "+358 40 123 4567")],
    )
    .await;
    let html = s.get(&c, "/suppliers/profile/review").await.text().await.unwrap();
    assert!(html.contains("Profile 92 % complete"), "only certifications missing: {html}");
    let res = s.post_form(&c, "/suppliers/profile/review/publish", &[]).await;
    let to = location(&res);
    assert!(to.ends_with("?notice=profile-published"), "{to}");

    // Public: the profile, with user text as text and the logo; contact details for the signed-in.
    let anonymous = s.client();
    let page = s.get(&anonymous, to.split('?').next().unwrap()).await.text().await.unwrap();
    assert!(page.contains("Valo Oy") && page.contains("Lights that dim themselves") && page.contains("City of Espoo"));
    assert!(page.contains("&lt;script&gt;") && !page.contains("<script>alert(1)"));
    assert!(!page.contains("sales@valo.fi"), "contact details need signing in");
    let org = to.trim_start_matches("/suppliers/").split('?').next().unwrap().to_string();
    let logo = s.get(&anonymous, &format!("/suppliers/{org}/logo")).await;
    assert_eq!(logo.headers()["content-type"], "image/png");
}

async fn the_directory_filters_published_profiles(s: TestServer) {
    let (c, org) = published_supplier(&s, "sanna@valo.fi").await;
    // A second company, not published: never listed.
    signed_up_supplier(&s, "Sanna Saarinen", "erik@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let anonymous = s.client();
    let finds = |q: &'static str| {
        let s = &s;
        let anonymous = anonymous.clone();
        async move { s.get(&anonymous, &format!("/suppliers{q}")).await.text().await.unwrap().contains(&format!("/suppliers/{org}\"")) }
    };
    assert!(finds("").await);
    assert!(finds("?q=lighting+sens").await, "words match by their beginning");
    assert!(finds("?cpv=349").await, "a CPV prefix finds children");
    assert!(finds("?region=FI1B1").await, "a sub-region of one served");
    assert!(finds("?region=FI").await, "a part of the country is served");
    assert!(finds("?language=fi&sme=yes&country=FI&size=small").await);
    assert!(!finds("?region=DK01").await);
    assert!(!finds("?cpv=45").await);
    assert!(!finds("?language=de").await);
    assert!(!finds("?size=large").await);
    assert!(!finds("?q=bridges").await);
    let html = s.get(&anonymous, "/suppliers?size=huge&page=0").await.text().await.unwrap();
    assert!(html.contains("size, page"), "nonsense parameters are named: {html}");
    assert!(!html.contains("Ljus AB"));
    // Hidden: out of the directory and its page gone for the public.
    let res = s.post_form(&c, "/suppliers/profile/review/hide", &[]).await;
    assert_eq!(res.status(), 303);
    assert!(!finds("").await);
    assert_eq!(s.get(&anonymous, &format!("/suppliers/{org}")).await.status(), 404);
    assert_eq!(s.get(&c, &format!("/suppliers/{org}")).await.status(), 200, "the company still sees its preview");
    // Deleted: asks for confirmation, then the profile is gone and a fresh one starts.
    let res = s.post_form(&c, "/suppliers/profile/review/delete", &[]).await;
    assert_eq!(res.status(), 422);
    let res = s.post_form(&c, "/suppliers/profile/review/delete", &[("confirm", "yes")]).await;
    assert_eq!(location(&res), "/dashboard?notice=profile-deleted");
    assert_eq!(location(&s.get(&c, "/suppliers/profile").await), "/suppliers/profile/company");
}

async fn a_registered_company_is_joined_not_duplicated(s: TestServer) {
    let owner = signed_up_supplier(&s, "Sanna Saarinen", "erik@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let c = s.client();
    let mut form = vec![
        ("name", "Karin Berg"),
        ("email", "karin@ljus.se"),
        ("password", PASSWORD),
        ("organisation", "Ljus"),
        ("country", "SE"),
        // Typed differently, the same number.
        ("registration_number", "5560360793"),
    ];
    let res = s.post_form(&c, "/signup/supplier", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(field_error(&html, "signup", "registration_number").unwrap().contains("already on PPI Hub"), "{html}");
    form.push(("join", "yes"));
    let res = s.post_form(&c, "/signup/supplier", &form).await;
    assert_eq!(res.status(), 303);
    let (subject, _) = s.last_mail("erik@ljus.se").await.unwrap();
    assert!(subject.contains("Karin Berg asks to join"), "{subject}");
    let link = s.link_in_last_mail("karin@ljus.se").await;
    s.get(&c, &link).await;
    let karin = s.sign_in("karin@ljus.se", PASSWORD).await;
    assert!(s.get(&karin, "/dashboard").await.text().await.unwrap().contains("You asked to join Ljus AB"));
    assert_eq!(s.get(&karin, "/suppliers/profile").await.status(), 403, "not in the company yet");

    let team = s.get(&owner, "/suppliers/team").await.text().await.unwrap();
    assert!(team.contains("karin@ljus.se"));
    let id: i64 = sqlx::query_scalar::<_, i64>("SELECT id FROM join_requests").fetch_one(&s.state.db.pool).await.unwrap();
    // Karin cannot let herself in.
    assert_eq!(s.post_form(&karin, &format!("/suppliers/team/requests/{id}"), &[("decision", "accept")]).await.status(), 403);
    let res = s.post_form(&owner, &format!("/suppliers/team/requests/{id}"), &[("decision", "accept")]).await;
    assert_eq!(location(&res), "/suppliers/team?notice=member-added");
    assert!(s.last_mail("karin@ljus.se").await.unwrap().0.contains("You are in"));
    assert_eq!(s.get(&karin, "/suppliers/profile").await.status(), 302, "now one of the company");
    let companies: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM organisations WHERE kind = 'company'")
        .fetch_one(&s.state.db.pool)
        .await
        .unwrap();
    assert_eq!(companies, 1);
}

async fn colleagues_are_invited_by_email(s: TestServer) {
    let owner = signed_up_supplier(&s, "Sanna Saarinen", "erik@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let res = s.post_form(&owner, "/suppliers/team/invite", &[("email", "not-an-address")]).await;
    assert_eq!(res.status(), 422);
    let res = s.post_form(&owner, "/suppliers/team/invite", &[("email", "erik@ljus.se")]).await;
    assert_eq!(res.status(), 422, "already a member");
    let res = s.post_form(&owner, "/suppliers/team/invite", &[("email", "Nils@Ljus.se")]).await;
    assert_eq!(location(&res), "/suppliers/team?notice=invitation-sent");
    let link = s.link_in_last_mail("nils@ljus.se").await;
    assert!(link.starts_with("/join?token="), "{link}");
    let nils = s.client();
    let page = s.get(&nils, &link).await.text().await.unwrap();
    assert!(page.contains("Ljus AB") && page.contains("nils@ljus.se"));
    let token = link.trim_start_matches("/join?token=");
    let res = s.post_form(&nils, "/join", &[("token", token), ("name", "Nils Holm"), ("password", "short")]).await;
    assert_eq!(res.status(), 422);
    let res = s.post_form(&nils, "/join", &[("token", token), ("name", "Nils Holm"), ("password", PASSWORD)]).await;
    assert_eq!(location(&res), "/suppliers/team?notice=joined");
    let team = s.get(&nils, "/suppliers/team").await.text().await.unwrap();
    assert!(team.contains("Nils Holm") && team.contains("Erik") || team.contains("erik@ljus.se"), "{team}");
    // Used once; members who are not owners do not invite.
    let again = s.client();
    let res = s.post_form(&again, "/join", &[("token", token), ("name", "Someone"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(s.post_form(&nils, "/suppliers/team/invite", &[("email", "x@ljus.se")]).await.status(), 403);
    let login = accounts::find_login(&s.state.db, "nils@ljus.se").await.unwrap().unwrap();
    assert!(login.email_verified, "the invitation link proved the address");
}

async fn only_the_company_edits_its_profile(s: TestServer) {
    let (_, _) = published_supplier(&s, "sanna@valo.fi").await;
    let other = signed_up_supplier(&s, "Sanna Saarinen", "erik@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let buyer = s.sign_in("aino@espoo.fi", PASSWORD).await;
    let anonymous = s.client();
    for c in [&buyer, &anonymous] {
        assert_eq!(s.post_form(c, "/suppliers/profile/about", &[("capability", "x")]).await.status(), 403);
        assert_eq!(s.post_form(c, "/suppliers/profile/review/publish", &[]).await.status(), 403);
    }
    assert_eq!(s.get(&buyer, "/suppliers/profile/company").await.status(), 403);
    // Another company cannot remove Valo's reference, nor take its registration number.
    let reference: i64 =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM supplier_references").fetch_one(&s.state.db.pool).await.unwrap();
    assert_eq!(reference, 0);
    let res = s.post_form(&other, "/suppliers/profile/references/1/delete", &[]).await;
    assert_eq!(res.status(), 404);
    let res = s
        .post_form(
            &other,
            "/suppliers/profile/company",
            &[("name", "Ljus AB"), ("country", "FI"), ("registration_number", "0112038-9"), ("size", "micro")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(field_error(&res.text().await.unwrap(), "step", "registration_number").unwrap().contains("already on PPI Hub"));
}

async fn tenders_and_suppliers_are_matched_with_reasons(s: TestServer) {
    let (supplier, _) = published_supplier(&s, "sanna@valo.fi").await;
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let login = accounts::find_login(&s.state.db, "aino@espoo.fi").await.unwrap().unwrap();
    accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    let buyer = s.sign_in("aino@espoo.fi", PASSWORD).await;
    let in_days = |d: i64| app::i18n::local_input(app::db::now() + d * 86_400, "Europe/Helsinki");
    let (q, sub) = (in_days(10), in_days(20));
    let form = [
        ("title", "Smart street lighting for Espoo"),
        ("description", "Street lighting with motion sensors."),
        ("contract_type", "supplies"),
        ("procedure", "open"),
        ("value", "90 000"),
        ("currency", "EUR"),
        ("main_cpv", "34928500-3"),
        ("nuts", "FI1B1"),
        ("questions_deadline", q.as_str()),
        ("submission_deadline", sub.as_str()),
        ("contact_name", "Aino Virtanen"),
        ("contact_email", "hankinnat@espoo.fi"),
    ];
    let res = s.post_form(&buyer, "/tenders/new", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let tender = location(&res).split('?').next().unwrap().to_string();
    let res = s.post_form(&buyer, &format!("{tender}/publish"), &[]).await;
    assert_eq!(res.status(), 303);

    let page = s.get(&buyer, &tender).await.text().await.unwrap();
    assert!(page.contains("Suppliers who may fit") && page.contains("Valo Oy"), "{page}");
    assert!(
        page.contains("Supplies the tender&#x27;s main code, 34928500-3") || page.contains("Supplies the tender's main code, 34928500-3"),
        "{page}"
    );
    assert!(page.contains("Serves FI1B"));
    // Only the buyer sees the suggestions.
    assert!(!s.get(&supplier, &tender).await.text().await.unwrap().contains("Suppliers who may fit"));

    let dashboard = s.get(&supplier, "/dashboard").await.text().await.unwrap();
    assert!(dashboard.contains("Smart street lighting for Espoo"), "{dashboard}");
    // The weekly e-mail names it once, then not again until new tenders come.
    let sent = app::suppliers::weekly::send_weekly(&s.state).await.unwrap();
    assert_eq!(sent, 1);
    let (subject, body) = s.last_mail("sanna@valo.fi").await.unwrap();
    assert!(subject.contains("1 new tender"), "{subject}");
    assert!(body.contains("Smart street lighting for Espoo"));
    assert_eq!(app::suppliers::weekly::send_weekly(&s.state).await.unwrap(), 0);
}

//! Public bodies and partner posts through HTTP on SQLite and PostgreSQL: a body's public page
//! and the form that edits it, publishing and finding partner posts, other bodies expressing
//! interest (which starts a conversation), and closing a post.

use crate::common;

use app::accounts::repo as accounts;
use common::{count, field_error, location, org_of, page, post_json, signed_up_supplier, TestServer};
use sqlx::Row;

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(a_body_describes_itself_on_its_page, partner_posts_are_found_answered_and_closed,);

/// Signs up a buyer of its own public body and confirms the address; verified by a moderator if
/// `verified`. A signed-in client and the body's id.
async fn body(s: &TestServer, email: &str, organisation: &str, country: &str, nuts: &str, verified: bool) -> (reqwest::Client, i64) {
    let c = s.client();
    let form = [
        ("name", "Mette Jensen"),
        ("email", email),
        ("password", PASSWORD),
        ("organisation", organisation),
        ("country", country),
        ("body_type", "regional_local"),
        ("nuts", nuts),
    ];
    let res = s.post_form(&c, "/signup/buyer", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let link = s.link_in_last_mail(email).await;
    assert_eq!(location(&s.get(&c, &link).await), "/signin?notice=email-verified");
    let login = accounts::find_login(&s.state.db, email).await.unwrap().unwrap();
    if verified {
        accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    }
    (s.sign_in(email, PASSWORD).await, org_of(s, email).await)
}

/// Aino of Espoon kaupunki (FI), verified.
async fn espoo(s: &TestServer) -> (reqwest::Client, i64) {
    s.verified_buyer("aino@espoo.fi", PASSWORD).await;
    let login = accounts::find_login(&s.state.db, "aino@espoo.fi").await.unwrap().unwrap();
    accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    (s.sign_in("aino@espoo.fi", PASSWORD).await, org_of(s, "aino@espoo.fi").await)
}

fn profile_form<'a>(email: &'a str, themes: &'a str, cpv: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("contact_name", "<b>Aino</b> Virtanen"), ("contact_email", email), ("themes", themes), ("cpv", cpv)]
}

async fn a_body_describes_itself_on_its_page(s: TestServer) {
    let (buyer, espoo) = espoo(&s).await;
    // A first visit suggests the person as the contact.
    let form = page(&s, &buyer, "/bodies/profile").await;
    assert!(form.contains(r#"value="aino@espoo.fi""#) && form.contains(r#"value="Aino Virtanen""#), "{form}");

    let res = s
        .post_form(
            &buyer,
            "/bodies/profile",
            &profile_form("hankinnat@espoo.fi", "health_care,energy_climate", "45210000-2, 09310000-5, 45210000-2"),
        )
        .await;
    assert_eq!(location(&res), format!("/bodies/{espoo}?notice=body-profile-saved"));
    assert!(
        page(&s, &buyer, &location(&res)).await.contains("Your public body&#x27;s page is saved.")
            || page(&s, &buyer, &location(&res)).await.contains("Your public body's page is saved.")
    );

    // Public: contact, themes and codes, text as text.
    let anonymous = s.client();
    let public = page(&s, &anonymous, &format!("/bodies/{espoo}")).await;
    assert!(public.contains("Espoon kaupunki") && public.contains("hankinnat@espoo.fi"), "{public}");
    assert!(public.contains("&lt;b&gt;Aino&lt;/b&gt; Virtanen") && !public.contains("<b>Aino</b>"), "{public}");
    assert!(public.contains("Health and care") && public.contains("Energy and climate") && !public.contains("Education"), "{public}");
    assert!(public.contains("09310000-5 – Electricity") && public.contains("45210000-2 – Building construction work"), "{public}");
    assert!(!public.contains("Edit this page"), "only the body's own people edit");
    assert!(page(&s, &buyer, &format!("/bodies/{espoo}")).await.contains("Edit this page"));
    // The form shows what is stored.
    let form = page(&s, &buyer, "/bodies/profile").await;
    assert!(form.contains(r#"value="hankinnat@espoo.fi""#) && form.contains("09310000-5, 45210000-2"), "{form}");

    // Bad input: named at the field, what was typed kept, nothing stored.
    let res = s.post_form(&buyer, "/bodies/profile", &profile_form("nobody", "health_care,poetry", "45210000-2, 99999999-9")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(
        field_error(&html, "body-profile", "contact_email").as_deref(),
        Some("Enter an e-mail address such as name@example.com."),
        "{html}"
    );
    assert_eq!(field_error(&html, "body-profile", "themes").as_deref(), Some("Choose one of the options."));
    assert!(html.contains(r#"value="nobody""#), "the address typed is kept");
    let res = s.post_form(&buyer, "/bodies/profile", &profile_form("hankinnat@espoo.fi", "food", "45210000-2, 99999999-9")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(
        field_error(&html, "body-profile", "cpv").as_deref(),
        Some("There is no such CPV code. Choose one from the list."),
        "{html}"
    );
    assert!(html.contains("45210000-2, 99999999-9"), "the codes typed are kept");
    let res = s.post_form(&buyer, "/bodies/profile", &profile_form("hankinnat@espoo.fi", "", "4521")).await;
    assert_eq!(
        field_error(&res.text().await.unwrap(), "body-profile", "cpv").as_deref(),
        Some("A CPV code looks like 45210000-2: eight digits, a dash and a check digit.")
    );
    let public = page(&s, &anonymous, &format!("/bodies/{espoo}")).await;
    assert!(public.contains("Health and care") && !public.contains("Food") && public.contains("Electricity"), "{public}");

    // Ticked boxes arrive one pair each; none ticked and no codes empty the lists.
    let res = s
        .post_form(
            &buyer,
            "/bodies/profile",
            &[("contact_name", "Aino"), ("contact_email", "hankinnat@espoo.fi"), ("themes", "food"), ("themes", "education")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let public = page(&s, &anonymous, &format!("/bodies/{espoo}")).await;
    assert!(
        public.contains("Food") && public.contains("Education") && !public.contains("Health and care") && !public.contains("Electricity"),
        "{public}"
    );
    s.post_form(&buyer, "/bodies/profile", &[("contact_name", "Aino"), ("contact_email", "hankinnat@espoo.fi")]).await;
    assert!(page(&s, &anonymous, &format!("/bodies/{espoo}")).await.contains("No interests given yet."));

    // Only a public body's own people edit it.
    let sup = signed_up_supplier(&s, "Sven Svensson", "sven@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    assert_eq!(s.post_form(&sup, "/bodies/profile", &profile_form("x@ljus.se", "", "")).await.status(), 403);
    assert_eq!(s.get(&sup, "/bodies/profile").await.status(), 403);
    assert_eq!(s.post_form(&anonymous, "/bodies/profile", &profile_form("x@ljus.se", "", "")).await.status(), 403);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM organisations WHERE contact_email = 'x@ljus.se'").await, 0);
    // A supplier may write to the body from its page.
    assert!(page(&s, &sup, &format!("/bodies/{espoo}")).await.contains(r#"action="/messages/start""#));

    // A body not verified yet: its people see and edit the page; the public does not see it.
    let (pending, vantaa) = body(&s, "kalle@vantaa.fi", "Vantaan kaupunki", "FI", "FI1B1", false).await;
    let res = s.post_form(&pending, "/bodies/profile", &[("contact_name", "Kalle"), ("contact_email", "hankinnat@vantaa.fi")]).await;
    assert_eq!(location(&res), format!("/bodies/{vantaa}?notice=body-profile-saved"));
    assert!(page(&s, &pending, &format!("/bodies/{vantaa}")).await.contains("Only you and your colleagues see this page"));
    assert_eq!(s.get(&anonymous, &format!("/bodies/{vantaa}")).await.status(), 404);
    assert_eq!(s.get(&sup, &format!("/bodies/{vantaa}")).await.status(), 404);
    // A company is no public body.
    let ljus = org_of(&s, "sven@ljus.se").await;
    assert_eq!(s.get(&anonymous, &format!("/bodies/{ljus}")).await.status(), 404);
}

fn post_form<'a>(title: &'a str, theme: &'a str, countries: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("theme", theme),
        ("description", "We plan to buy **20 electric buses** with charging.\n\n<script>alert(1)</script>"),
        ("cpv", "34144910-0"),
        ("timeline", "Market dialogue in Q1 2027, tender in Q3 2027"),
        ("countries", countries),
    ]
}

async fn partner_posts_are_found_answered_and_closed(s: TestServer) {
    let (owner, espoo) = espoo(&s).await;
    // Publishing needs a verified body, and a form that passes the rules.
    let (pending, _) = body(&s, "kadri@tallinn.ee", "Tallinna linn", "EE", "EE001", false).await;
    assert_eq!(s.post_form(&pending, "/partners/new", &post_form("Buses", "mobility_transport", "")).await.status(), 403);
    assert_eq!(s.get(&pending, "/partners/new").await.status(), 403);
    let res = s.post_form(&owner, "/partners/new", &post_form("Joint procurement of electric buses", "poetry", "DK,XX")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "partner-post", "theme").as_deref(), Some("Choose one of the options."), "{html}");
    assert_eq!(field_error(&html, "partner-post", "countries").as_deref(), Some("Choose one of the options."));
    assert!(html.contains(r#"value="Joint procurement of electric buses""#), "the title typed is kept");
    let res = s
        .post_form(
            &owner,
            "/partners/new",
            &[("title", "Buses"), ("theme", "food"), ("description", "x"), ("timeline", "soon"), ("cpv", "99999999-9")],
        )
        .await;
    assert_eq!(
        field_error(&res.text().await.unwrap(), "partner-post", "cpv").as_deref(),
        Some("There is no such CPV code. Choose one from the list.")
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM partner_posts").await, 0);

    let res = s.post_form(&owner, "/partners/new", &post_form("Joint procurement of electric buses", "mobility_transport", "DK,EE")).await;
    let to = location(&res);
    assert!(to.ends_with("?notice=partner-post-published"), "{to}");
    let path = to.split('?').next().unwrap().to_string();
    let id: i64 = path.trim_start_matches("/partners/").parse().unwrap();
    // A second post that welcomes partners from any country.
    let res = s.post_form(&owner, "/partners/new", &post_form("Learning about school meals", "food", "")).await;
    let any_country: i64 = location(&res).trim_start_matches("/partners/").split('?').next().unwrap().parse().unwrap();

    let anonymous = s.client();
    let post = page(&s, &anonymous, &path).await;
    assert!(post.contains("Joint procurement of electric buses") && post.contains("Espoon kaupunki"), "{post}");
    assert!(post.contains("<strong>20 electric buses</strong>") && !post.contains("<script>alert(1)"), "{post}");
    assert!(post.contains("34144910-0 – Electric buses") && post.contains("Denmark, Estonia"), "{post}");

    // The list and its filters.
    let finds = |q: &'static str, post: i64| {
        let s = &s;
        let anonymous = anonymous.clone();
        async move { s.get(&anonymous, &format!("/partners{q}")).await.text().await.unwrap().contains(&format!(r#"href="/partners/{post}""#)) }
    };
    assert!(finds("", id).await && finds("", any_country).await);
    assert!(finds("?theme=mobility_transport", id).await);
    assert!(!finds("?theme=mobility_transport", any_country).await);
    assert!(!finds("?theme=food", id).await);
    assert!(finds("?country=FI", id).await);
    assert!(!finds("?country=DK", id).await);
    assert!(finds("?seeking=DK", id).await && finds("?seeking=EE", id).await);
    assert!(!finds("?seeking=SE", id).await, "Sweden is not sought");
    assert!(finds("?seeking=SE", any_country).await, "a post naming no country welcomes all");
    assert!(finds("?q=ELECTRIC+buses", id).await && finds("?q=charging", id).await);
    assert!(!finds("?q=electric+bridges", id).await, "every word must match");
    assert!(!finds("?q=%25", id).await, "a percent sign is no wildcard");
    assert!(finds("?q=buses&theme=mobility_transport&country=FI&seeking=EE", id).await);
    let html = page(&s, &anonymous, "/partners?theme=poetry&country=XX").await;
    assert!(html.contains(&format!(r#"href="/partners/{id}""#)), "nonsense filters are dropped");

    // Who may express interest: another verified body only.
    let supplier = signed_up_supplier(&s, "Sven Svensson", "sven@ljus.se", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let message = [("message", "We plan the same. Let us talk.")];
    for c in [&pending, &supplier, &owner, &anonymous] {
        assert_eq!(s.post_form(c, &format!("{path}/interest"), &message).await.status(), 403);
    }
    assert_eq!(s.post_form(&supplier, "/partners/999999/interest", &message).await.status(), 404);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM partner_interests").await, 0);

    let (peer, copenhagen) = body(&s, "mette@kk.dk", "Københavns Kommune", "DK", "DK01", true).await;
    let before = s.mail_count("aino@espoo.fi").await;
    // A message is needed.
    let res = s.post_form(&peer, &format!("{path}/interest"), &[("message", " ")]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(field_error(&res.text().await.unwrap(), "interest", "message").as_deref(), Some("Please fill in this field."));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM partner_interests").await, 0);

    let res = s.post_form(&peer, &format!("{path}/interest"), &message).await;
    assert_eq!(location(&res), format!("{path}?notice=interest-sent"));
    assert!(page(&s, &peer, &location(&res)).await.contains("Your interest is sent."));
    // A conversation between the two bodies, about the post.
    let row = sqlx::query("SELECT id, from_org, to_org, about_kind, about_id, subject FROM conversations")
        .fetch_all(&s.state.db.pool)
        .await
        .unwrap();
    assert_eq!(row.len(), 1);
    let conversation: i64 = row[0].get(0);
    assert_eq!((row[0].get::<i64, _>(1), row[0].get::<i64, _>(2)), (copenhagen, espoo));
    assert_eq!((row[0].get::<String, _>(3), row[0].get::<i64, _>(4)), ("partner_post".to_string(), id));
    assert_eq!(row[0].get::<String, _>(5), "Partner post: Joint procurement of electric buses");
    for c in [&owner, &peer] {
        let inbox = page(&s, c, "/messages").await;
        assert!(
            inbox.contains(&format!(r#"href="/messages/{conversation}""#))
                && inbox.contains("Partner post: Joint procurement of electric buses"),
            "{inbox}"
        );
    }
    assert!(page(&s, &owner, &format!("/messages/{conversation}")).await.contains("We plan the same. Let us talk."));
    // The owner sees who is interested; the interested body sees that it is.
    let own_view = page(&s, &owner, &path).await;
    assert!(own_view.contains("Interested public bodies") && own_view.contains("Københavns Kommune"), "{own_view}");
    assert!(
        own_view.contains(&format!(r#"href="/bodies/{copenhagen}""#)) && own_view.contains(&format!(r#"href="/messages/{conversation}""#))
    );
    let peer_view = page(&s, &peer, &path).await;
    assert!(peer_view.contains("Your public body expressed interest") && !peer_view.contains("Interested public bodies"), "{peer_view}");
    assert!(!page(&s, &anonymous, &path).await.contains("Københavns Kommune"), "who is interested is the owner's business");
    // The owner's people hear of it: the message, and the interest with the post's link.
    assert_eq!(s.mail_count("aino@espoo.fi").await, before + 2);
    let (subject, body) = s.last_mail("aino@espoo.fi").await.unwrap();
    assert_eq!(subject, "Københavns Kommune is interested in \"Joint procurement of electric buses\"");
    assert!(body.contains(&s.url(&path)), "{body}");

    // Once per body.
    let (status, reply) = post_json(&s, &peer, &format!("{path}/interest"), &message).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-already-interested")), "{reply}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations").await, 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM partner_interests").await, 1);

    // Closed by its owner alone: no more interest, out of the list, still readable.
    assert_eq!(s.post_form(&peer, &format!("{path}/close"), &[]).await.status(), 403);
    assert_eq!(s.post_form(&supplier, &format!("{path}/close"), &[]).await.status(), 403);
    let res = s.post_form(&owner, &format!("{path}/close"), &[]).await;
    assert_eq!(location(&res), format!("{path}?notice=partner-post-closed"));
    accounts::verify_organisation_of(&s.state.db, accounts::find_login(&s.state.db, "kadri@tallinn.ee").await.unwrap().unwrap().id)
        .await
        .unwrap();
    let res = s.post_form(&pending, &format!("{path}/interest"), &message).await;
    assert_eq!(res.status(), 422);
    let (status, reply) = post_json(&s, &pending, &format!("{path}/interest"), &message).await;
    assert_eq!((status, reply["invalid"]["_form"].as_str()), (200, Some("err-post-closed")));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM partner_interests").await, 1);
    assert!(!finds("", id).await && !finds("?seeking=EE", id).await);
    assert!(finds("", any_country).await);
    assert!(page(&s, &anonymous, &path).await.contains("This post is closed"));
    let res = s.post_form(&owner, &format!("{path}/close"), &[]).await;
    assert_eq!(res.status(), 422, "closed once");
    // The now verified body answers the other post.
    let res = s.post_form(&pending, &format!("/partners/{any_country}/interest"), &[("message", "Tallinn is interested.")]).await;
    assert_eq!(location(&res), format!("/partners/{any_country}?notice=interest-sent"));
}

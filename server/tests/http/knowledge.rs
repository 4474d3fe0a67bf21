//! The knowledge centre through HTTP on SQLite and PostgreSQL: loading content files (again and
//! changed), the ranked and stemmed search with facet counts (page, API, feed), a case's page and
//! "ask this buyer", contributing a case through its whole way (draft, returned, resubmitted,
//! published, with its versions), who may do what, materials with files, and cases like a tender.

use crate::common;

use app::accounts::repo as accounts;
use app::identity::Role;
use app::knowledge::loader;
use common::{count, field_error, location, page, TestServer};
use serde_json::Value;
use std::path::PathBuf;

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    content_loads_once_and_changes_become_versions,
    search_ranks_stems_and_counts_facets,
    a_case_page_shows_its_facts_and_its_buyer_can_be_asked,
    a_contributed_case_goes_through_review_with_its_history,
    only_the_right_people_act_on_knowledge,
    materials_carry_files_and_say_when_they_are_replaced,
    a_tender_shows_cases_like_it,
);

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/http/knowledge")
}

async fn load(s: &TestServer) -> loader::LoadReport {
    let r = loader::load(&s.state.db, &fixtures()).await.unwrap();
    s.state.knowledge.catch_up(&s.state.db).await.unwrap();
    r
}

async fn api(s: &TestServer, query: &str) -> Value {
    let res = s.get(&s.client(), &format!("/api/knowledge{query}")).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn slugs(v: &Value) -> Vec<String> {
    v["results"].as_array().unwrap().iter().map(|r| r["slug"].as_str().unwrap().to_string()).collect()
}

fn facet(v: &Value, facet: &str, value: &str) -> i64 {
    v["facets"][facet][value].as_i64().unwrap_or(0)
}

/// A buyer of its own public body (Espoon kaupunki, FI, from the shared sign-up form), verified
/// if `verified`; a signed-in client.
async fn buyer(s: &TestServer, email: &str, verified: bool) -> reqwest::Client {
    s.verified_buyer(email, PASSWORD).await;
    if verified {
        let login = accounts::find_login(&s.state.db, email).await.unwrap().unwrap();
        accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    }
    s.sign_in(email, PASSWORD).await
}

/// A buyer of another public body (Vantaan kaupunki), verified.
async fn other_buyer(s: &TestServer, email: &str) -> reqwest::Client {
    let c = s.client();
    let mut form = common::buyer_form(email, PASSWORD);
    form.retain(|(k, _)| *k != "organisation");
    form.push(("organisation", "Vantaan kaupunki"));
    assert_eq!(s.post_form(&c, "/signup/buyer", &form).await.status(), 303);
    let link = s.link_in_last_mail(email).await;
    s.get(&c, &link).await;
    let login = accounts::find_login(&s.state.db, email).await.unwrap().unwrap();
    accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    s.sign_in(email, PASSWORD).await
}

async fn moderator(s: &TestServer) -> reqwest::Client {
    s.staff("mod@ppihub.test", Role::Moderator, PASSWORD).await;
    s.sign_in("mod@ppihub.test", PASSWORD).await
}

async fn content_loads_once_and_changes_become_versions(s: TestServer) {
    assert_eq!(load(&s).await, loader::LoadReport { added: 6, updated: 0, unchanged: 0, retired: 0 });
    assert_eq!(load(&s).await, loader::LoadReport { added: 0, updated: 0, unchanged: 6, retired: 0 });
    assert_eq!(count(&s, "SELECT COUNT(*) FROM knowledge_versions").await, 6);
    // A changed file is a new published version that says what changed; a removed one retires.
    let dir = common::TempDir::new("knowledge");
    copy_dir(&fixtures(), &dir.0);
    let case = dir.0.join("cases/espoo-street-lighting.md");
    let text = std::fs::read_to_string(&case).unwrap().replace("awarded_value_eur = 1200000", "awarded_value_eur = 1250000");
    std::fs::write(&case, text).unwrap();
    std::fs::remove_file(dir.0.join("cases/tartu-school-meals.md")).unwrap();
    let r = loader::load(&s.state.db, &dir.0).await.unwrap();
    assert_eq!((r.updated, r.unchanged, r.retired), (1, 4, 1));
    s.state.knowledge.catch_up(&s.state.db).await.unwrap();
    let html = page(&s, &s.client(), "/knowledge/cases/espoo-street-lighting").await;
    assert!(html.contains("Version 2") && html.contains("Changed: awarded_value_eur"), "{html}");
    assert_eq!(s.get(&s.client(), "/knowledge/cases/tartu-school-meals").await.status(), 404);
    // A broken file loads nothing and names the file and the field.
    std::fs::write(dir.0.join("cases/broken.md"), "+++\nslug = \"broken\"\ntitle = \"x\"\nlang = \"en\"\n+++\n## A {#challenge}\nx\n")
        .unwrap();
    let err = loader::load(&s.state.db, &dir.0).await.unwrap_err();
    assert!(err.contains("broken.md") && err.contains("buyer_name"), "{err}");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for sub in ["cases", "materials"] {
        std::fs::create_dir_all(to.join(sub)).unwrap();
        for e in std::fs::read_dir(from.join(sub)).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, to.join(sub).join(p.file_name().unwrap())).unwrap();
        }
    }
}

async fn search_ranks_stems_and_counts_facets(s: TestServer) {
    load(&s).await;
    let all = api(&s, "").await;
    assert_eq!(all["total"], 6);
    assert_eq!((facet(&all, "kind", "case"), facet(&all, "kind", "material")), (4, 2));
    // The exact title ranks above a passing mention of the same words.
    let lighting = api(&s, "?q=street+lighting").await;
    assert_eq!(slugs(&lighting)[..2], ["espoo-street-lighting", "tartu-school-meals"]);
    // Stemmed per language: another form of the word finds the text.
    assert_eq!(slugs(&api(&s, "?q=indk%C3%B8b").await), ["aarhus-food-waste"], "Danish: indkøb finds indkøbene");
    assert_eq!(slugs(&api(&s, "?q=Beschaffung").await), ["berlin-e-bus"], "German: Beschaffung finds Beschaffungen");
    assert_eq!(slugs(&api(&s, "?q=hankinnoista").await), ["espoo-street-lighting"], "Finnish: hankinnoista finds hankinnoissa");
    assert_eq!(slugs(&api(&s, "?q=katuvalaistus").await), ["espoo-street-lighting"], "the Finnish translation is searched");
    // Facets narrow; each facet's counts say what choosing a value would give.
    let cases = api(&s, "?kind=case").await;
    assert_eq!((cases["total"].as_i64(), facet(&cases, "country", "FI"), facet(&cases, "country", "DE")), (Some(4), 1, 1));
    let fi = api(&s, "?kind=case&country=FI").await;
    assert_eq!(slugs(&fi), ["espoo-street-lighting"]);
    assert_eq!(facet(&fi, "country", "DK"), 1, "a facet's own values are counted without its choice");
    assert_eq!(facet(&fi, "procedure", "innovation"), 1);
    assert_eq!(facet(&fi, "procedure", "pcp"), 0, "other facets count within the choice");
    // "Innovation partnerships by a city under 500,000 awarded after 2020 with an SME winner."
    let one_search = api(&s, "?procedure=innovation&population_under=500000&awarded_from=2020&sme=yes").await;
    assert_eq!(slugs(&one_search), ["espoo-street-lighting"]);
    assert_eq!(api(&s, "?population_under=100000&kind=case").await["total"], 1);
    assert_eq!(slugs(&api(&s, "?awarded_from=2022").await), ["berlin-e-bus"]);
    // Newest first sorts by the award (or version) date.
    assert_eq!(slugs(&api(&s, "?kind=case&sort=newest").await)[0], "berlin-e-bus");
    // Nonsense is ignored, never an error.
    assert_eq!(api(&s, "?country=%E2%82%AC1&stage=soon&page=-3&q=%22%28%5B").await["page"], 1);
    // The page works without JavaScript: a GET form, facet links with counts, results.
    let html = page(&s, &s.client(), "/knowledge?q=street+lighting&kind=case").await;
    assert!(html.contains(r#"<form method="get" action="/knowledge""#), "{html}");
    assert!(html.contains("href=\"/knowledge/cases/espoo-street-lighting\""));
    assert!(html.contains("<mark>"), "the matched words are marked");
    let html = page(&s, &s.client(), "/knowledge/materials").await;
    assert!(html.contains("Running a market consultation") && !html.contains("Street lighting that dims"));
    // Open data: the feed and the OpenAPI description.
    let feed = s.get(&s.client(), "/knowledge/feed.atom").await.text().await.unwrap();
    assert_eq!(feed.matches("<entry>").count(), 6);
    let openapi: Value = s.get(&s.client(), "/api/openapi.json").await.json().await.unwrap();
    assert!(openapi["paths"]["/api/knowledge"].is_object() && openapi["paths"]["/api/tenders"].is_object());
    let item: Value = s.get(&s.client(), "/api/knowledge/espoo-street-lighting").await.json().await.unwrap();
    assert_eq!(item["facts"]["bids_received"], 4);
    assert_eq!(item["texts"].as_array().unwrap().len(), 2);
}

async fn a_case_page_shows_its_facts_and_its_buyer_can_be_asked(s: TestServer) {
    // The buyer signs up first, so the loaded case links its public body.
    buyer(&s, "aino@espoo.test", true).await;
    load(&s).await;
    let html = page(&s, &s.client(), "/knowledge/cases/espoo-street-lighting").await;
    for shown in ["Bids received", "4", "Energy use", "45 MWh", "id=\"challenge\"", "Test source", "Espoon kaupunki"] {
        assert!(html.contains(shown), "{shown}");
    }
    assert!(html.contains("Sign in to write to this buyer"));
    // In Finnish the translation is shown; the original is a link away.
    let fi = s.client();
    s.post_form(&fi, "/language", &[("lang", "fi"), ("next", "/")]).await;
    let html = page(&s, &fi, "/knowledge/cases/espoo-street-lighting").await;
    assert!(html.contains("Itsestään himmenevä katuvalaistus"));
    let html = page(&s, &fi, "/knowledge/cases/espoo-street-lighting?lang=en").await;
    assert!(
        html.contains(r#"<h1 lang="en">Street lighting that dims itself"#),
        "the heading is marked as English on a Finnish page: {html}"
    );
    // A supplier writes to the buyer from the case.
    let supplier = common::signed_up_supplier(&s, "Sven Svensson", "sven@ljus.test", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    let html = page(&s, &supplier, "/knowledge/cases/espoo-street-lighting").await;
    assert!(html.contains("action=\"/messages/start\""), "{html}");
    let id = count(&s, "SELECT id FROM knowledge_items WHERE slug = 'espoo-street-lighting'").await;
    let org = common::org_of(&s, "aino@espoo.test").await;
    let form = [
        ("to", org.to_string()),
        ("about_kind", "case".to_string()),
        ("about_id", id.to_string()),
        ("subject", "About your lighting".to_string()),
        ("body", "How did you write the award criteria?".to_string()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = s.post_form(&supplier, "/messages/start", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    assert_eq!(count(&s, "SELECT COUNT(*) FROM conversations WHERE about_kind = 'case'").await, 1);
    // A case without a buyer on the platform says so; a missing case is 404.
    let html = page(&s, &s.client(), "/knowledge/cases/berlin-e-bus").await;
    assert!(html.contains("The source names no public contact"));
    assert_eq!(s.get(&s.client(), "/knowledge/cases/no-such-case").await.status(), 404);
    assert_eq!(s.get(&s.client(), "/knowledge/materials/espoo-street-lighting").await.status(), 404);
}

fn case_form<'a>(title: &'a str, source_url: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("lang", "en"),
        ("title", title),
        ("summary", "We bought heat pumps as a service."),
        ("procedure", "comp_dial"),
        ("themes", "energy_climate"),
        ("cpv", "34993000-4"),
        ("section_challenge", "Schools were cold. </textarea><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"),
        ("section_outcome", "Warm schools."),
        ("bids_received", "3"),
        ("award_date", "2023-05"),
        ("source_url", source_url),
        ("source_title", "Our report"),
        ("source_publisher", "City of Espoo"),
    ]
}

async fn a_contributed_case_goes_through_review_with_its_history(s: TestServer) {
    let b = buyer(&s, "aino@espoo.test", true).await;
    let m = moderator(&s).await;
    // A case without its source is refused at the field, keeping what was typed.
    let res = s.post_form(&b, "/knowledge/cases/new", &case_form("Warm schools", "")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(field_error(&html, "case", "source_url").is_some(), "{html}");
    assert!(html.contains("Warm schools") && !html.contains("<meta http-equiv=\"refresh\""), "kept, and escaped");
    let res = s.post_form(&b, "/knowledge/cases/new", &case_form("Warm schools", "https://example.org/report")).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-draft-saved");
    // A draft is not public, not in the search.
    assert_eq!(s.get(&s.client(), "/knowledge/cases/warm-schools").await.status(), 404);
    assert_eq!(api(&s, "?q=warm").await["total"], 0);
    let id = count(&s, "SELECT id FROM knowledge_items WHERE slug = 'warm-schools'").await;
    let res = s.post_form(&b, &format!("/knowledge/items/{id}/submit"), &[]).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-submitted");
    assert!(page(&s, &m, "/knowledge/review").await.contains("Warm schools"));
    // The moderator returns it with a comment; the buyer sees it, fixes and sends it again.
    let res = s.post_form(&m, &format!("/knowledge/items/{id}/return"), &[("comment", "Which schools? Give the award value.")]).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-returned");
    let html = page(&s, &b, "/knowledge/cases/warm-schools/edit").await;
    assert!(html.contains("Which schools?"));
    let mut fixed = case_form("Warm schools", "https://example.org/report");
    fixed.push(("awarded_value_eur", "450 000"));
    let res = s.post_form(&b, "/knowledge/cases/warm-schools/edit", &fixed).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-saved");
    s.post_form(&b, &format!("/knowledge/items/{id}/submit"), &[]).await;
    let res = s.post_form(&m, &format!("/knowledge/items/{id}/publish"), &[]).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-published");
    // Published: public, searchable at once, its buyer is the body.
    let html = page(&s, &s.client(), "/knowledge/cases/warm-schools").await;
    assert!(html.contains("450,000") || html.contains("450 000"), "{html}");
    assert!(!html.contains("<meta http-equiv=\"refresh\""));
    assert_eq!(slugs(&api(&s, "?q=warm+schools").await), ["warm-schools"]);
    // A moderator's edit of a published case is a new version; the page says what changed.
    let mut edited = fixed.clone();
    edited.retain(|(k, _)| *k != "bids_received");
    edited.push(("bids_received", "5"));
    let res = s.post_form(&m, "/knowledge/cases/warm-schools/edit", &edited).await;
    assert_eq!(location(&res), "/knowledge/cases/warm-schools?notice=knowledge-saved");
    let html = page(&s, &s.client(), "/knowledge/cases/warm-schools").await;
    // Sent, returned and fixed, sent again, published, edited: four versions, each saying what changed.
    assert!(html.contains("Version 1") && html.contains("Changed: awarded_value_eur"), "{html}");
    assert!(html.contains("Version 4") && html.contains("Changed: bids_received"), "{html}");
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM knowledge_versions WHERE item_id = {id} AND event = 'submitted'")).await, 2);
    // Publishing twice is refused, not repeated.
    let res = s.post_form(&m, &format!("/knowledge/items/{id}/publish"), &[]).await;
    assert_eq!(res.status(), 422);
    // Retired: gone from the search and the page, history kept.
    s.post_form(&m, &format!("/knowledge/items/{id}/retire"), &[]).await;
    assert_eq!(api(&s, "?q=warm").await["total"], 0);
    assert_eq!(s.get(&s.client(), "/knowledge/cases/warm-schools").await.status(), 404);
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM knowledge_versions WHERE item_id = {id}")).await, 4);
}

async fn only_the_right_people_act_on_knowledge(s: TestServer) {
    let b = buyer(&s, "aino@espoo.test", true).await;
    let form = case_form("Heat pumps", "https://example.org/report");
    // Not verified, a supplier, nobody: no contribution.
    let unverified = {
        let c = s.client();
        let mut f = common::buyer_form("pekka@lahti.test", PASSWORD);
        f.retain(|(k, _)| *k != "organisation");
        f.push(("organisation", "Lahden kaupunki"));
        s.post_form(&c, "/signup/buyer", &f).await;
        let link = s.link_in_last_mail("pekka@lahti.test").await;
        s.get(&c, &link).await;
        s.sign_in("pekka@lahti.test", PASSWORD).await
    };
    assert_eq!(s.post_form(&unverified, "/knowledge/cases/new", &form).await.status(), 403);
    let supplier = common::signed_up_supplier(&s, "Sven Svensson", "sven@ljus.test", PASSWORD, "Ljus AB", "SE", "556036-0793").await;
    assert_eq!(s.post_form(&supplier, "/knowledge/cases/new", &form).await.status(), 403);
    assert_eq!(s.post_form(&s.client(), "/knowledge/cases/new", &form).await.status(), 403);
    // Only the body edits and submits its draft; another body sees nothing.
    s.post_form(&b, "/knowledge/cases/new", &form).await;
    let id = count(&s, "SELECT id FROM knowledge_items WHERE slug = 'heat-pumps'").await;
    let other = other_buyer(&s, "ville@vantaa.test").await;
    assert_eq!(s.get(&other, "/knowledge/cases/heat-pumps").await.status(), 404);
    assert_eq!(s.post_form(&other, "/knowledge/cases/heat-pumps/edit", &form).await.status(), 403);
    assert_eq!(s.post_form(&other, &format!("/knowledge/items/{id}/submit"), &[]).await.status(), 403);
    // Only moderators publish, return and retire; nobody publishes a draft that was not sent.
    s.post_form(&b, &format!("/knowledge/items/{id}/submit"), &[]).await;
    for action in ["publish", "return", "retire"] {
        let res = s.post_form(&b, &format!("/knowledge/items/{id}/{action}"), &[("comment", "x")]).await;
        assert_eq!(res.status(), 403, "{action}");
    }
    // A submitted case is the moderators' now: the body no longer edits it.
    assert_eq!(s.post_form(&b, "/knowledge/cases/heat-pumps/edit", &form).await.status(), 403);
    assert_eq!(s.post_form(&b, "/knowledge/materials/new", &[("title", "x")]).await.status(), 403);
    assert_eq!(s.post_form(&b, &format!("/knowledge/items/{}/publish", id + 999), &[]).await.status(), 404);
    // A returned case needs the comment.
    let m = moderator(&s).await;
    let res = s.post_form(&m, &format!("/knowledge/items/{id}/return"), &[("comment", "")]).await;
    assert_eq!(res.status(), 422);
    // Cross-site posts are refused whoever is signed in.
    let res = m
        .post(s.url(&format!("/knowledge/items/{id}/publish")))
        .header("origin", "https://evil.example")
        .form(&[("a", "b")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

async fn upload(s: &TestServer, c: &reqwest::Client, slug: &str, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
    let form = reqwest::multipart::Form::new().part("file", part);
    c.post(s.url(&format!("/knowledge/materials/{slug}/documents"))).multipart(form).send().await.unwrap()
}

async fn materials_carry_files_and_say_when_they_are_replaced(s: TestServer) {
    load(&s).await;
    let m = moderator(&s).await;
    let form = [
        ("lang", "en"),
        ("title", "Checklist for needs"),
        ("summary", "What to check before you buy."),
        ("type", "checklist"),
        ("stages", "needs"),
        ("audiences", "buyer"),
        ("level", "introductory"),
        ("version_date", "2026-12"),
        ("author", "PPI Hub editors"),
        ("references", "Guidance C(2021) 4320 | https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021XC0706(02)"),
        ("text", "## Before you start {#before}\n- [ ] Name the need"),
    ];
    let res = s.post_form(&m, "/knowledge/materials/new", &form).await;
    assert_eq!(location(&res), "/knowledge/materials/checklist-for-needs?notice=knowledge-published");
    let mut no_references = form.to_vec();
    no_references.retain(|(k, _)| *k != "references");
    let res = s.post_form(&m, "/knowledge/materials/new", &no_references).await;
    assert_eq!(res.status(), 422);
    assert!(field_error(&res.text().await.unwrap(), "material", "references").is_some());
    // A file, told by its content: a PDF is kept, an executable named .pdf is not.
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    let res = upload(&s, &m, "checklist-for-needs", "checklist.pdf", pdf.clone()).await;
    assert_eq!(location(&res), "/knowledge/materials/checklist-for-needs?notice=knowledge-file-added");
    let res = upload(&s, &m, "checklist-for-needs", "evil.pdf", b"MZ\x90\x00\x03\x00\x00\x00".to_vec()).await;
    assert_eq!(res.status(), 415);
    let file = s.get(&s.client(), "/knowledge/materials/checklist-for-needs/file").await;
    assert_eq!(file.headers()["content-type"], "application/pdf");
    assert_eq!(file.bytes().await.unwrap().to_vec(), pdf);
    let b = buyer(&s, "aino@espoo.test", true).await;
    assert_eq!(upload(&s, &b, "checklist-for-needs", "x.pdf", b"%PDF-1.4".to_vec()).await.status(), 403);
    // Outdated guidance says plainly what replaces it.
    let html = page(&s, &s.client(), "/knowledge/materials/old-consultation-guide").await;
    assert!(html.contains("This guidance has been replaced by") && html.contains("href=\"/knowledge/materials/consultation-guide\""));
    assert_eq!(api(&s, "?type=checklist&stage=needs").await["total"], 1);
}

async fn a_tender_shows_cases_like_it(s: TestServer) {
    load(&s).await;
    let b = buyer(&s, "aino@espoo.test", true).await;
    let in_days = |d: i64| app::i18n::local_input(app::db::now() + d * 86_400, "Europe/Helsinki");
    let (q, sub) = (in_days(10), in_days(20));
    let form = [
        ("title", "Smart street lighting for the centre"),
        ("description", "Lighting that dims on empty streets."),
        ("contract_type", "supplies"),
        ("procedure", "innovation"),
        ("innovation", "prod-innov"),
        ("value", "300000"),
        ("currency", "EUR"),
        ("main_cpv", "34928500-3"),
        ("nuts", "FI1B1"),
        ("questions_deadline", q.as_str()),
        ("submission_deadline", sub.as_str()),
        ("contact_name", "Aino Virtanen"),
        ("contact_email", "hankinnat@espoo.fi"),
        ("ted_pending", "yes"),
    ];
    let res = s.post_form(&b, "/tenders/new", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let path = location(&res);
    let path = path.split('?').next().unwrap();
    // The draft's own page shows the fitting case with its reasons in words.
    let html = page(&s, &b, path).await;
    let at = html.find("Cases like this tender").expect("the section");
    let section = &html[at..];
    assert!(section.contains("href=\"/knowledge/cases/espoo-street-lighting\""), "{section}");
    assert!(section.contains("Same procedure: Innovation partnership"), "{section}");
    assert!(section.contains("CPV division 34"), "{section}");
    assert!(!section.contains("aarhus-food-waste"), "an unrelated case does not fit");
    // The case shows the open tenders like it once the tender is published.
    s.post_form(&b, &format!("{path}/publish"), &[]).await;
    let html = page(&s, &s.client(), "/knowledge/cases/espoo-street-lighting").await;
    assert!(html.contains("Open tenders like this case") && html.contains("Smart street lighting for the centre"), "{html}");
}

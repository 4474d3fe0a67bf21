//! Tenders through HTTP on SQLite and PostgreSQL: drafting, publishing (verified buyers only),
//! search, amendments with their history, questions and answers, feeds and open data.

use crate::common;

use app::accounts::repo as accounts;
use app::identity::Role;
use common::{field_error, location, TestServer};

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    a_verified_buyer_drafts_and_publishes,
    only_verified_buyers_publish,
    bad_tender_input_is_named_and_kept,
    search_filters_and_pages,
    amendments_are_history_and_followers_hear,
    questions_are_answered_in_public,
    open_data_is_valid_ocds,
    calendar_feed_and_code_pickers,
    documents_are_checked_by_content,
    search_queries_use_indexes,
    saved_searches_send_digests,
    json_api_follows_its_openapi_description,
    any_unicode_is_input_not_a_crash,
    text_areas_never_break_out,
    a_draft_is_deleted_never_cancelled_into_public,
    missing_tenders_are_not_found,
    simultaneous_changes_get_their_own_releases,
    all_generated_open_data_is_valid,
    files_without_a_row_are_swept,
);

/// A signed-in buyer whose public body a moderator has verified (or not).
async fn buyer(s: &TestServer, email: &str, verified: bool) -> reqwest::Client {
    s.verified_buyer(email, PASSWORD).await;
    if verified {
        let login = accounts::find_login(&s.state.db, email).await.unwrap().unwrap();
        accounts::verify_organisation_of(&s.state.db, login.id).await.unwrap();
    }
    s.sign_in(email, PASSWORD).await
}

async fn supplier(s: &TestServer, email: &str) -> reqwest::Client {
    let c = s.client();
    let form = [
        ("name", "Sven Svensson"),
        ("email", email),
        ("password", PASSWORD),
        ("organisation", "Ljus AB"),
        ("country", "SE"),
        ("registration_number", "556036-0793"),
    ];
    let res = s.post_form(&c, "/signup/supplier", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let link = s.link_in_last_mail(email).await;
    s.get(&c, &link).await;
    s.sign_in(email, PASSWORD).await
}

/// A tender form that passes every rule, with deadlines some weeks ahead.
fn tender_form(title: &str, value: &str) -> Vec<(String, String)> {
    let in_days = |d: i64| app::i18n::local_input(app::db::now() + d * 86_400, "Europe/Helsinki");
    [
        ("title", title.to_string()),
        ("description", "We need **street lighting** that dims itself (Tarjouspyyntö).\n\n<script>alert('x')</script>".into()),
        ("contract_type", "supplies".into()),
        ("procedure", "innovation".into()),
        ("innovation", "prod-innov".into()),
        ("value", value.into()),
        ("currency", "EUR".into()),
        ("main_cpv", "34928500-3".into()),
        ("additional_cpv", "50232100-1".into()),
        ("nuts", "FI1B1".into()),
        ("lots", "North\nSouth".into()),
        ("questions_deadline", in_days(10)),
        ("submission_deadline", in_days(20)),
        ("contact_name", "Aino Virtanen".into()),
        ("contact_email", "hankinnat@espoo.fi".into()),
        ("ted_pending", "yes".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

fn with(mut form: Vec<(String, String)>, key: &str, value: &str) -> Vec<(String, String)> {
    form.retain(|(k, _)| k != key);
    form.push((key.into(), value.into()));
    form
}

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, form: &[(String, String)]) -> reqwest::Response {
    c.post(s.url(path)).form(form).send().await.unwrap()
}

/// Drafts and publishes a tender; its id.
async fn published(s: &TestServer, c: &reqwest::Client, title: &str, value: &str) -> i64 {
    let res = post(s, c, "/tenders/new", &tender_form(title, value)).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let id: i64 = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().parse().unwrap();
    let res = post(s, c, &format!("/tenders/{id}/publish"), &[]).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=tender-published"));
    id
}

async fn a_verified_buyer_drafts_and_publishes(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let res = post(&s, &c, "/tenders/new", &tender_form("Smart street lighting", "150 000")).await;
    assert_eq!(res.status(), 303);
    let to = location(&res);
    assert!(to.ends_with("?notice=draft-saved"), "{to}");
    let path = to.split('?').next().unwrap().to_string();
    // The draft is the buyer's alone.
    let anon = s.client();
    assert_eq!(s.get(&anon, &path).await.status(), 404);
    let search = s.get(&anon, "/tenders?q=lighting").await.text().await.unwrap();
    assert!(search.contains("0 tenders found"), "{search}");
    let own = s.get(&c, &path).await.text().await.unwrap();
    assert!(own.contains("Smart street lighting") && own.contains("Publish"));

    let res = post(&s, &c, &format!("{path}/publish"), &[]).await;
    assert_eq!(location(&res), format!("{path}?notice=tender-published"));
    let page = s.get(&anon, &path).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for expected in [
        "Smart street lighting",
        "<strong>street lighting</strong>",
        "Espoon kaupunki",
        "34928500-3 – Street-lighting equipment",
        "50232100-1 – Street-lighting maintenance services",
        "FI1B1 – Helsinki-Uusimaa",
        "EUR 150,000",
        "Below the EU threshold: EUR 150,000 is less than the EUR 216,000",
        "Innovation partnership",
        "days left",
        "EET",
    ] {
        assert!(html.contains(expected), "{expected} missing from the tender page");
    }
    // Markdown is rendered; the script in it is not.
    assert!(!html.contains("<script>alert"), "a script from the description reached the page");
    let found = s.get(&anon, "/tenders?q=street+lighting&country=FI").await.text().await.unwrap();
    assert!(found.contains("1 tender found") && found.contains(&format!(r#"href="{path}""#)), "{found}");
    // Publishing twice does nothing more.
    let again = post(&s, &c, &format!("{path}/publish"), &[]).await;
    assert_eq!(again.status(), 422);
}

async fn only_verified_buyers_publish(s: TestServer) {
    let unverified = buyer(&s, "pending@espoo.fi", false).await;
    let res = post(&s, &unverified, "/tenders/new", &tender_form("Waiting body's tender", "1000")).await;
    assert_eq!(res.status(), 303, "an unverified buyer may prepare a draft");
    let path = location(&res).split('?').next().unwrap().to_string();
    let page = s.get(&unverified, &path).await.text().await.unwrap();
    assert!(page.contains("once a moderator has verified your public body"));
    assert_eq!(post(&s, &unverified, &format!("{path}/publish"), &[]).await.status(), 403);

    let sup = supplier(&s, "sven@ljus.se").await;
    assert_eq!(post(&s, &sup, "/tenders/new", &tender_form("Supplier's tender", "1000")).await.status(), 403);
    assert_eq!(post(&s, &sup, &format!("{path}/publish"), &[]).await.status(), 403);
    assert_eq!(post(&s, &s.client(), "/tenders/new", &tender_form("Anonymous tender", "1000")).await.status(), 403);
    assert_eq!(s.get(&sup, "/tenders/new").await.status(), 403);

    // A verified buyer of another body cannot touch this one either.
    let other = buyer(&s, "other@vantaa.fi", true).await;
    assert_eq!(post(&s, &other, &format!("{path}/publish"), &[]).await.status(), 403);
    assert_eq!(post(&s, &other, &format!("{path}/edit"), &tender_form("Hijacked", "1")).await.status(), 403);
    let found = s.get(&s.client(), "/tenders?status=all").await.text().await.unwrap();
    assert!(found.contains("0 tenders found"), "nothing was published");
}

async fn bad_tender_input_is_named_and_kept(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let past = app::i18n::local_input(app::db::now() - 86_400, "Europe/Helsinki");
    let mut form = tender_form("<b>Bold</b> title", "-5");
    form = with(form, "currency", "XBT");
    form = with(form, "main_cpv", "99999999-9");
    form = with(form, "nuts", "FI9Z9");
    form = with(form, "submission_deadline", &past);
    let res = post(&s, &c, "/tenders/new", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "tender", "value").as_deref(), Some("The amount cannot be negative."));
    assert_eq!(field_error(&html, "tender", "currency").as_deref(), Some("Choose one of the options."));
    assert!(field_error(&html, "tender", "main_cpv").is_some());
    assert!(field_error(&html, "tender", "nuts").is_some());
    assert!(field_error(&html, "tender", "submission_deadline").is_some());
    // What was typed comes back, escaped.
    assert!(html.contains("&lt;b&gt;Bold&lt;/b&gt; title"), "the title is kept and escaped");
    assert!(!html.contains("<b>Bold</b>"));

    // Server-only checks: real codes, deadline in the future.
    let res = post(&s, &c, "/tenders/new", &with(tender_form("T", "100"), "main_cpv", "45000000-8")).await;
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "tender", "main_cpv").as_deref(), Some("There is no such CPV code. Choose one from the list."));
    let res = post(&s, &c, "/tenders/new", &with(tender_form("T", "100"), "submission_deadline", &past)).await;
    assert!(field_error(&res.text().await.unwrap(), "tender", "submission_deadline").is_some());

    // Above the threshold without the notice: refused at the notice field.
    let above = with(with(tender_form("Big", "300 000"), "ted_pending", ""), "notice_url", "");
    let res = post(&s, &c, "/tenders/new", &above).await;
    assert_eq!(res.status(), 422);
    assert!(field_error(&res.text().await.unwrap(), "tender", "notice_url").unwrap().contains("TED"));
    // The island gets the same errors as JSON.
    let res = c.post(s.url("/tenders/new")).header("accept", "application/json").form(&above).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["invalid"]["notice_url"], "err-notice-required");
    let all = s.get(&s.client(), "/tenders?status=all").await.text().await.unwrap();
    assert!(all.contains("0 tenders found"), "nothing invalid was stored");
}

async fn search_filters_and_pages(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let lighting = published(&s, &c, "Smart street lighting", "150 000").await;
    let mut works = tender_form("School renovation with circular materials", "6 000 000");
    works = with(works, "contract_type", "works");
    works = with(works, "main_cpv", "45214200-2");
    works = with(works, "additional_cpv", "");
    works = with(works, "notice_url", "https://ted.europa.eu/en/notice/-/detail/123-2026");
    let res = post(&s, &c, "/tenders/new", &works).await;
    let school: i64 = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().parse().unwrap();
    post(&s, &c, &format!("/tenders/{school}/publish"), &[]).await;

    let anon = s.client();
    let count = |html: &str| html.split(" found").next().and_then(|h| h.rsplit('>').next()).unwrap_or("").to_string();
    for (query, expected) in [
        ("/tenders", "2 tenders"),
        ("/tenders?q=renovation", "1 tender"),
        ("/tenders?q=RENOVATION+circular", "1 tender"),
        ("/tenders?q=Espoon", "2 tenders"),
        ("/tenders?q=tarjouspyynt", "2 tenders"),
        ("/tenders?q=TARJOUSPYYNTÖ+renov", "1 tender"),
        ("/tenders?q=Street-lighting+maintenance", "1 tender"),
        ("/tenders?cpv=45", "1 tender"),
        ("/tenders?cpv=34928500-3", "1 tender"),
        ("/tenders?cpv=50232100-1", "1 tender"),
        ("/tenders?nuts=FI1B", "2 tenders"),
        ("/tenders?nuts=FI19", "0 tenders"),
        ("/tenders?country=DK", "0 tenders"),
        ("/tenders?contract=works", "1 tender"),
        ("/tenders?threshold=above", "1 tender"),
        ("/tenders?threshold=below", "1 tender"),
        ("/tenders?procedure=innovation&innovation=prod-innov", "2 tenders"),
        ("/tenders?value_min=1+000+000", "1 tender"),
        ("/tenders?value_max=200000", "1 tender"),
        ("/tenders?status=closed", "0 tenders"),
        ("/tenders?q=100%25_", "0 tenders"),
    ] {
        let html = s.get(&anon, query).await.text().await.unwrap();
        assert_eq!(count(&html), expected, "{query}");
    }
    let by_value = s.get(&anon, "/tenders?sort=value").await.text().await.unwrap();
    let first = by_value.find(&format!("/tenders/{school}\"")).unwrap();
    let second = by_value.find(&format!("/tenders/{lighting}\"")).unwrap();
    assert!(first < second, "sorted by value, highest first");
    // Nonsense is ignored and said so, never an error page.
    let odd = s.get(&anon, "/tenders?country=XX&page=abc&sort=random").await;
    assert_eq!(odd.status(), 200);
    assert!(odd.text().await.unwrap().contains("not understood and are ignored: country, sort, page"));
}

async fn amendments_are_history_and_followers_hear(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    let sup = supplier(&s, "sven@ljus.se").await;
    let res = post(&s, &sup, &format!("/tenders/{id}/follow"), &[("follow".into(), "yes".into())]).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=following"));

    let later = app::i18n::local_input(app::db::now() + 30 * 86_400, "Europe/Helsinki");
    let form = with(tender_form("Smart street lighting", "150 000"), "submission_deadline", &later);
    let res = post(&s, &c, &format!("/tenders/{id}/edit"), &form).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=tender-amended"));
    let html = s.get(&s.client(), &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(html.contains("Change history") && html.contains(&later), "the new deadline is in the history");
    let (subject, body) = s.last_mail("sven@ljus.se").await.expect("the follower is told");
    assert!(subject.contains("has changed") && body.contains(&format!("/tenders/{id}")), "{subject}");

    // Saving without changes adds nothing to the history and tells nobody.
    let mails = s.mail_count("sven@ljus.se").await;
    post(&s, &c, &format!("/tenders/{id}/edit"), &form).await;
    assert_eq!(s.mail_count("sven@ljus.se").await, mails);
}

async fn questions_are_answered_in_public(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    let sup = supplier(&s, "sven@ljus.se").await;
    let question = "Can the lights <b>report</b> faults?";
    let res = post(&s, &sup, &format!("/tenders/{id}/questions"), &[("question".into(), question.into())]).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=question-sent#questions"));
    let (subject, _) = s.last_mail("aino@espoo.fi").await.unwrap();
    assert!(subject.contains("asked a question"), "{subject}");
    // Unanswered questions are not public yet.
    let public = s.get(&s.client(), &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(!public.contains("report"));
    // The buyer's dashboard says what waits: its body's standing, the question, its tenders.
    let dashboard = common::page(&s, &c, "/dashboard").await;
    assert!(dashboard.contains("is a verified public body"), "{dashboard}");
    assert!(
        dashboard.contains(&format!(r##"href="/tenders/{id}#questions">Questions without an answer (1): Smart street lighting"##)),
        "{dashboard}"
    );
    assert!(dashboard.contains("Your tenders") && dashboard.contains(&format!(r#"href="/tenders/{id}""#)));
    let pending = buyer(&s, "waiting@vantaa.fi", false).await;
    let dashboard = common::page(&s, &pending, "/dashboard").await;
    assert!(
        dashboard.contains("is waiting for a moderator to verify it") && dashboard.contains("Nothing is waiting for you."),
        "{dashboard}"
    );

    let qid: i64 = sqlx::query_scalar::<_, i64>("SELECT id FROM tender_questions WHERE tender_id = $1")
        .bind(id)
        .fetch_one(&s.state.db.pool)
        .await
        .unwrap();
    // Only the buyer answers: not the supplier, not another buyer.
    let answer = [("answer".to_string(), "Yes, over NB-IoT.".to_string())];
    assert_eq!(post(&s, &sup, &format!("/tenders/{id}/questions/{qid}/answer"), &answer).await.status(), 403);
    let other = buyer(&s, "other@vantaa.fi", true).await;
    assert_eq!(post(&s, &other, &format!("/tenders/{id}/questions/{qid}/answer"), &answer).await.status(), 403);
    let res = post(&s, &c, &format!("/tenders/{id}/questions/{qid}/answer"), &answer).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=answer-published#questions"));
    let public = s.get(&s.client(), &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(public.contains("Can the lights &lt;b&gt;report&lt;/b&gt; faults?") && public.contains("Yes, over NB-IoT."));
    assert!(!public.contains("Sven") && !public.contains("Ljus"), "the asker stays anonymous");
    let (subject, _) = s.last_mail("sven@ljus.se").await.unwrap();
    assert!(subject.contains("Your question is answered"), "{subject}");
    // Answered once only: a second answer changes nothing (the page shows the first).
    let second = [("answer".to_string(), "No.".to_string())];
    let res = c
        .post(s.url(&format!("/tenders/{id}/questions/{qid}/answer")))
        .header("accept", "application/json")
        .form(&second)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["invalid"]["_form"], "err-already-answered");
    let public = s.get(&s.client(), &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(public.contains("Yes, over NB-IoT.") && !public.contains("<p class=\"prewrap\">No.</p>"));
    // A buyer cannot ask.
    assert_eq!(post(&s, &c, &format!("/tenders/{id}/questions"), &[("question".into(), "Hm?".into())]).await.status(), 403);
}

fn validator(schema_file: &str) -> jsonschema::Validator {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../app/data/ocds");
    let read = |f: &str| -> serde_json::Value { serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{f}")).unwrap()).unwrap() };
    let release = read("release-schema.json");
    // The record package may carry a versioned release, whose schema OCDS publishes apart; the
    // platform emits none, so an open schema stands in for it.
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .with_resource(
            "https://standard.open-contracting.org/schema/1__1__5/release-schema.json",
            jsonschema::Resource::from_contents(release).unwrap(),
        )
        .with_resource(
            "https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json",
            jsonschema::Resource::from_contents(serde_json::json!({})).unwrap(),
        )
        .build(&read(schema_file))
        .unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &serde_json::Value) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{doc:#}");
}

async fn open_data_is_valid_ocds(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    let later = app::i18n::local_input(app::db::now() + 30 * 86_400, "Europe/Helsinki");
    post(&s, &c, &format!("/tenders/{id}/edit"), &with(tender_form("Smart street lighting", "150 000"), "submission_deadline", &later))
        .await;
    post(&s, &c, &format!("/tenders/{id}/close"), &[]).await;
    let award = [("winner".to_string(), "Ljus AB".to_string()), ("awarded_value".to_string(), "140 000".to_string())];
    let res = post(&s, &c, &format!("/tenders/{id}/award"), &award).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=tender-awarded"));

    let anon = s.client();
    let get = |path: String| {
        let anon = anon.clone();
        let url = s.url(&path);
        async move { anon.get(url).send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    let release_package = validator("release-package-schema.json");
    let record_package = validator("record-package-schema.json");

    let one = get(format!("/api/ocds/tenders/{id}/release")).await;
    assert_valid(&release_package, &one);
    assert_eq!(one["releases"][0]["tag"][0], "award");
    assert_eq!(one["releases"][0]["awards"][0]["suppliers"][0]["name"], "Ljus AB");

    let record = get(format!("/api/ocds/tenders/{id}/record")).await;
    assert_valid(&record_package, &record);
    let tags: Vec<String> =
        record["records"][0]["releases"].as_array().unwrap().iter().map(|r| r["tag"][0].as_str().unwrap().to_string()).collect();
    assert_eq!(tags, ["tender", "tenderAmendment", "tenderUpdate", "award"]);
    assert_eq!(record["records"][0]["ocid"], format!("ocds-ppihub-{id}"));
    assert_eq!(record["records"][0]["compiledRelease"]["tender"]["items"][0]["classification"]["id"], "34928500");

    let all = get("/api/ocds/releases".into()).await;
    assert_valid(&release_package, &all);
    assert_eq!(all["releases"].as_array().unwrap().len(), 4);
    let page = get("/api/ocds/releases?since=2020-01-01&until=2099-01-01".into()).await;
    assert_valid(&release_package, &page);
    let bad = anon.get(s.url("/api/ocds/releases?since=yesterday")).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    // A draft has no open data.
    let res = post(&s, &c, "/tenders/new", &tender_form("Draft", "100")).await;
    let draft = location(&res).split('?').next().unwrap().to_string();
    assert_eq!(anon.get(s.url(&format!("/api/ocds{draft}/record"))).send().await.unwrap().status(), 404);
}

async fn calendar_feed_and_code_pickers(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting, phase 2", "150 000").await;
    let anon = s.client();
    let ics = s.get(&anon, &format!("/tenders/{id}/calendar.ics")).await;
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    let body = ics.text().await.unwrap();
    assert!(body.starts_with("BEGIN:VCALENDAR\r\n") && body.contains("SUMMARY:Deadline: Smart street lighting\\, phase 2\r\n"), "{body}");

    let feed = s.get(&anon, "/tenders/feed?q=lighting").await;
    assert!(feed.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let xml = feed.text().await.unwrap();
    assert!(xml.contains("<title>Smart street lighting, phase 2</title>") && xml.contains(&format!("/tenders/{id}</id>")), "{xml}");
    let empty = s.get(&anon, "/tenders/feed?q=bridges").await.text().await.unwrap();
    assert!(!empty.contains("<entry>"));

    let cpv: serde_json::Value = s.get(&anon, "/api/cpv?q=street%20lighting").await.json().await.unwrap();
    assert!(cpv.as_array().unwrap().iter().any(|c| c["value"] == "34928500-3"), "{cpv}");
    let cpv: serde_json::Value = s.get(&anon, "/api/cpv?q=45000000-7,%203492").await.json().await.unwrap();
    assert!(
        cpv.as_array().unwrap().iter().all(|c| c["value"].as_str().unwrap().starts_with("3492")),
        "the last code typed is searched: {cpv}"
    );
    let nuts: serde_json::Value = s.get(&anon, "/api/nuts?q=uusimaa").await.json().await.unwrap();
    assert!(nuts.as_array().unwrap().iter().any(|r| r["value"] == "FI1B1"), "{nuts}");
    let page = s.get(&anon, "/reference/cpv?q=street+lighting").await.text().await.unwrap();
    assert!(page.contains("34928500-3"));
    let page = s.get(&anon, "/reference/nuts?q=FI1B").await.text().await.unwrap();
    assert!(page.contains("Helsinki-Uusimaa"));
    let _ = Role::Buyer;
}

async fn upload(s: &TestServer, c: &reqwest::Client, id: i64, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str("application/pdf").unwrap();
    let form = reqwest::multipart::Form::new().part("file", part);
    c.post(s.url(&format!("/tenders/{id}/documents"))).multipart(form).send().await.unwrap()
}

async fn documents_are_checked_by_content(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let res = post(&s, &c, "/tenders/new", &tender_form("Smart street lighting", "150 000")).await;
    let id: i64 = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().parse().unwrap();
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    let res = upload(&s, &c, id, "../../Tarjouspyyntö \"v2\".pdf", pdf.clone()).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=document-added#documents"));
    // A draft's documents are the buyer's alone.
    let doc_path = format!("/tenders/{id}/documents/1");
    let anon = s.client();
    assert_eq!(s.get(&anon, &doc_path).await.status(), 404);
    let own = s.get(&c, &doc_path).await;
    assert_eq!(own.status(), 200);
    assert_eq!(own.headers()["content-type"], "application/pdf");
    let disposition = own.headers()["content-disposition"].to_str().unwrap().to_string();
    assert_eq!(disposition, "attachment; filename=\"Tarjouspyynt_ v2.pdf\"; filename*=UTF-8''Tarjouspyynt%C3%B6%20v2.pdf");
    assert_eq!(own.bytes().await.unwrap().to_vec(), pdf);

    // A program named .pdf, HTML, nothing at all, too much: refused at the field, nothing stored.
    let exe = upload(&s, &c, id, "tender.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec()).await;
    assert_eq!(exe.status(), 415);
    assert!(field_error(&exe.text().await.unwrap(), "upload", "file").unwrap().contains("not a PDF"));
    let html = upload(&s, &c, id, "x.pdf", b"<html><script>alert(1)</script></html>".to_vec()).await;
    assert_eq!(html.status(), 415);
    let empty = upload(&s, &c, id, "x.pdf", Vec::new()).await;
    assert_eq!(empty.status(), 422);
    let mut big = pdf.clone();
    big.resize(app::tenders::documents::MAX_BYTES + 1, b' ');
    let big = upload(&s, &c, id, "big.pdf", big).await;
    assert_eq!(big.status(), 413);

    // Nobody else uploads or removes.
    let other = buyer(&s, "other@vantaa.fi", true).await;
    assert_eq!(upload(&s, &other, id, "x.pdf", pdf.clone()).await.status(), 403);
    assert_eq!(post(&s, &other, &format!("/tenders/{id}/documents/1/delete"), &[]).await.status(), 403);
    let sup = supplier(&s, "sven@ljus.se").await;
    assert_eq!(upload(&s, &sup, id, "x.pdf", pdf.clone()).await.status(), 403);

    // Published: anyone downloads; adding and removing shows in the change history.
    post(&s, &c, &format!("/tenders/{id}/publish"), &[]).await;
    assert_eq!(s.get(&anon, &doc_path).await.status(), 200);
    upload(&s, &c, id, "annex.pdf", pdf.clone()).await;
    let res = post(&s, &c, &format!("/tenders/{id}/documents/2/delete"), &[]).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=document-removed#documents"));
    let page = s.get(&anon, &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(page.contains("Tarjouspyyntö v2.pdf") && page.contains("Change history") && page.contains("annex.pdf"));
    assert_eq!(s.get(&anon, &format!("/tenders/{id}/documents/2")).await.status(), 404);
}

async fn search_queries_use_indexes(s: TestServer) {
    use app::tenders::search::SearchQuery;
    let c = buyer(&s, "aino@espoo.fi", true).await;
    published(&s, &c, "Smart street lighting", "150 000").await;
    for query in [
        "",
        "q=lighting",
        "q=lighting&country=FI&contract=supplies",
        "q=street+lighting&cpv=34&nuts=FI1B",
        "cpv=45000000-7",
        "nuts=FI1B1&sort=newest",
        "threshold=above&sort=value",
        "deadline_from=2026-12-01&deadline_to=2026-12-31",
        "status=awarded",
        "status=closed&q=lighting",
        "status=all&q=lighting",
    ] {
        let params = serde_urlencoded::from_str(query).unwrap();
        let q = SearchQuery::parse(&params);
        let plan = app::tenders::repo::explain_search(&s.state.db, &q, app::db::now()).await.unwrap();
        let full_scans: Vec<&String> = plan
            .iter()
            .filter(|line| match s.backend {
                "sqlite" => line.starts_with("SCAN t") || line.starts_with("SCAN c"),
                _ => line.contains("Seq Scan on tenders") || line.contains("Seq Scan on tender_cpv"),
            })
            .collect();
        assert!(full_scans.is_empty(), "{query}: a full scan in\n{}", plan.join("\n"));
    }
}

async fn saved_searches_send_digests(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let sup = supplier(&s, "sven@ljus.se").await;
    let form =
        [("name".to_string(), "Lighting in Finland".to_string()), ("query".to_string(), "q=lighting&country=FI&bogus=1".to_string())];
    let res = post(&s, &sup, "/tenders/saved", &form).await;
    assert_eq!(location(&res), "/tenders/saved?notice=search-saved");
    let page = s.get(&sup, "/tenders/saved").await.text().await.unwrap();
    assert!(page.contains("Lighting in Finland") && page.contains("/tenders?q=lighting&amp;country=FI"), "{page}");
    // A name is needed; anonymous users cannot save.
    let res = post(&s, &sup, "/tenders/saved", &[("name".into(), " ".into()), ("query".into(), "q=x".into())]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(post(&s, &s.client(), "/tenders/saved", &form).await.status(), 403);

    published(&s, &c, "Smart street lighting", "150 000").await;
    let catering =
        with(with(tender_form("School catering", "150 000"), "description", "Warm meals for schools."), "main_cpv", "55524000-9");
    let res = post(&s, &c, "/tenders/new", &with(catering, "additional_cpv", "")).await;
    let path = location(&res).split('?').next().unwrap().to_string();
    post(&s, &c, &format!("{path}/publish"), &[]).await;
    // Digests take tenders published up to the last whole second.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let sent = app::tenders::saved::send_digests(&s.state).await.unwrap();
    assert_eq!(sent, 1);
    let (subject, body) = s.last_mail("sven@ljus.se").await.unwrap();
    assert_eq!(subject, "1 new tender for \"Lighting in Finland\"");
    assert!(body.contains("Smart street lighting") && !body.contains("School catering"), "{body}");
    // Nothing new: nothing sent.
    assert_eq!(app::tenders::saved::send_digests(&s.state).await.unwrap(), 0);

    let id: i64 = sqlx::query_scalar::<_, i64>("SELECT id FROM saved_searches").fetch_one(&s.state.db.pool).await.unwrap();
    let other = buyer(&s, "other@vantaa.fi", true).await;
    assert_eq!(post(&s, &other, &format!("/tenders/saved/{id}/delete"), &[]).await.status(), 404);
    let res = post(&s, &sup, &format!("/tenders/saved/{id}/delete"), &[]).await;
    assert_eq!(location(&res), "/tenders/saved?notice=search-deleted");
}

async fn json_api_follows_its_openapi_description(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    let anon = s.client();
    let doc: serde_json::Value = s.get(&anon, "/api/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/tenders",
        "/api/tenders/{id}",
        "/api/ocds/releases",
        "/api/ocds/tenders/{id}/release",
        "/api/ocds/tenders/{id}/record",
        "/api/cpv",
        "/api/nuts",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} is not described");
    }
    let mut schema = serde_json::json!({ "$ref": "#/components/schemas/SearchResult" });
    schema["components"] = doc["components"].clone();
    let validator = jsonschema::options().with_draft(jsonschema::Draft::Draft202012).build(&schema).unwrap();

    let res = s.get(&anon, "/api/tenders?q=lighting&country=FI").await;
    assert_eq!(res.headers()["content-type"], "application/json");
    let found: serde_json::Value = res.json().await.unwrap();
    assert_valid(&validator, &found);
    assert_eq!(found["total"], 1);
    assert_eq!(found["results"][0]["title"], "Smart street lighting");
    assert_eq!(found["results"][0]["status"], "published");
    let none: serde_json::Value = s.get(&anon, "/api/tenders?q=bridges").await.json().await.unwrap();
    assert_valid(&validator, &none);
    assert_eq!(none["total"], 0);
    let bad = s.get(&anon, "/api/tenders?country=XX").await;
    assert_eq!(bad.status(), 400);
    assert_eq!(bad.json::<serde_json::Value>().await.unwrap()["parameters"][0], "country");

    let one: serde_json::Value = s.get(&anon, &format!("/api/tenders/{id}")).await.json().await.unwrap();
    assert_eq!(one["main_cpv"], "34928500-3");
    let res = post(&s, &c, "/tenders/new", &tender_form("Draft", "100")).await;
    let draft = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().to_string();
    assert_eq!(s.get(&anon, &format!("/api/tenders/{draft}")).await.status(), 404);
}

/// A multi-byte character where a code or a date belongs is bad input, answered as such.
async fn any_unicode_is_input_not_a_crash(s: TestServer) {
    let anon = s.client();
    for path in [
        "/tenders?nuts=€1",
        "/tenders?nuts=€12&cpv=€&deadline_from=2026-€1-01",
        "/tenders/feed?nuts=€1",
        "/suppliers?region=€1",
        "/suppliers?region=ÄÖ1&cpv=4€",
        "/api/nuts?q=€1",
        "/api/nuts?q=F€",
        "/api/cpv?q=€€",
        "/reference/nuts?q=€1",
        "/reference/cpv?q=€",
        "/partners?country=€",
    ] {
        let res = anon.get(s.url(path)).send().await.unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(res.status(), 200, "{path}");
    }
    // The JSON API names the parameter it cannot take.
    let res = anon.get(s.url("/api/tenders?nuts=€1")).send().await.unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("nuts"));
    let signup = [
        ("name", "Aino"),
        ("email", "aino@espoo.fi"),
        ("password", PASSWORD),
        ("organisation", "Espoo"),
        ("country", "FI"),
        ("body_type", "regional-local"),
        ("nuts", "€12"),
    ];
    let res = s.post_form(&anon, "/signup/buyer", &signup).await;
    assert_eq!(res.status(), 422);
    assert!(field_error(&res.text().await.unwrap(), "signup", "nuts").is_some());

    let c = buyer(&s, "aino@espoo.fi", true).await;
    let form = with(with(tender_form("Lighting", "100 000"), "nuts", "€1"), "submission_deadline", "2026-12-€1T10:00");
    let res = post(&s, &c, "/tenders/new", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(field_error(&html, "tender", "nuts").is_some() && field_error(&html, "tender", "submission_deadline").is_some());
    let res = post(&s, &c, "/tenders/new", &with(tender_form("Lighting", "100 000"), "questions_deadline", "ääääääääääääääää")).await;
    assert_eq!(res.status(), 422);

    // A long description in a non-Latin script is within the rule, and so within the body limit.
    let long = "語".repeat(20_000);
    let res = post(&s, &c, "/tenders/new", &with(tender_form("長い説明", "100 000"), "description", &long)).await;
    assert_eq!(res.status(), 303, "20,000 characters of CJK are accepted");
    let res = post(&s, &c, "/tenders/new", &with(tender_form("長い説明", "100 000"), "description", &format!("{long}語"))).await;
    assert_eq!(res.status(), 422, "one character more is named at the field");
    let html = res.text().await.unwrap();
    assert!(field_error(&html, "tender", "description").is_some());
    assert!(html.contains(&long), "what was typed is kept");
}

const BREAKOUT: &str = "</textarea><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><textarea>";

fn assert_no_breakout(html: &str, what: &str) {
    assert!(!html.contains("<meta http-equiv=\"refresh\""), "{what}: live markup from a text area");
    assert!(html.contains("&lt;/textarea&gt;&lt;meta http-equiv"), "{what}: the text is shown as typed");
}

/// Text typed into a text area stays text: in the echo of a refused form and on the edit page.
async fn text_areas_never_break_out(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let bad = with(with(tender_form("Lighting", "100 000"), "description", BREAKOUT), "title", "");
    let res = post(&s, &c, "/tenders/new", &with(bad, "lots", BREAKOUT)).await;
    assert_eq!(res.status(), 422);
    assert_no_breakout(&res.text().await.unwrap(), "422 echo");
    let res =
        post(&s, &c, "/tenders/new", &with(with(tender_form("Lighting", "100 000"), "description", BREAKOUT), "lots", BREAKOUT)).await;
    let id = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().to_string();
    let html = s.get(&c, &format!("/tenders/{id}/edit")).await.text().await.unwrap();
    assert_no_breakout(&html, "edit page");
    let page = s.get(&c, &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(!page.contains("<meta http-equiv=\"refresh\""), "tender page");
}

/// An unverified buyer's draft never becomes public: it cannot be cancelled (which would
/// publish it as cancelled), only deleted, with its documents.
async fn a_draft_is_deleted_never_cancelled_into_public(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", false).await;
    let res = post(&s, &c, "/tenders/new", &tender_form("Helsingin kaupunki: valaistus", "100 000")).await;
    let id: i64 = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().parse().unwrap();
    let res = post(&s, &c, &format!("/tenders/{id}/cancel"), &[("reason".into(), "Changed our mind".into())]).await;
    assert_eq!(res.status(), 422);
    let anon = s.client();
    assert_eq!(s.get(&anon, &format!("/tenders/{id}")).await.status(), 404);
    assert_eq!(s.get(&anon, &format!("/api/tenders/{id}")).await.status(), 404);
    let listed = s.get(&anon, "/api/tenders?status=cancelled").await.json::<serde_json::Value>().await.unwrap();
    assert_eq!(listed["total"], 0);
    // Someone else may not delete it; its buyer may.
    let other = buyer(&s, "mette@kk.dk", true).await;
    assert_eq!(post(&s, &other, &format!("/tenders/{id}/delete"), &[]).await.status(), 403);
    let page = s.get(&c, &format!("/tenders/{id}")).await.text().await.unwrap();
    assert!(page.contains("Delete this draft") && !page.contains("Cancel the tender"));
    let res = post(&s, &c, &format!("/tenders/{id}/delete"), &[]).await;
    assert_eq!(location(&res), "/tenders/mine?notice=tender-draft-deleted");
    assert_eq!(common::count(&s, &format!("SELECT COUNT(*) FROM tenders WHERE id = {id}")).await, 0);
    assert_eq!(s.get(&c, &format!("/tenders/{id}")).await.status(), 404);
    // A published tender is cancelled, not deleted.
    let c = buyer(&s, "liisa@vantaa.fi", true).await;
    let id = published(&s, &c, "Published lighting", "100 000").await;
    assert_eq!(post(&s, &c, &format!("/tenders/{id}/delete"), &[]).await.status(), 422);
    let res = post(&s, &c, &format!("/tenders/{id}/cancel"), &[("reason".into(), "Budget withdrawn".into())]).await;
    assert_eq!(location(&res), format!("/tenders/{id}?notice=tender-cancelled"));
}

/// Questions to and follows of a tender that does not exist (or is a draft) are 404, not 500.
async fn missing_tenders_are_not_found(s: TestServer) {
    let b = buyer(&s, "aino@espoo.fi", true).await;
    let res = post(&s, &b, "/tenders/new", &tender_form("Draft", "100 000")).await;
    let draft = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().to_string();
    let c = supplier(&s, "sven@ljus.se").await;
    for id in ["999999", draft.as_str()] {
        let res = post(&s, &c, &format!("/tenders/{id}/questions"), &[("question".into(), "Is it real?".into())]).await;
        assert_eq!(res.status(), 404, "question to {id}");
        let res = post(&s, &c, &format!("/tenders/{id}/follow"), &[("follow".into(), "yes".into())]).await;
        assert_eq!(res.status(), 404, "follow {id}");
    }
}

/// Two amendments at the same moment each get their own OCDS release.
async fn simultaneous_changes_get_their_own_releases(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    let edits = (0..4).map(|i| {
        let (c, url) = (c.clone(), s.url(&format!("/tenders/{id}/edit")));
        let form = tender_form(&format!("Smart street lighting, version {i}"), "150 000");
        async move { c.post(url).form(&form).send().await.unwrap().status().as_u16() }
    });
    let statuses = futures_join_all(edits).await;
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    let record = s.get(&s.client(), &format!("/api/ocds/tenders/{id}/record")).await.json::<serde_json::Value>().await.unwrap();
    let ids: std::collections::BTreeSet<String> =
        record["records"][0]["releases"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 5, "one release for publishing and one per amendment, all distinct: {ids:?}");
}

async fn futures_join_all<F: std::future::Future<Output = u16> + Send + 'static>(futures: impl Iterator<Item = F>) -> Vec<u16> {
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

/// Every release the generator (and so the demo data) writes is valid OCDS 1.1, every page of
/// the release packages too, and an empty range is a 404 rather than an invalid package.
async fn all_generated_open_data_is_valid(s: TestServer) {
    let made = ppi_hub::generate::generate(&s.state.db, 120, 7, "ocds-ppihub", &s.base).await.unwrap();
    assert_eq!(made, 120);
    let release_package = validator("release-package-schema.json");
    let anon = s.client();
    let mut url = Some(s.url("/api/ocds/releases"));
    let mut seen = 0;
    while let Some(next) = url {
        let page = anon.get(&next).send().await.unwrap().json::<serde_json::Value>().await.unwrap();
        assert_valid(&release_package, &page);
        seen += page["releases"].as_array().unwrap().len();
        url = page["links"]["next"].as_str().map(String::from);
    }
    assert_eq!(seen, 120);
    let none = anon.get(s.url("/api/ocds/releases?since=2099-01-01")).send().await.unwrap();
    assert_eq!(none.status(), 404);
}

/// Makes a stored file look as old as `hours`.
fn age(s: &TestServer, key: &str, hours: u64) {
    let path = std::path::Path::new(&s.state.config.file_storage).join(key);
    let then = std::time::SystemTime::now() - std::time::Duration::from_secs(hours * 3600);
    std::fs::File::options().write(true).open(&path).unwrap_or_else(|e| panic!("{path:?}: {e}")).set_modified(then).unwrap();
}

/// A draft's documents go with the draft; files no row points to (left by an erased
/// organisation, say) are swept by the daily job once they are an hour old, and nothing else is.
async fn files_without_a_row_are_swept(s: TestServer) {
    let c = buyer(&s, "aino@espoo.fi", true).await;
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    let id = published(&s, &c, "Smart street lighting", "150 000").await;
    upload(&s, &c, id, "kept.pdf", pdf.clone()).await;
    let res = post(&s, &c, "/tenders/new", &tender_form("Draft", "100 000")).await;
    let draft: i64 = location(&res).trim_start_matches("/tenders/").split('?').next().unwrap().parse().unwrap();
    upload(&s, &c, draft, "draft.pdf", pdf.clone()).await;
    let keys = |sql: &'static str| {
        let db = s.state.db.clone();
        async move { sqlx::query_scalar::<_, String>(sql).fetch_all(&db.pool).await.unwrap() }
    };
    let all = keys("SELECT object_key FROM tender_documents ORDER BY id").await;
    assert_eq!(all.len(), 2);
    post(&s, &c, &format!("/tenders/{draft}/delete"), &[]).await;
    let stored = |key: &str| std::path::Path::new(&s.state.config.file_storage).join(key).exists();
    assert!(stored(&all[0]) && !stored(&all[1]), "the draft's document is gone with it");

    app::uploads::put(&s.state, "documents/orphan-old", bytes::Bytes::from_static(b"x")).await.unwrap();
    app::uploads::put(&s.state, "documents/orphan-new", bytes::Bytes::from_static(b"x")).await.unwrap();
    age(&s, "documents/orphan-old", 2);
    age(&s, &all[0], 2);
    let job = app::capabilities::job("sweep-documents").unwrap();
    assert_eq!((job.run)(s.state.clone()).await.unwrap(), 1);
    assert!(!stored("documents/orphan-old") && stored("documents/orphan-new") && stored(&all[0]));
    assert_eq!(s.get(&s.client(), &format!("/tenders/{id}/documents/1")).await.status(), 200);
}

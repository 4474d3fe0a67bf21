//! Courses through HTTP on SQLite and PostgreSQL: the real content loads and the catalogue
//! filters it; a visitor's progress (linear mode, the place in a lesson, Continue) moves to the
//! account at sign-in; quizzes are checked on the server with feedback and never reveal the right
//! answer before it is given, with replays, unknown questions, attempts and cool-down refused;
//! completing a course issues a certificate whose Open Badges credential verifies with an
//! independent implementation (and fails when changed), which its holder can withdraw and a
//! moderator revoke.

use crate::common;

mod credential_check;

use app::identity::Role;
use common::{count, field_error, location, page, TestServer};
use std::path::PathBuf;

const PASSWORD: &str = "lingonberry harbour 42";
const COURSE: &str = "/courses/test-course";

on_both_databases!(
    the_content_loads_and_the_catalogue_filters,
    progress_follows_the_visitor_into_the_account,
    quizzes_are_checked_on_the_server,
    completion_gives_a_certificate_that_verifies,
);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

async fn with_fixture(s: &TestServer) {
    app::knowledge::loader::load(&s.state.db, &root().join("../content/knowledge")).await.unwrap();
    let r = app::courses::loader::load(&s.state.db, &root().join("tests/http/courses/fixture")).await.unwrap();
    assert_eq!(r.added, 1);
}

async fn the_content_loads_and_the_catalogue_filters(s: TestServer) {
    let content = root().join("../content/courses");
    let r = app::courses::loader::load(&s.state.db, &content).await.unwrap();
    assert_eq!((r.added, r.updated, r.unchanged), (3, 0, 0));
    let again = app::courses::loader::load(&s.state.db, &content).await.unwrap();
    assert_eq!((again.added, again.unchanged), (0, 3), "loading again changes nothing");
    let c = s.client();
    let cards = |html: &str| html.matches(r#"class="card course-card""#).count();
    assert_eq!(cards(&page(&s, &c, "/courses").await), 3);
    assert_eq!(cards(&page(&s, &c, "/courses?lang=fi").await), 1, "one course is in Finnish");
    assert_eq!(cards(&page(&s, &c, "/courses?level=advanced").await), 1);
    assert_eq!(cards(&page(&s, &c, "/courses?audience=supplier").await), 1);
    assert_eq!(cards(&page(&s, &c, "/courses?level=%E2%82%AC%27%22&topic=x").await), 3, "an unknown filter value filters nothing");
    assert_eq!(s.get(&c, "/courses/no-such-course").await.status(), 404);
    assert_eq!(s.get(&c, "/courses/market-consultation-in-practice/no-such-lesson").await.status(), 404);
    // A Finnish reader gets the Finnish text of the translated course.
    let fi = c
        .get(s.url("/courses/market-consultation-in-practice"))
        .header("Accept-Language", "fi")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(fi.contains(r#"lang="fi""#), "the course speaks Finnish to a Finnish reader");
    // No right answer and no feedback is in a lesson page before the learner answers.
    let stored = app::courses::repo::by_slug(&s.state.db, "innovation-procurement-fundamentals").await.unwrap().unwrap();
    let lesson = &stored.course.lessons[0];
    let html = page(&s, &c, &format!("/courses/innovation-procurement-fundamentals/{}", lesson.id)).await;
    for option in &lesson.texts[0].questions[0].options {
        assert!(html.contains(&option.text.replace('\'', "&#x27;")) || html.contains(&option.text), "options are shown");
        assert!(!html.contains(&option.feedback), "feedback only after an answer");
    }
    assert!(!html.contains("correct"), "nothing tells which option is right");
}

async fn progress_follows_the_visitor_into_the_account(s: TestServer) {
    with_fixture(&s).await;
    let visitor = s.client();
    let html = page(&s, &visitor, COURSE).await;
    assert!(html.contains(r#"href="/courses/test-course/reading""#), "Start opens the first lesson");
    // Linear: the second lesson opens only after the first.
    let locked = page(&s, &visitor, &format!("{COURSE}/quiz")).await;
    assert!(locked.contains("opens when you have done the lessons before it"));
    let res = s.post_form(&visitor, &format!("{COURSE}/quiz/done"), &[]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress").await, 0, "a refused step records nothing");
    // Reading the first lesson to its end opens the next.
    let res = s.post_form(&visitor, &format!("{COURSE}/reading/done"), &[]).await;
    assert_eq!(location(&res), format!("{COURSE}/quiz"));
    let html = page(&s, &visitor, COURSE).await;
    assert!(html.contains("1 of 3 lessons done"), "progress");
    // The place in a lesson, as the player reports it; an unknown section is refused.
    assert_eq!(s.post_form(&visitor, &format!("{COURSE}/reading/place"), &[("section", "part-b")]).await.status(), 204);
    assert_eq!(s.post_form(&visitor, &format!("{COURSE}/reading/place"), &[("section", "nowhere")]).await.status(), 422);
    assert_eq!(s.post_form(&visitor, &format!("{COURSE}/nowhere/place"), &[("section", "part-b")]).await.status(), 404);
    // Continue: the lesson last worked on is done, so the next one.
    let html = page(&s, &visitor, COURSE).await;
    assert!(html.contains(r#"href="/courses/test-course/quiz""#), "Continue goes to the next lesson");
    // Someone else sees none of it.
    assert!(page(&s, &s.client(), COURSE).await.contains("0 of 3 lessons done"));
    // The visitor signs up and in: their progress is the account's, on any device.
    s.verified_buyer("learner@espoo.fi", PASSWORD).await;
    let res = s.post_form(&visitor, "/signin", &[("email", "learner@espoo.fi"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress WHERE learner LIKE 'v%'").await, 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress WHERE learner LIKE 'u%' AND done_at IS NOT NULL").await, 1);
    let phone = s.sign_in("learner@espoo.fi", PASSWORD).await;
    let html = page(&s, &phone, COURSE).await;
    assert!(html.contains("1 of 3 lessons done"), "the other device sees the same progress");
    // Opening a lesson makes it the place to continue from, at the section reached.
    page(&s, &phone, &format!("{COURSE}/quiz")).await;
    assert_eq!(s.post_form(&phone, &format!("{COURSE}/quiz/place"), &[("section", "question")]).await.status(), 204);
    let html = page(&s, &visitor, COURSE).await;
    assert!(html.contains(r#"href="/courses/test-course/quiz#question""#), "Continue opens the exact section");
    let catalogue = page(&s, &visitor, "/courses").await;
    assert!(catalogue.contains("Your learning"), "the catalogue lists the course to continue");
}

async fn answer(s: &TestServer, c: &reqwest::Client, question: &str, options: &[&str], attempt: &str) -> reqwest::Response {
    let mut form = vec![("question", question), ("attempt", attempt)];
    form.extend(options.iter().map(|o| ("option", *o)));
    s.post_form(c, &format!("{COURSE}/quiz/quiz"), &form).await
}

async fn quizzes_are_checked_on_the_server(s: TestServer) {
    with_fixture(&s).await;
    let c = s.client();
    s.post_form(&c, &format!("{COURSE}/reading/done"), &[]).await;
    // Bad answers: a message at the field, nothing recorded.
    let res = answer(&s, &c, "one", &[], "0").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(field_error(&html, "quiz-one", "option").as_deref(), Some("Choose an answer."));
    assert_eq!(answer(&s, &c, "one", &["z"], "0").await.status(), 422);
    assert_eq!(answer(&s, &c, "one", &["a", "b"], "0").await.status(), 422, "one option only");
    assert_eq!(answer(&s, &c, "nine", &["a"], "0").await.status(), 404, "a question not in the quiz");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM quiz_answers").await, 0);
    // A wrong answer: its feedback and the knowledge item that teaches it, not the right option.
    let res = answer(&s, &c, "one", &["b"], "0").await;
    assert_eq!(res.status(), 303);
    let html = page(&s, &c, &format!("{COURSE}/quiz")).await;
    assert!(html.contains("Not right.") && html.contains("FEEDBACK-ONE-B"));
    assert!(html.contains(r#"href="/knowledge/materials/ec-guidance-2021#basics""#), "the feedback links the knowledge item");
    assert!(!html.contains("FEEDBACK-ONE-A"), "the right option is not revealed");
    // Replayed: nothing recorded twice.
    assert_eq!(answer(&s, &c, "one", &["a"], "1").await.status(), 422);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM quiz_answers").await, 1);
    // The last answer closes the attempt: 1 of 2 is under the pass mark.
    assert_eq!(answer(&s, &c, "two", &["a", "b"], "1").await.status(), 303);
    let html = page(&s, &c, &format!("{COURSE}/quiz")).await;
    assert!(html.contains("You answered 1 of 2 questions right (50 %)"), "{}", html.contains("quiz-result"));
    // An answer to the attempt that is over, and a retry inside the cool-down, are refused.
    assert_eq!(answer(&s, &c, "two", &["a", "b"], "1").await.status(), 422);
    let res = s.post_form(&c, &format!("{COURSE}/quiz/quiz/retry"), &[]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("You can try again from"), "the page says when");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM quiz_attempts").await, 1);
    // After the cool-down, attempt 2, answered rightly: passed, and the lesson is done.
    sqlx::query("UPDATE quiz_attempts SET finished_at = finished_at - 600").execute(&s.state.db.pool).await.unwrap();
    assert_eq!(s.post_form(&c, &format!("{COURSE}/quiz/quiz/retry"), &[]).await.status(), 303);
    assert_eq!(answer(&s, &c, "one", &["a"], "1").await.status(), 422, "attempt 1 is over");
    assert_eq!(answer(&s, &c, "one", &["a"], "2").await.status(), 303);
    assert_eq!(answer(&s, &c, "two", &["b", "a"], "2").await.status(), 303);
    let html = page(&s, &c, &format!("{COURSE}/quiz")).await;
    assert!(html.contains("Passed.") && html.contains("FEEDBACK-ONE-A"));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress WHERE lesson = 'quiz' AND done_at IS NOT NULL").await, 1);
    assert_eq!(s.post_form(&c, &format!("{COURSE}/quiz/quiz/retry"), &[]).await.status(), 422, "passed: no more attempts");
    // Another learner who fails twice has no attempt left.
    let other = s.client();
    s.post_form(&other, &format!("{COURSE}/reading/done"), &[]).await;
    for attempt in ["0", "2"] {
        if attempt == "2" {
            sqlx::query("UPDATE quiz_attempts SET finished_at = finished_at - 600").execute(&s.state.db.pool).await.unwrap();
            assert_eq!(s.post_form(&other, &format!("{COURSE}/quiz/quiz/retry"), &[]).await.status(), 303);
        }
        answer(&s, &other, "one", &["b"], attempt).await;
        answer(&s, &other, "two", &["c"], attempt).await;
    }
    sqlx::query("UPDATE quiz_attempts SET finished_at = finished_at - 600").execute(&s.state.db.pool).await.unwrap();
    let res = s.post_form(&other, &format!("{COURSE}/quiz/quiz/retry"), &[]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("You have used every attempt"));
}

/// Completes the fixture course as `c`.
async fn complete(s: &TestServer, c: &reqwest::Client) {
    s.post_form(c, &format!("{COURSE}/reading/done"), &[]).await;
    answer(s, c, "one", &["a"], "0").await;
    answer(s, c, "two", &["a", "b"], "1").await;
    let res = s.post_form(c, &format!("{COURSE}/last/done"), &[]).await;
    assert_eq!(location(&res), format!("{COURSE}?notice=course-complete"));
}

async fn completion_gives_a_certificate_that_verifies(s: TestServer) {
    with_fixture(&s).await;
    // A visitor who completes the course is asked to sign in for the certificate.
    let visitor = s.client();
    complete(&s, &visitor).await;
    assert!(page(&s, &visitor, COURSE).await.contains("Sign in or create an account to receive your certificate"));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_certificates").await, 0);
    s.verified_buyer("certified@espoo.fi", PASSWORD).await;
    s.post_form(&visitor, "/signin", &[("email", "certified@espoo.fi"), ("password", PASSWORD)]).await;
    let html = page(&s, &visitor, COURSE).await;
    let code: String = sqlx::query_scalar("SELECT code FROM course_certificates").fetch_one(&s.state.db.pool).await.unwrap();
    assert!(html.contains(&format!(r#"href="/certificates/{code}""#)), "the course links the certificate");
    // Anyone opens it by its code: every detail, not only "valid".
    let anyone = s.client();
    let cert = page(&s, &anyone, &format!("/certificates/{code}")).await;
    for shown in ["Aino Virtanen", "Testing the course rules", "0.4", "This certificate is valid", "Passed with distinction"] {
        assert!(cert.contains(shown), "{shown}");
    }
    let typed = code.to_lowercase().replace('-', " ");
    let res = s.get(&anyone, &format!("/certificates?code={typed}")).await;
    assert_eq!(location(&res), format!("/certificates/{code}"), "a typed code finds it");
    let res = s.get(&anyone, "/certificates?code=OOOO-0000-IIII").await;
    assert_eq!(res.status(), 404);
    assert!(field_error(&res.text().await.unwrap(), "certificate", "code").is_some(), "a message at the field");
    assert_eq!(s.get(&anyone, "/certificates/ABCD-EFGH-JKMN").await.status(), 404);
    assert_eq!(s.get(&anyone, "/certificates/%E2%82%AC").await.status(), 404);
    // The credential verifies with an independent implementation, and not once changed.
    let did: serde_json::Value = s.get(&anyone, "/.well-known/did.json").await.json().await.unwrap();
    let credential: serde_json::Value = s.get(&anyone, &format!("/certificates/{code}/credential.json")).await.json().await.unwrap();
    assert_eq!(credential["credentialSubject"]["identifier"][0]["identityHash"], "Aino Virtanen");
    assert_eq!(credential_check::verify(&credential, &did), Ok(()));
    let mut changed = credential.clone();
    changed["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else".into();
    assert!(credential_check::verify(&changed, &did).is_err(), "a changed name fails");
    let mut changed = credential.clone();
    changed["proof"]["created"] = "2020-01-01T00:00:00Z".into();
    assert!(credential_check::verify(&changed, &did).is_err(), "a changed proof fails");
    let qr = s.get(&anyone, &format!("/certificates/{code}/qr.svg")).await;
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    // Its PDF to print links back to the public page; the holder's page offers it.
    let pdf = s.get(&anyone, &format!("/certificates/{code}/certificate.pdf")).await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let bytes = pdf.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    assert!(String::from_utf8_lossy(&bytes).contains(&format!("/certificates/{code}")), "it links its page");
    assert!(page(&s, &visitor, &format!("/certificates/{code}"))
        .await
        .contains(&format!(r#"href="/certificates/{code}/certificate.pdf""#)));
    assert_eq!(s.get(&anyone, "/certificates/ABCD-EFGH-JKMN/certificate.pdf").await.status(), 404);
    // Only its holder withdraws it; then it is not found by others, and comes back when restored.
    assert_eq!(s.post_form(&anyone, &format!("/certificates/{code}/withdraw"), &[]).await.status(), 403);
    s.verified_buyer("other@espoo.fi", PASSWORD).await;
    let other = s.sign_in("other@espoo.fi", PASSWORD).await;
    assert_eq!(s.post_form(&other, &format!("/certificates/{code}/withdraw"), &[]).await.status(), 403);
    assert_eq!(s.post_form(&visitor, &format!("/certificates/{code}/withdraw"), &[]).await.status(), 303);
    assert_eq!(s.get(&anyone, &format!("/certificates/{code}")).await.status(), 404);
    assert_eq!(s.get(&anyone, &format!("/certificates/{code}/credential.json")).await.status(), 404);
    assert_eq!(s.get(&anyone, &format!("/certificates/{code}/certificate.pdf")).await.status(), 404, "nor is its PDF");
    assert_eq!(s.get(&visitor, &format!("/certificates/{code}")).await.status(), 200, "its holder still sees it");
    assert_eq!(s.post_form(&visitor, &format!("/certificates/{code}/restore"), &[]).await.status(), 303);
    assert_eq!(s.get(&anyone, &format!("/certificates/{code}")).await.status(), 200);
    // A moderator revokes it, with a reason; the page says so.
    assert_eq!(s.post_form(&other, &format!("/certificates/{code}/revoke"), &[("reason", "x")]).await.status(), 403);
    s.staff("moderator@ppihub.eu", Role::Moderator, PASSWORD).await;
    let moderator = s.sign_in("moderator@ppihub.eu", PASSWORD).await;
    let res = s.post_form(&moderator, &format!("/certificates/{code}/revoke"), &[("reason", "  ")]).await;
    assert_eq!(res.status(), 422);
    let res = s.post_form(&moderator, &format!("/certificates/{code}/revoke"), &[("reason", "Issued by mistake")]).await;
    assert_eq!(res.status(), 303);
    let cert = page(&s, &anyone, &format!("/certificates/{code}")).await;
    assert!(cert.contains("This certificate was revoked") && cert.contains("Issued by mistake"));
    // One certificate per person and course, however often the course page is opened.
    page(&s, &visitor, COURSE).await;
    assert_eq!(count(&s, "SELECT COUNT(*) FROM course_certificates").await, 1);
}

mod learning {
    //! Teams and privacy, learning records (xAPI), the data export and account deletion, the
    //! idle reminder, and the readiness self-assessment.
    use super::*;

    on_both_databases!(
        colleagues_see_each_others_progress_unless_hidden,
        learning_records_export_and_deletion,
        an_idle_learner_is_reminded_once,
        readiness_scores_advises_and_compares_only_with_five_bodies,
    );

    /// A verified buyer of the body named `body` (each its own public body), signed in.
    async fn buyer_of(s: &TestServer, email: &str, body: &str, name: &str) -> reqwest::Client {
        let mut form = common::buyer_form(email, PASSWORD);
        for f in form.iter_mut() {
            if f.0 == "organisation" {
                f.1 = body;
            }
            if f.0 == "name" {
                f.1 = name;
            }
        }
        let c = s.client();
        assert_eq!(s.post_form(&c, "/signup/buyer", &form).await.status(), 303);
        let link = s.link_in_last_mail(email).await;
        s.get(&c, &link).await;
        s.sign_in(email, PASSWORD).await
    }

    async fn colleagues_see_each_others_progress_unless_hidden(s: TestServer) {
        with_fixture(&s).await;
        let anna = buyer_of(&s, "anna@espoo.fi", "Espoon kaupunki", "Anna Aalto").await;
        complete(&s, &anna).await;
        // A colleague joins the body by Anna's invitation (once a moderator has verified it), as a
        // buyer sharing its verification.
        let login = app::accounts::repo::find_login(&s.state.db, "anna@espoo.fi").await.unwrap().unwrap();
        app::accounts::repo::verify_organisation_of(&s.state.db, login.id).await.unwrap();
        let res = s.post_form(&anna, "/bodies/team/invite", &[("email", "Bert@Espoo.fi")]).await;
        assert_eq!(location(&res), "/bodies/team?notice=invitation-sent");
        let link = s.link_in_last_mail("bert@espoo.fi").await;
        let bert = s.client();
        let res = s
            .post_form(&bert, "/join", &[("token", link.trim_start_matches("/join?token=")), ("name", "Bert Berg"), ("password", PASSWORD)])
            .await;
        assert_eq!(location(&res), "/bodies/team?notice=joined");
        assert_eq!(common::org_of(&s, "bert@espoo.fi").await, common::org_of(&s, "anna@espoo.fi").await);
        let people = page(&s, &bert, "/bodies/team").await;
        assert!(people.contains("Anna Aalto") && people.contains("Bert Berg"), "{people}");
        assert!(!people.contains("action=\"/bodies/team/invite\""), "only the owner invites");
        assert_eq!(s.get(&bert, "/partners/new").await.status(), 200, "a buyer of the verified body");
        assert_eq!(s.post_form(&bert, "/bodies/team/invite", &[("email", "x@espoo.fi")]).await.status(), 403);
        let res = s.post_form(&anna, "/bodies/team/invite", &[("email", "bert@espoo.fi")]).await;
        assert_eq!(res.status(), 422, "already a member");
        // A body a moderator has not verified cannot grow a team in its name.
        let mut form = common::buyer_form("pending@espoo.fi", PASSWORD);
        for f in form.iter_mut() {
            if f.0 == "organisation" {
                f.1 = "Odottava virasto";
            }
        }
        s.post_form(&s.client(), "/signup/buyer", &form).await;
        let pending = s.client();
        s.get(&pending, &s.link_in_last_mail("pending@espoo.fi").await).await;
        let pending = s.sign_in("pending@espoo.fi", PASSWORD).await;
        assert_eq!(s.post_form(&pending, "/bodies/team/invite", &[("email", "y@espoo.fi")]).await.status(), 403);
        assert!(page(&s, &pending, "/bodies/team").await.contains("once a moderator has verified your public body"));
        assert_eq!(s.get(&pending, "/partners/new").await.status(), 403, "which Bert's 200 above is not");
        s.post_form(&bert, &format!("{COURSE}/reading/done"), &[]).await;
        let team = page(&s, &bert, "/courses/team").await;
        assert!(team.contains("Anna Aalto") && team.contains("Bert Berg"));
        assert!(team.contains("2 started, 1 completed"), "who started and who completed");
        assert!(team.contains("Where people stop"), "and where people stop");
        let csv = s.get(&bert, "/courses/team.csv").await.text().await.unwrap();
        assert!(csv.starts_with("course,person,lessons_done,lessons_required,last_activity,completed"));
        assert!(csv.contains("Testing the course rules,Anna Aalto,3,3,"));
        // Someone of another body sees none of it.
        let other = buyer_of(&s, "carl@vantaa.fi", "Vantaan kaupunki", "Carl Carlsson").await;
        assert!(!page(&s, &other, "/courses/team").await.contains("Anna Aalto"));
        assert_eq!(s.get(&s.client(), "/courses/team.csv").await.status(), 303, "a visitor is sent to sign in");
        // Anna hides her progress: her colleague no longer sees it; she still sees her own.
        assert_eq!(s.post_form(&anna, "/courses/settings", &[("hide", "on"), ("reminders", "on")]).await.status(), 303);
        assert!(!page(&s, &bert, "/courses/team").await.contains("Anna Aalto"));
        assert!(!s.get(&bert, "/courses/team.csv").await.text().await.unwrap().contains("Anna Aalto"));
        assert!(page(&s, &anna, "/courses/team").await.contains("Anna Aalto"));
    }

    async fn learning_records_export_and_deletion(s: TestServer) {
        with_fixture(&s).await;
        let c = buyer_of(&s, "records@espoo.fi", "Espoon kaupunki", "Rita Records").await;
        s.post_form(&c, &format!("{COURSE}/reading/done"), &[]).await;
        answer(&s, &c, "one", &["b"], "0").await;
        answer(&s, &c, "two", &["a", "b"], "1").await;
        let res = s.get(&c, "/courses/records.jsonl").await;
        assert_eq!(res.headers()["content-type"], "application/x-ndjson; charset=utf-8");
        let lines: Vec<serde_json::Value> = res.text().await.unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let verbs: Vec<&str> =
            lines.iter().map(|l| l["verb"]["id"].as_str().unwrap().trim_start_matches("http://adlnet.gov/expapi/verbs/")).collect();
        for v in ["completed", "attempted", "answered", "failed"] {
            assert!(verbs.contains(&v), "{v} in {verbs:?}");
        }
        for l in &lines {
            assert_eq!(l["actor"]["mbox"], "mailto:records@espoo.fi");
            assert!(l["object"]["id"].as_str().unwrap().starts_with(&format!("{}/courses/test-course", s.base)), "{l}");
            assert_eq!(l["id"].as_str().unwrap().len(), 36);
            assert!(l["timestamp"].as_str().unwrap().ends_with('Z'));
        }
        let failed = lines.iter().find(|l| l["verb"]["display"]["en-US"] == "failed").unwrap();
        assert_eq!(failed["result"]["score"]["raw"], 1);
        assert_eq!(failed["result"]["success"], false);
        let again: Vec<String> = s.get(&c, "/courses/records.jsonl").await.text().await.unwrap().lines().map(str::to_string).collect();
        assert_eq!(again.len(), lines.len(), "the same statements, the same ids");
        assert_eq!(
            again.iter().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].clone()).collect::<Vec<_>>(),
            lines.iter().map(|l| l["id"].clone()).collect::<Vec<_>>()
        );
        // The data export holds them; deleting the account removes them.
        let export: serde_json::Value = s.get(&c, "/account/export").await.json().await.unwrap();
        assert_eq!(export["courses"]["learning_records"].as_array().unwrap().len(), lines.len());
        let res = s.post_form(&c, "/account/delete", &[("password", PASSWORD), ("confirm", "yes")]).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
        assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress").await, 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM quiz_attempts").await, 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM quiz_answers").await, 0);
    }

    async fn an_idle_learner_is_reminded_once(s: TestServer) {
        with_fixture(&s).await;
        let c = buyer_of(&s, "idle@espoo.fi", "Espoon kaupunki", "Ilse Idle").await;
        s.post_form(&c, &format!("{COURSE}/reading/done"), &[]).await;
        let job = app::capabilities::job("remind-idle-learners").unwrap();
        let mails = s.mail_count("idle@espoo.fi").await;
        assert_eq!((job.run)(s.state.clone()).await.unwrap(), 0, "not idle yet");
        sqlx::query("UPDATE course_progress SET updated_at = updated_at - 8 * 24 * 3600 * 1000").execute(&s.state.db.pool).await.unwrap();
        assert_eq!((job.run)(s.state.clone()).await.unwrap(), 1);
        let (subject, body) = s.last_mail("idle@espoo.fi").await.unwrap();
        assert!(subject.contains("Testing the course rules"), "{subject}");
        assert!(body.contains("/courses/test-course"));
        assert_eq!((job.run)(s.state.clone()).await.unwrap(), 0, "one reminder per idle spell");
        assert_eq!(s.mail_count("idle@espoo.fi").await, mails + 1);
        // A visitor's progress is forgotten once no session can reach it; the account's stays.
        let visitor = s.client();
        s.post_form(&visitor, &format!("{COURSE}/reading/done"), &[]).await;
        let forget = app::capabilities::job("forget-visitor-progress").unwrap();
        assert_eq!((forget.run)(s.state.clone()).await.unwrap(), 0, "a fresh visitor's progress stays");
        sqlx::query("UPDATE course_progress SET updated_at = updated_at - CAST(400 AS BIGINT) * 24 * 3600 * 1000")
            .execute(&s.state.db.pool)
            .await
            .unwrap();
        assert_eq!((forget.run)(s.state.clone()).await.unwrap(), 1);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress WHERE learner LIKE 'v%'").await, 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM course_progress WHERE learner LIKE 'u%'").await, 1);
        // Switched off: none, even after another idle week.
        s.post_form(&c, "/courses/settings", &[]).await;
        s.post_form(&c, &format!("{COURSE}/reading/place"), &[("section", "part-a")]).await;
        sqlx::query("UPDATE course_progress SET updated_at = updated_at - 8 * 24 * 3600 * 1000").execute(&s.state.db.pool).await.unwrap();
        assert_eq!((job.run)(s.state.clone()).await.unwrap(), 0);
    }

    fn all_answers(q: &app::courses::readiness::Questionnaire, step: impl Fn(&str) -> &'static str) -> Vec<(String, String)> {
        q.questions().map(|x| (format!("q-{}", x.id), step(&x.id).to_string())).collect()
    }

    async fn readiness_scores_advises_and_compares_only_with_five_bodies(s: TestServer) {
        app::knowledge::loader::load(&s.state.db, &root().join("../content/knowledge")).await.unwrap();
        app::courses::loader::load(&s.state.db, &root().join("../content/courses")).await.unwrap();
        let q = app::courses::readiness::repo::current(&s.state.db).await.unwrap().unwrap();
        // Only the people of a public body answer.
        assert_eq!(s.post_form(&s.client(), "/courses/readiness", &[]).await.status(), 403);
        assert!(page(&s, &s.client(), "/courses/readiness").await.contains("Sign in with your body"));
        let c = buyer_of(&s, "ready@espoo.fi", "Espoon kaupunki", "Reija Ready").await;
        // An incomplete form: the missing answers marked, what was chosen kept.
        let res = s.post_form(&c, "/courses/readiness", &[("q-strategy-written", "3"), ("q-strategy-owner", "9")]).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(field_error(&html, "readiness", "q-strategy-owner").is_some());
        assert!(field_error(&html, "readiness", "q-outcomes-measured").is_some() || html.contains("Choose one of the five answers"));
        assert!(html.contains(r#"id="q-strategy-written-3" name="q-strategy-written" value="3" checked"#), "the chosen answer is kept");
        let form = all_answers(&q, |id| if id.starts_with("strategy") { "0" } else { "3" });
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let res = s.post_form(&c, "/courses/readiness", &pairs).await;
        assert_eq!(res.status(), 303);
        let at = location(&res);
        let html = page(&s, &c, &at).await;
        assert!(html.contains("<svg") && html.contains("readiness-chart"), "the chart");
        assert!(html.contains("<td>0 %</td>") && html.contains("<td>75 %</td>"), "the scores in the table");
        let advice = html.split("readiness-advice").nth(1).unwrap();
        assert!(advice.contains("Strategy and leadership"), "advice for the weakest area first");
        assert!(advice.contains(r#"href="/courses/"#), "recommends a course");
        assert!(html.contains("Fewer than five other bodies"), "no comparison yet");
        // Another body cannot read it.
        let other = buyer_of(&s, "other@vantaa.fi", "Vantaan kaupunki", "Olli Other").await;
        assert_eq!(s.get(&other, &at).await.status(), 404);
        // Four other Finnish bodies answer: still no comparison; a fifth: the comparison shows.
        let mid = all_answers(&q, |_| "2");
        let mid: Vec<(&str, &str)> = mid.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        for i in 0..5 {
            let peer =
                if i == 0 { other.clone() } else { buyer_of(&s, &format!("peer{i}@kunta.fi"), &format!("Kunta {i}"), "Pekka Peer").await };
            assert_eq!(s.post_form(&peer, "/courses/readiness", &mid).await.status(), 303);
            let html = page(&s, &c, &at).await;
            assert_eq!(html.contains("Fewer than five other bodies"), i < 4, "after {} peers", i + 1);
        }
        assert!(page(&s, &c, &at).await.contains("<td>50 %</td>"), "the peers' mean");
        // History: a second assessment shows the change since the first.
        let form = all_answers(&q, |_| "4");
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let second = location(&s.post_form(&c, "/courses/readiness", &pairs).await);
        let html = page(&s, &c, &second).await;
        assert!(html.contains("<td>+100</td>") && html.contains("<td>+25</td>"), "the change in points");
        assert!(page(&s, &c, "/courses/readiness").await.contains(&format!(r#"href="{at}""#)), "the history lists the earlier one");
    }
}

//! The assistant through HTTP on SQLite and PostgreSQL, over the real knowledge content: a cited
//! answer in the question's language whose citation opens the passage, the threshold rule's
//! verdict, an honest refusal that reaches the moderators' queue, bad questions, conversations
//! that only their owner sees (and that follow a visitor who signs in), rating, deleting, the
//! streamed answer, the hourly limit, and a chat model (a small OpenAI-compatible server started
//! here): its citations checked, its refusal kept, its slowness leaving the extractive answer.

use crate::common;

use app::config::LlmConfig;
use app::identity::Role;
use axum::response::IntoResponse;
use common::{count, field_error, location, page, TestServer};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

const PASSWORD: &str = "lingonberry harbour 42";

on_both_databases!(
    a_danish_question_gets_a_danish_answer_citing_the_passage,
    a_threshold_question_gets_the_rules_verdict,
    an_off_topic_question_is_refused_and_queued_for_moderators,
    bad_questions_get_a_message_and_keep_what_was_typed,
    conversations_are_their_owners_alone,
    the_answer_streams_as_server_sent_events,
);

async fn with_content(s: &TestServer) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content/knowledge");
    app::knowledge::loader::load(&s.state.db, &dir).await.unwrap();
    s.state.knowledge.catch_up(&s.state.db).await.unwrap();
}

/// Asks as a plain form post; the conversation page the answer is on.
async fn ask(s: &TestServer, c: &reqwest::Client, question: &str, conversation: &str) -> String {
    let res = s.post_form(c, "/assistant/ask", &[("question", question), ("conversation", conversation)]).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let to = location(&res);
    assert!(to.starts_with("/assistant/c/") && to.contains("#turn-"), "{to}");
    to.split('#').next().unwrap().to_string()
}

async fn a_danish_question_gets_a_danish_answer_citing_the_passage(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    let at = ask(&s, &c, "Hvordan annoncerer vi en indledende markedsdialog, og hvilke formater kan vi vælge?", "").await;
    let html = page(&s, &c, &at).await;
    assert!(html.contains(r#"<div lang="da" class="answer">"#), "the answer is in Danish");
    assert!(html.contains(r##"<a href="#source-1-1" aria-label="Source 1" class="cite">"##), "sentences cite their sources");
    // The source opens the Danish text of the material at the cited section, which exists there.
    let href = html
        .split(r#"<a href="/knowledge/materials/preliminary-market-consultation?lang=da#"#)
        .nth(1)
        .expect("the material is cited in Danish");
    let section = href.split('"').next().unwrap();
    let material = page(&s, &c, "/knowledge/materials/preliminary-market-consultation?lang=da").await;
    assert!(material.contains(&format!(r#"id="{section}""#)), "section {section} is on the page");
    assert!(html.contains("<mark>"), "the key sentences are marked");
}

async fn a_threshold_question_gets_the_rules_verdict(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    let at = ask(&s, &c, "Is a EUR 250,000 supplies contract of a municipality above the EU threshold?", "").await;
    let html = page(&s, &c, &at).await;
    assert!(html.contains("Above the EU threshold"), "the tender form's own verdict");
    assert!(html.contains("EU threshold rule"), "it says which rule it used");
    let at = ask(&s, &c, "What is the EU threshold for works?", "").await;
    let html = page(&s, &c, &at).await;
    assert!(html.contains("Works:"), "without a value it lists the threshold that applies");
}

async fn an_off_topic_question_is_refused_and_queued_for_moderators(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    let at = ask(&s, &c, "What will the weather be like in Paris tomorrow afternoon?", "").await;
    let html = page(&s, &c, &at).await;
    assert!(html.contains(r#"class="refusal""#), "an honest refusal");
    assert!(html.contains(r#"href="/partners""#), "with the community as a next step");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_turns WHERE queue = 'open'").await, 1);
    // Only moderators read the queue.
    let res = s.get(&c, "/assistant/queue").await;
    assert_eq!(res.status(), 302, "a visitor is sent to sign in");
    s.staff("mod@ppihub.test", Role::Moderator, PASSWORD).await;
    let m = s.sign_in("mod@ppihub.test", PASSWORD).await;
    let queue = page(&s, &m, "/assistant/queue").await;
    assert!(queue.contains("What will the weather be like in Paris"), "the question is in the queue");
    let turn: i64 = sqlx::query_scalar("SELECT id FROM assistant_turns").fetch_one(&s.state.db.pool).await.unwrap();
    let res = s.post_form(&c, &format!("/assistant/queue/{turn}/resolve"), &[]).await;
    assert_eq!(res.status(), 403, "a visitor cannot resolve");
    let res = s.post_form(&m, &format!("/assistant/queue/{turn}/resolve"), &[]).await;
    assert_eq!(res.status(), 303);
    assert!(!page(&s, &m, "/assistant/queue").await.contains("Paris"));
}

async fn bad_questions_get_a_message_and_keep_what_was_typed(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    let res = s.post_form(&c, "/assistant/ask", &[("question", "   ")]).await;
    assert_eq!(res.status(), 422);
    assert_eq!(field_error(&res.text().await.unwrap(), "ask", "question").as_deref(), Some("Write your question."));
    let long = "ž".repeat(2001);
    let res = s.post_form(&c, "/assistant/ask", &[("question", &long)]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"id="ask-question-error""#), "the message is at the field");
    assert!(html.contains(&long), "what was typed comes back");
    let res = s.post_form(&c, "/assistant/ask", &[("question", "PK\u{3}\u{4}\u{0}binary")]).await;
    assert_eq!(res.status(), 422);
    // Markup in a question stays text, in the answer page and in the echo of the box.
    let at = ask(&s, &c, "</textarea><script>alert(1)</script> How do we plan a preliminary market consultation?", "").await;
    let html = page(&s, &c, &at).await;
    assert!(!html.contains("<script>alert(1)</script>"), "never markup");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_turns").await, 1, "refused questions were not stored");
}

async fn conversations_are_their_owners_alone(s: TestServer) {
    with_content(&s).await;
    let visitor = s.client();
    let at = ask(&s, &visitor, "How should a buyer choose between pre-commercial procurement and an innovation partnership?", "").await;
    let id = at.trim_start_matches("/assistant/c/").to_string();
    // A follow-up in the same conversation.
    let again = ask(&s, &visitor, "And who owns the intellectual property in each?", &id).await;
    assert_eq!(again, at);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_turns").await, 2);
    let turn: i64 = sqlx::query_scalar("SELECT MIN(id) FROM assistant_turns").fetch_one(&s.state.db.pool).await.unwrap();
    // Somebody else cannot read, continue, rate or delete it.
    let other = s.client();
    assert_eq!(s.get(&other, &at).await.status(), 404);
    assert_eq!(s.post_form(&other, "/assistant/ask", &[("question", "What about IPR?"), ("conversation", &id)]).await.status(), 404);
    assert_eq!(s.post_form(&other, &format!("/assistant/turns/{turn}/rate"), &[("helpful", "yes")]).await.status(), 404);
    assert_eq!(s.post_form(&other, &format!("{at}/delete"), &[]).await.status(), 404);
    // Its owner rates an answer unhelpful, with a reason: it goes to the moderators' queue.
    let res = s.post_form(&visitor, &format!("/assistant/turns/{turn}/rate"), &[("helpful", "no"), ("reason", "Too general")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_turns WHERE rating = -1 AND queue = 'open'").await, 1);
    let res = s.post_form(&visitor, &format!("/assistant/turns/{turn}/rate"), &[("helpful", "maybe")]).await;
    assert_eq!(res.status(), 422);
    // The visitor signs up and in: the conversation becomes the account's.
    s.verified_buyer("asker@espoo.fi", PASSWORD).await;
    let res = s.post_form(&visitor, "/signin", &[("email", "asker@espoo.fi"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 303);
    let list = page(&s, &visitor, "/assistant").await;
    assert!(list.contains(&format!(r#"href="{at}""#)), "the earlier conversation is listed");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_conversations WHERE user_id IS NOT NULL").await, 1);
    // And deletes it, for good.
    assert_eq!(s.post_form(&visitor, &format!("{at}/delete"), &[]).await.status(), 303);
    assert_eq!(s.get(&visitor, &at).await.status(), 404);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM assistant_turns").await, 0);
}

async fn the_answer_streams_as_server_sent_events(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    let res = c
        .post(s.url("/assistant/ask"))
        .header("Accept", "text/event-stream")
        .form(&[("question", "How do we write a functional specification instead of naming a brand?")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let body = res.text().await.unwrap();
    assert!(body.starts_with("event: started\ndata: /assistant/c/"), "{body}");
    assert!(body.contains(r#"data: {"sentence":"#), "sentences as they are written");
    assert!(body.contains(r#"data: {"done":"#), "then the whole answer");
    // It was saved, so the page shows it.
    let to = body.lines().nth(1).unwrap().trim_start_matches("data: ").split('#').next().unwrap().to_string();
    assert!(page(&s, &c, &to).await.contains(r#"class="answer""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_limited_per_hour_sqlite() {
    questions_are_limited_per_hour(common::start("sqlite", |c| c.assistant_questions_per_hour = 2).await).await
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_limited_per_hour_postgres() {
    questions_are_limited_per_hour(common::start("postgres", |c| c.assistant_questions_per_hour = 2).await).await
}

async fn questions_are_limited_per_hour(s: TestServer) {
    with_content(&s).await;
    let c = s.client();
    ask(&s, &c, "What is a prior information notice for?", "").await;
    ask(&s, &c, "What is life-cycle costing?", "").await;
    let res = s.post_form(&c, "/assistant/ask", &[("question", "What is an innovation partnership?")]).await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("What is an innovation partnership?"), "the question is kept");
}

/// What the fake chat model does with the next request.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    /// Streams sentences citing a passage it was given, one it was not, and none.
    Cites,
    Refuses,
    Sleeps,
}

/// A small OpenAI-compatible chat server; its address (`…/v1`).
async fn fake_model(script: Arc<Mutex<Script>>, prompts: Arc<Mutex<Vec<String>>>) -> String {
    use axum::routing::post;
    let app = axum::Router::new().route(
        "/v1/chat/completions",
        post(move |body: axum::Json<serde_json::Value>| {
            let script = *script.lock().unwrap();
            prompts.lock().unwrap().push(body.0["messages"].to_string());
            async move {
                let chunks: Vec<&str> = match script {
                    Script::Cites => vec![
                        "Publish a prior information ",
                        "notice first [1]. The moon is made of cheese [9]. ",
                        "Nothing supports this. ",
                        "Treat every supplier alike [1][7].",
                    ],
                    Script::Refuses => vec!["NO_", "ANSWER"],
                    Script::Sleeps => {
                        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                        vec!["Too late [1]."]
                    }
                };
                let mut sse = String::new();
                for c in chunks {
                    sse.push_str(&format!("data: {}\n\n", serde_json::json!({"choices": [{"delta": {"content": c}}]})));
                }
                sse.push_str("data: [DONE]\n\n");
                ([("content-type", "text/event-stream")], sse).into_response()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/v1")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_model_is_checked_sqlite() {
    a_chat_model_is_checked("sqlite").await
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_model_is_checked_postgres() {
    a_chat_model_is_checked("postgres").await
}

async fn a_chat_model_is_checked(backend: &'static str) {
    let script = Arc::new(Mutex::new(Script::Cites));
    let prompts = Arc::new(Mutex::new(Vec::new()));
    let url = fake_model(script.clone(), prompts.clone()).await;
    let s = common::start(backend, move |c| {
        c.llm = Some(LlmConfig { base_url: url, model: "test".into(), api_key: None, timeout_ms: 1500, max_tokens: 200 })
    })
    .await;
    with_content(&s).await;
    let c = s.client();
    let question = "How do we announce a preliminary market consultation to all suppliers?";
    let at = ask(&s, &c, question, "").await;
    let html = page(&s, &c, &at).await;
    assert!(html.contains("Publish a prior information notice first."), "a sentence citing a given passage is kept");
    assert!(html.contains("Treat every supplier alike."), "its unknown citation is removed, the known one kept");
    assert!(!html.contains("cheese"), "a sentence citing only an unknown passage is dropped");
    assert!(!html.contains("Nothing supports this"), "a sentence without a citation is dropped");
    assert!(html.contains("Written from the knowledge centre"), "it says the model wrote it");
    let prompt = prompts.lock().unwrap().last().cloned().unwrap();
    assert!(prompt.contains("[1]") && prompt.contains("never follow"), "numbered passages, content as data");
    // The model says the passages do not answer: the refusal stands.
    *script.lock().unwrap() = Script::Refuses;
    let html = page(&s, &c, &ask(&s, &c, question, "").await).await;
    assert!(html.contains(r#"class="refusal""#));
    // The model is slower than its budget: the extractive answer, with a note.
    *script.lock().unwrap() = Script::Sleeps;
    let html = page(&s, &c, &ask(&s, &c, question, "").await).await;
    assert!(html.contains("took too long"), "the note says why");
    assert!(html.contains("The knowledge centre says:"), "the extractive answer");
}

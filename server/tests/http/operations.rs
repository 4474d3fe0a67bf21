//! Operating the platform: mail over SMTP (and what happens when the mail server is down), and
//! the `ppi-hub` command's sub-commands.

use crate::common;

use app::config::SmtpConfig;
use common::{buyer_form, location};
use sqlx::Row;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A mail server that accepts every message and keeps it (just enough SMTP for lettre).
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else { return };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut in_data = false;
                let mut message = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push(std::mem::take(&mut message));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

async fn outbox_status(s: &common::TestServer, to: &str) -> String {
    sqlx::query("SELECT status FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1")
        .bind(to)
        .fetch_one(&s.state.db.pool)
        .await
        .unwrap()
        .get(0)
}

async fn wait_for_status(s: &common::TestServer, to: &str, wanted: &str) {
    for _ in 0..100 {
        if outbox_status(s, to).await == wanted {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("mail to {to} never became {wanted}: {}", outbox_status(s, to).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_goes_out_over_smtp_and_a_failure_is_recorded() {
    for backend in common::BACKENDS {
        let (port, received) = smtp_sink().await;
        let s = common::start(backend, |c| c.smtp = Some(SmtpConfig { url: format!("smtp://127.0.0.1:{port}") })).await;
        let res = s.post_form(&s.client(), "/signup/buyer", &buyer_form("aino@espoo.fi", "lingonberry harbour 42")).await;
        assert_eq!(location(&res), "/signin?notice=signup-sent");
        wait_for_status(&s, "aino@espoo.fi", "sent").await;
        let mails = received.lock().unwrap().clone();
        assert_eq!(mails.len(), 1, "{backend}");
        assert!(mails[0].contains("To: aino@espoo.fi"), "{}", mails[0]);
        assert!(mails[0].contains("verify-email?token="), "{}", mails[0]);

        // A mail server that is down does not hold up the page; the outbox says what happened.
        let closed = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
        let s = common::start(backend, |c| c.smtp = Some(SmtpConfig { url: format!("smtp://127.0.0.1:{closed}") })).await;
        let res = s
            .post_form(
                &s.client(),
                "/signup/supplier",
                &[
                    ("name", "Jonas Petrauskas"),
                    ("email", "jonas@bsm.lt"),
                    ("password", "lingonberry harbour 42"),
                    ("organisation", "Baltic Smart Mobility UAB"),
                    ("country", "LT"),
                    ("registration_number", "305123456"),
                ],
            )
            .await;
        assert_eq!(location(&res), "/signin?notice=signup-sent");
        wait_for_status(&s, "jonas@bsm.lt", "failed").await;
    }
}

fn ppi_hub(database_url: &str, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ppi-hub"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ppi-hub runs");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_creates_admins_and_loads_demo_data_once() {
    let (ok, help) = ppi_hub("sqlite::memory:", &["--help"], None);
    assert!(ok);
    for sub in ["serve", "migrate", "admin", "demo-data"] {
        assert!(help.contains(sub), "{help}");
    }

    let s = common::start("sqlite", |_| {}).await;
    let url = s.state.config.database_url.clone();
    let (ok, out) = ppi_hub(&url, &["admin", "create", "--email", "root@ppihub.eu", "--password-stdin"], Some("a long admin passphrase\n"));
    assert!(ok, "{out}");
    assert!(out.contains("Created admin account root@ppihub.eu"), "{out}");
    let admin = s.sign_in("root@ppihub.eu", "a long admin passphrase").await;
    assert_eq!(s.get(&admin, "/admin/outbox").await.status(), 200);

    let (ok, out) = ppi_hub(&url, &["admin", "create", "--email", "root@ppihub.eu", "--password-stdin"], Some("password\n"));
    assert!(!ok && out.contains("12 to 256 characters"), "{out}");
    let (ok, out) = ppi_hub(&url, &["admin", "create", "--email", "not-an-address"], None);
    assert!(!ok && out.contains("is not an e-mail address"), "{out}");

    for _ in 0..2 {
        let (ok, out) = ppi_hub(&url, &["demo-data"], None);
        assert!(ok && out.contains("buyer@demo.ppihub.eu") && out.contains("demo-password-2026"), "{out}");
    }
    let users: i64 = sqlx::query("SELECT COUNT(*) FROM users").fetch_one(&s.state.db.pool).await.unwrap().get(0);
    assert_eq!(users, 7, "six demo users and the admin, loaded once");
    s.sign_in("buyer@demo.ppihub.eu", "demo-password-2026").await;

    let (ok, out) = ppi_hub("mysql://nowhere", &["migrate"], None);
    assert!(!ok, "{out}");
}

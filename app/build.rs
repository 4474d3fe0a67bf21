//! Reads the English message catalogue (`locales/en/*.ftl`) and writes the lists the code needs
//! of it: every error code (`err-…`) and every notice (`notice-…`). A code or notice is valid
//! because the catalogue has it; there is no list to keep by hand.

use std::fmt::Write;

fn main() {
    let dir = std::path::Path::new("locales/en");
    println!("cargo:rerun-if-changed=locales");
    let mut ids: Vec<String> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("locales/en").map(|e| e.expect("entry").path()).collect();
    files.sort();
    for path in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let text = std::fs::read_to_string(&path).expect("message file");
        ids.extend(
            text.lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once('='))
                .map(|(id, _)| id.trim().to_string()),
        );
    }
    ids.sort();
    let list = |prefix: &str, strip: bool| {
        ids.iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| format!("    {:?},\n", if strip { &id[prefix.len()..] } else { id.as_str() }))
            .collect::<String>()
    };
    let mut out = String::new();
    writeln!(out, "/// Every error code a form can report: the `err-…` messages of the catalogue.").unwrap();
    writeln!(out, "pub const ERROR_CODES: &[&str] = &[\n{}];", list("err-", false)).unwrap();
    writeln!(out, "/// Every notice a redirect may ask a page to show (`?notice=…`): the `notice-…` messages.").unwrap();
    writeln!(out, "pub const NOTICES: &[&str] = &[\n{}];", list("notice-", true)).unwrap();
    let target = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    std::fs::write(target, out).expect("write catalogue.rs");
}

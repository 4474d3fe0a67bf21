//! Message look-up with Fluent (fluent-templates): the `.ftl` files under `app/locales` are
//! compiled into the binary, so a running server needs no files beside it.

use super::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Where the message files live, for tests that check every language has every key.
pub const LOCALE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: they would end up in e-mails and titles.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<Locale, LanguageIdentifier>> =
    LazyLock::new(|| Locale::ALL.into_iter().map(|l| (l, l.code().parse().expect("valid language tag"))).collect());

/// Whether this language itself (not its fallback) has the message.
pub fn has_key(locale: Locale, key: &str) -> bool {
    match LOCALES.lookup_single_language::<&str>(&IDS[&locale], key, None) {
        Ok(_) => true,
        // The message exists but wants arguments this check does not give. (The crate does not
        // export its error type, so its message tells the cases apart.)
        Err(e) => e.to_string().starts_with("Fluent errors"),
    }
}

pub fn lookup(locale: Locale, key: &str) -> String {
    LOCALES.try_lookup(&IDS[&locale], key).unwrap_or_else(|| missing(key))
}

/// An argument that is a whole number goes to Fluent as a number, so plural selection works.
pub fn lookup_args(locale: Locale, key: &str, args: &[(&str, String)]) -> String {
    let value = |v: &String| match v.parse::<i64>() {
        Ok(n) => FluentValue::from(n),
        Err(_) => FluentValue::from(v.clone()),
    };
    let args: HashMap<Cow<'static, str>, FluentValue> = args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), value(v))).collect();
    LOCALES.try_lookup_with_args(&IDS[&locale], key, &args).unwrap_or_else(|| missing(key))
}

fn missing(key: &str) -> String {
    // The key-completeness test keeps this from happening; if it does, show the key, not a crash.
    tracing::error!(key, "missing message");
    key.to_string()
}

//! What a new version of an item changed: the names of its changed fields, from the JSON of the
//! version before and the new one ("awarded_value_eur", "title (fi)", "outcome (en)").

use serde_json::Value;
use std::collections::BTreeSet;

fn object_changes(before: &Value, after: &Value, out: &mut Vec<String>) {
    let empty = serde_json::Map::new();
    let (b, a) = (before.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
    let keys: BTreeSet<&String> = b.keys().chain(a.keys()).collect();
    for k in keys {
        if k == "kind" {
            continue;
        }
        let (x, y) = (b.get(k).unwrap_or(&Value::Null), a.get(k).unwrap_or(&Value::Null));
        let blank = |v: &Value| v.is_null() || v.as_str() == Some("") || v.as_array().is_some_and(|a| a.is_empty());
        if x != y && !(blank(x) && blank(y)) {
            out.push(k.clone());
        }
    }
}

fn text_changes(before: &Value, after: &Value, out: &mut Vec<String>) {
    let texts = |v: &Value| -> Vec<Value> { v.as_array().cloned().unwrap_or_default() };
    let (b, a) = (texts(before), texts(after));
    let lang = |t: &Value| t.get("lang").and_then(Value::as_str).unwrap_or("").to_string();
    let langs: BTreeSet<String> = b.iter().chain(a.iter()).map(lang).collect();
    for l in langs {
        let find = |list: &[Value]| list.iter().find(|t| lang(t) == l).cloned().unwrap_or(Value::Null);
        let (x, y) = (find(&b), find(&a));
        for field in ["title", "summary"] {
            if x.get(field) != y.get(field) {
                out.push(format!("{field} ({l})"));
            }
        }
        let sections = |t: &Value| -> Vec<(String, Value)> {
            t.get("sections")
                .and_then(Value::as_array)
                .map(|s| s.iter().map(|s| (s.get("id").and_then(Value::as_str).unwrap_or("").to_string(), s.clone())).collect())
                .unwrap_or_default()
        };
        let (sx, sy) = (sections(&x), sections(&y));
        let ids: BTreeSet<&String> = sx.iter().chain(sy.iter()).map(|(id, _)| id).collect();
        for id in ids {
            let get = |list: &[(String, Value)]| list.iter().find(|(i, _)| i == id).map(|(_, v)| v.clone());
            if get(&sx) != get(&sy) {
                out.push(format!("{id} ({l})"));
            }
        }
    }
}

/// The fields changed between two versions, each given as (facts, provenance, texts) JSON.
pub fn changed_fields(before: (&str, &str, &str), after: (&str, &str, &str)) -> Vec<String> {
    let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap_or(Value::Null);
    let mut out = Vec::new();
    object_changes(&parse(before.0), &parse(after.0), &mut out);
    object_changes(&parse(before.1), &parse(after.1), &mut out);
    text_changes(&parse(before.2), &parse(after.2), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_changed_facts_and_texts() {
        let before = (
            r#"{"kind":"case","awarded_value_eur":100,"bids_received":null,"cpv":[]}"#,
            r#"{"source_url":"https://a.eu"}"#,
            r#"[{"lang":"en","title":"A","summary":"s","sections":[{"id":"outcome","heading":"Outcome","markdown":"x"}]}]"#,
        );
        let after = (
            r#"{"kind":"case","awarded_value_eur":120,"bids_received":null,"cpv":[]}"#,
            r#"{"source_url":"https://a.eu"}"#,
            r#"[{"lang":"en","title":"A","summary":"s","sections":[{"id":"outcome","heading":"Outcome","markdown":"y"}]},{"lang":"fi","title":"B","summary":"","sections":[]}]"#,
        );
        assert_eq!(changed_fields(before, after), ["awarded_value_eur", "outcome (en)", "title (fi)", "summary (fi)"]);
        assert!(changed_fields(before, before).is_empty());
    }
}

//! The controls of a search form that filters by GET (tenders, the supplier directory, partner
//! posts): plain inputs, so they work without JavaScript and the URL holds the whole query.

use crate::forms::Choice;
use leptos::prelude::*;

/// A filter's select with its label: `first` (no value: "Any", or a default) then the choices;
/// its id is `<form>-<name>`.
pub fn filter_select(
    form: &str,
    name: &'static str,
    label: String,
    first: String,
    current: Option<&str>,
    choices: Vec<Choice>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let options = std::iter::once(Choice { value: String::new(), label: first })
        .chain(choices)
        .map(|c| {
            let selected = current.unwrap_or("") == c.value;
            view! { <option value=c.value selected=selected>{c.label}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>{options}</select>
        </div>
    }
}

/// A filter's text (or date, or search) input with its label and an optional hint.
pub fn filter_input(
    form: &str,
    name: &'static str,
    label: String,
    value: String,
    input_type: &'static str,
    hint: Option<String>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <input id=id type=input_type name=name value=value aria-describedby=described />
        </div>
    }
}

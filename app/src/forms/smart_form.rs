//! `SmartForm`: the one form component. Rendered on the server it is a plain HTML form that
//! posts and works without JavaScript; hydrated, it checks each field as the user leaves it (with
//! the same rule the server applies) and submits without reloading the page.

#[cfg(feature = "hydrate")]
use super::spec::FormReply;
use super::spec::{Field, FieldKind, FormSpec};
use super::FormRule;
use crate::validation::{FieldErrors, FormValues, FORM};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[island]
pub fn SmartForm(spec: FormSpec) -> impl IntoView {
    let kind = spec.kind;
    let form_id = spec.id.clone();
    let names: StoredValue<Vec<String>> = StoredValue::new(spec.fields.iter().map(|f| f.name.clone()).collect());
    let values: StoredValue<Vec<RwSignal<String>>> = StoredValue::new(spec.fields.iter().map(|f| RwSignal::new(f.value.clone())).collect());
    let messages = StoredValue::new(spec.messages.clone());
    let formats = StoredValue::new(spec.formats.clone());
    let errors = RwSignal::new(spec.errors.clone());
    // Errors show live only for fields the user has left, or for all after a submit attempt.
    let touched = RwSignal::new(BTreeSet::<String>::new());
    let pending = RwSignal::new(false);
    // Effects run only in the browser: the form marks itself ready once hydrated (tests wait on it).
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));

    let snapshot = move || -> FormValues {
        names.with_value(|n| values.with_value(|v| n.iter().cloned().zip(v.iter().map(|s| s.get_untracked())).collect()))
    };
    // `edited`: the value changed (typed, chosen). Only an edit clears what the server said (the
    // form's error, the field's error): merely leaving a field must not, since the island moves
    // focus to the server's error, which blurs the field the user pressed Enter in.
    let recheck = move |field: &str, edited: bool| {
        if !touched.with_untracked(|t| t.contains(field)) {
            return;
        }
        let found = kind.validate(&snapshot());
        errors.update(|e| {
            if edited {
                e.0.remove(FORM);
            }
            match found.get(field) {
                Some(code) => {
                    e.0.insert(field.to_string(), code.to_string());
                }
                None if edited => {
                    e.0.remove(field);
                }
                None => {}
            }
        });
    };
    let message = move |code: &str| messages.with_value(|m| m.get(code).cloned().unwrap_or_else(|| code.to_string()));

    let on_submit = {
        let form_id = form_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            let current = snapshot();
            touched.set(names.get_value().into_iter().collect());
            let found = kind.validate(&current);
            if !found.is_empty() {
                ev.prevent_default();
                errors.set(found);
                focus_first_error(&form_id, &names.get_value(), &errors.get_untracked());
                return;
            }
            submit_in_place(ev, &form_id, current, errors, pending, names);
        }
    };

    let form_error = move || errors.with(|e| e.get(FORM).map(message));
    // The live note follows every value as it is typed (tracked, unlike `snapshot`).
    let live = move || {
        let current: FormValues = names.with_value(|n| values.with_value(|v| n.iter().cloned().zip(v.iter().map(|s| s.get())).collect()));
        kind.live(&current).map(|note| messages.with_value(|m| formats.with_value(|f| note.render(m, f))))
    };
    let fields = spec
        .fields
        .into_iter()
        .enumerate()
        .map(|(i, field)| {
            if matches!(field.kind, FieldKind::LiveNote) {
                let id = format!("{}-{}", form_id, field.name);
                return view! { <div class="live-note" id=id role="status" aria-live="polite">{move || live().map(|t| view! { <p>{t}</p> })}</div> }.into_any();
            }
            let value = values.with_value(|v| v[i]);
            field_view(&form_id, field, value, errors, touched, message, recheck)
        })
        .collect_view();

    view! {
        <form method="post" action=spec.action novalidate=true on:submit=on_submit class="smart-form" id=spec.id.clone()
            data-ready=move || ready.get().then_some("true")>
            <div class="form-error" role="alert" id=format!("{}-form-error", spec.id)>
                {move || form_error().map(|m| view! { <p>{m}</p> })}
            </div>
            {fields}
            <div class="form-actions">
                <button type="submit" class=format!("button {}", spec.submit_class) aria-disabled=move || pending.get().then_some("true")>
                    {spec.submit_label}
                </button>
            </div>
        </form>
    }
}

#[allow(clippy::too_many_arguments)]
fn field_view(
    form_id: &str,
    field: Field,
    value: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    touched: RwSignal<BTreeSet<String>>,
    message: impl Fn(&str) -> String + Copy + Send + Sync + 'static,
    recheck: impl Fn(&str, bool) + Copy + Send + Sync + 'static,
) -> AnyView {
    let Field { name, label, kind, value: initial, hint, required, autocomplete } = field;
    let id = format!("{form_id}-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let error_text = {
        let name = name.clone();
        move || errors.with(|e| e.get(&name).map(message))
    };
    let invalid = {
        let name = name.clone();
        move || errors.with(|e| e.get(&name).is_some())
    };
    let aria_invalid = {
        let invalid = invalid.clone();
        move || if invalid() { "true" } else { "false" }
    };
    let on_input = {
        let name = name.clone();
        move |ev: leptos::ev::Event| {
            value.set(event_target_value(&ev));
            recheck(&name, true);
        }
    };
    let on_blur = {
        let name = name.clone();
        move |_: leptos::ev::FocusEvent| {
            touched.update(|t| {
                t.insert(name.clone());
            });
            recheck(&name, false);
        }
    };
    // A choice (select, radio, checkbox) is complete when made: check it at once.
    let choose = {
        let name = name.clone();
        move |chosen: String| {
            value.set(chosen);
            touched.update(|t| {
                t.insert(name.clone());
            });
            recheck(&name, true);
        }
    };
    let hint_view = match hint {
        Some(h) => view! { <p class="hint" id=hint_id.clone()>{h}</p> }.into_any(),
        None => ().into_any(),
    };
    let error_view = view! { <p class="field-error" id=error_id>{error_text}</p> };

    match kind {
        FieldKind::Hidden => view! { <input type="hidden" name=name value=initial /> }.into_any(),
        FieldKind::LiveNote => ().into_any(),
        FieldKind::Picker { source, multiple, search_page, search_label } => {
            let props = super::picker::PickerProps {
                id,
                name: name.clone(),
                label,
                initial,
                required,
                described_by,
                source,
                multiple,
                search_page,
                search_label,
            };
            // The picker wants `Copy` callbacks: the field's name lives in a stored value.
            let name = StoredValue::new(name);
            let changed = move || name.with_value(|n| recheck(n, true));
            let left = move || {
                touched.update(|t| {
                    t.insert(name.get_value());
                });
                name.with_value(|n| recheck(n, false));
            };
            super::picker::picker_view(props, value, invalid, changed, left, hint_view, error_view.into_any())
        }
        FieldKind::Text | FieldKind::Email | FieldKind::Password | FieldKind::Amount | FieldKind::DateTime => {
            let input_type = match kind {
                FieldKind::Email => "email",
                FieldKind::Password => "password",
                FieldKind::DateTime => "datetime-local",
                _ => "text",
            };
            let inputmode = matches!(kind, FieldKind::Amount).then_some("numeric");
            // A password is never sent back into the page.
            let shown_value = if matches!(kind, FieldKind::Password) { String::new() } else { initial };
            view! {
                <div class="field" class:field-invalid=invalid>
                    <label for=id.clone()>{label}</label>
                    {hint_view}
                    <input id=id type=input_type name=name value=shown_value required=required inputmode=inputmode
                        autocomplete=autocomplete aria-invalid=aria_invalid aria-describedby=described_by
                        on:input=on_input on:blur=on_blur />
                    {error_view}
                </div>
            }
            .into_any()
        }
        FieldKind::TextArea => {
            let content = textarea_content(initial);
            view! {
                <div class="field" class:field-invalid=invalid>
                    <label for=id.clone()>{label}</label>
                    {hint_view}
                    <textarea id=id name=name required=required rows="4" aria-invalid=aria_invalid
                        aria-describedby=described_by on:input=on_input on:blur=on_blur>{content}</textarea>
                    {error_view}
                </div>
            }
            .into_any()
        }
        FieldKind::Checkbox => {
            let on_change = move |ev: leptos::ev::Event| choose(if event_target_checked(&ev) { "yes".into() } else { String::new() });
            view! {
                <div class="field field-checkbox" class:field-invalid=invalid>
                    <input id=id.clone() type="checkbox" name=name value="yes" checked={initial == "yes"}
                        aria-invalid=aria_invalid aria-describedby=described_by on:change=on_change />
                    <label for=id>{label}</label>
                    {hint_view}
                    {error_view}
                </div>
            }
            .into_any()
        }
        FieldKind::Select(groups) => {
            let on_change = move |ev: leptos::ev::Event| choose(event_target_value(&ev));
            let options = groups
                .into_iter()
                .map(|group| {
                    let opts = group
                        .choices
                        .into_iter()
                        .map(|c| {
                            let selected = c.value == initial;
                            view! { <option value=c.value selected=selected>{c.label}</option> }
                        })
                        .collect_view();
                    if group.label.is_empty() {
                        opts.into_any()
                    } else {
                        view! { <optgroup label=group.label>{opts}</optgroup> }.into_any()
                    }
                })
                .collect_view();
            view! {
                <div class="field" class:field-invalid=invalid>
                    <label for=id.clone()>{label}</label>
                    {hint_view}
                    <select id=id name=name required=required aria-invalid=aria_invalid
                        aria-describedby=described_by on:change=on_change>
                        {options}
                    </select>
                    {error_view}
                </div>
            }
            .into_any()
        }
        FieldKind::Radio(choices) => {
            let radios = choices
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let radio_id = format!("{id}-{i}");
                    let checked = c.value == initial;
                    let name = name.clone();
                    let choose = choose.clone();
                    let on_change = move |ev: leptos::ev::Event| choose(event_target_value(&ev));
                    view! {
                        <div class="choice">
                            <input type="radio" id=radio_id.clone() name=name value=c.value checked=checked on:change=on_change />
                            <label for=radio_id>{c.label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field" class:field-invalid=invalid aria-describedby=described_by>
                    <legend>{label}</legend>
                    {hint_view}
                    {radios}
                    {error_view}
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Checkboxes(choices) => {
            let ticked: Vec<String> = initial.split(',').map(|v| v.trim().to_string()).collect();
            let boxes = choices
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let box_id = format!("{id}-{i}");
                    let checked = ticked.contains(&c.value);
                    let this = c.value.clone();
                    let choose = choose.clone();
                    let on_change = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let mut all: Vec<String> = value
                            .get_untracked()
                            .split(',')
                            .map(|v| v.trim().to_string())
                            .filter(|v| !v.is_empty() && *v != this)
                            .collect();
                        if on {
                            all.push(this.clone());
                        }
                        choose(all.join(","));
                    };
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=box_id.clone() name=name.clone() value=c.value checked=checked on:change=on_change />
                            <label for=box_id>{c.label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field field-choices" class:field-invalid=invalid aria-describedby=described_by>
                    <legend>{label}</legend>
                    {hint_view}
                    <div class="choices">{boxes}</div>
                    {error_view}
                </fieldset>
            }
            .into_any()
        }
    }
}

/// What goes between `<textarea>` and `</textarea>`. The view library writes a text area's
/// children as they are (it does not escape them), so on the server the text is escaped here: a
/// stored `</textarea><meta …>` stays text. The browser decodes the entities back into what was
/// typed. Hydration keeps the server's text node, so the browser build passes the text unchanged.
pub(crate) fn textarea_content(text: String) -> String {
    #[cfg(feature = "ssr")]
    return html_escape::encode_text(&text).into_owned();
    #[cfg(not(feature = "ssr"))]
    text
}

/// Moves keyboard focus to the first field with an error, so the user lands where to act.
fn focus_first_error(form_id: &str, names: &[String], errors: &FieldErrors) {
    let first = names.iter().find(|n| errors.get(n).is_some());
    #[cfg(feature = "hydrate")]
    match first {
        Some(name) => super::submit::focus(&format!("{form_id}-{name}")),
        None => super::submit::focus(&format!("{form_id}-form-error")),
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (form_id, first);
}

/// With JavaScript: posts the form in the background and follows the server's answer.
/// Without the browser build (server rendering) a submit event never reaches this.
#[allow(unused_variables)]
fn submit_in_place(
    ev: leptos::ev::SubmitEvent,
    form_id: &str,
    current: FormValues,
    errors: RwSignal<FieldErrors>,
    pending: RwSignal<bool>,
    names: StoredValue<Vec<String>>,
) {
    #[cfg(feature = "hydrate")]
    {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let action = super::submit::form_action(form_id);
        let form_id = form_id.to_string();
        leptos::task::spawn_local(async move {
            match super::submit::post(&action, &current).await {
                Ok(FormReply::Redirect(to)) => super::submit::go(&to),
                Ok(FormReply::Invalid(found)) => {
                    pending.set(false);
                    errors.set(found.clone());
                    focus_first_error(&form_id, &names.get_value(), &found);
                }
                Err(_) => {
                    pending.set(false);
                    errors.set(FieldErrors::form("err-network"));
                    focus_first_error(&form_id, &[], &errors.get_untracked());
                }
            }
        });
    }
}

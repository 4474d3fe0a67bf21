//! A code picker inside `SmartForm`: a text field where the user types a code or words and picks
//! from suggestions (the ARIA 1.2 combobox pattern: arrow keys move, Enter picks, Escape
//! closes). Without JavaScript it is a plain text field beside a link to a search page.

use super::spec::Choice;
use leptos::prelude::*;

pub struct PickerProps {
    pub id: String,
    pub name: String,
    pub label: String,
    pub initial: String,
    pub required: bool,
    pub described_by: String,
    pub source: String,
    pub multiple: bool,
    pub search_page: String,
    pub search_label: String,
}

/// The part of the value being typed: all of it, or after the last comma when several codes.
fn current_term(value: &str, multiple: bool) -> String {
    if multiple {
        value.rsplit(',').next().unwrap_or("").trim().to_string()
    } else {
        value.trim().to_string()
    }
}

/// The value after picking `code`: it replaces the term being typed.
fn with_pick(value: &str, code: &str, multiple: bool) -> String {
    if !multiple {
        return code.to_string();
    }
    let kept: Vec<&str> = value.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    let mut codes: Vec<&str> = kept[..kept.len().saturating_sub(1)].to_vec();
    if !codes.contains(&code) {
        codes.push(code);
    }
    format!("{}, ", codes.join(", "))
}

pub fn picker_view(
    p: PickerProps,
    value: RwSignal<String>,
    invalid: impl Fn() -> bool + Clone + Send + Sync + 'static,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
    on_left: impl Fn() + Copy + Send + Sync + 'static,
    hint_view: AnyView,
    error_view: AnyView,
) -> AnyView {
    let PickerProps { id, name, label, initial, required, described_by, source, multiple, search_page, search_label } = p;
    let options = RwSignal::new(Vec::<Choice>::new());
    let active = RwSignal::new(None::<usize>);
    // Answers may arrive out of order: only the latest request's answer is shown.
    let latest = StoredValue::new(0_u32);
    let listbox_id = format!("{id}-listbox");
    let label_id = format!("{id}-label");
    let source = StoredValue::new(source);

    let fetch = move |term: String| {
        latest.update_value(|n| *n += 1);
        let mine = latest.get_value();
        if term.chars().count() < 2 {
            options.set(Vec::new());
            active.set(None);
            return;
        }
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let found = super::submit::suggestions(&source.get_value(), &term).await.unwrap_or_default();
            if latest.get_value() == mine {
                options.set(found);
                active.set(None);
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (mine, source);
    };
    let pick = move |code: String| {
        value.update(|v| *v = with_pick(v, &code, multiple));
        options.set(Vec::new());
        active.set(None);
        on_changed();
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        value.set(v.clone());
        on_changed();
        fetch(current_term(&v, multiple));
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = options.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                if let Some(choice) = active.get_untracked().and_then(|i| options.with_untracked(|o| o.get(i).cloned())) {
                    ev.prevent_default();
                    pick(choice.value);
                }
            }
            "Escape" if count > 0 => {
                ev.prevent_default();
                options.set(Vec::new());
                active.set(None);
            }
            _ => {}
        }
    };
    let on_blur = move |_: leptos::ev::FocusEvent| {
        options.set(Vec::new());
        active.set(None);
        on_left();
    };
    let option_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-option-{i}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || active.get().map(&option_id)
    };
    let expanded = move || if options.with(|o| o.is_empty()) { "false" } else { "true" };
    let list = {
        let option_id = option_id.clone();
        move || {
            options
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let code = c.value.clone();
                    // mousedown, not click: the field must not lose focus (and close the list) first.
                    let on_down = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        pick(code.clone());
                    };
                    let selected = move || if active.get() == Some(i) { "true" } else { "false" };
                    view! { <li id=option_id(i) role="option" aria-selected=selected on:mousedown=on_down>{c.label}</li> }
                })
                .collect_view()
        }
    };
    let aria_invalid = {
        let invalid = invalid.clone();
        move || if invalid() { "true" } else { "false" }
    };
    view! {
        <div class="field picker" class:field-invalid=invalid.clone()>
            <label for=id.clone() id=label_id.clone()>{label}</label>
            {hint_view}
            <div class="picker-box">
                <input id=id type="text" name=name value=initial prop:value=move || value.get() required=required
                    role="combobox" aria-autocomplete="list" aria-controls=listbox_id.clone() aria-expanded=expanded
                    aria-activedescendant=active_descendant autocomplete="off" spellcheck="false"
                    aria-invalid=aria_invalid aria-describedby=described_by
                    on:input=on_input on:keydown=on_keydown on:blur=on_blur />
                // The suggestions are named by the field they fill, not by the fallback link.
                <ul id=listbox_id role="listbox" class="picker-options" aria-labelledby=label_id>{list}</ul>
            </div>
            <p class="picker-search"><a href=search_page target="_blank" rel="noopener">{search_label}</a></p>
            {error_view}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picking_replaces_the_term_being_typed() {
        assert_eq!(with_pick("4521", "45210000-2", false), "45210000-2");
        assert_eq!(with_pick("45000000-7, light", "34928500-3", true), "45000000-7, 34928500-3, ");
        assert_eq!(with_pick("light", "34928500-3", true), "34928500-3, ");
        assert_eq!(with_pick("34928500-3, 3492", "34928500-3", true), "34928500-3, ");
        assert_eq!(current_term("45000000-7, stre", true), "stre");
        assert_eq!(current_term(" stre ", false), "stre");
    }
}

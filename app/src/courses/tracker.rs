//! The lesson player's tracker (an island): as the learner reads, it tells the server which
//! section they have reached, so *Continue* on any other device opens the lesson there. It
//! renders nothing; without JavaScript the place is the lesson itself.

use leptos::prelude::*;

#[island]
pub fn LessonTracker(action: String, sections: Vec<String>) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let last = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
        let (action, sections) = (action.clone(), sections.clone());
        Effect::new(move |_| {
            let (action, sections, last) = (action.clone(), sections.clone(), last.clone());
            // A look every two seconds is enough for a place, and costs nothing while idle.
            let _ = set_interval_with_handle(
                move || {
                    let Some(reached) = reached_section(&sections) else { return };
                    if *last.borrow() == reached {
                        return;
                    }
                    *last.borrow_mut() = reached.clone();
                    let action = action.clone();
                    leptos::task::spawn_local(async move {
                        let body = format!("section={}", js_sys::encode_uri_component(&reached));
                        if let Ok(request) =
                            gloo_net::http::Request::post(&action).header("Content-Type", "application/x-www-form-urlencoded").body(body)
                        {
                            let _ = request.send().await;
                        }
                    });
                },
                std::time::Duration::from_secs(2),
            );
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (action, sections);
    view! { <span class="lesson-tracker" hidden=true></span> }
}

/// The last section whose heading is in the upper half of the window, or above it; the last
/// section once the lesson's end is in view (a short lesson never scrolls that far).
#[cfg(feature = "hydrate")]
fn reached_section(sections: &[String]) -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let top = |id: &str| document.get_element_by_id(id).map(|e| e.get_bounding_client_rect().top());
    if top("lesson-end").is_some_and(|t| t < height) {
        return sections.last().cloned();
    }
    sections.iter().filter(|id| top(id).is_some_and(|t| t < height / 2.0)).last().cloned()
}

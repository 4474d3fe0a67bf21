//! The browser entry point: hydrates the interactive islands of a server-rendered page.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    app::hydrate();
}

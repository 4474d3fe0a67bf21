use crate::i18n::use_tr;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Title text=format!("PPI Hub – {}", tr.t("home-tagline")) />
        <div class="hero">
            <div class="hero-inner">
                <h1>{tr.t("home-title")}</h1>
                <p class="lead">{tr.t("home-lead")}</p>
                <crate::shell::Notice />
            </div>
        </div>
        <div class="page">
            <div class="cards">
                <section class="card" aria-labelledby="for-buyers">
                    <h2 id="for-buyers">{tr.t("home-buyers-heading")}</h2>
                    <ul>
                        <li>{tr.t("home-buyers-1")}</li>
                        <li>{tr.t("home-buyers-2")}</li>
                        <li>{tr.t("home-buyers-3")}</li>
                        <li>{tr.t("home-buyers-4")}</li>
                    </ul>
                    <a class="button" href="/signup/buyer">{tr.t("signup-buyer-action")}</a>
                </section>
                <section class="card" aria-labelledby="for-suppliers">
                    <h2 id="for-suppliers">{tr.t("home-suppliers-heading")}</h2>
                    <ul>
                        <li>{tr.t("home-suppliers-1")}</li>
                        <li>{tr.t("home-suppliers-2")}</li>
                        <li>{tr.t("home-suppliers-3")}</li>
                        <li>{tr.t("home-suppliers-4")}</li>
                    </ul>
                    <a class="button" href="/signup/supplier">{tr.t("signup-supplier-action")}</a>
                </section>
            </div>
            <section aria-labelledby="status-heading" class="status">
                <h2 id="status-heading">{tr.t("home-status-heading")}</h2>
                <p>{tr.t("home-status-text")}</p>
            </section>
        </div>
    }
}

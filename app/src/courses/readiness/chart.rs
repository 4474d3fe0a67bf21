//! The readiness chart: one bar per dimension (0 to 100), with the peers' mean as a mark when
//! there is one. Drawn as SVG on the server, so it needs no script; the table beside it says
//! the same in words for anyone who cannot see it.

use leptos::prelude::*;

/// A bar of the chart: its label, the score and the peers' mean.
pub struct Bar {
    pub label: String,
    pub score: u32,
    pub peers: Option<u32>,
}

const WIDTH: u32 = 600;
const ROW: u32 = 52;

pub fn chart(title: String, description: String, bars: Vec<Bar>) -> impl IntoView {
    let height = bars.len() as u32 * ROW + 8;
    let scale = |v: u32| v.min(100) * (WIDTH - 60) / 100;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u32 * ROW;
            let peer = b.peers.map(|p| {
                let x = scale(p);
                view! { <line x1=x.to_string() x2=x.to_string() y1=(y + 18).to_string() y2=(y + 46).to_string() class="chart-peers" /> }
            });
            view! {
                <g>
                    <text x="0" y=(y + 14).to_string() class="chart-label">{b.label}</text>
                    <rect x="0" y=(y + 22).to_string() width=(WIDTH - 60).to_string() height="20" class="chart-track" />
                    <rect x="0" y=(y + 22).to_string() width=scale(b.score).to_string() height="20" class="chart-bar" />
                    <text x=(scale(b.score) + 6).to_string() y=(y + 37).to_string() class="chart-value">{format!("{} %", b.score)}</text>
                    {peer}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="readiness-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">
            <title id="chart-title">{title}</title>
            <desc id="chart-desc">{description}</desc>
            {rows}
        </svg>
    }
}

//! Projected employment change as bars diverging from zero on a symmetric axis.

use super::markup::rect;
use super::paired_bars::{row_keys, side_class};
use career_comparison::format;
use career_comparison::gauge::Diverging;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub growth: &'a Diverging,
    pub period: Option<AttrValue>,
}

pub fn growth_bars(props: &Props<'_>) -> Html {
    if props.growth.bars.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, props.growth.bars.iter().all(Option::is_some));
    let rows = (0..2).map(|i| {
        let title = props.titles[i].clone();
        match &props.growth.bars[i] {
            Some(bar) => {
                let w = (bar.fraction.abs() * 500.0).round();
                let x = if bar.fraction < 0.0 { 500.0 - w } else { 500.0 };
                let label = format!("{}: {}", title, bar.text);
                html! {
                    <div class="cc-bar-row" key={keys[i].clone()}>
                        <span class="cc-bar-label">{ title }</span>
                        <svg class="cc-bar cc-diverging" viewBox="0 0 1000 20" preserveAspectRatio="none"
                            role="img" aria-label={label} focusable="false">
                            <rect class="cc-bar-track" x="0" y="0" width="1000" height="20" />
                            { rect(side_class(i), format::number(x).into(), "0", format::number(w).into(), "20") }
                            <rect class="cc-zero" x="499" y="0" width="2" height="20" />
                        </svg>
                        <span class="cc-bar-value">{ &bar.text }</span>
                    </div>
                }
            }
            None => html! {
                <div class="cc-bar-row" key={keys[i].clone()}>
                    <span class="cc-bar-label">{ title }</span>
                    <span class="cc-bar-none">{ "No projection" }</span>
                </div>
            },
        }
    });
    let extent = props.growth.extent;
    html! {
        <figure class="cc-gauge" part="gauge">
            <figcaption class="cc-gauge-caption">
                { "Projected change in employment" }
                { props.period.as_ref().map(|p| format!(", {p}")).unwrap_or_default() }
                <span class="cc-gauge-scale">
                    { format!(" (scale {} to {})", format::signed_percent(-extent), format::signed_percent(extent)) }
                </span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for rows }</>
        </figure>
    }
}

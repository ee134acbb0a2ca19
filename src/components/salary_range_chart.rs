//! Salary ranges (10th to 90th percentile) with the middle half (25th to 75th) as a darker
//! inner bar and the median marked, both professions on one axis from $0.

use super::markup::{attrs, rect};
use super::paired_bars::{no_figure, row_keys, side_class};
use career_comparison::format;
use career_comparison::gauge::RangeAxis;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub id: AttrValue,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub axis: &'a RangeAxis,
}

pub fn salary_range_chart(props: &Props<'_>) -> Html {
    if props.axis.ranges.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, props.axis.ranges.iter().all(Option::is_some));
    let rows = (0..2).map(|i| {
        let title = props.titles[i].clone();
        match &props.axis.ranges[i] {
            Some(r) => {
                let x = (r.p10_at * 1000.0).round();
                let w = ((r.p90_at - r.p10_at) * 1000.0).round().max(2.0);
                let label = format!("{}: {}", title, r.text);
                html! {
                    <div class="cc-bar-row" key={keys[i].clone()}>
                        <span class="cc-bar-label">{ title }</span>
                        <svg class="cc-bar cc-range" viewBox="0 0 1000 20" preserveAspectRatio="none"
                            role="img" aria-label={label} focusable="false">
                            <rect class="cc-bar-track" x="0" y="8" width="1000" height="4" />
                            { rect(side_class(i), format::number(x).into(), "2", format::number(w).into(), "16") }
                            if let Some([from, to]) = r.middle_at {
                                <rect class="cc-range-middle" x={format::number((from * 1000.0).round())}
                                    y="2" width={format::number(((to - from) * 1000.0).round().max(2.0))} height="16" />
                            }
                            if let Some(m) = r.median_at {
                                <rect class="cc-median" x={format::number(((m * 1000.0).round() - 3.0).max(0.0))}
                                    y="0" width="6" height="20" />
                            }
                        </svg>
                        <span class="cc-bar-value">{ &r.text }</span>
                    </div>
                }
            }
            None => no_figure(keys[i].clone(), attrs!("class" = "cc-bar-row"), title),
        }
    });
    html! {
        <figure class="cc-gauge" part="gauge" id={props.id.clone()}>
            <figcaption class="cc-gauge-caption">
                { "Salary range, 10th to 90th percentile; the darker inner bar is the middle half (25th to 75th), the dark mark the median" }
                <span class="cc-gauge-scale">{ format!(" (scale: $0 to {})", props.axis.max_text) }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for rows }</>
        </figure>
    }
}

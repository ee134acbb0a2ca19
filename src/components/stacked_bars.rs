//! 100%-stacked bars (gender, educational attainment), one per profession, with a legend that
//! gives every share in words.

use super::markup::{attrs, rect};
use super::paired_bars::{no_figure, row_keys};
use career_comparison::format;
use career_comparison::gauge::Stack;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub caption: AttrValue,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub stacks: &'a [Option<Stack>; 2],
}

fn seg_class(i: usize) -> &'static str {
    const CLASSES: [&str; 8] = [
        "cc-seg cc-seg-0",
        "cc-seg cc-seg-1",
        "cc-seg cc-seg-2",
        "cc-seg cc-seg-3",
        "cc-seg cc-seg-4",
        "cc-seg cc-seg-5",
        "cc-seg cc-seg-6",
        "cc-seg cc-seg-7",
    ];
    CLASSES[i % 8]
}

pub fn stacked_bars(props: &Props<'_>) -> Html {
    if props.stacks.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, props.stacks.iter().all(Option::is_some));
    let rows = (0..2).map(|i| {
        let title = props.titles[i].clone();
        match &props.stacks[i] {
            Some(stack) => {
                let total: f64 = stack.segments.iter().map(|s| s.pct.max(0.0)).sum::<f64>().max(100.0);
                let mut x = 0.0;
                let rects = stack.segments.iter().enumerate().map(|(j, s)| {
                    let w = s.pct.max(0.0) / total * 1000.0;
                    let r = html! {
                        { rect(seg_class(j), format::fixed(x, 1).into(), "0", format::fixed(w, 1).into(), "20") }
                    };
                    x += w;
                    r
                });
                // "Title: a, b, c" without a vector of copies to join
                let mut label = format!("{title}: ");
                for (j, s) in stack.segments.iter().enumerate() {
                    if j > 0 {
                        label.push_str(", ");
                    }
                    label.push_str(&s.text);
                }
                html! {
                    <div class="cc-stack" key={keys[i].clone()}>
                        <span class="cc-bar-label">{ title.clone() }</span>
                        <svg class="cc-bar" viewBox="0 0 1000 20" preserveAspectRatio="none"
                            role="img" aria-label={label} focusable="false">
                            <rect class="cc-bar-track" x="0" y="0" width="1000" height="20" />
                            <>{ for rects }</>
                        </svg>
                        <ul class="cc-legend" aria-hidden="true">
                            { for stack.segments.iter().enumerate().map(|(j, s)| html! {
                                <li>
                                    <svg class="cc-swatch" viewBox="0 0 10 10" focusable="false">
                                        { rect(seg_class(j), AttrValue::Static("0"), "0", AttrValue::Static("10"), "10") }
                                    </svg>
                                    { &s.text }
                                </li>
                            }) }
                        </ul>
                    </div>
                }
            }
            None => no_figure(keys[i].clone(), attrs!("class" = "cc-stack"), title),
        }
    });
    html! {
        <figure class="cc-gauge" part="gauge">
            <figcaption class="cc-gauge-caption">{ props.caption.clone() }</figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for rows }</>
        </figure>
    }
}

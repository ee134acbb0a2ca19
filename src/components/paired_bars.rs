//! Two bars on one shared scale (median pay, number of jobs), each a role="meter" with its
//! value in words. Drawn as inline SVG with numeric attributes, so no inline styles are needed.

use super::markup::{attrs, keyed_element, rect, Static};
use career_comparison::format;
use career_comparison::gauge::PairedScale;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// The SVG width every bar is drawn in; CSS scales it to the available width.
pub const SCALE: f64 = 1000.0;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub id: AttrValue,
    /// e.g. "Median yearly pay".
    pub caption: AttrValue,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see [`column_keys`]).
    pub keys: &'a [Key; 2],
    pub scale: &'a PairedScale,
}

/// A horizontal bar filled to `fraction` (0–1); the fill's class picks its colour.
pub fn bar_svg(fraction: f64, fill_class: &'static str) -> Html {
    let w = (fraction.clamp(0.0, 1.0) * SCALE).round();
    html! {
        <svg class="cc-bar" viewBox="0 0 1000 20" preserveAspectRatio="none"
            aria-hidden="true" focusable="false">
            <rect class="cc-bar-track" x="0" y="0" width="1000" height="20" />
            { rect(fill_class, AttrValue::Static("0"), "0", format::number(w).into(), "20") }
        </svg>
    }
}

/// Keys for the two columns of a comparison: the professions' codes (the column indices when
/// both columns show the same profession, as keys must be distinct). Use through [`row_keys`].
pub fn column_keys(codes: &[String; 2]) -> [Key; 2] {
    if codes[0] == codes[1] {
        positional()
    } else {
        [Key::from(codes[0].as_str()), Key::from(codes[1].as_str())]
    }
}

fn positional() -> [Key; 2] {
    [Key::from("0"), Key::from("1")]
}

/// The keys of a row with one element per profession. When both elements have the same shape
/// (same element types in the same places, e.g. two figures), the column indices: when the pair
/// changes (a swap) Yew patches them in place, rewriting only texts and attributes. When their
/// shapes differ (a figure and a "—", the "higher" marker on one side), the professions' keys
/// from [`column_keys`]: a swap then moves each profession's element instead of re-creating
/// both.
pub fn row_keys(keys: &[Key; 2], same_shape: bool) -> [Key; 2] {
    if same_shape {
        positional()
    } else {
        keys.clone()
    }
}

pub fn side_class(i: usize) -> &'static str {
    if i == 0 {
        "cc-fill-a"
    } else {
        "cc-fill-b"
    }
}

/// The row of a gauge for a profession that has no figure for it.
pub fn no_figure(key: Key, class: Static, title: AttrValue) -> Html {
    keyed_element(
        "div",
        key,
        class,
        html! {
            <>
                <span class="cc-bar-label">{ title }</span>
                <span class="cc-bar-none">{ "No figure" }</span>
            </>
        },
    )
}

pub fn paired_bars(props: &Props<'_>) -> Html {
    let keys = row_keys(props.keys, props.scale.bars.iter().all(Option::is_some));
    let rows = (0..2).map(|i| {
        let label_id = format!("{}-{i}-label", props.id);
        let title = props.titles[i].clone();
        match &props.scale.bars[i] {
            Some(bar) => html! {
                <div class="cc-bar-row" key={keys[i].clone()}>
                    <span class="cc-bar-label" id={label_id.clone()}>{ title }</span>
                    <div class="cc-meter" role="meter" aria-labelledby={label_id}
                        aria-valuemin="0" aria-valuemax={format::number(props.scale.max)}
                        aria-valuenow={format::number(bar.value)} aria-valuetext={bar.text.clone()}>
                        { bar_svg(bar.fraction, side_class(i)) }
                    </div>
                    <span class="cc-bar-value">{ &bar.text }</span>
                </div>
            },
            None => no_figure(keys[i].clone(), attrs!("class" = "cc-bar-row"), title),
        }
    });
    html! {
        <figure class="cc-gauge" part="gauge">
            <figcaption class="cc-gauge-caption">
                { props.caption.clone() }
                <span class="cc-gauge-scale">{ format!(" (scale: 0 to {})", props.scale.max_text) }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for rows }</>
        </figure>
    }
}

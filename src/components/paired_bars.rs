//! Two bars on one shared scale (median pay, number of jobs), each a role="meter" with its
//! value in words. Drawn as inline SVG with numeric attributes, so no inline styles are needed.

use career_comparison::gauge::PairedScale;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// The SVG width every bar is drawn in; CSS scales it to the available width.
pub const SCALE: f64 = 1000.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// e.g. "Median yearly pay".
    pub caption: AttrValue,
    pub titles: [AttrValue; 2],
    /// One key per column (see [`column_keys`]).
    pub keys: [Key; 2],
    pub scale: PairedScale,
}

/// A horizontal bar filled to `fraction` (0–1); the fill's class picks its colour.
pub fn bar_svg(fraction: f64, fill_class: &'static str) -> Html {
    let w = (fraction.clamp(0.0, 1.0) * SCALE).round();
    html! {
        <svg class="cc-bar" viewBox="0 0 1000 20" preserveAspectRatio="none"
            aria-hidden="true" focusable="false">
            <rect class="cc-bar-track" x="0" y="0" width="1000" height="20" />
            <rect class={fill_class} x="0" y="0" width={w.to_string()} height="20" />
        </svg>
    }
}

/// Keys for the two columns of a comparison: the professions' codes, so when the pair is
/// swapped Yew moves each profession's nodes instead of rewriting every text and attribute
/// (and re-creating nodes whose shape differs, e.g. a figure and a "—"). When both columns
/// show the same profession, the column indices (keys must be distinct).
pub fn column_keys(codes: &[String; 2]) -> [Key; 2] {
    if codes[0] == codes[1] {
        [Key::from("0"), Key::from("1")]
    } else {
        [Key::from(codes[0].as_str()), Key::from(codes[1].as_str())]
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
pub fn no_figure(key: Key, class: &'static str, title: AttrValue) -> Html {
    html! {
        <div class={class} key={key}>
            <span class="cc-bar-label">{ title }</span>
            <span class="cc-bar-none">{ "No figure" }</span>
        </div>
    }
}

#[function_component(PairedBars)]
pub fn paired_bars(props: &Props) -> Html {
    let rows = (0..2).map(|i| {
        let label_id = format!("{}-{i}-label", props.id);
        let title = props.titles[i].clone();
        match &props.scale.bars[i] {
            Some(bar) => html! {
                <div class="cc-bar-row" key={props.keys[i].clone()}>
                    <span class="cc-bar-label" id={label_id.clone()}>{ title }</span>
                    <div class="cc-meter" role="meter" aria-labelledby={label_id}
                        aria-valuemin="0" aria-valuemax={props.scale.max.to_string()}
                        aria-valuenow={bar.value.to_string()} aria-valuetext={bar.text.clone()}>
                        { bar_svg(bar.fraction, side_class(i)) }
                    </div>
                    <span class="cc-bar-value">{ &bar.text }</span>
                </div>
            },
            None => no_figure(props.keys[i].clone(), "cc-bar-row", title),
        }
    });
    html! {
        <figure class="cc-gauge">
            <figcaption class="cc-gauge-caption">
                { props.caption.clone() }
                <span class="cc-gauge-scale">{ format!(" (scale: 0 to {})", props.scale.max_text) }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for rows }</>
        </figure>
    }
}

//! One meter per element for each profession, on one scale: race and ethnicity shares
//! (0–100 %), O*NET interests and work values (1–7, the high points marked and named, and
//! O*NET's one-line definition of each element once, under the meters).

use super::paired_bars::{bar_svg, row_keys, side_class};
use career_comparison::format;
use career_comparison::gauge::{MeterGroup, Meters};
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub id: AttrValue,
    pub caption: AttrValue,
    /// e.g. " (scale 0–100%)".
    pub scale: &'static str,
    /// What the high points are called, e.g. "interest code".
    pub high_points: &'static str,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub meters: &'a Meters,
}

fn group(props: &Props<'_>, i: usize, g: &MeterGroup) -> Html {
    let title = &props.titles[i];
    let mut heading = String::new();
    if let Some(of) = &g.of {
        heading += &format!(" (O*NET: {of})");
    }
    if !g.high_points.is_empty() {
        heading += &format!(": {} {}", props.high_points, g.high_points);
    }
    let (min, max) = (
        format::number(props.meters.min),
        format::number(props.meters.max),
    );
    html! {
        <>
            <p class="cc-meter-title"><bdi>{ title.clone() }</bdi>{ heading }</p>
            { for g.meters.iter().enumerate().map(|(j, m)| {
                let label_id = format!("{}-{i}-{j}", props.id);
                html! {
                    <div class="cc-bar-row" key={j}>
                        <span class="cc-bar-label" id={label_id.clone()}>
                            // seen: the element; heard: the element and whose it is
                            <span aria-hidden="true">{ &m.name }</span>
                            <span class="cc-visually-hidden">{ format!("{}, {title}", m.name) }</span>
                            if m.marked {
                                <span class="cc-high-point">{ " (high point)" }</span>
                            }
                        </span>
                        <div class="cc-meter" role="meter" aria-labelledby={label_id}
                            aria-valuemin={min.clone()} aria-valuemax={max.clone()}
                            aria-valuenow={format::number(m.value)} aria-valuetext={m.text.clone()}>
                            { bar_svg(m.fraction, side_class(i)) }
                        </div>
                        <span class="cc-bar-value">{ &m.text }</span>
                    </div>
                }
            }) }
        </>
    }
}

pub fn meter_bars(props: &Props<'_>) -> Html {
    let groups = &props.meters.groups;
    if groups.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, groups.iter().all(Option::is_some));
    let bodies = (0..2).map(|i| {
        let body = match &groups[i] {
            Some(g) => group(props, i, g),
            None => {
                html! { <p class="cc-bar-none">{ format!("{}: no figures", props.titles[i]) }</p> }
            }
        };
        html! { <div class="cc-meter-group" key={keys[i].clone()}>{ body }</div> }
    });
    // each element's definition once, from whichever side has it
    let definitions: Vec<(&str, &str)> = groups
        .iter()
        .flatten()
        .next()
        .map(|g| {
            g.meters
                .iter()
                .filter_map(|m| Some((m.name.as_str(), m.definition.as_deref()?)))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <figure class="cc-gauge" part="gauge" id={props.id.clone()}>
            <figcaption class="cc-gauge-caption">{ props.caption.clone() }
                <span class="cc-gauge-scale">{ props.scale }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for bodies }</>
            if !definitions.is_empty() {
                <dl class="cc-definitions">
                    { for definitions.iter().map(|(name, text)| html! {
                        <div class="cc-definition">
                            <dt>{ *name }<span aria-hidden="true">{ ": " }</span></dt>
                            <dd>{ *text }</dd>
                        </div>
                    }) }
                </dl>
            }
        </figure>
    }
}

//! An O*NET profile (interests, work values) for each profession: one meter per element on
//! the 1–7 scale with its value spoken, the high points marked and named, and O*NET's
//! one-line definition of each element once, under the bars.

use super::paired_bars::{bar_svg, row_keys, side_class};
use career_comparison::format;
use career_comparison::gauge::{ProfileBars, PROFILE_MAX, PROFILE_MIN};
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub id: AttrValue,
    /// e.g. "Interests (O*NET)".
    pub caption: AttrValue,
    /// e.g. "Interest code".
    pub high_points_label: &'static str,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub profiles: &'a [Option<ProfileBars>; 2],
}

pub fn profile_bars(props: &Props<'_>) -> Html {
    if props.profiles.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, props.profiles.iter().all(Option::is_some));
    let groups = (0..2).map(|i| {
        let title = props.titles[i].clone();
        let body = match &props.profiles[i] {
            Some(p) => html! {
                <>
                    <p class="cc-profile-title">
                        <bdi>{ title.clone() }</bdi>
                        if let Some(of) = &p.of {
                            { format!(" (O*NET: {of})") }
                        }
                        if !p.high_points.is_empty() {
                            { format!(": {} {}", props.high_points_label, p.high_points) }
                        }
                    </p>
                    { for p.bars.iter().enumerate().map(|(j, b)| {
                        let label_id = format!("{}-{i}-{j}", props.id);
                        html! {
                            <div class="cc-bar-row" key={j}>
                                <span class="cc-bar-label" id={label_id.clone()}>
                                    { format!("{}, {}", b.name, title) }
                                    if b.high_point {
                                        <span class="cc-high-point">{ " (high point)" }</span>
                                    }
                                </span>
                                <div class="cc-meter" role="meter" aria-labelledby={label_id}
                                    aria-valuemin={format::number(PROFILE_MIN)}
                                    aria-valuemax={format::number(PROFILE_MAX)}
                                    aria-valuenow={format::number(b.value)} aria-valuetext={b.text.clone()}>
                                    { bar_svg(b.fraction, side_class(i)) }
                                </div>
                                <span class="cc-bar-value">{ &b.text }</span>
                            </div>
                        }
                    }) }
                </>
            },
            None => html! { <p class="cc-bar-none">{ format!("{title}: no O*NET ratings") }</p> },
        };
        html! { <div class="cc-share-group" key={keys[i].clone()}>{ body }</div> }
    });
    // each element's definition once, from whichever side has it
    let first = props.profiles.iter().flatten().next();
    let definitions: Vec<(&str, &str)> = first
        .map(|p| {
            p.bars
                .iter()
                .filter_map(|b| Some((b.name.as_str(), b.definition.as_deref()?)))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <figure class="cc-gauge" id={props.id.clone()}>
            <figcaption class="cc-gauge-caption">{ props.caption.clone() }
                <span class="cc-gauge-scale">{ " (scale 1–7)" }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for groups }</>
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

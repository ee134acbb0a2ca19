//! One meter per share (race and ethnicity), on a 0–100 % scale, for each profession.

use super::paired_bars::{bar_svg, row_keys, side_class};
use career_comparison::format;
use career_comparison::gauge::Segment;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What the gauge shows, borrowed from the compared view's comparison for one render.
pub struct Props<'a> {
    pub id: AttrValue,
    pub caption: AttrValue,
    pub titles: &'a [AttrValue; 2],
    /// One key per column (see `paired_bars::column_keys`).
    pub keys: &'a [Key; 2],
    pub shares: &'a [Option<Vec<Segment>>; 2],
}

pub fn share_bars(props: &Props<'_>) -> Html {
    if props.shares.iter().all(Option::is_none) {
        return html! {};
    }
    let keys = row_keys(props.keys, props.shares.iter().all(Option::is_some));
    let groups = (0..2).map(|i| {
        let title = props.titles[i].clone();
        let body = match &props.shares[i] {
            Some(shares) => html! {
                { for shares.iter().enumerate().map(|(j, s)| {
                    let label_id = format!("{}-{i}-{j}", props.id);
                    html! {
                        <div class="cc-bar-row" key={j}>
                            <span class="cc-bar-label" id={label_id.clone()}>
                                { format!("{}, {}", s.label, title) }
                            </span>
                            <div class="cc-meter" role="meter" aria-labelledby={label_id}
                                aria-valuemin="0" aria-valuemax="100"
                                aria-valuenow={format::number(s.pct)} aria-valuetext={format::percent(s.pct)}>
                                { bar_svg(s.pct / 100.0, side_class(i)) }
                            </div>
                            <span class="cc-bar-value">{ format::percent(s.pct) }</span>
                        </div>
                    }
                }) }
            },
            None => html! { <p class="cc-bar-none">{ format!("{title}: no figures") }</p> },
        };
        html! { <div class="cc-share-group" key={keys[i].clone()}>{ body }</div> }
    });
    html! {
        <figure class="cc-gauge">
            <figcaption class="cc-gauge-caption">{ props.caption.clone() }
                <span class="cc-gauge-scale">{ " (scale 0–100%)" }</span>
            </figcaption>
            // in a fragment of their own: keyed children must not share a list with unkeyed siblings
            <>{ for groups }</>
        </figure>
    }
}

//! A few ready-made pairs to compare, offered while fewer than two professions are chosen.
//! Only pairs whose codes the dataset has are shown.

use career_schema::DatasetIndex;
use yew::prelude::*;

/// Candidate pairs, in the order offered.
pub const PAIRS: [(&str, &str); 4] = [
    ("13-2072", "43-4131"),
    ("29-1141", "29-2061"),
    ("15-1252", "15-1254"),
    ("47-2061", "47-2031"),
];

/// The offered pairs; `on_pick` gets the pair's codes. A plain view function, not a component:
/// it has no state of its own.
pub fn suggested_pairs(index: &DatasetIndex, on_pick: &Callback<(String, String)>) -> Html {
    let title = |code: &str| index.professions.find(code).map(|p| p.title);
    let buttons: Vec<Html> = PAIRS
        .iter()
        .filter_map(|(a, b)| {
            let (ta, tb) = (title(a)?, title(b)?);
            let onclick = {
                let on_pick = on_pick.clone();
                let (a, b) = (a.to_string(), b.to_string());
                Callback::from(move |_: MouseEvent| on_pick.emit((a.clone(), b.clone())))
            };
            Some(html! {
                <li key={format!("{a}-{b}")}>
                    <button type="button" class="cc-button cc-pair" {onclick}>
                        { format!("{ta} vs {tb}") }
                    </button>
                </li>
            })
        })
        .collect();
    if buttons.is_empty() {
        return html! {};
    }
    html! {
        <div class="cc-suggestions">
            <p class="cc-suggestions-heading">{ "Or try one of these pairs:" }</p>
            <ul class="cc-pair-list">{ for buttons }</ul>
        </div>
    }
}

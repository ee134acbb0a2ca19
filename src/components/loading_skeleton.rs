//! The shape of a comparison while its files load (aria-busy="true").

use yew::prelude::*;

/// The skeleton. A plain view function, not a component: it has no state and no props.
pub fn loading_skeleton() -> Html {
    let row = || {
        html! {
            <div class="cc-skeleton-row">
                <span class="cc-skeleton-block cc-skeleton-label"></span>
                <span class="cc-skeleton-block"></span>
                <span class="cc-skeleton-block"></span>
            </div>
        }
    };
    html! {
        <div class="cc-skeleton" aria-busy="true">
            <p class="cc-visually-hidden" role="status">{ "Loading the comparison…" }</p>
            <div class="cc-skeleton-block cc-skeleton-heading"></div>
            <div class="cc-skeleton-block cc-skeleton-line"></div>
            <div class="cc-skeleton-block cc-skeleton-line cc-skeleton-short"></div>
            <div class="cc-skeleton-table">
                { for (0..6).map(|_| row()) }
            </div>
        </div>
    }
}

//! An error panel (role="alert"): what failed, and a "Retry" button that asks again.

use yew::prelude::*;

/// The panel. A plain view function, not a component: it has no state of its own.
pub fn error_panel(heading: &'static str, message: String, on_retry: &Callback<()>) -> Html {
    let onclick = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="cc-error" part="error" role="alert">
            <h2 class="cc-error-heading">{ heading }</h2>
            <p class="cc-error-message">{ message }</p>
            <button type="button" class="cc-button" {onclick}>{ "Retry" }</button>
        </div>
    }
}

//! An error panel (role="alert"): what failed, and a "Retry" button that asks again.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub heading: AttrValue,
    pub message: AttrValue,
    pub on_retry: Callback<()>,
}

#[function_component(ErrorPanel)]
pub fn error_panel(props: &Props) -> Html {
    let onclick = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="cc-error" role="alert">
            <h2 class="cc-error-heading">{ props.heading.clone() }</h2>
            <p class="cc-error-message">{ props.message.clone() }</p>
            <button type="button" class="cc-button" {onclick}>{ "Retry" }</button>
        </div>
    }
}

//! What a visitor takes away: "Download CSV" (the comparison's rows as
//! `career_comparison::csv` writes them, saved under a name after the pair) and, where the
//! page URL restores the pair (URL sync), "Copy link" with its confirmation in a live region.

use crate::shared::Shared;
use career_comparison::{csv, Comparison};
use career_schema::DatasetIndex;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: Shared<DatasetIndex>,
    pub comparison: Shared<Comparison>,
    /// Offer "Copy link" (the page URL names the pair: URL sync is on).
    pub copy_link: bool,
}

#[function_component(ShareActions)]
pub fn share_actions(props: &Props) -> Html {
    let status = use_state(String::new);
    let download = {
        let (index, comparison) = (props.index.clone(), props.comparison.clone());
        Callback::from(move |_: MouseEvent| {
            let text = csv::csv(&index, &comparison);
            if save(&text, &csv::file_name(&comparison)).is_err() {
                web_sys::console::warn_1(&"career-compare: the CSV could not be saved".into());
            }
        })
    };
    let copy = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let href = gloo_utils::window().location().href().unwrap_or_default();
                let copied = wasm_bindgen_futures::JsFuture::from(
                    gloo_utils::window()
                        .navigator()
                        .clipboard()
                        .write_text(&href),
                )
                .await;
                // a new text each time, so the live region announces a second copy too
                status.set(match copied {
                    Ok(_) if status.starts_with("Link copied") => "Link copied again.".into(),
                    Ok(_) => "Link copied.".into(),
                    Err(_) => format!("The link could not be copied: {href}"),
                });
            });
        })
    };
    html! {
        <div class="cc-actions" part="actions">
            <button type="button" class="cc-button" onclick={download}>{ "Download CSV" }</button>
            if props.copy_link {
                <button type="button" class="cc-button" onclick={copy}>{ "Copy link" }</button>
            }
            <p class="cc-action-status" role="status">{ (*status).clone() }</p>
        </div>
    }
}

/// Saves `text` as a UTF-8 file named `name` (a download of a `blob:` URL).
fn save(text: &str, name: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement =
        gloo_utils::document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // revoked once the download has started
    wasm_bindgen_futures::spawn_local(async move {
        crate::schedule::next_task().await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

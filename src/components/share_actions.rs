//! What a visitor takes away: "Download CSV" (the comparison's rows as
//! `career_comparison::csv` writes them, saved under a name after the pair) and, where the
//! page URL restores the pair (URL sync), "Copy link" (the page URL naming the pair and place)
//! with its confirmation in a live region.
//!
//! A plain view function that writes the confirmation into the live region itself, rather than
//! a component with its own state: a component cost its lifecycle code in the wasm (the size
//! budget), and Yew leaves the region's text alone, as the region has no children of its own.

use crate::share_link::{self, Selection};
use crate::shared::Shared;
use career_comparison::{csv, Comparison};
use career_schema::DatasetIndex;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

/// The buttons; "Copy link" only with `share`, the selection the page URL then names.
pub fn share_actions(
    index: &Shared<DatasetIndex>,
    comparison: &Shared<Comparison>,
    share: Option<&Selection>,
) -> Html {
    let download = {
        let (index, comparison) = (index.clone(), comparison.clone());
        Callback::from(move |_: MouseEvent| {
            let text = csv::csv(&index, &comparison);
            if save(&text, &csv::file_name(&comparison)).is_err() {
                web_sys::console::warn_1(&"career-compare: the CSV could not be saved".into());
            }
        })
    };
    html! {
        <div class="cc-actions" part="actions">
            <button type="button" class="cc-button" onclick={download}>{ "Download CSV" }</button>
            if let Some(sel) = share.cloned() {
                <button type="button" class="cc-button"
                    onclick={Callback::from(move |e| copy(e, &sel))}>{ "Copy link" }</button>
            }
            <p class="cc-action-status" role="status"></p>
        </div>
    }
}

/// Copies the link to `sel` and says so in the region next to the button.
fn copy(e: MouseEvent, sel: &Selection) {
    let href = share_link::link(sel).unwrap_or_default();
    let status = e
        .target_dyn_into::<Element>()
        .and_then(|button| button.parent_element())
        .and_then(|actions| actions.query_selector(".cc-action-status").ok().flatten());
    wasm_bindgen_futures::spawn_local(async move {
        let clipboard = gloo_utils::window().navigator().clipboard();
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&href)).await;
        let Some(status) = status else { return };
        let before = status.text_content().unwrap_or_default();
        // a new text each time, so the live region announces a second copy too
        let said = match copied {
            Ok(_) if before.starts_with("Link copied") => "Link copied again.".to_string(),
            Ok(_) => "Link copied.".to_string(),
            Err(_) => format!("The link could not be copied: {href}"),
        };
        status.set_text_content(Some(&said));
    });
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

//! The widget's side of the preload protocol: the page (the demo page's inline script, or the
//! `<career-compare>` loader) requests an instance's first files while the wasm downloads and
//! leaves a promise per absolute URL in `window.careerCompareFetched`; [`take_fetched`] takes
//! one instead of making the request again.

use super::error::LoadError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The page's own request for `url`, if it made one before the widget started: the demo
/// page's inline script fetches a deep link's files while the wasm downloads and leaves a
/// promise per absolute URL in `window.careerCompareFetched` (a `Map`). Taken once by each
/// instance it was requested for (the embed loader counts them in the promise's `takers`), so
/// a retry asks the network again.
pub(super) fn take_fetched(url: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let fetched = js_sys::Reflect::get(&window, &"careerCompareFetched".into()).ok()?;
    let fetched = fetched.dyn_into::<js_sys::Map>().ok()?;
    let href = window.location().href().ok()?;
    let key: JsValue = web_sys::Url::new_with_base(url, &href).ok()?.href().into();
    let promise = fetched.get(&key).dyn_into::<js_sys::Promise>().ok()?;
    // `takers`: how many instances the embed loader requested it for (absent: one)
    let takers = js_sys::Reflect::get(&promise, &"takers".into())
        .ok()
        .and_then(|t| t.as_f64())
        .unwrap_or(1.0);
    if takers > 1.0 {
        let _ = js_sys::Reflect::set(&promise, &"takers".into(), &(takers - 1.0).into());
    } else {
        fetched.delete(&key);
    }
    Some(promise)
}

/// The bytes of a request the page made (see [`take_fetched`]): its promise resolves (never
/// rejects) to `{ status, body }` (an `ArrayBuffer`), `{ status, statusText }` (an error
/// status) or `{ error }` (the browser's message; `cutOff` if the body broke off). The same
/// failures and timeout as a request of our own.
pub(super) async fn fetched_bytes(
    url: String,
    fetched: js_sys::Promise,
    timeout_ms: u32,
) -> Result<Vec<u8>, LoadError> {
    let Some(answer) = crate::schedule::within(timeout_ms, JsFuture::from(fetched)).await else {
        return Err(LoadError::Timeout {
            url,
            after_ms: timeout_ms,
        });
    };
    let answer = answer.unwrap_or_default();
    let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).unwrap_or_default();
    if let Some(message) = field("error").as_string() {
        return Err(if field("cutOff").is_truthy() {
            LoadError::CutOff { url, message }
        } else {
            LoadError::Network { url, message }
        });
    }
    let body = field("body");
    if body.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(js_sys::Uint8Array::new(&body).to_vec());
    }
    Err(LoadError::Http {
        url,
        status: field("status").as_f64().map_or(0, |s| s as u16),
        status_text: field("statusText").as_string().unwrap_or_default(),
    })
}

//! The widget's side of the preload protocol. The page side is in `src/embed/career-compare.js`
//! (between `preload:start` and `preload:end`; the demo page's inline script is made from the
//! same lines): it requests an instance's first files while the wasm downloads and leaves, in
//! a `Map` at `window[Symbol.for('career-compare.fetched')]` (a registered symbol rather than a
//! named global: the loader adds no globals to the page), a promise per absolute URL that resolves to the
//! `Response` with its body read, or to the error the request failed with. [`take`] takes one
//! instead of making the request again; the widget reads it as a response of its own.

use gloo_net::http::Response;
use std::future::Future;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The registered symbol's key the page side keeps its requests under.
const FETCHED: &str = "career-compare.fetched";

/// The page's own request for `url`, if it made one before the widget started, as a future of
/// its response or the browser's message for its failure. Taken once by each instance it was
/// requested for (the embed loader counts them in the promise's `takers`), so a retry asks the
/// network again.
pub fn take(url: &str) -> Option<impl Future<Output = Result<Response, String>>> {
    let window = web_sys::window()?;
    let key = js_sys::Symbol::for_(FETCHED);
    let fetched = js_sys::Reflect::get(&window, &key).ok()?;
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
    Some(async move {
        // (the promise never rejects)
        let answer = JsFuture::from(promise).await.unwrap_or_else(|e| e);
        let response = answer
            .dyn_into::<web_sys::Response>()
            .map_err(browser_message)?;
        // each taker reads a copy: instances may share the request, and a body reads once
        Ok(Response::from(response.clone().unwrap_or(response)))
    })
}

/// The browser's message for a failed request: the error's `toString()` ("TypeError: Failed
/// to fetch"), as gloo-net's error gives it; a thrown string as it is; anything else (not an
/// `Error`, not a string) as a plain sentence.
fn browser_message(e: JsValue) -> String {
    match e.dyn_into::<js_sys::Error>() {
        Ok(error) => String::from(error.to_string()),
        // not `JsString::from(value)`: that only relabels the value, and reading a non-string
        // through it throws
        Err(value) => value
            .as_string()
            .unwrap_or_else(|| String::from("the browser gave no reason")),
    }
}

#[cfg(test)]
mod tests {
    /// The page side checks codes itself before the wasm has loaded (`SOC_CODE` in
    /// career-compare.js); tests/browser/preload.test.mjs holds it to the same cases.
    #[test]
    fn soc_codes_are_checked_as_the_page_side_checks_them() {
        let cases: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/soc-codes.json")).unwrap();
        let list = |key: &str| -> Vec<String> {
            let codes = cases[key].as_array().expect(key);
            codes
                .iter()
                .map(|c| c.as_str().unwrap().to_owned())
                .collect()
        };
        assert!(list("valid").len() >= 5 && list("invalid").len() >= 15);
        for code in list("valid") {
            assert!(career_schema::is_soc_code(&code), "{code:?}");
        }
        for code in list("invalid") {
            assert!(!career_schema::is_soc_code(&code), "{code:?}");
        }
    }
}

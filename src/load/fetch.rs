//! Fetching a dataset file: one request function, for every kind of file, that maps every
//! failure to a [`LoadError`] and times the file's decoding for the benchmark.

use super::error::LoadError;
use super::preload::{fetched_bytes, take_fetched};
use crate::perf;
use career_schema::DatasetError;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long one file may take (request and body) before it counts as timed out, unless the
/// mount element says otherwise with `data-timeout-ms`.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;
/// The shortest and longest timeouts `data-timeout-ms` may set.
pub const MIN_TIMEOUT_MS: u32 = 100;
pub const MAX_TIMEOUT_MS: u32 = 600_000;

/// The timeout a `data-timeout-ms` value asks for: a whole number of milliseconds, clamped to
/// [`MIN_TIMEOUT_MS`]..=[`MAX_TIMEOUT_MS`]; absent or not a number gives the default.
pub fn parse_timeout_ms(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|v| v.clamp(MIN_TIMEOUT_MS.into(), MAX_TIMEOUT_MS.into()) as u32)
        .unwrap_or(DEFAULT_TIMEOUT_MS)
}

/// `base` joined with a file path inside the dataset folder ("data/" + "index.json").
pub fn file_url(base: &str, file: &str) -> String {
    if base.is_empty() {
        file.to_string()
    } else if base.ends_with('/') {
        format!("{base}{file}")
    } else {
        format!("{base}/{file}")
    }
}

/// Logs a failure once, as one console line with its cause.
pub fn log_failure(e: &LoadError) {
    web_sys::console::error_1(&format!("career-compare: {e}").into());
}

/// Fetches `file` from the dataset at `base` within `timeout_ms` and decodes it with `decode`.
pub async fn fetch<T>(
    base: &str,
    file: &str,
    timeout_ms: u32,
    decode: impl FnOnce(&[u8]) -> Result<T, DatasetError>,
) -> Result<T, LoadError> {
    let bytes = fetch_bytes(base, file, timeout_ms).await?;
    // Timed as a performance measure "career-compare:decode <file>" for the benchmark.
    let start = perf::decode_started(file);
    let result = decode(&bytes).map_err(LoadError::Data);
    perf::decode_ended(file, start);
    result
}

/// The request itself, one function for every kind of file (not generic, so its sizeable
/// future is compiled once rather than once per file kind).
async fn fetch_bytes(base: &str, file: &str, timeout_ms: u32) -> Result<Vec<u8>, LoadError> {
    use std::cell::Cell;

    let url = file_url(base, file);
    if let Some(fetched) = take_fetched(&url) {
        return fetched_bytes(url, fetched, timeout_ms).await;
    }
    // One AbortController per request: the timer aborts the request and its body.
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let _timer = controller.clone().map(|c| {
        let timed_out = timed_out.clone();
        gloo_timers::callback::Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            c.abort();
        })
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let timeout = || LoadError::Timeout {
        url: url.clone(),
        after_ms: timeout_ms,
    };
    // a failed request or body: the timeout's abort, else `kind` with the browser's message
    let failed = |kind: fn(String, String) -> LoadError, e: JsValue| {
        if timed_out.get() {
            timeout()
        } else {
            kind(url.clone(), browser_message(e))
        }
    };
    let network = |url, message| LoadError::Network { url, message };
    // A GET with the abort signal, built and sent as gloo-net's `Request::get(..).send()` did
    // (a `Request`, so a malformed URL fails with the same message), without its builder.
    let init = web_sys::RequestInit::new();
    init.set_signal(signal.as_ref());
    let request =
        web_sys::Request::new_with_str_and_init(&url, &init).map_err(|e| failed(network, e))?;
    let window = web_sys::window().ok_or_else(|| failed(network, JsValue::UNDEFINED))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|e| failed(network, e))?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let cut_off = |url, message| LoadError::CutOff { url, message };
    let body = response.array_buffer().map_err(|e| failed(cut_off, e))?;
    let body = JsFuture::from(body).await.map_err(|e| failed(cut_off, e))?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}

/// The browser's message for a failed request or body: the error's `toString()` ("TypeError:
/// Failed to fetch"), as gloo-net's error gave it; a thrown string as it is; anything else
/// (not an `Error`, not a string) as a plain sentence.
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
    use super::*;

    #[test]
    fn joins_the_dataset_url() {
        assert_eq!(file_url("data/", "index.json"), "data/index.json");
        assert_eq!(file_url("data", "index.json"), "data/index.json");
        assert_eq!(file_url("", "titles.json"), "titles.json");
        assert_eq!(
            file_url("https://example.test/d/", "professions/13-2072.json"),
            "https://example.test/d/professions/13-2072.json"
        );
    }

    #[test]
    fn timeout_attribute() {
        assert_eq!(parse_timeout_ms(None), DEFAULT_TIMEOUT_MS);
        assert_eq!(DEFAULT_TIMEOUT_MS, 15_000);
        assert_eq!(parse_timeout_ms(Some(" 1500 ")), 1500);
        assert_eq!(parse_timeout_ms(Some("5")), MIN_TIMEOUT_MS);
        assert_eq!(parse_timeout_ms(Some("99999999999999")), MAX_TIMEOUT_MS);
        assert_eq!(parse_timeout_ms(Some("soon")), DEFAULT_TIMEOUT_MS);
        assert_eq!(parse_timeout_ms(Some("-3")), DEFAULT_TIMEOUT_MS);
    }
}

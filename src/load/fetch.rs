//! Fetching a dataset file: one request function, for every kind of file, that maps every
//! failure to a [`LoadError`] and times the file's decoding for the benchmark.

use super::error::LoadError;
use super::preload;
use crate::perf;
use career_schema::DatasetError;
use gloo_net::http::Request;
use std::rc::Rc;

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
    gloo_console::error!(format!("career-compare: {e}"));
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
/// future is compiled once rather than once per file kind): the page's preloaded request for
/// the file if it made one (see [`preload`]), else a GET of our own.
async fn fetch_bytes(base: &str, file: &str, timeout_ms: u32) -> Result<Vec<u8>, LoadError> {
    use std::cell::Cell;

    let url = file_url(base, file);
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
    let timeout = || LoadError::Timeout {
        url: url.clone(),
        after_ms: timeout_ms,
    };
    // a failed request or body: the timeout's abort, else `kind` with the browser's message
    // (gloo-net's error shows as the JS error's `toString()`: "TypeError: Failed to fetch")
    let failed = |kind: fn(String, String) -> LoadError, e: gloo_net::Error| {
        if timed_out.get() {
            timeout()
        } else {
            kind(url.clone(), browser_message(e))
        }
    };
    let network = |url, message| LoadError::Network { url, message };
    let response = match preload::take(&url) {
        // the page's request: its body is in memory already, so only its answer can be late
        Some(fetched) => match crate::schedule::within(timeout_ms, fetched).await {
            Some(answer) => answer.map_err(|message| network(url.clone(), message))?,
            None => return Err(timeout()),
        },
        None => Request::get(&url)
            .abort_signal(controller.map(|c| c.signal()).as_ref())
            .send()
            .await
            .map_err(|e| failed(network, e))?,
    };
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let cut_off = |url, message| LoadError::CutOff { url, message };
    response.binary().await.map_err(|e| failed(cut_off, e))
}

/// The browser's message for a failed request or body. Not `gloo_net::Error`'s `Display`: its
/// JSON variant (on through Yew's gloo) would link serde_json's error texts, which a fetch of
/// bytes never produces (the wasm size budget).
fn browser_message(e: gloo_net::Error) -> String {
    #[allow(unreachable_patterns)]
    match e {
        gloo_net::Error::JsError(js) => js.to_string(),
        gloo_net::Error::GlooError(s) => s,
        _ => "the request failed".to_string(),
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

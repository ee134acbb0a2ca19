//! Fetching dataset files: one request function that maps every failure to [`LoadError`]
//! (HTTP status, timeout, network or CORS refusal, a body cut off mid-way, or the schema
//! crate's [`DatasetError`] with its file, field path, expected and found), and the wording a
//! person sees for each. The wording is pure and tested on the host.

use career_schema::DatasetError;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
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

/// A failure as the widget keeps it: shared, so the state and the requests' results copy a
/// pointer rather than the failure's texts (and `LoadError` needs no `Clone` code at all).
pub type Failure = Rc<LoadError>;

/// Why a dataset file could not be loaded.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    /// The server answered with an error status.
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    /// No answer within the timeout.
    Timeout { url: String, after_ms: u32 },
    /// No answer at all: offline, DNS, connection refused, or a cross-origin response without
    /// the CORS headers (browsers report all of these as the same TypeError).
    Network { url: String, message: String },
    /// The answer started but the connection ended before the whole file arrived.
    CutOff { url: String, message: String },
    /// The file arrived but is not a valid dataset file.
    Data(DatasetError),
    /// A profession's detail file failed while the index loaded.
    Profession {
        code: String,
        title: Option<String>,
        error: Failure,
    },
}

/// Gives a profession's failure its title, once the index says what it is (a file can be
/// requested before the index has arrived).
pub fn name_profession(e: &mut Failure, known: Option<String>) {
    if let (
        LoadError::Profession {
            code,
            title: None,
            error,
        },
        Some(_),
    ) = (&**e, &known)
    {
        *e = Rc::new(LoadError::Profession {
            code: code.clone(),
            title: known,
            error: error.clone(),
        });
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Http {
                url,
                status,
                status_text,
            } => {
                let text = if status_text.is_empty() {
                    reason_phrase(*status)
                } else {
                    status_text.as_str()
                };
                match status {
                    404 | 410 => write!(
                        f,
                        "{url} was not found on the server (HTTP {status} {text})"
                    ),
                    500..=599 => write!(
                        f,
                        "The server failed while sending {url} (HTTP {status} {text}); \
                         this is often temporary"
                    ),
                    _ => write!(f, "The server refused {url} (HTTP {status} {text})"),
                }
            }
            LoadError::Timeout { url, after_ms } => write!(
                f,
                "{url} did not arrive within {} (timed out)",
                duration(*after_ms)
            ),
            LoadError::Network { url, message } => {
                write!(
                    f,
                    "Could not fetch {url}: network error or the server refused cross-origin \
                     access (CORS)"
                )?;
                if !message.is_empty() {
                    write!(f, " ({message})")?;
                }
                Ok(())
            }
            LoadError::CutOff { url, message } => {
                write!(
                    f,
                    "{url} was cut off: the connection ended before the whole file arrived"
                )?;
                if !message.is_empty() {
                    write!(f, " ({message})")?;
                }
                Ok(())
            }
            LoadError::Data(e) => write!(f, "{e}"),
            LoadError::Profession { code, title, error } => {
                match title {
                    Some(t) => write!(f, "The details of {t} ({code}) could not be loaded: ")?,
                    None => write!(f, "The details of profession {code} could not be loaded: ")?,
                }
                write!(f, "{error}")
            }
        }
    }
}

/// "15 seconds", "1.5 seconds", "800 ms".
fn duration(ms: u32) -> String {
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms.is_multiple_of(1000) {
        let s = ms / 1000;
        format!("{s} second{}", if s == 1 { "" } else { "s" })
    } else {
        let tenths = career_comparison::format::fixed(f64::from(ms) / 1000.0, 1);
        format!("{tenths} seconds")
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Error",
    }
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
    let start = decode_started(file);
    let result = decode(&bytes).map_err(LoadError::Data);
    decode_ended(file, start);
    result
}

/// Marks the start of `file`'s decoding (not generic: compiled once for every file kind).
fn decode_started(file: &str) -> Option<(web_sys::Performance, String)> {
    let perf = web_sys::window().and_then(|w| w.performance())?;
    let start = format!("career-compare:decode-start {file}");
    let _ = perf.mark(&start);
    Some((perf, start))
}

/// Records the measure "career-compare:decode <file>" from the mark [`decode_started`] set.
fn decode_ended(file: &str, start: Option<(web_sys::Performance, String)>) {
    if let Some((perf, start)) = start {
        let _ = perf.measure_with_start_mark(&format!("career-compare:decode {file}"), &start);
        perf.clear_marks_with_mark_name(&start);
    }
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

/// The page's own request for `url`, if it made one before the widget started: the demo
/// page's inline script fetches a deep link's files while the wasm downloads and leaves a
/// promise per absolute URL in `window.careerCompareFetched` (a `Map`). Taken once by each
/// instance it was requested for (the embed loader counts them in the promise's `takers`), so
/// a retry asks the network again.
fn take_fetched(url: &str) -> Option<js_sys::Promise> {
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
async fn fetched_bytes(
    url: String,
    fetched: js_sys::Promise,
    timeout_ms: u32,
) -> Result<Vec<u8>, LoadError> {
    let first = js_sys::Promise::race(&js_sys::Array::of2(&fetched, &timer(timeout_ms)));
    let answer = JsFuture::from(first).await.unwrap_or(JsValue::UNDEFINED);
    if answer.is_undefined() {
        return Err(LoadError::Timeout {
            url,
            after_ms: timeout_ms,
        });
    }
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

/// A promise resolved (with `undefined`) by a `setTimeout` of `ms`; never, without a window.
fn timer(ms: u32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let ms = i32::try_from(ms).unwrap_or(i32::MAX);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

/// Waits for a new task (a `setTimeout` of 0), so the browser can render and handle input
/// between steps of long work (what gloo-timers' `TimeoutFuture::new(0)` did, on the promise
/// and timer code this file already has).
pub async fn next_task() {
    let _ = JsFuture::from(timer(0)).await;
}

/// Waits until the browser has rendered the next frame (a task posted from the next animation
/// frame), or 100 ms, whichever comes first (animation frames stop in a hidden tab). Work that
/// follows a render this way cannot delay the frame that shows it: a `setTimeout` of 0 posted
/// during the render often ran before that frame.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let window = w.clone();
            let post = Closure::once_into_js(move || {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            });
            let _ = w.request_animation_frame(post.unchecked_ref());
        }
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&frame, &timer(100)));
    let _ = JsFuture::from(first).await;
}

/// A `performance.mark` (the benchmark reads these); nothing if the page has no performance API.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
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

    #[test]
    fn messages_name_what_failed() {
        let http = |status, text: &str| LoadError::Http {
            url: "data/index.json".into(),
            status,
            status_text: text.into(),
        };
        assert_eq!(
            http(404, "").to_string(),
            "data/index.json was not found on the server (HTTP 404 Not Found)"
        );
        assert_eq!(
            http(500, "").to_string(),
            "The server failed while sending data/index.json (HTTP 500 Internal Server Error); \
             this is often temporary"
        );
        assert_eq!(
            http(403, "Nope").to_string(),
            "The server refused data/index.json (HTTP 403 Nope)"
        );
        let e = LoadError::Timeout {
            url: "data/index.json".into(),
            after_ms: 15_000,
        };
        assert_eq!(
            e.to_string(),
            "data/index.json did not arrive within 15 seconds (timed out)"
        );
        let e = LoadError::Timeout {
            url: "x.json".into(),
            after_ms: 1500,
        };
        assert!(e.to_string().contains("1.5 seconds"));
        let e = LoadError::Network {
            url: "https://other.test/data/index.json".into(),
            message: "TypeError: Failed to fetch".into(),
        };
        assert_eq!(
            e.to_string(),
            "Could not fetch https://other.test/data/index.json: network error or the server \
             refused cross-origin access (CORS) (TypeError: Failed to fetch)"
        );
        let e = LoadError::CutOff {
            url: "data/index.json".into(),
            message: String::new(),
        };
        assert!(e.to_string().contains("was cut off"), "{e}");
        let e = LoadError::Data(
            career_schema::decode_index(b"{\"schema_version\": 1, \"name\": ").unwrap_err(),
        );
        assert!(e.to_string().contains("cut off"), "{e}");
        let e = LoadError::Profession {
            code: "13-2072".into(),
            title: Some("Loan Officers".into()),
            error: Rc::new(LoadError::Http {
                url: "data/professions/13-2072.json".into(),
                status: 404,
                status_text: String::new(),
            }),
        };
        assert_eq!(
            e.to_string(),
            "The details of Loan Officers (13-2072) could not be loaded: \
             data/professions/13-2072.json was not found on the server (HTTP 404 Not Found)"
        );
    }

    /// Every kind of dataset error reaches the panel with its file, path, expected and found.
    #[test]
    fn dataset_errors_keep_their_detail() {
        let big = vec![b' '; career_schema::decode::MAX_INDEX_BYTES + 1];
        let e = LoadError::Data(career_schema::decode_index(&big).unwrap_err()).to_string();
        assert!(e.contains("index.json") && e.contains("limit"), "{e}");
        let e = LoadError::Data(career_schema::decode_index(b"{\"a\": \"\xff\"}").unwrap_err())
            .to_string();
        assert!(e.contains("UTF-8"), "{e}");
        let e = LoadError::Data(
            career_schema::decode_index(
                br#"{"schema_version":1,"name":"x","sources":[],"professions":[{"code":"13-2072","title":5,"slug":"x"}]}"#,
            )
            .unwrap_err(),
        )
        .to_string();
        assert!(e.contains("professions[0].title"), "{e}");
    }
}

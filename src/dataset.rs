//! Fetching dataset files: one request function that maps every failure to [`LoadError`]
//! (HTTP status, network error, or the schema crate's [`DatasetError`] with its field path).

use career_schema::DatasetError;
use std::fmt;

/// Why a dataset file could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The server answered with an error status.
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    /// No answer at all (offline, blocked, CORS).
    Network { url: String, message: String },
    /// The file arrived but is not a valid dataset file.
    Data(DatasetError),
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
                write!(f, "HTTP {status} {text} for {url}")
            }
            LoadError::Network { url, message } => {
                write!(f, "Network error while fetching {url}: {message}")
            }
            LoadError::Data(e) => write!(f, "{e}"),
        }
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

/// Fetches `file` from the dataset at `base` and decodes it with `decode`.
pub async fn fetch<T>(
    base: &str,
    file: &str,
    decode: impl FnOnce(&[u8]) -> Result<T, DatasetError>,
) -> Result<T, LoadError> {
    let url = file_url(base, file);
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Network {
            url: url.clone(),
            message: e.to_string(),
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let bytes = response.binary().await.map_err(|e| LoadError::Network {
        url: url.clone(),
        message: e.to_string(),
    })?;
    // Timed as a performance measure "career-compare:decode <file>" for the benchmark.
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("career-compare:decode-start {file}");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let result = decode(&bytes).map_err(LoadError::Data);
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(&format!("career-compare:decode {file}"), &start);
        p.clear_marks_with_mark_name(&start);
    }
    result
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
    fn messages_name_what_failed() {
        let e = LoadError::Http {
            url: "data/index.json".into(),
            status: 404,
            status_text: String::new(),
        };
        assert_eq!(e.to_string(), "HTTP 404 Not Found for data/index.json");
        let e = LoadError::Http {
            url: "data/index.json".into(),
            status: 503,
            status_text: "Busy".into(),
        };
        assert_eq!(e.to_string(), "HTTP 503 Busy for data/index.json");
        let e = LoadError::Data(
            career_schema::decode_index(b"{\"schema_version\": 1, \"name\": ").unwrap_err(),
        );
        assert!(e.to_string().contains("not valid JSON"), "{e}");
    }
}

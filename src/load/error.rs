//! Why a dataset file could not be loaded ([`LoadError`]: an HTTP status, a timeout, a network
//! or CORS refusal, a body cut off mid-way, or the schema crate's [`DatasetError`] with its
//! file, field path, expected and found), and the wording a person sees for each. Pure, and
//! tested on the host.

use career_schema::DatasetError;
use std::fmt;
use std::rc::Rc;

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

impl LoadError {
    /// What went wrong, as the `career-compare:error` event's `kind` names it.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::Http { .. } => "http",
            LoadError::Timeout { .. } => "timeout",
            LoadError::Network { .. } => "network",
            LoadError::CutOff { .. } => "cut-off",
            LoadError::Data(_) => "data",
            LoadError::Profession { error, .. } => error.kind(),
        }
    }

    /// The file that failed (as it was requested, or as the dataset error names it).
    pub fn url(&self) -> &str {
        match self {
            LoadError::Http { url, .. }
            | LoadError::Timeout { url, .. }
            | LoadError::Network { url, .. }
            | LoadError::CutOff { url, .. } => url,
            LoadError::Data(e) => e.file(),
            LoadError::Profession { error, .. } => error.url(),
        }
    }
}

/// The dataset error or the detail file's failure underneath, for code that walks the chain.
impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Data(e) => Some(e),
            LoadError::Profession { error, .. } => Some(&**error),
            _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_names_its_kind_and_file() {
        let timeout = Rc::new(LoadError::Timeout {
            url: "data/professions/13-2072.json".into(),
            after_ms: 100,
        });
        let e = LoadError::Profession {
            code: "13-2072".into(),
            title: None,
            error: timeout,
        };
        assert_eq!(
            (e.kind(), e.url()),
            ("timeout", "data/professions/13-2072.json")
        );
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

    /// Code that reports errors generically (`dyn Error`) reaches the cause: a profession's
    /// failure leads to its HTTP error, a dataset error to the decoder's.
    #[test]
    fn is_a_std_error_with_its_cause() {
        use std::error::Error;
        let http = LoadError::Http {
            url: "data/professions/13-2072.json".into(),
            status: 404,
            status_text: String::new(),
        };
        let e = LoadError::Profession {
            code: "13-2072".into(),
            title: None,
            error: Rc::new(http),
        };
        let cause = e.source().expect("a profession's failure has a cause");
        assert_eq!(
            cause.to_string(),
            "data/professions/13-2072.json was not found on the server (HTTP 404 Not Found)"
        );
        assert!(cause.source().is_none());
        let data = LoadError::Data(career_schema::decode_index(b"[").unwrap_err());
        assert_eq!(data.source().map(|c| c.to_string()), Some(data.to_string()));
        let boxed: Box<dyn Error> = Box::new(data);
        assert!(boxed.to_string().contains("index.json"), "{boxed}");
    }
}

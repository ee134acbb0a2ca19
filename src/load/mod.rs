//! Loading dataset files: the request ([`fetch`]), the preloaded requests it takes over
//! ([`preload`]), and why a file could not be loaded ([`error`]).

pub mod error;
pub mod fetch;
mod preload;

pub use error::{name_profession, Failure, LoadError};
pub use fetch::{fetch, log_failure, parse_timeout_ms, DEFAULT_TIMEOUT_MS};

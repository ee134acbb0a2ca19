//! Why a dataset file could not be used: [`DatasetError`] for a file, [`Problem`] for one value
//! validation rejected. The bottom of the crate: the model, validation and decoding all report
//! through these.

use std::fmt;

/// How every message for text that ends before its JSON does begins (the JSON reader writes
/// them; [`DatasetError::is_cut_off`] reads them).
pub const EOF_PREFIX: &str = "EOF while parsing";

/// One thing wrong with a decoded file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Field path, e.g. `professions[3].code` or `pay.national.annual.median.usd`.
    pub path: String,
    pub expected: String,
    pub found: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, found {}",
            self.path, self.expected, self.found
        )
    }
}

/// Why a dataset file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DatasetError {
    /// The file is larger than the limit for its kind.
    TooLarge {
        file: String,
        size: usize,
        limit: usize,
    },
    /// The bytes are not UTF-8.
    InvalidUtf8 { file: String, offset: usize },
    /// The text is not JSON (including a file cut off mid-way).
    InvalidJson {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON does not have the dataset's shape.
    Schema {
        file: String,
        path: String,
        message: String,
    },
    /// The shape is right but values are not (duplicates, impossible numbers, unknown codes).
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl DatasetError {
    pub fn file(&self) -> &str {
        match self {
            DatasetError::TooLarge { file, .. }
            | DatasetError::InvalidUtf8 { file, .. }
            | DatasetError::InvalidJson { file, .. }
            | DatasetError::Schema { file, .. }
            | DatasetError::Invalid { file, .. } => file,
        }
    }
}

impl DatasetError {
    /// The text ended before the JSON did: the file was truncated (often a transfer cut off
    /// mid-way) rather than written wrongly.
    pub fn is_cut_off(&self) -> bool {
        matches!(self, DatasetError::InvalidJson { message, .. } if message.starts_with(EOF_PREFIX))
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetError::TooLarge { file, size, limit } => write!(
                f,
                "{file} is {size} bytes, larger than the {limit}-byte limit for this file"
            ),
            DatasetError::InvalidUtf8 { file, offset } => {
                write!(f, "{file} is not UTF-8 text (bad byte at offset {offset})")
            }
            DatasetError::InvalidJson {
                file,
                line,
                column,
                message,
            } => {
                if self.is_cut_off() {
                    write!(
                        f,
                        "{file} is incomplete: it ends at line {line}, column {column} before \
                         the JSON does, so the file was cut off ({message})"
                    )
                } else {
                    write!(
                        f,
                        "{file} is not valid JSON at line {line}, column {column}: {message}"
                    )
                }
            }
            DatasetError::Schema {
                file,
                path,
                message,
            } => {
                write!(
                    f,
                    "{file} does not match the dataset schema at {path}: {message}"
                )
            }
            DatasetError::Invalid { file, problems } => {
                write!(f, "{file} has {} invalid value(s)", problems.len())?;
                for p in problems.iter().take(5) {
                    write!(f, "; {p}")?;
                }
                if problems.len() > 5 {
                    write!(f, "; and {} more", problems.len() - 5)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DatasetError {}

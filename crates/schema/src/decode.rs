//! Bytes to dataset types, with errors a person can act on: which file, which field, what was
//! expected and what was found.

use crate::error::{DatasetError, Problem};
use crate::from_json::{self, FromJson};
use crate::json::{self, FailureKind};
use crate::model::*;
use crate::validate;

/// Largest `index.json` accepted.
pub const MAX_INDEX_BYTES: usize = 4 * 1024 * 1024;
/// Largest `professions/{code}.json` accepted.
pub const MAX_PROFESSION_BYTES: usize = 1024 * 1024;
/// Largest `areas.json` accepted.
pub const MAX_AREAS_BYTES: usize = 1024 * 1024;
/// Largest `areas/{code}.json` accepted.
pub const MAX_AREA_PAY_BYTES: usize = 4 * 1024 * 1024;
/// Largest `titles.json` accepted.
pub const MAX_TITLES_BYTES: usize = 16 * 1024 * 1024;

/// Every JSON object type the decoder reads, with the fields it reads: what a test checks
/// against the JSON Schema, so the decoder and the published format cannot drift apart.
pub const OBJECTS: &[ObjectFields] = &[
    DatasetIndex::FIELDS,
    Source::FIELDS,
    State::FIELDS,
    ProfessionList::ENTRY_FIELDS,
    Profession::FIELDS,
    Wage::FIELDS,
    AnnualWages::FIELDS,
    HourlyWages::FIELDS,
    WageStats::FIELDS,
    Pay::FIELDS,
    PayByPlace::FIELDS,
    TopPlace::FIELDS,
    Jobs::FIELDS,
    EntryRequirements::FIELDS,
    Attainment::FIELDS,
    Share::FIELDS,
    JobZone::FIELDS,
    TimeToBecome::FIELDS,
    Demographics::FIELDS,
    Skills::FIELDS,
    Rated::FIELDS,
    Extras::FIELDS,
    Tasks::FIELDS,
    OccupationTasks::FIELDS,
    EmergingTask::FIELDS,
    Related::FIELDS,
    RelatedOccupation::FIELDS,
    Profile::FIELDS,
    OccupationProfile::FIELDS,
    Score::FIELDS,
    TitleIndex::FIELDS,
    TitleIndex::ENTRY_FIELDS,
    TitleIndex::DETAILED_FIELDS,
    AreaIndex::FIELDS,
    Area::FIELDS,
    AreaPay::FIELDS,
];

fn decode_json<T: FromJson>(file: &str, bytes: &[u8], limit: usize) -> Result<T, DatasetError> {
    let (text, cut_char) = checked_text(file, bytes, limit)?;
    match (from_json::from_text::<T>(text), cut_char) {
        (Ok(v), None) => Ok(v),
        (result, cut_char) => Err(failure(file, text, cut_char, result.err())),
    }
}

/// The size and UTF-8 checks of [`decode_json`], apart from its type (compiled once, not once
/// per file type: the wasm size budget). The text, and where a character cut in two at the
/// very end begins, if one is: it is read as the end of the text, and if the JSON is
/// unfinished there, the file was cut off, and reading says so.
#[inline(never)]
fn checked_text<'a>(
    file: &str,
    bytes: &'a [u8],
    limit: usize,
) -> Result<(&'a str, Option<usize>), DatasetError> {
    if bytes.len() > limit {
        return Err(DatasetError::TooLarge {
            file: file.into(),
            size: bytes.len(),
            limit,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) if e.error_len().is_none() => Ok((
            std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
            Some(e.valid_up_to()),
        )),
        Err(e) => Err(DatasetError::InvalidUtf8 {
            file: file.into(),
            offset: e.valid_up_to(),
        }),
    }
}

/// The error for a text that did not read as its type (`error`), or that read but was
/// followed by part of a character (`error` is `None`). Not generic, as [`checked_text`].
#[inline(never)]
fn failure(
    file: &str,
    text: &str,
    cut_char: Option<usize>,
    error: Option<json::Error>,
) -> DatasetError {
    let Some(error) = error else {
        // complete JSON followed by part of a character
        return DatasetError::InvalidUtf8 {
            file: file.into(),
            offset: cut_char.unwrap_or_default(),
        };
    };
    let failure = error.into_failure();
    match failure.kind {
        FailureKind::Syntax { offset, message } => {
            let (line, column) = json::line_and_column(text, offset);
            DatasetError::InvalidJson {
                file: file.into(),
                line,
                column,
                message: message.into(),
            }
        }
        FailureKind::Shape(ref message) => {
            // A file of another format version fails here first; say so rather than naming
            // whichever field the versions happen to differ in.
            let version = json::top_level_number(text, "schema_version");
            if let Some(v) = version.filter(|v| !crate::reads_schema_version(*v)) {
                return DatasetError::Invalid {
                    file: file.into(),
                    problems: vec![Problem {
                        path: "schema_version".into(),
                        expected: crate::expected_schema_version(),
                        found: format!("version {v}"),
                    }],
                };
            }
            let path = failure.path_text();
            DatasetError::Schema {
                file: file.into(),
                path: if path.is_empty() {
                    "the top level".into()
                } else {
                    path
                },
                message: message.clone(),
            }
        }
    }
}

fn checked<T>(file: &str, value: T, problems: Vec<Problem>) -> Result<T, DatasetError> {
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(DatasetError::Invalid {
            file: file.into(),
            problems,
        })
    }
}

/// Decode and validate `index.json`.
pub fn decode_index(bytes: &[u8]) -> Result<DatasetIndex, DatasetError> {
    let file = crate::INDEX_FILE;
    let index: DatasetIndex = decode_json(file, bytes, MAX_INDEX_BYTES)?;
    let problems = validate::index(&index);
    checked(file, index, problems)
}

/// Decode and validate `professions/{code}.json`, checking it is the profession asked for.
pub fn decode_profession(code: &str, bytes: &[u8]) -> Result<Profession, DatasetError> {
    let file = crate::profession_file(code);
    let p: Profession = decode_json(&file, bytes, MAX_PROFESSION_BYTES)?;
    let problems = validate::profession(&p, Some(code));
    checked(&file, p, problems)
}

/// Decode and validate `titles.json` against the index's codes.
pub fn decode_titles(bytes: &[u8], index: &DatasetIndex) -> Result<TitleIndex, DatasetError> {
    let file = crate::TITLES_FILE;
    let t: TitleIndex = decode_json(file, bytes, MAX_TITLES_BYTES)?;
    let problems = validate::titles(&t, index);
    checked(file, t, problems)
}

/// Decode and validate `areas.json` against the index's states.
pub fn decode_areas(bytes: &[u8], index: &DatasetIndex) -> Result<AreaIndex, DatasetError> {
    let file = crate::AREAS_FILE;
    let a: AreaIndex = decode_json(file, bytes, MAX_AREAS_BYTES)?;
    let problems = validate::areas(&a, index);
    checked(file, a, problems)
}

/// Decode and validate `areas/{code}.json`, checking it is the area asked for.
pub fn decode_area_pay(
    code: &str,
    bytes: &[u8],
    index: &DatasetIndex,
) -> Result<AreaPay, DatasetError> {
    let file = crate::area_file(code);
    let a: AreaPay = decode_json(&file, bytes, MAX_AREA_PAY_BYTES)?;
    let problems = validate::area_pay(&a, code, index);
    checked(&file, a, problems)
}

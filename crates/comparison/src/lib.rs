//! The DOM-free logic of career-compare: finding professions by any of their names
//! ([`search`]), building the side-by-side tables ([`comparison`]) and gauge figures
//! ([`gauge`]), the comparison as a CSV file ([`csv`]), the summary prose ([`summary`]) and
//! number formatting ([`format`]).
//!
//! Everything here works on the dataset types of `career-schema` and is tested on the host.

pub mod comparison;
pub mod csv;
pub mod format;
pub mod gauge;
mod latin_fold;
mod primitives;
pub mod search;
pub mod summary;

pub use comparison::{compare, Better, Cell, Comparison, Row, RowId, Section, SectionId, Side};
pub use gauge::GaugeId;
pub use search::{Hit, MatchKind, PlaceHit, PlaceKind, PlaceSearch, TitleSearch};
pub use summary::summary;

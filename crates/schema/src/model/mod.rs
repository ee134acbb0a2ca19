//! The dataset's types: what `index.json`, `professions/{code}.json` and `titles.json` hold.
//!
//! Every figure group names the source it comes from (`source`, an id into
//! [`DatasetIndex::sources`]). A figure that is absent is `None` (or an absent JSON key) and,
//! where the reason is specific to the profession, [`Profession::missing`] says why; reasons
//! that hold for every profession live in [`DatasetIndex::unavailable`].

#[macro_use]
mod declare;
mod area;
mod field_key;
mod index;
mod profession;
mod profession_list;
mod range;
mod text_map;
mod titles;
mod work;

pub use area::{Area, AreaIndex, AreaKind, AreaPay, PayRow, PAY_ROW_COLUMNS};
pub use declare::ObjectFields;
pub use field_key::FieldKey;
pub use index::{DatasetIndex, ProfessionSummary, Source, State};
pub use profession::*;
pub use profession_list::{Entries, ProfessionEntry, ProfessionList};
pub use range::*;
pub use text_map::TextMap;
pub use titles::{titles_json, DetailedTitles, ProfessionTitles, TitleIndex};
pub use work::*;

//! `index.json`: the sources, states and professions the widget needs before any comparison.

#[cfg(doc)]
use super::FieldKey;
use super::{ProfessionList, TextMap};
use serde::{Deserialize, Serialize};

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

dataset_struct! {
    /// `index.json`: what the widget needs before it can show any comparison.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct DatasetIndex {
        /// From [`crate::OLDEST_SCHEMA_VERSION`] to [`crate::SCHEMA_VERSION`].
        pub schema_version: u32,
        /// A human name for the dataset, e.g. "career-compare public dataset".
        pub name: String,
        /// Every source any figure comes from.
        pub sources: Vec<Source>,
        /// Attribution text that must be shown wherever the data is used (O*NET's CC BY 4.0 notice).
        #[serde(default)]
        pub attribution: Vec<String>,
        /// Reasons for figures that no profession in this dataset has, keyed by [`FieldKey`] text
        /// (e.g. "job_satisfaction": "No public source publishes job satisfaction by occupation.").
        #[serde(default)]
        pub unavailable: TextMap<String>,
        /// The places pay can be shown for, besides the nation.
        #[serde(default)]
        pub states: Vec<State>,
        /// How many areas `areas.json` lists ([`crate::AreaIndex`]; schema version 3): 0 when
        /// the dataset has no local pay, and then the widget offers only the states.
        #[serde(default)]
        pub areas: u64,
        /// One-line definitions of the O*NET elements profiles rate (interests, work values),
        /// keyed by element name, e.g. "Conventional": "Work involves following procedures ..."
        /// (O*NET Content Model Reference; schema version 2).
        #[serde(default, skip_serializing_if = "TextMap::is_empty")]
        pub definitions: TextMap<String>,
        /// Every profession, sorted by code; codes are unique.
        pub professions: ProfessionList,
    }
}

dataset_struct! {
    /// One source of figures: an agency table at a vintage.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Source {
        /// Short id the figure groups refer to, e.g. "oews-2025".
        pub id: String,
        /// e.g. "U.S. Bureau of Labor Statistics".
        pub agency: String,
        /// e.g. "Occupational Employment and Wage Statistics, national cross-industry estimates".
        pub title: String,
        /// e.g. "May 2025".
        pub vintage: String,
        pub url: String,
        /// e.g. "Public domain (U.S. Government work)" or "CC BY 4.0".
        pub license: String,
        /// Caveats a reader should know (different universe, older vintage, modified data).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

dataset_struct! {
    /// A U.S. state (or DC, territory) that pay can be shown for.
    #[derive(Debug, Clone, PartialEq)]
    pub struct State {
        /// USPS code, e.g. "MD"; used in deep links.
        pub code: String,
        /// 2-digit FIPS code, e.g. "24".
        pub fips: String,
        pub name: String,
    }
}

/// One line of the index: enough to list, search by title and deep-link a profession.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfessionSummary {
    /// 6-digit SOC code with hyphen, e.g. "13-2072"; the detail file is `professions/{code}.json`.
    pub code: String,
    pub title: String,
    /// URL slug, e.g. "loan-officers". Optional and no longer written (the widget does not use
    /// it; each profession file has its own `slug`); datasets that have it still decode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// National employment (OEWS, wage and salary jobs), as in the profession file's
    /// `jobs.employment`: here so the title search can rank the common occupation first
    /// before any profession file loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
}

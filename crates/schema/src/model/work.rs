//! What the work is and whom it suits (schema version 2): O*NET tasks, related occupations,
//! interests and work values. Where several O*NET occupations make up one SOC code, each is
//! kept as its own group under its O*NET title; texts and ratings are never averaged.

dataset_struct! {
    /// Task statements (O*NET Task Statements and Emerging Tasks), one group per O*NET
    /// occupation of this profession, in `onet_codes` order.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Tasks {
        pub source: String,
        pub occupations: Vec<OccupationTasks>,
    }
}

dataset_struct! {
    /// One O*NET occupation's tasks, each list in O*NET's order.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct OccupationTasks {
        /// The O*NET-SOC code, e.g. "13-2072.00".
        pub onet_code: String,
        /// Its O*NET title, e.g. "Loan Officers".
        pub title: String,
        /// Tasks O*NET rates Core (relevant to most incumbents and important to the work).
        #[serde(default)]
        pub core: Vec<String>,
        /// Tasks O*NET rates Supplemental.
        #[serde(default)]
        pub supplemental: Vec<String>,
        /// Tasks O*NET lists without a Task Type: written by its analysts, not yet rated by
        /// incumbents (in 29.2 all of 15-1252 Software Developers' tasks, for instance).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub unrated: Vec<String>,
        /// New or revised tasks O*NET has identified but not yet rated (Emerging Tasks).
        #[serde(default)]
        pub emerging: Vec<EmergingTask>,
    }
}

/// O*NET's relatedness tiers, closest first (the order related occupations are listed in).
pub const RELATEDNESS_TIERS: [&str; 3] = ["Primary-Short", "Primary-Long", "Supplemental"];

/// The categories of O*NET's Emerging Tasks.
pub const EMERGING_CATEGORIES: [&str; 2] = ["New", "Revision"];

dataset_struct! {
    /// A task from O*NET's Emerging Tasks file.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EmergingTask {
        pub text: String,
        /// O*NET's category: "New" or "Revision".
        pub category: String,
    }
}

dataset_struct! {
    /// Occupations O*NET rates as related to this one (Related Occupations), mapped to the
    /// dataset's professions: self-references, duplicates and codes outside the dataset left
    /// out; in tier order (Primary-Short, Primary-Long, Supplemental), then O*NET's index.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Related {
        pub source: String,
        pub occupations: Vec<RelatedOccupation>,
    }
}

dataset_struct! {
    /// One related profession, with the national figures shown beside its title.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RelatedOccupation {
        /// Its SOC code, e.g. "13-2041".
        pub code: String,
        /// O*NET's relatedness tier: "Primary-Short", "Primary-Long" or "Supplemental".
        pub tier: String,
        /// Its national annual median (OEWS), as in its own file.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub annual_median: Option<super::Wage>,
        /// Its projected employment change, percent (EP), as in its own file.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT_CHANGE)]
        pub change_pct: Option<f64>,
    }
}

dataset_struct! {
    /// Ratings on one O*NET scale (interests: OI; work values: EX; both 1–7), one group per
    /// O*NET occupation of this profession, in `onet_codes` order.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Profile {
        pub source: String,
        pub occupations: Vec<OccupationProfile>,
    }
}

dataset_struct! {
    /// One O*NET occupation's ratings and high points.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct OccupationProfile {
        pub onet_code: String,
        pub title: String,
        /// Every element of the scale, in O*NET's element order (RIASEC for interests).
        pub scores: Vec<Score>,
        /// O*NET's high-point elements, first to third where rated (IH, VH), e.g.
        /// ["Conventional", "Enterprising"].
        #[serde(default)]
        pub high_points: Vec<String>,
    }
}

dataset_struct! {
    /// A named O*NET element with its rating on the profile's scale.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Score {
        pub name: String,
        #[range(PROFILE_SCORE)]
        pub value: f64,
    }
}

//! `professions/{code}.json`: every figure for one profession, grouped by source.

use super::{DatasetIndex, FieldKey, Profile, Related, Tasks, TextMap};

dataset_struct! {
    /// `professions/{code}.json`: everything shown for one profession.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Profession {
        pub schema_version: u32,
        /// 6-digit SOC code, e.g. "13-2072".
        pub code: String,
        pub title: String,
        pub slug: String,
        /// The O*NET-SOC codes whose titles, description and ratings were used (e.g. ["13-2072.00"];
        /// several for codes that OEWS and EP combine, such as 31-1120).
        #[serde(default)]
        pub onet_codes: Vec<String>,
        /// What the work is (O*NET description; source in `description_source`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description_source: Option<String>,
        /// National pay, all industries.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pay: Option<Pay>,
        /// Pay by state, metro and industry.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pay_by_place: Option<PayByPlace>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub jobs: Option<Jobs>,
        /// Typical entry requirements (EP table 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub entry: Option<EntryRequirements>,
        /// Educational attainment of workers (EP table 5.3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub attainment: Option<Attainment>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub job_zone: Option<JobZone>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_to_become: Option<TimeToBecome>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub demographics: Option<Demographics>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub skills: Option<Skills>,
        /// What the work is, task by task (O*NET; schema version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tasks: Option<Tasks>,
        /// Related occupations in the dataset (O*NET; schema version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub related: Option<Related>,
        /// Occupational interests, RIASEC, 1–7 (O*NET; schema version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub interests: Option<Profile>,
        /// Work values: the extent the occupation offers each, 1–7 (O*NET; schema version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub work_values: Option<Profile>,
        /// Figures no public source gives; absent in the public dataset, a portal may fill them.
        #[serde(default, skip_serializing_if = "Extras::is_empty")]
        pub extras: Extras,
        /// Why a figure is absent for this profession, keyed by [`FieldKey`] text
        /// (e.g. "pay.hourly": "BLS publishes annual wages only for this occupation.").
        #[serde(default, skip_serializing_if = "TextMap::is_empty")]
        pub missing: TextMap<String>,
    }
}

dataset_struct! {
    /// A wage in U.S. dollars. `at_least` marks BLS top-coded values (≥ $239,200 a year or
    /// ≥ $115.00 an hour), which are lower bounds rather than the estimate itself.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Wage {
        pub usd: f64,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub at_least: bool,
    }
}

impl Wage {
    pub fn exact(usd: f64) -> Self {
        Wage {
            usd,
            at_least: false,
        }
    }
}

dataset_struct! {
    /// Annual wage distribution.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct AnnualWages {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub median: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub mean: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub p10: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub p25: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub p75: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(ANNUAL_USD)]
        pub p90: Option<Wage>,
    }
}

dataset_struct! {
    /// Hourly wages; absent for occupations BLS publishes annual-only (teachers and others).
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct HourlyWages {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(HOURLY_USD)]
        pub median: Option<Wage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[usd_range(HOURLY_USD)]
        pub mean: Option<Wage>,
    }
}

dataset_struct! {
    /// Pay for one place (the nation or a state): wages and employment.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct WageStats {
        pub annual: AnnualWages,
        /// `None` when BLS publishes annual wages only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hourly: Option<HourlyWages>,
        /// OEWS employment in this place (wage and salary jobs).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(EMPLOYMENT)]
        pub employment: Option<u64>,
    }
}

dataset_struct! {
    /// National pay, all industries.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pay {
        pub source: String,
        pub national: WageStats,
    }
}

dataset_struct! {
    /// Pay by place and industry.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PayByPlace {
        pub source: String,
        /// Keyed by USPS state code (see [`DatasetIndex::states`]).
        #[serde(default)]
        pub states: TextMap<WageStats>,
        /// The state with the highest annual median among states meeting the employment rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub top_state: Option<TopPlace>,
        /// The metropolitan area with the highest annual median meeting the employment rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub top_metro: Option<TopPlace>,
        /// The industry with the highest annual median meeting the employment rule.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub top_industry: Option<TopPlace>,
        /// The rule that chose the tops, in words (e.g. "areas with at least 1% of national
        /// employment and at least 100 jobs").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rule: Option<String>,
    }
}

dataset_struct! {
    /// The winner of a "highest paying" contest: a state, metro area or industry.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TopPlace {
        /// State USPS code, OEWS metro area code, or NAICS code.
        pub code: String,
        pub name: String,
        #[usd_range(ANNUAL_USD)]
        pub annual_median: Wage,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(EMPLOYMENT)]
        pub employment: Option<u64>,
    }
}

dataset_struct! {
    /// Jobs now and projected.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Jobs {
        /// OEWS employment (source `employment_source`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(EMPLOYMENT)]
        pub employment: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub employment_source: Option<String>,
        /// Projected employment change over the projection period, percent (EP).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT_CHANGE)]
        pub change_pct: Option<f64>,
        /// Average annual openings over the projection period (EP, in jobs, not thousands).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(EMPLOYMENT)]
        pub openings_per_year: Option<u64>,
        /// e.g. "2024–34".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub projection_period: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub projection_source: Option<String>,
    }
}

dataset_struct! {
    /// Typical entry requirements (EP table 1.2 wording, e.g. "Bachelor's degree").
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct EntryRequirements {
        pub source: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub education: Option<String>,
        /// Work experience in a related occupation, e.g. "Less than 5 years" or "None".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub experience: Option<String>,
        /// Typical on-the-job training, e.g. "Moderate-term on-the-job training".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub training: Option<String>,
    }
}

dataset_struct! {
    /// Educational attainment of workers 25 and older.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Attainment {
        pub source: String,
        /// The data's own vintage, e.g. "2018–19".
        pub vintage: String,
        /// The code and title of the row used, where it differs from the profession
        /// (e.g. "15-1256 Software developers and software quality assurance analysts and testers").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub group: Option<String>,
        /// Shares in percent, from least to most education.
        pub levels: Vec<Share>,
        /// The level with the largest share.
        pub most_common: Share,
    }
}

dataset_struct! {
    /// A labelled percentage.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Share {
        pub label: String,
        #[range(PERCENT)]
        pub pct: f64,
    }
}

dataset_struct! {
    /// O*NET Job Zone (1–5).
    #[derive(Debug, Clone, PartialEq)]
    pub struct JobZone {
        pub source: String,
        #[range(JOB_ZONE)]
        pub zone: u8,
        /// e.g. "Considerable Preparation Needed".
        pub name: String,
    }
}

dataset_struct! {
    /// How long it typically takes to become one; derived, not published by any agency.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TimeToBecome {
        /// e.g. "2–4 years".
        pub label: String,
        pub min_months: u32,
        pub max_months: u32,
        /// Always true in the public dataset: the figure is derived by a rule.
        pub derived: bool,
        /// The inputs and rule, in words.
        pub basis: String,
    }
}

dataset_struct! {
    /// Who does the work (CPS annual averages).
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Demographics {
        pub source: String,
        /// The CPS occupation row the figures describe, e.g. "Credit counselors and loan officers".
        pub cps_group: String,
        /// True when that row covers more than this SOC occupation.
        #[serde(default)]
        pub broader_group: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(AGE)]
        pub median_age: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub women_pct: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub white_pct: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub black_pct: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub asian_pct: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub hispanic_pct: Option<f64>,
    }
}

dataset_struct! {
    /// Skills, knowledge and technologies (O*NET).
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Skills {
        pub source: String,
        /// Top skills by O*NET importance (1–5), highest first; empty when not rated.
        #[serde(default)]
        pub skills: Vec<Rated>,
        /// Top knowledge areas by importance, highest first; empty when not rated.
        #[serde(default)]
        pub knowledge: Vec<Rated>,
        /// Top "hot technology" examples.
        #[serde(default)]
        pub technologies: Vec<String>,
        /// Top work styles by importance (1–5), highest first (schema version 2).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub work_styles: Vec<Rated>,
        /// Tool examples, in O*NET's order (schema version 2).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub tools: Vec<String>,
    }
}

dataset_struct! {
    /// A named O*NET element with its importance rating (1–5).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Rated {
        pub name: String,
        #[range(IMPORTANCE)]
        pub importance: f64,
    }
}

dataset_struct! {
    /// Seed-page figures that no public source gives per occupation. Absent in the public dataset
    /// (see [`DatasetIndex::unavailable`]); a portal's own dataset may fill them.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Extras {
        /// Job satisfaction on a 1–5 scale.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(RATING)]
        pub job_satisfaction: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[range(PERCENT)]
        pub lgbt_pct: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub common_major: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub common_college: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub best_paying_company: Option<String>,
        /// Where a portal's extras come from (a source id).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
    }
}

impl Extras {
    pub fn is_empty(&self) -> bool {
        *self == Extras::default()
    }
}

/// Why a figure newer than a dataset's schema version is absent.
pub const NOT_IN_THIS_DATASET: &str =
    "Not in this dataset: it was made for an earlier schema version, before this figure was added.";

impl Profession {
    /// Why `key` is absent for this profession: its own reason, its parent's, or the dataset's;
    /// for a figure newer than the dataset's schema version, that it is not in this dataset.
    pub fn missing_reason<'a>(&'a self, index: &'a DatasetIndex, key: FieldKey) -> Option<&'a str> {
        if self.schema_version.min(index.schema_version) < key.since() {
            return Some(NOT_IN_THIS_DATASET);
        }
        let mut k = Some(key);
        while let Some(cur) = k {
            if let Some(r) = self.missing.get(cur.as_str()) {
                return Some(r);
            }
            if let Some(r) = index.unavailable.get(cur.as_str()) {
                return Some(r);
            }
            k = cur.parent();
        }
        None
    }
}

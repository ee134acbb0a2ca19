//! The plausible values of each kind of figure. A dataset struct's declaration names the range
//! of each numeric field (`#[range(PERCENT)]`); from there it reaches the published JSON
//! Schema (`minimum`, `maximum`) and the validator.

/// The largest annual wage accepted as plausible (BLS top-codes at $239,200).
pub const MAX_ANNUAL_USD: f64 = 5_000_000.0;
/// The largest hourly wage accepted as plausible.
pub const MAX_HOURLY_USD: f64 = 2_500.0;
/// The largest employment accepted (more than the U.S. labour force is absurd).
pub const MAX_EMPLOYMENT: u64 = 400_000_000;

/// The plausible values of a kind of figure, and how a problem names the kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub what: &'static str,
}

/// One numeric field's declared range: `field` is the field's name, or `field.usd` when the
/// field holds a [`super::Wage`] whose amount the range limits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldRange {
    pub field: &'static str,
    pub range: Range,
}

pub const PERCENT: Range = Range {
    min: 0.0,
    max: 100.0,
    what: "a percentage",
};
pub const PERCENT_CHANGE: Range = Range {
    min: -100.0,
    max: 1000.0,
    what: "a percentage change",
};
pub const ANNUAL_USD: Range = Range {
    min: 0.0,
    max: MAX_ANNUAL_USD,
    what: "a wage in dollars",
};
pub const HOURLY_USD: Range = Range {
    min: 0.0,
    max: MAX_HOURLY_USD,
    what: "a wage in dollars",
};
/// CPS median age of workers.
pub const AGE: Range = Range {
    min: 14.0,
    max: 100.0,
    what: "an age",
};
/// O*NET importance ratings of skills, knowledge and work styles.
pub const IMPORTANCE: Range = Range {
    min: 1.0,
    max: 5.0,
    what: "an O*NET importance",
};
/// O*NET interest (OI) and work value (EX) scores.
pub const PROFILE_SCORE: Range = Range {
    min: 1.0,
    max: 7.0,
    what: "an O*NET score",
};
/// Job satisfaction on a 1–5 scale.
pub const RATING: Range = Range {
    min: 1.0,
    max: 5.0,
    what: "a rating",
};
/// A count of jobs (employment, openings).
pub const EMPLOYMENT: Range = Range {
    min: 0.0,
    max: MAX_EMPLOYMENT as f64,
    what: "an employment count",
};
/// O*NET Job Zones.
pub const JOB_ZONE: Range = Range {
    min: 1.0,
    max: 5.0,
    what: "a Job Zone",
};

/// A range's bound as the JSON Schema writes it: an integer when it is one (`100`, not
/// `100.0`), so integer fields get integer bounds.
#[cfg(feature = "json-schema")]
pub(crate) struct Bound(pub f64);

#[cfg(feature = "json-schema")]
impl serde::Serialize for Bound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        // exactly an integer that i64 holds
        if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

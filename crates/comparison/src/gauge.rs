//! The numbers the gauges draw, each with the text it stands for.
//!
//! Paired figures share one scale so bar lengths compare honestly: pay bars and jobs bars run
//! from zero to a rounded-up maximum of the two values; salary ranges (10th to 90th percentile,
//! the middle half from 25th to 75th inside, the median marked) sit on one axis from zero; growth bars diverge from zero on a
//! symmetric axis; gender and educational attainment are 100%-stacked; race and ethnicity are
//! one bar per share on a 0–100 % scale.

/// A value on a scale: `fraction` is its position from 0 (scale minimum) to 1 (maximum), or
/// −1 to 1 on a diverging scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub value: f64,
    pub fraction: f64,
    /// The value in words, e.g. "$76,690 a year".
    pub text: String,
}

/// Two bars on one scale from 0 to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedScale {
    pub max: f64,
    /// The scale's maximum in words, e.g. "$100,000".
    pub max_text: String,
    pub bars: [Option<Bar>; 2],
}

/// One profession's salary range on a [`RangeAxis`].
#[derive(Debug, Clone, PartialEq)]
pub struct SalaryRange {
    pub p10: f64,
    pub p90: f64,
    pub median: Option<f64>,
    /// The 25th and 75th percentiles (the middle half), where published.
    pub middle: Option<[f64; 2]>,
    /// Positions on the axis, 0–1.
    pub p10_at: f64,
    pub p90_at: f64,
    pub median_at: Option<f64>,
    pub middle_at: Option<[f64; 2]>,
    /// e.g. "$39,430 to $153,180; middle half $52,730 to $104,080; median $76,690".
    pub text: String,
}

/// Salary ranges of both professions on one axis from 0 to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeAxis {
    pub max: f64,
    pub max_text: String,
    pub ranges: [Option<SalaryRange>; 2],
}

/// Signed changes on a symmetric axis from `-extent` to `extent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Diverging {
    pub extent: f64,
    pub bars: [Option<Bar>; 2],
}

/// A labelled share of a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub label: String,
    pub pct: f64,
    /// e.g. "Women 45.2%".
    pub text: String,
}

/// Segments that add up to (about) 100 %.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    pub segments: Vec<Segment>,
}

/// A gauge, by name: sections list theirs by id (`comparison::sections`), the widget draws
/// each kind with its own view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GaugeId {
    /// Median yearly pay bars ([`Gauges::pay`]).
    Pay,
    /// Employment bars ([`Gauges::jobs`]).
    Jobs,
    /// Projected change, diverging from zero ([`Gauges::growth`]).
    Growth,
    /// 10th–90th percentile ranges with the middle half and the median ([`Gauges::salary_range`]).
    SalaryRange,
    /// Educational attainment, 100%-stacked ([`Gauges::attainment`]).
    Attainment,
    /// Women and men, 100%-stacked ([`Gauges::gender`]).
    Gender,
    /// One bar per race or ethnicity share ([`Gauges::race`]).
    Race,
    /// Six interest ratings, RIASEC, 1–7 ([`Gauges::interests`]).
    Interests,
    /// Six work-value extents, 1–7 ([`Gauges::work_values`]).
    WorkValues,
}

/// One element's value as a meter (a share of the workforce; an O*NET rating).
#[derive(Debug, Clone, PartialEq)]
pub struct Meter {
    pub name: String,
    pub value: f64,
    /// Position from the scale's minimum (0) to its maximum (1).
    pub fraction: f64,
    /// The value in words, e.g. "45.2%" or "6.02 of 7".
    pub text: String,
    /// Marked as one of the profile's high points.
    pub marked: bool,
    /// O*NET's one-line definition of the element, where the dataset has it.
    pub definition: Option<String>,
}

/// One profession's meters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeterGroup {
    /// The O*NET occupation rated, where the profession has several.
    pub of: Option<String>,
    /// The high points, e.g. "Conventional – Enterprising"; empty for shares.
    pub high_points: String,
    pub meters: Vec<Meter>,
}

/// One meter per element for each profession, on one scale from `min` to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct Meters {
    pub min: f64,
    pub max: f64,
    pub groups: [Option<MeterGroup>; 2],
}

/// A profile scale's ends.
pub const PROFILE_MIN: f64 = 1.0;
pub const PROFILE_MAX: f64 = 7.0;

/// Every gauge of a comparison; a side is `None` where its figure is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Gauges {
    /// Median annual pay (for the chosen place where available).
    pub pay: PairedScale,
    /// Employment.
    pub jobs: PairedScale,
    pub salary_range: RangeAxis,
    /// Projected employment change, percent.
    pub growth: Diverging,
    pub gender: [Option<Stack>; 2],
    pub attainment: [Option<Stack>; 2],
    /// One share per race or ethnicity group, each out of 100 %.
    pub race: Meters,
    /// O*NET interest ratings, RIASEC, 1–7.
    pub interests: Meters,
    /// O*NET work value extents, 1–7.
    pub work_values: Meters,
}

impl Gauges {
    /// True when gauge `id` draws the same figures in both (a view then skips redrawing it).
    pub fn same(&self, other: &Gauges, id: GaugeId) -> bool {
        match id {
            GaugeId::Pay => self.pay == other.pay,
            GaugeId::Jobs => self.jobs == other.jobs,
            GaugeId::Growth => self.growth == other.growth,
            GaugeId::SalaryRange => self.salary_range == other.salary_range,
            GaugeId::Attainment => self.attainment == other.attainment,
            GaugeId::Gender => self.gender == other.gender,
            GaugeId::Race => self.race == other.race,
            GaugeId::Interests => self.interests == other.interests,
            GaugeId::WorkValues => self.work_values == other.work_values,
        }
    }
}

/// The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at least `v`.
pub fn nice_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 1.0;
    }
    // the power of ten at or below v, as powf(10, floor(log10(v))) gives it (exact products of
    // tens from 1, one division below 1), without the float library's log10 and pow in the wasm
    let mut tens = 1.0f64;
    let mag = if v >= 1.0 {
        while tens * 10.0 <= v {
            tens *= 10.0;
        }
        tens
    } else {
        while 1.0 / tens > v && tens < 1e300 {
            tens *= 10.0;
        }
        1.0 / tens
    };
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let c = step * mag;
        if c >= v * (1.0 - 1e-12) {
            return c;
        }
    }
    10.0 * mag
}

/// Two values on a shared scale from zero to the rounded-up larger one.
pub fn paired(
    values: [Option<f64>; 2],
    text: impl Fn(f64) -> String,
    max_text: impl Fn(f64) -> String,
) -> PairedScale {
    let top = values.iter().flatten().fold(0.0f64, |m, v| m.max(*v));
    let max = nice_ceiling(top);
    PairedScale {
        max,
        max_text: max_text(max),
        bars: values.map(|v| {
            v.map(|value| Bar {
                value,
                fraction: (value / max).clamp(0.0, 1.0),
                text: text(value),
            })
        }),
    }
}

/// Signed values on a symmetric axis.
pub fn diverging(values: [Option<f64>; 2], text: impl Fn(f64) -> String) -> Diverging {
    let top = values.iter().flatten().fold(0.0f64, |m, v| m.max(v.abs()));
    let extent = nice_ceiling(top.max(1.0));
    Diverging {
        extent,
        bars: values.map(|v| {
            v.map(|value| Bar {
                value,
                fraction: (value / extent).clamp(-1.0, 1.0),
                text: text(value),
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(76_690.0), 100_000.0);
        assert_eq!(nice_ceiling(135_980.0), 200_000.0);
        assert_eq!(nice_ceiling(214_670.0), 250_000.0);
        assert_eq!(nice_ceiling(3.0), 5.0);
        assert_eq!(nice_ceiling(100.0), 100.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }

    #[test]
    fn nice_ceiling_as_log10_and_powf() {
        let old = |v: f64| {
            let mag = 10f64.powf(v.log10().floor());
            for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
                let c = step * mag;
                if c >= v * (1.0 - 1e-12) {
                    return c;
                }
            }
            10.0 * mag
        };
        let mut values = Vec::new();
        for k in -12..=18 {
            let p = 10f64.powi(k);
            for m in [
                1.0,
                1.5,
                2.0,
                2.4999,
                2.5,
                2.5000001,
                3.7,
                4.99,
                5.0,
                5.01,
                7.669,
                9.99,
                9.999_999_999_999,
            ] {
                values.push(m * p);
            }
            // a few ULPs below a power of ten under 1, log10 may round up to it or not, and
            // the old result followed that rounding (one ULP apart); not compared there
            let below = if k >= 0 { -3i64 } else { 0 };
            for d in below..=3 {
                values.push(f64::from_bits((p.to_bits() as i64 + d) as u64));
            }
        }
        let mut x = 1u64;
        for _ in 0..100_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            values.push((x >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi((x % 20) as i32 - 4));
        }
        for v in values {
            assert_eq!(nice_ceiling(v), old(v), "{v:e}");
        }
    }

    #[test]
    fn paired_bars_share_a_scale() {
        let p = paired(
            [Some(76_690.0), Some(50_000.0)],
            |v| format!("{v}"),
            |v| format!("{v}"),
        );
        assert_eq!(p.max, 100_000.0);
        assert!((p.bars[0].as_ref().unwrap().fraction - 0.7669).abs() < 1e-9);
        assert!((p.bars[1].as_ref().unwrap().fraction - 0.5).abs() < 1e-9);
        let p = paired([None, Some(3.0)], |v| format!("{v}"), |v| format!("{v}"));
        assert!(p.bars[0].is_none());
    }

    #[test]
    fn diverging_is_symmetric() {
        let d = diverging([Some(1.7), Some(-3.0)], |v| format!("{v}"));
        assert_eq!(d.extent, 5.0);
        assert!((d.bars[1].as_ref().unwrap().fraction + 0.6).abs() < 1e-9);
    }
}

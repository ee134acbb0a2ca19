//! The figures the gauges draw, from both professions and their place-aware pay.

use super::place::PayView;
use super::read::race_shares;
use super::work;
use crate::format;
use crate::gauge::{
    self, Gauges, Meter, MeterGroup, Meters, RangeAxis, SalaryRange, Segment, Stack,
};
use crate::gauge::{PROFILE_MAX, PROFILE_MIN};
use career_schema::{DatasetIndex, Profession, Profile, Wage};

fn segment(label: &str, pct: f64) -> Segment {
    Segment {
        label: label.into(),
        pct,
        text: format!("{label} {}", format::percent(pct)),
    }
}

pub(crate) fn gauges(index: &DatasetIndex, ps: &[&Profession; 2], pays: &[PayView; 2]) -> Gauges {
    let medians = [0, 1].map(|i| pays[i].median().map(|f| f.value.usd));
    let pay = gauge::paired(
        medians,
        |v| format!("{} a year", format::money(v)),
        format::money,
    );
    let jobs = gauge::paired(
        ps.map(|p| p.jobs.as_ref().and_then(|j| j.employment).map(|n| n as f64)),
        |v| format!("{} jobs", format::count(v as u64)),
        |v| format::count(v as u64),
    );
    let salary_range = salary_range(pays);
    let growth = gauge::diverging(
        ps.map(|p| p.jobs.as_ref().and_then(|j| j.change_pct)),
        |v| format!("{} projected change", format::signed_percent(v)),
    );
    let gender = ps.map(|p| {
        let w = p.demographics.as_ref()?.women_pct?;
        Some(Stack {
            segments: vec![segment("Women", w), segment("Men", 100.0 - w)],
        })
    });
    let attainment = ps.map(|p| {
        let a = p.attainment.as_ref()?;
        (!a.levels.is_empty()).then(|| Stack {
            segments: a.levels.iter().map(|s| segment(&s.label, s.pct)).collect(),
        })
    });
    let race = Meters {
        min: 0.0,
        max: 100.0,
        groups: ps.map(|p| {
            let meters = race_shares(p)?
                .into_iter()
                .map(|(name, pct)| Meter {
                    name: name.into(),
                    value: pct,
                    fraction: (pct / 100.0).clamp(0.0, 1.0),
                    text: format::percent(pct),
                    marked: false,
                    definition: None,
                })
                .collect();
            Some(MeterGroup {
                meters,
                ..Default::default()
            })
        }),
    };
    Gauges {
        pay,
        jobs,
        salary_range,
        growth,
        gender,
        attainment,
        race,
        interests: profile_meters(index, ps.map(|p| p.interests.as_ref())),
        work_values: profile_meters(index, ps.map(|p| p.work_values.as_ref())),
    }
}

/// Both professions' profiles on the 1–7 scale, each element with O*NET's definition where
/// the index has it.
fn profile_meters(index: &DatasetIndex, profiles: [Option<&Profile>; 2]) -> Meters {
    Meters {
        min: PROFILE_MIN,
        max: PROFILE_MAX,
        groups: profiles.map(|profile| {
            let o = work::first_profile(profile)?;
            Some(MeterGroup {
                of: work::rated_title(profile).map(str::to_string),
                high_points: o.high_points.join(" – "),
                meters: o
                    .scores
                    .iter()
                    .map(|s| Meter {
                        name: s.name.clone(),
                        value: s.value,
                        fraction: ((s.value - PROFILE_MIN) / (PROFILE_MAX - PROFILE_MIN))
                            .clamp(0.0, 1.0),
                        text: format!(
                            "{} of {}",
                            format::rating(s.value),
                            format::number(PROFILE_MAX)
                        ),
                        marked: o.high_points.contains(&s.name),
                        definition: index.definitions.get(&s.name).cloned(),
                    })
                    .collect(),
            })
        }),
    }
}

/// Both salary ranges on one axis: 10th to 90th percentile, the middle half (25th to 75th)
/// where published, and the median.
fn salary_range(pays: &[PayView; 2]) -> RangeAxis {
    let annual = pays.map(|pv| pv.annual_range());
    let from = annual.each_ref().map(|f| f.as_ref().and_then(|f| f.from));
    let annual = annual.map(|f| f.map(|f| f.value));
    let top = annual
        .iter()
        .flatten()
        .filter_map(|a| a.p90)
        .fold(0.0f64, |m, w| m.max(w.usd));
    let max = gauge::nice_ceiling(top);
    let at = |w: Wage| (w.usd / max).min(1.0);
    RangeAxis {
        max,
        max_text: format::money(max),
        ranges: [0, 1].map(|i| {
            let a = annual[i]?;
            let (p10, p90) = (a.p10?, a.p90?);
            let middle = a.p25.zip(a.p75);
            let mut text = format!("{} to {}", format::annual(p10), format::annual(p90));
            if let Some((p25, p75)) = middle {
                text += &format!(
                    "; middle half {} to {}",
                    format::annual(p25),
                    format::annual(p75)
                );
            }
            if let Some(m) = a.median {
                text += &format!("; median {}", format::annual(m));
            }
            if let Some(from) = from[i] {
                text += &format!(" ({from} figures)");
            }
            Some(SalaryRange {
                p10: p10.usd,
                p90: p90.usd,
                median: a.median.map(|m| m.usd),
                middle: middle.map(|(p25, p75)| [p25.usd, p75.usd]),
                p10_at: p10.usd / max,
                p90_at: at(p90),
                median_at: a.median.map(at),
                middle_at: middle.map(|(p25, p75)| [at(p25), at(p75)]),
                text,
            })
        }),
    }
}

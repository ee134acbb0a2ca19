//! The figures the gauges draw, from both professions and their place-aware pay.

use super::place::PayView;
use super::rows::race_shares;
use crate::format;
use crate::gauge::{self, Gauges, RangeAxis, SalaryRange, Segment, Stack};
use career_schema::{Profession, Wage};

fn segment(label: &str, pct: f64) -> Segment {
    Segment {
        label: label.into(),
        pct,
        text: format!("{label} {}", format::percent(pct)),
    }
}

pub(crate) fn gauges(ps: &[&Profession; 2], pays: &[PayView; 2]) -> Gauges {
    let medians = [0, 1].map(|i| pays[i].stats.and_then(|s| s.annual.median).map(|w| w.usd));
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
    let race = ps.map(|p| {
        let shares = race_shares(p)?;
        Some(
            shares
                .into_iter()
                .map(|(label, pct)| segment(label, pct))
                .collect(),
        )
    });
    Gauges {
        pay,
        jobs,
        salary_range,
        growth,
        gender,
        attainment,
        race,
    }
}

/// Both salary ranges on one axis: 10th to 90th percentile, the middle half (25th to 75th)
/// where published, and the median.
fn salary_range(pays: &[PayView; 2]) -> RangeAxis {
    let annual = pays.map(|pv| pv.stats.map(|s| &s.annual));
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
        ranges: annual.map(|a| {
            let a = a?;
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

//! The figures the gauges draw, from both professions and their place-aware pay.

use super::place::PayView;
use super::rows::race_shares;
use crate::format;
use crate::gauge::{self, Gauges, RangeAxis, SalaryRange, Segment, Stack};
use career_schema::Profession;

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
    let ranges = [0, 1].map(|i| {
        let a = &pays[i].stats?.annual;
        Some((a.p10?, a.p90?, a.median))
    });
    let top = ranges.iter().flatten().fold(0.0f64, |m, r| m.max(r.1.usd));
    let max = gauge::nice_ceiling(top);
    let salary_range = RangeAxis {
        max,
        max_text: format::money(max),
        ranges: ranges.map(|r| {
            r.map(|(p10, p90, median)| SalaryRange {
                p10: p10.usd,
                p90: p90.usd,
                median: median.map(|m| m.usd),
                p10_at: p10.usd / max,
                p90_at: (p90.usd / max).min(1.0),
                median_at: median.map(|m| (m.usd / max).min(1.0)),
                text: match median {
                    Some(m) => format!(
                        "{} to {}; median {}",
                        format::annual(p10),
                        format::annual(p90),
                        format::annual(m)
                    ),
                    None => format!("{} to {}", format::annual(p10), format::annual(p90)),
                },
            })
        }),
    };
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

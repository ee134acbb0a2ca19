//! The pieces rows are read with: a value as a [`Read`], the caveats footnoted on shown
//! values, and the sources values come from.

use super::rows::{Measure, Read, Subject};
use crate::format;
use career_schema::{PayByPlace, Profession, TopPlace, Wage, WageStats};

pub(crate) fn text(t: Option<String>) -> Option<Read> {
    t.map(|text| Read {
        text,
        measure: None,
        detail: None,
        place: None,
    })
}

pub(crate) fn number(v: Option<f64>, fmt: fn(f64) -> String) -> Option<Read> {
    v.map(|v| Read {
        text: fmt(v),
        measure: Some(Measure::Number(v)),
        detail: None,
        place: None,
    })
}

pub(crate) fn count(v: Option<u64>) -> Option<Read> {
    v.map(|v| Read {
        text: format::count(v),
        measure: Some(Measure::Number(v as f64)),
        detail: None,
        place: None,
    })
}

pub(crate) fn wage(w: Option<Wage>, fmt: fn(Wage) -> String) -> Option<Read> {
    w.map(|w| Read {
        text: fmt(w),
        measure: Some(Measure::Wage(w)),
        detail: None,
        place: None,
    })
}

pub(crate) fn list(items: impl Iterator<Item = String>, n: usize) -> Option<String> {
    let v: Vec<String> = items.take(n).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

pub(crate) fn no_note(_: &Subject) -> Option<String> {
    None
}

/// Which pay figure a row shows: one field of a place's figures.
pub(crate) type PayPick = fn(&WageStats) -> Option<Wage>;

pub(crate) fn annual_median(s: &WageStats) -> Option<Wage> {
    s.annual.median
}
pub(crate) fn annual_mean(s: &WageStats) -> Option<Wage> {
    s.annual.mean
}
pub(crate) fn hourly_median(s: &WageStats) -> Option<Wage> {
    s.hourly.as_ref()?.median
}

/// A pay figure for the chosen place, from the smallest place that publishes it.
pub(crate) fn pay_figure(s: &Subject, pick: PayPick, fmt: fn(Wage) -> String) -> Option<Read> {
    wage(s.pay.figure(pick).map(|f| f.value), fmt)
}

/// The footnote of a pay figure taken from a larger place than the chosen one; `what` names
/// the figure ("median").
pub(crate) fn pay_fallback(s: &Subject, pick: PayPick, what: &str) -> Option<String> {
    s.pay.fallback_note(&s.pay.figure(pick)?, what)
}

pub(crate) fn pay_source(s: &Subject) -> Option<String> {
    s.pay.source().map(str::to_string)
}

/// The rule that picked the highest-paying places.
pub(crate) fn top_place_rule(s: &Subject) -> Option<String> {
    s.p.pay_by_place.as_ref()?.rule.clone()
}

/// A highest-paying place, offered as a place pay can be shown for when `selectable` (a
/// state, or a metro area of a dataset with local pay).
pub(crate) fn top_place(
    s: &Subject,
    pick: fn(&PayByPlace) -> Option<&TopPlace>,
    selectable: bool,
) -> Option<Read> {
    let t = pick(s.p.pay_by_place.as_ref()?)?;
    let mut r = text(Some(format!(
        "{} ({})",
        t.name,
        format::annual(t.annual_median)
    )))?;
    r.place = selectable.then(|| t.code.clone());
    Some(r)
}

pub(crate) fn places_source(s: &Subject) -> Option<String> {
    Some(s.p.pay_by_place.as_ref()?.source.clone())
}

pub(crate) fn employment_source(s: &Subject) -> Option<String> {
    s.p.jobs.as_ref()?.employment_source.clone()
}

pub(crate) fn projection_source(s: &Subject) -> Option<String> {
    s.p.jobs.as_ref()?.projection_source.clone()
}

pub(crate) fn entry_source(s: &Subject) -> Option<String> {
    Some(s.p.entry.as_ref()?.source.clone())
}

pub(crate) fn most_common_attainment(s: &Subject) -> Option<Read> {
    let a = s.p.attainment.as_ref()?;
    text(Some(format!(
        "{}, {}",
        a.most_common.label,
        format::percent(a.most_common.pct)
    )))
}

/// Attainment is of workers 25 and older, perhaps of a broader survey group.
pub(crate) fn attainment_note(s: &Subject) -> Option<String> {
    let a = s.p.attainment.as_ref()?;
    Some(match &a.group {
        Some(g) => format!("Workers 25 and older in {g}, {}.", a.vintage),
        None => format!("Workers 25 and older, {}.", a.vintage),
    })
}

pub(crate) fn attainment_source(s: &Subject) -> Option<String> {
    Some(s.p.attainment.as_ref()?.source.clone())
}

/// Demographics of the wider survey group where CPS does not report the occupation itself.
pub(crate) fn broader_group(s: &Subject) -> Option<String> {
    let d = s.p.demographics.as_ref()?;
    d.broader_group
        .then(|| format!("Figures for the wider survey group “{}”.", d.cps_group))
}

pub(crate) fn demographics_source(s: &Subject) -> Option<String> {
    Some(s.p.demographics.as_ref()?.source.clone())
}

pub(crate) fn skills_source(s: &Subject) -> Option<String> {
    Some(s.p.skills.as_ref()?.source.clone())
}

pub(crate) fn extras_source(s: &Subject) -> Option<String> {
    s.p.extras.source.clone()
}

/// The race and ethnicity shares CPS publishes, in its order.
pub(crate) fn race_shares(p: &Profession) -> Option<Vec<(&'static str, f64)>> {
    let d = p.demographics.as_ref()?;
    let v: Vec<(&'static str, f64)> = [
        ("White", d.white_pct),
        ("Black or African American", d.black_pct),
        ("Asian", d.asian_pct),
        ("Hispanic or Latino", d.hispanic_pct),
    ]
    .into_iter()
    .filter_map(|(label, pct)| pct.map(|pct| (label, pct)))
    .collect();
    (!v.is_empty()).then_some(v)
}

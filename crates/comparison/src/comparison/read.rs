//! The pieces rows are read with: a value as a [`Read`], the caveats footnoted on shown
//! values, and the sources values come from.

use super::rows::{Measure, Read, Subject};
use crate::format;
use career_schema::{PayByPlace, Profession, TopPlace, Wage};

pub(crate) fn text(t: Option<String>) -> Option<Read> {
    t.map(|text| Read {
        text,
        measure: None,
        detail: None,
    })
}

pub(crate) fn number(v: Option<f64>, fmt: fn(f64) -> String) -> Option<Read> {
    v.map(|v| Read {
        text: fmt(v),
        measure: Some(Measure::Number(v)),
        detail: None,
    })
}

pub(crate) fn count(v: Option<u64>) -> Option<Read> {
    v.map(|v| Read {
        text: format::count(v),
        measure: Some(Measure::Number(v as f64)),
        detail: None,
    })
}

pub(crate) fn wage(w: Option<Wage>, fmt: fn(Wage) -> String) -> Option<Read> {
    w.map(|w| Read {
        text: fmt(w),
        measure: Some(Measure::Wage(w)),
        detail: None,
    })
}

pub(crate) fn list(items: impl Iterator<Item = String>, n: usize) -> Option<String> {
    let v: Vec<String> = items.take(n).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

pub(crate) fn no_note(_: &Subject) -> Option<String> {
    None
}

/// On place-aware pay: the state has no estimate, so the national one is shown.
pub(crate) fn pay_fallback(s: &Subject) -> Option<String> {
    match (s.place, s.pay.fell_back) {
        (Some(st), true) => Some(format!(
            "No {} estimate for {}; national figure shown.",
            st.name, s.p.title
        )),
        _ => None,
    }
}

pub(crate) fn pay_source(s: &Subject) -> Option<String> {
    s.pay.source.map(str::to_string)
}

/// The rule that picked the highest-paying places.
pub(crate) fn top_place_rule(s: &Subject) -> Option<String> {
    s.p.pay_by_place.as_ref()?.rule.clone()
}

pub(crate) fn top_place(s: &Subject, pick: fn(&PayByPlace) -> Option<&TopPlace>) -> Option<Read> {
    let t = pick(s.p.pay_by_place.as_ref()?)?;
    text(Some(format!(
        "{} ({})",
        t.name,
        format::annual(t.annual_median)
    )))
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

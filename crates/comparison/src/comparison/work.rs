//! Reading the work-content rows (schema version 2): tasks, related occupations, interest
//! and work-value high points, work styles and tools.

use super::detail::{Detail, Group, Item};
use super::read::list;
use super::rows::{Read, Subject};
use crate::format;
use career_schema::{DatasetIndex, OccupationProfile, Profession, Profile, RelatedOccupation};

/// Core tasks shown before the disclosure.
const FIRST_TASKS: usize = 6;
/// Related occupations shown before the disclosure.
const FIRST_RELATED: usize = 5;

fn detail_read(d: Detail) -> Option<Read> {
    let texts: Vec<&str> = d.items().map(|i| i.text.as_str()).collect();
    if texts.is_empty() {
        return None;
    }
    Some(Read {
        // the list as text, for a download or a reader without the list
        text: texts.join("; "),
        measure: None,
        detail: Some(d),
        place: None,
    })
}

/// One group per O*NET occupation, headed by its title where there are several.
fn groups<T>(
    occupations: &[T],
    title: impl Fn(&T) -> &str,
    items: impl Fn(&T) -> Vec<Item>,
) -> Vec<Group> {
    let several = occupations.len() > 1;
    occupations
        .iter()
        .map(|o| Group {
            heading: several.then(|| title(o).to_string()),
            items: items(o),
        })
        .filter(|g| !g.items.is_empty())
        .collect()
}

fn task(text: &str, tag: Option<&'static str>) -> Item {
    Item {
        text: text.to_string(),
        tag,
        ..Default::default()
    }
}

/// Core tasks in O*NET's order, then the emerging ones, marked; for an O*NET occupation none of
/// whose tasks O*NET has rated yet, those tasks, footnoted (see [`unrated_note`]).
pub(crate) fn core_tasks(s: &Subject) -> Option<Read> {
    let t = s.p.tasks.as_ref()?;
    let gs = groups(
        &t.occupations,
        |o| &o.title,
        |o| {
            // an occupation O*NET has not rated lists its unrated tasks (see `unrated_note`)
            let main = if o.core.is_empty() && o.supplemental.is_empty() {
                &o.unrated
            } else {
                &o.core
            };
            let core = main.iter().map(|x| task(x, None));
            let emerging = o.emerging.iter().map(|e| task(&e.text, Some("Emerging")));
            core.chain(emerging).collect()
        },
    );
    if gs.is_empty() {
        return None;
    }
    detail_read(Detail::split(gs, FIRST_TASKS, |n| {
        format!("Show all {n} tasks")
    }))
}

/// Supplemental tasks, all behind their own disclosure.
pub(crate) fn supplemental_tasks(s: &Subject) -> Option<Read> {
    let t = s.p.tasks.as_ref()?;
    let gs = groups(
        &t.occupations,
        |o| &o.title,
        |o| o.supplemental.iter().map(|x| task(x, None)).collect(),
    );
    if gs.is_empty() {
        return None;
    }
    detail_read(Detail::split(gs, 0, |n| match n {
        1 => "Show 1 supplemental task".to_string(),
        n => format!("Show {n} supplemental tasks"),
    }))
}

/// Said where the Core tasks row lists tasks O*NET has not rated.
pub(crate) fn unrated_note(s: &Subject) -> Option<String> {
    let t = s.p.tasks.as_ref()?;
    t.occupations
        .iter()
        .any(|o| o.core.is_empty() && o.supplemental.is_empty() && !o.unrated.is_empty())
        .then(|| {
            "O*NET lists these tasks without rating them Core or Supplemental yet.".to_string()
        })
}

pub(crate) fn tasks_source(s: &Subject) -> Option<String> {
    Some(s.p.tasks.as_ref()?.source.clone())
}

/// The tag of a related occupation that is the other side of the comparison.
pub const IN_THIS_COMPARISON: &str = "In this comparison";

/// The related occupations the dataset has, in the file's order (tier, then O*NET's index).
pub(crate) fn related_in<'a>(
    index: &'a DatasetIndex,
    p: &'a Profession,
) -> impl Iterator<Item = (&'a RelatedOccupation, String)> + 'a {
    p.related
        .iter()
        .flat_map(|r| &r.occupations)
        .filter_map(move |o| {
            let entry = index.professions.find(&o.code)?;
            (o.code != p.code).then(|| (o, entry.title.to_string()))
        })
}

/// How many related codes point to no profession in the dataset (left out, and counted in a
/// console warning by the widget).
pub(crate) fn related_dropped(index: &DatasetIndex, p: &Profession) -> usize {
    let all = p.related.as_ref().map_or(0, |r| r.occupations.len());
    all - related_in(index, p).count()
}

pub(crate) fn related_occupations(s: &Subject) -> Option<Read> {
    let items: Vec<Item> = related_in(s.index, s.p)
        .map(|(o, title)| {
            let pay = o
                .annual_median
                .map(|w| format!("median {} a year", format::annual(w)));
            let growth = o
                .change_pct
                .map(|c| format!("{} projected", format::signed_percent(c)));
            // the other side is marked, not offered: comparing it would change nothing
            let here = o.code == s.other;
            Item {
                text: title,
                tag: here.then_some(IN_THIS_COMPARISON),
                figures: list(pay.into_iter().chain(growth), 2),
                compare: (!here).then(|| o.code.clone()),
            }
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    let group = Group {
        heading: None,
        items,
    };
    detail_read(Detail::split(vec![group], FIRST_RELATED, |n| {
        format!("Show all {n} related occupations")
    }))
}

pub(crate) fn related_source(s: &Subject) -> Option<String> {
    Some(s.p.related.as_ref()?.source.clone())
}

/// The profile of the profession's first O*NET occupation that has one.
pub(crate) fn first_profile(p: Option<&Profile>) -> Option<&OccupationProfile> {
    p?.occupations.iter().find(|o| !o.scores.is_empty())
}

/// The high points, e.g. "Conventional – Enterprising".
pub(crate) fn high_points(p: Option<&Profile>) -> Option<Read> {
    let o = first_profile(p)?;
    super::read::text((!o.high_points.is_empty()).then(|| o.high_points.join(" – ")))
}

/// The title of the O*NET occupation the profile shows, where the profession has several.
pub(crate) fn rated_title(p: Option<&Profile>) -> Option<&str> {
    let o = first_profile(p)?;
    (p?.occupations.len() > 1).then_some(o.title.as_str())
}

/// Which O*NET occupation the profile is of, where the profession has several.
pub(crate) fn profile_of(p: Option<&Profile>) -> Option<String> {
    rated_title(p).map(|t| format!("O*NET's ratings for {t}."))
}

/// Work values: what they describe, and whose they are where there are several.
pub(crate) fn work_values_note(s: &Subject) -> Option<String> {
    let whose = profile_of(s.p.work_values.as_ref())
        .map(|w| format!(" {w}"))
        .unwrap_or_default();
    Some(format!(
        "O*NET work values describe what the occupation offers, not how satisfied its workers are.{whose}"
    ))
}

pub(crate) fn interests_source(s: &Subject) -> Option<String> {
    Some(s.p.interests.as_ref()?.source.clone())
}

pub(crate) fn work_values_source(s: &Subject) -> Option<String> {
    Some(s.p.work_values.as_ref()?.source.clone())
}

pub(crate) fn work_styles(s: &Subject) -> Option<Read> {
    let names =
        s.p.skills
            .as_ref()?
            .work_styles
            .iter()
            .map(|r| r.name.clone());
    super::read::text(list(names, 5))
}

pub(crate) fn tools(s: &Subject) -> Option<Read> {
    super::read::text(list(s.p.skills.as_ref()?.tools.iter().cloned(), 8))
}

//! Two professions side by side: the rows of each table, which side is better where that means
//! something, why a figure is missing, which sources a table draws on, and the gauge figures.
//!
//! The rows are declared once in [`rows`] and the tables list them by id in [`sections`]; this
//! module turns those declarations into cells. With a place (a state's USPS code) chosen, pay
//! comes from `pay_by_place.states[code]` where BLS publishes it; otherwise the national figure
//! is shown and the cell carries a note saying so ([`place`]).

mod detail;
mod figures;
mod place;
mod read;
mod rows;
mod sections;
mod work;

pub use detail::{Detail, Group, Item};
pub(crate) use work::{first_profile, related_in};

pub(crate) use place::{pay_for, NATIONAL};
pub use place::{state, Place};
pub use rows::{Better, RowId};
pub use sections::SectionId;
pub use work::IN_THIS_COMPARISON;

use crate::gauge::{GaugeId, Gauges};
use crate::primitives::contains;
use career_schema::{DatasetIndex, FieldKey, Profession, Source, Wage};
use rows::{Measure, RowSpec, Subject};

/// One of the two professions compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }
}

/// What is shown for one profession in one row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The value, or "—" when missing.
    pub text: String,
    /// Why the value is missing (set exactly when it is).
    pub missing_reason: Option<String>,
    /// A caveat about a value that is shown (national figure shown for a state, broader group).
    pub note: Option<String>,
    /// A list shown in place of `text` (tasks, related occupations); `text` then holds the
    /// items joined by "; ".
    pub detail: Option<Detail>,
    /// The place the value names (a highest-paying state's USPS code or metro area's OEWS
    /// code), which the cell offers as a button that shows pay for it.
    pub place: Option<String>,
}

/// Shown in place of a missing value.
pub const MISSING: &str = "—";

/// Reason given when neither the profession nor the dataset says why a figure is absent.
pub const UNKNOWN_REASON: &str = "This dataset has no figure for this profession.";

impl Cell {
    pub fn missing(reason: impl Into<String>) -> Self {
        Cell {
            text: MISSING.into(),
            missing_reason: Some(reason.into()),
            ..Default::default()
        }
    }

    pub fn is_missing(&self) -> bool {
        self.missing_reason.is_some()
    }
}

/// A labelled row: one cell per profession.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: RowId,
    pub label: &'static str,
    pub cells: [Cell; 2],
    /// The side whose value is better, only for pay, growth and jobs, and only when both
    /// values are known and differ.
    pub better: Option<Side>,
    /// The source id each shown value comes from (none for a missing one).
    pub sources: [Option<String>; 2],
}

/// One table.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub rows: Vec<Row>,
    /// Ids into [`DatasetIndex::sources`], in the index's order, without duplicates.
    pub sources: Vec<String>,
    /// True when any source is O*NET, whose attribution must then be shown.
    pub uses_onet: bool,
    /// A remark about the whole table (e.g. which place's pay is shown).
    pub note: Option<String>,
    /// The gauges under the table.
    pub gauges: &'static [GaugeId],
}

impl Section {
    pub fn row(&self, id: RowId) -> Option<&Row> {
        self.rows.iter().find(|r| r.id == id)
    }
}

/// Everything the compared view shows, besides the summary prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub codes: [String; 2],
    pub titles: [String; 2],
    /// The name of the place pay is shown for; `None` for national.
    pub place: Option<String>,
    /// Said next to the place picker when a side's median comes from a larger place.
    pub place_note: Option<String>,
    pub sections: Vec<Section>,
    pub gauges: Gauges,
    /// Per side, the related codes that point to no profession in the dataset (left out).
    pub related_dropped: [usize; 2],
}

impl Comparison {
    pub fn section(&self, id: SectionId) -> &Section {
        self.sections
            .iter()
            .find(|s| s.id == id)
            .expect("every section is built")
    }

    /// True when section `i` shows the same in both comparisons: the same columns, rows and
    /// gauges, and the same place where its pay gauge names it. A view redraws only the
    /// sections that changed (another place changes the pay figures and nothing else).
    pub fn same_section(&self, other: &Comparison, i: usize) -> bool {
        let (Some(s), Some(t)) = (self.sections.get(i), other.sections.get(i)) else {
            return false;
        };
        self.codes == other.codes
            && self.titles == other.titles
            && s == t
            && s.gauges.iter().all(|&g| self.gauges.same(&other.gauges, g))
            && (!s.gauges.contains(&GaugeId::Pay) || self.place == other.place)
    }
}

/// The source entry with this id.
pub fn source<'a>(index: &'a DatasetIndex, id: &str) -> Option<&'a Source> {
    index.sources.iter().find(|s| s.id == id)
}

/// True when the source is O*NET (its attribution must be shown).
pub fn is_onet(index: &DatasetIndex, id: &str) -> bool {
    let lower = id.to_ascii_lowercase();
    if lower.starts_with("onet") || contains(&lower, "o*net") {
        return true;
    }
    source(index, id).is_some_and(|s| {
        let t = format!("{} {}", s.agency, s.title).to_ascii_lowercase();
        contains(&t, "o*net") || contains(&t, "onet")
    })
}

pub(crate) fn reason(index: &DatasetIndex, p: &Profession, key: FieldKey) -> String {
    p.missing_reason(index, key)
        .map(str::to_string)
        .unwrap_or_else(|| UNKNOWN_REASON.to_string())
}

fn higher(values: [f64; 2]) -> Option<Side> {
    match values {
        [a, b] if a > b => Some(Side::A),
        [a, b] if b > a => Some(Side::B),
        _ => None,
    }
}

/// The side with the higher value, when both are known and differ; a top-coded wage
/// ("$239,200 or more") neither beats nor is beaten by another top-coded one.
fn better_side(measures: [Option<Measure>; 2]) -> Option<Side> {
    match measures {
        [Some(Measure::Wage(a)), Some(Measure::Wage(b))] if a.at_least && b.at_least => None,
        [Some(Measure::Wage(Wage { usd: a, .. })), Some(Measure::Wage(Wage { usd: b, .. }))]
        | [Some(Measure::Number(a)), Some(Measure::Number(b))] => higher([a, b]),
        _ => None,
    }
}

/// One row's cells for both professions.
fn row(index: &DatasetIndex, spec: &RowSpec, subjects: &[Subject; 2]) -> Row {
    let reads = subjects
        .each_ref()
        .map(|s| (spec.value)(s).filter(|r| !r.text.trim().is_empty()));
    let better = match spec.better {
        Better::Higher => better_side(reads.each_ref().map(|r| r.as_ref().and_then(|r| r.measure))),
        Better::Neither => None,
    };
    let sources = [0, 1].map(|i| {
        reads[i]
            .as_ref()
            .and_then(|_| (spec.source)(&subjects[i]))
            .filter(|s| !s.is_empty())
    });
    // the values move into the cells (a task list is not copied)
    let mut reads = reads.into_iter();
    let cells = [0, 1].map(|i| match reads.next().flatten() {
        Some(r) => Cell {
            text: r.text,
            missing_reason: None,
            note: (spec.note)(&subjects[i]),
            detail: r.detail,
            place: r.place,
        },
        None => Cell::missing(reason(index, subjects[i].p, spec.key)),
    });
    Row {
        id: spec.id,
        label: spec.label,
        cells,
        better,
        sources,
    }
}

/// The source ids a table's rows draw on, in the index's order (so swapping the pair leaves
/// the list as it was), without duplicates.
fn section_sources(index: &DatasetIndex, rows: &[RowId], subjects: &[Subject; 2]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for s in subjects {
        for id in rows {
            if let Some(src) = (id.spec().source)(s) {
                if !src.is_empty() && !ids.contains(&src) {
                    ids.push(src);
                }
            }
        }
    }
    let pos = |id: &String| {
        index
            .sources
            .iter()
            .position(|s| &s.id == id)
            .unwrap_or(usize::MAX)
    };
    // unstable, through the crate's one sort routine: ids are distinct, so ties are only ids
    // the index does not list, ordered by id
    let mut order: Vec<u32> = (0..ids.len() as u32).collect();
    crate::primitives::sort_ids(&mut order, &|a, b| {
        let (a, b) = (&ids[a as usize], &ids[b as usize]);
        pos(a).cmp(&pos(b)).then_with(|| a.cmp(b))
    });
    order
        .into_iter()
        .map(|i| std::mem::take(&mut ids[i as usize]))
        .collect()
}

fn section(index: &DatasetIndex, id: SectionId, subjects: &[Subject; 2]) -> Section {
    let spec = id.spec();
    let sources = section_sources(index, spec.rows, subjects);
    Section {
        id,
        rows: spec
            .rows
            .iter()
            .map(|r| row(index, r.spec(), subjects))
            .collect(),
        uses_onet: sources.iter().any(|s| is_onet(index, s)),
        sources,
        note: (spec.note)(subjects),
        gauges: spec.gauges,
    }
}

/// Builds the comparison of `a` and `b`, with pay for `place` where BLS publishes it.
pub fn compare(index: &DatasetIndex, a: &Profession, b: &Profession, place: Place) -> Comparison {
    let ps = [a, b];
    let pays = ps.map(|p| pay_for(p, place));
    let subjects = [0, 1].map(|i| Subject {
        index,
        p: ps[i],
        other: &ps[1 - i].code,
        pay: pays[i],
    });
    Comparison {
        codes: ps.map(|p| p.code.clone()),
        titles: ps.map(|p| p.title.clone()),
        gauges: figures::gauges(index, &ps, &pays),
        place_note: place::place_note(&pays),
        place: place.name().map(str::to_string),
        sections: SectionId::all()
            .map(|id| section(index, id, &subjects))
            .collect(),
        related_dropped: ps.map(|p| work::related_dropped(index, p)),
    }
}

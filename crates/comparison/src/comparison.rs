//! Two professions side by side: the rows of each table, which side is better where that means
//! something, why a figure is missing, which sources a table draws on, and the gauge figures.
//!
//! With a place (a state's USPS code) chosen, pay comes from `pay_by_place.states[code]` where
//! BLS publishes it; otherwise the national figure is shown and the cell carries a note saying so.

use crate::format;
use crate::gauge::{self, Gauges, RangeAxis, SalaryRange, Segment, Stack};
use crate::primitives::{contains, replace};
use career_schema::{DatasetIndex, FieldKey, Profession, Source, State, Wage, WageStats};

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
}

/// Shown in place of a missing value.
pub const MISSING: &str = "—";

/// Reason given when neither the profession nor the dataset says why a figure is absent.
pub const UNKNOWN_REASON: &str = "This dataset has no figure for this profession.";

impl Cell {
    pub fn value(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            missing_reason: None,
            note: None,
        }
    }

    pub fn missing(reason: impl Into<String>) -> Self {
        Cell {
            text: MISSING.into(),
            missing_reason: Some(reason.into()),
            note: None,
        }
    }

    pub fn is_missing(&self) -> bool {
        self.missing_reason.is_some()
    }

    fn with_note(mut self, note: Option<String>) -> Self {
        if !self.is_missing() {
            self.note = note;
        }
        self
    }
}

/// A labelled row: one cell per profession.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub cells: [Cell; 2],
    /// The side whose value is better, only for pay, growth and jobs, and only when both
    /// values are known and differ.
    pub better: Option<Side>,
}

/// The tables, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    Overview,
    Pay,
    Education,
    Demographics,
    Skills,
    Work,
}

impl SectionId {
    pub const ALL: [SectionId; 6] = [
        SectionId::Overview,
        SectionId::Pay,
        SectionId::Education,
        SectionId::Demographics,
        SectionId::Skills,
        SectionId::Work,
    ];

    /// The table caption.
    pub fn caption(self) -> &'static str {
        match self {
            SectionId::Overview => "Overview",
            SectionId::Pay => "Pay",
            SectionId::Education => "Education",
            SectionId::Demographics => "Demographics",
            SectionId::Skills => "Skills",
            SectionId::Work => "What they do",
        }
    }

    /// A short id for element ids and anchors.
    pub fn slug(self) -> &'static str {
        match self {
            SectionId::Overview => "overview",
            SectionId::Pay => "pay",
            SectionId::Education => "education",
            SectionId::Demographics => "demographics",
            SectionId::Skills => "skills",
            SectionId::Work => "work",
        }
    }
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
}

impl Section {
    pub fn row(&self, label: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.label == label)
    }
}

/// Everything the compared view shows, besides the summary prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub codes: [String; 2],
    pub titles: [String; 2],
    /// The place pay is shown for; `None` for national.
    pub place: Option<State>,
    /// Said next to the place picker when a profession falls back to national pay.
    pub place_note: Option<String>,
    pub sections: Vec<Section>,
    pub gauges: Gauges,
}

impl Comparison {
    pub fn section(&self, id: SectionId) -> &Section {
        self.sections
            .iter()
            .find(|s| s.id == id)
            .expect("every section is built")
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

/// The state with this USPS code.
pub fn state<'a>(index: &'a DatasetIndex, code: &str) -> Option<&'a State> {
    index
        .states
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(code))
}

/// The pay figures to show for a profession and place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PayView<'a> {
    pub stats: Option<&'a WageStats>,
    pub source: Option<&'a str>,
    /// A place was asked for but only national figures exist.
    pub fell_back: bool,
}

pub(crate) fn pay_for<'a>(p: &'a Profession, place: Option<&State>) -> PayView<'a> {
    if let Some(st) = place {
        if let Some(pl) = &p.pay_by_place {
            if let Some(stats) = pl.states.get(&st.code) {
                return PayView {
                    stats: Some(stats),
                    source: Some(&pl.source),
                    fell_back: false,
                };
            }
        }
    }
    PayView {
        stats: p.pay.as_ref().map(|x| &x.national),
        source: p.pay.as_ref().map(|x| x.source.as_str()),
        fell_back: place.is_some(),
    }
}

pub(crate) fn reason(index: &DatasetIndex, p: &Profession, key: FieldKey) -> String {
    p.missing_reason(index, key)
        .map(str::to_string)
        .unwrap_or_else(|| UNKNOWN_REASON.to_string())
}

fn higher(values: [Option<f64>; 2]) -> Option<Side> {
    match values {
        [Some(a), Some(b)] if a > b => Some(Side::A),
        [Some(a), Some(b)] if b > a => Some(Side::B),
        _ => None,
    }
}

/// The better wage: higher, but a top-coded wage ("$239,200 or more") is not beaten by nor
/// beats another top-coded one.
fn higher_wage(values: [Option<Wage>; 2]) -> Option<Side> {
    match values {
        [Some(a), Some(b)] if a.at_least && b.at_least => None,
        [Some(a), Some(b)] => higher([Some(a.usd), Some(b.usd)]),
        _ => None,
    }
}

struct Builder<'a> {
    index: &'a DatasetIndex,
    ps: [&'a Profession; 2],
}

impl<'a> Builder<'a> {
    /// A row whose cells come from `value` (None = missing for `key`). `value` is a trait
    /// object, so the row building is compiled once rather than once per row (25 rows).
    fn row(
        &self,
        label: &'static str,
        key: FieldKey,
        value: &dyn Fn(&'a Profession) -> Option<String>,
    ) -> Row {
        Row {
            label,
            cells: self.ps.map(|p| match value(p) {
                Some(t) if !t.trim().is_empty() => Cell::value(t),
                _ => Cell::missing(reason(self.index, p, key)),
            }),
            better: None,
        }
    }
}

struct Sources<'a> {
    index: &'a DatasetIndex,
    ids: Vec<String>,
}

impl Sources<'_> {
    fn add(&mut self, id: Option<&str>) {
        if let Some(id) = id {
            if !id.is_empty() && !self.ids.iter().any(|x| x == id) {
                self.ids.push(id.to_string());
            }
        }
    }

    fn section(mut self, id: SectionId, rows: Vec<Row>, note: Option<String>) -> Section {
        // in the index's order, so swapping the pair leaves the list as it was
        let pos = |id: &String| {
            self.index
                .sources
                .iter()
                .position(|s| &s.id == id)
                .unwrap_or(usize::MAX)
        };
        // unstable, through the crate's one sort routine: ids are distinct, so ties are
        // only ids the index does not list, ordered by id
        let mut order: Vec<u32> = (0..self.ids.len() as u32).collect();
        let ids = &self.ids;
        crate::primitives::sort_ids(&mut order, &|a, b| {
            let (a, b) = (&ids[a as usize], &ids[b as usize]);
            pos(a).cmp(&pos(b)).then_with(|| a.cmp(b))
        });
        let mut ids = std::mem::take(&mut self.ids);
        self.ids = order
            .into_iter()
            .map(|i| std::mem::take(&mut ids[i as usize]))
            .collect();
        let uses_onet = self.ids.iter().any(|s| is_onet(self.index, s));
        Section {
            id,
            rows,
            sources: self.ids,
            uses_onet,
            note,
        }
    }
}

fn list(items: impl Iterator<Item = String>, n: usize) -> Option<String> {
    let v: Vec<String> = items.take(n).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

/// Builds the comparison of `a` and `b`, with pay for `place` (a USPS code) where possible.
pub fn compare(
    index: &DatasetIndex,
    a: &Profession,
    b: &Profession,
    place: Option<&str>,
) -> Comparison {
    let ps = [a, b];
    let place = place.and_then(|c| state(index, c)).cloned();
    let pays = ps.map(|p| pay_for(p, place.as_ref()));
    let bld = Builder { index, ps };
    let sources = || Sources {
        index,
        ids: Vec::new(),
    };

    let fallback_note = |p: &Profession, pv: &PayView| -> Option<String> {
        match (&place, pv.fell_back) {
            (Some(st), true) => Some(format!(
                "No {} estimate for {}; national figure shown.",
                st.name, p.title
            )),
            _ => None,
        }
    };
    // Pay rows, place-aware.
    let pay_row = |label: &'static str,
                   key: FieldKey,
                   pick: &dyn Fn(&WageStats) -> Option<Wage>,
                   fmt: fn(Wage) -> String| {
        let wages = [0, 1].map(|i| pays[i].stats.and_then(pick));
        Row {
            label,
            cells: [0, 1].map(|i| match wages[i] {
                Some(w) => Cell::value(fmt(w)).with_note(fallback_note(ps[i], &pays[i])),
                None => Cell::missing(reason(index, ps[i], key)),
            }),
            better: higher_wage(wages),
        }
    };
    let annual_median = |s: &WageStats| s.annual.median;
    let hourly_median = |s: &WageStats| s.hourly.as_ref().and_then(|h| h.median);

    // Overview
    let mut src = sources();
    for (p, pv) in ps.iter().zip(&pays) {
        src.add(pv.source);
        if let Some(j) = &p.jobs {
            src.add(j.employment_source.as_deref());
            src.add(j.projection_source.as_deref());
        }
    }
    let growth_vals = ps.map(|p| p.jobs.as_ref().and_then(|j| j.change_pct));
    let job_vals = ps.map(|p| p.jobs.as_ref().and_then(|j| j.employment));
    let mut overview = vec![
        pay_row(
            "Yearly salary",
            FieldKey::Pay,
            &annual_median,
            format::annual,
        ),
        pay_row(
            "Hourly rate",
            FieldKey::PayHourly,
            &hourly_median,
            format::hourly,
        ),
        Row {
            better: higher(growth_vals),
            ..bld.row("Growth rate", FieldKey::Growth, &|p| {
                p.jobs.as_ref()?.change_pct.map(format::signed_percent)
            })
        },
        Row {
            better: higher(job_vals.map(|v| v.map(|n| n as f64))),
            ..bld.row("Number of jobs", FieldKey::Jobs, &|p| {
                p.jobs.as_ref()?.employment.map(format::count)
            })
        },
        Row {
            better: higher(ps.map(|p| {
                p.jobs
                    .as_ref()
                    .and_then(|j| j.openings_per_year)
                    .map(|n| n as f64)
            })),
            ..bld.row("Job openings per year", FieldKey::Openings, &|p| {
                p.jobs.as_ref()?.openings_per_year.map(format::count)
            })
        },
        bld.row("Job satisfaction", FieldKey::JobSatisfaction, &|p| {
            p.extras
                .job_satisfaction
                .map(|v| format!("{} out of 5", format::rating(v)))
        }),
        bld.row("Most common degree", FieldKey::Attainment, &|p| {
            p.attainment.as_ref().map(|a| {
                format!(
                    "{}, {}",
                    a.most_common.label,
                    format::percent(a.most_common.pct)
                )
            })
        }),
        bld.row("Median age", FieldKey::MedianAge, &|p| {
            p.demographics.as_ref()?.median_age.map(format::years)
        }),
        bld.row("Work experience", FieldKey::Entry, &|p| {
            p.entry.as_ref()?.experience.clone()
        }),
        bld.row("Time to become", FieldKey::TimeToBecome, &|p| {
            p.time_to_become
                .as_ref()
                .map(|t| format!("{} (estimate)", t.label))
        }),
    ];
    for p in ps {
        src.add(p.attainment.as_ref().map(|a| a.source.as_str()));
        src.add(p.demographics.as_ref().map(|d| d.source.as_str()));
        src.add(p.entry.as_ref().map(|e| e.source.as_str()));
        src.add(p.extras.source.as_deref());
    }
    for (i, p) in ps.iter().enumerate() {
        if let Some(t) = &p.time_to_become {
            if !overview[8].cells[i].is_missing() {
                overview[8].cells[i].note = Some(t.basis.clone());
            }
        }
    }
    let period = ps
        .iter()
        .find_map(|p| p.jobs.as_ref()?.projection_period.clone());
    let overview_note = Some(match &period {
        Some(per) => format!(
            "Growth rate is the projected change in employment over {per}; number of jobs is current wage and salary employment."
        ),
        None => "Growth rate is the projected change in employment; number of jobs is current wage and salary employment.".to_string(),
    });
    let overview = src.section(SectionId::Overview, overview, overview_note);

    // Pay
    let mut src = sources();
    for (p, pv) in ps.iter().zip(&pays) {
        src.add(pv.source);
        src.add(p.pay_by_place.as_ref().map(|x| x.source.as_str()));
        src.add(p.extras.source.as_deref());
    }
    let top =
        |label: &'static str,
         key: FieldKey,
         pick: fn(&career_schema::PayByPlace) -> Option<&career_schema::TopPlace>| {
            bld.row(label, key, &move |p| {
                let t = pick(p.pay_by_place.as_ref()?)?;
                Some(format!("{} ({})", t.name, format::annual(t.annual_median)))
            })
        };
    let range = |p: &Profession, pv: &PayView| -> Option<String> {
        let _ = p;
        let a = &pv.stats?.annual;
        Some(format!(
            "{} – {}",
            format::annual(a.p10?),
            format::annual(a.p90?)
        ))
    };
    let mut pay_rows = vec![
        pay_row(
            "Median salary",
            FieldKey::Pay,
            &annual_median,
            format::annual,
        ),
        pay_row(
            "Mean salary",
            FieldKey::Pay,
            &|s: &WageStats| s.annual.mean,
            format::annual,
        ),
        Row {
            label: "Salary range (10th–90th percentile)",
            cells: [0, 1].map(|i| match range(ps[i], &pays[i]) {
                Some(t) => Cell::value(t).with_note(fallback_note(ps[i], &pays[i])),
                None => Cell::missing(reason(index, ps[i], FieldKey::Pay)),
            }),
            better: None,
        },
        top("Highest-paying state", FieldKey::TopState, |x| {
            x.top_state.as_ref()
        }),
        top("Highest-paying metro area", FieldKey::TopMetro, |x| {
            x.top_metro.as_ref()
        }),
        top("Best-paying industry", FieldKey::TopIndustry, |x| {
            x.top_industry.as_ref()
        }),
        bld.row("Best-paying company", FieldKey::BestPayingCompany, &|p| {
            p.extras.best_paying_company.clone()
        }),
    ];
    // The rule that picked the highest-paying places, footnoted on those cells.
    for (i, p) in ps.iter().enumerate() {
        if let Some(rule) = p.pay_by_place.as_ref().and_then(|x| x.rule.clone()) {
            for r in &mut pay_rows[3..6] {
                if !r.cells[i].is_missing() {
                    r.cells[i].note = Some(rule.clone());
                }
            }
        }
    }
    let pay_note = match &place {
        None => Some("National figures, all industries.".to_string()),
        Some(st) => Some(format!(
            "Median, mean and range are for {} where BLS publishes them; the highest-paying places and industry are national comparisons.",
            st.name
        )),
    };
    let pay = src.section(SectionId::Pay, pay_rows, pay_note);

    // Education
    let mut src = sources();
    for p in ps {
        src.add(p.entry.as_ref().map(|e| e.source.as_str()));
        src.add(p.attainment.as_ref().map(|a| a.source.as_str()));
        src.add(p.job_zone.as_ref().map(|z| z.source.as_str()));
        src.add(p.extras.source.as_deref());
    }
    let mut edu = vec![
        bld.row("Typical entry-level education", FieldKey::Entry, &|p| {
            p.entry.as_ref()?.education.clone()
        }),
        bld.row("Most common attainment", FieldKey::Attainment, &|p| {
            p.attainment.as_ref().map(|a| {
                format!(
                    "{}, {}",
                    a.most_common.label,
                    format::percent(a.most_common.pct)
                )
            })
        }),
        bld.row("Attainment distribution", FieldKey::Attainment, &|p| {
            list(
                p.attainment
                    .as_ref()?
                    .levels
                    .iter()
                    .map(|s| format!("{} {}", s.label, format::percent(s.pct))),
                usize::MAX,
            )
            .map(|s| replace(&s, ", ", "; "))
        }),
        bld.row("On-the-job training", FieldKey::Entry, &|p| {
            p.entry.as_ref()?.training.clone()
        }),
        bld.row("Preparation (O*NET Job Zone)", FieldKey::JobZone, &|p| {
            p.job_zone
                .as_ref()
                .map(|z| format!("Job Zone {} of 5: {}", u32::from(z.zone), z.name))
        }),
        bld.row("Most common college major", FieldKey::CommonMajor, &|p| {
            p.extras.common_major.clone()
        }),
        bld.row("Most common college", FieldKey::CommonCollege, &|p| {
            p.extras.common_college.clone()
        }),
    ];
    for (i, p) in ps.iter().enumerate() {
        if let Some(a) = &p.attainment {
            let note = match &a.group {
                Some(g) => format!("Workers 25 and older in {g}, {}.", a.vintage),
                None => format!("Workers 25 and older, {}.", a.vintage),
            };
            for r in [1, 2] {
                if !edu[r].cells[i].is_missing() {
                    edu[r].cells[i].note = Some(note.clone());
                }
            }
        }
    }
    let education = src.section(SectionId::Education, edu, None);

    // Demographics
    let mut src = sources();
    for p in ps {
        src.add(p.demographics.as_ref().map(|d| d.source.as_str()));
        src.add(p.extras.source.as_deref());
    }
    let mut demo = vec![
        bld.row("Median age", FieldKey::MedianAge, &|p| {
            p.demographics.as_ref()?.median_age.map(format::years)
        }),
        bld.row("Gender ratio", FieldKey::Women, &|p| {
            let w = p.demographics.as_ref()?.women_pct?;
            Some(format!(
                "Women {}, men {}",
                format::percent(w),
                format::percent(100.0 - w)
            ))
        }),
        bld.row("Race and ethnicity shares", FieldKey::Race, &|p| {
            let v = race_shares(p)?;
            list(v.into_iter().map(|s| s.text), usize::MAX)
        }),
        bld.row("LGBT share", FieldKey::LgbtShare, &|p| {
            p.extras.lgbt_pct.map(format::percent)
        }),
    ];
    for (i, p) in ps.iter().enumerate() {
        if let Some(d) = &p.demographics {
            if d.broader_group {
                let note = format!("Figures for the wider survey group “{}”.", d.cps_group);
                for r in demo.iter_mut().take(3) {
                    if !r.cells[i].is_missing() {
                        r.cells[i].note = Some(note.clone());
                    }
                }
            }
        }
    }
    let demographics = src.section(
        SectionId::Demographics,
        demo,
        Some("Race shares are of all workers; people of Hispanic or Latino ethnicity may be of any race.".into()),
    );

    // Skills
    let mut src = sources();
    for p in ps {
        src.add(p.skills.as_ref().map(|s| s.source.as_str()));
    }
    let skills = src.section(
        SectionId::Skills,
        vec![
            bld.row("Top skills", FieldKey::Skills, &|p| {
                list(p.skills.as_ref()?.skills.iter().map(|r| r.name.clone()), 5)
            }),
            bld.row("Knowledge", FieldKey::Knowledge, &|p| {
                list(
                    p.skills.as_ref()?.knowledge.iter().map(|r| r.name.clone()),
                    5,
                )
            }),
            bld.row("Technologies", FieldKey::Technologies, &|p| {
                list(p.skills.as_ref()?.technologies.iter().cloned(), 8)
            }),
        ],
        Some("Ranked by O*NET importance rating.".into()),
    );

    // What they do
    let mut src = sources();
    for p in ps {
        src.add(p.description_source.as_deref());
    }
    let work = src.section(
        SectionId::Work,
        vec![bld.row("Description", FieldKey::Description, &|p| {
            p.description.clone()
        })],
        None,
    );

    let place_note = place.as_ref().and_then(|st| {
        let fell: Vec<&str> = (0..2)
            .filter(|&i| pays[i].fell_back)
            .map(|i| ps[i].title.as_str())
            .collect();
        match fell.len() {
            0 => None,
            1 => Some(format!(
                "BLS publishes no {} pay for {}, so national pay is shown for it.",
                st.name, fell[0]
            )),
            _ => Some(format!(
                "BLS publishes no {} pay for either profession, so national pay is shown.",
                st.name
            )),
        }
    });

    Comparison {
        codes: ps.map(|p| p.code.clone()),
        titles: ps.map(|p| p.title.clone()),
        gauges: gauges(&ps, &pays),
        place,
        place_note,
        sections: vec![overview, pay, education, demographics, skills, work],
    }
}

fn race_shares(p: &Profession) -> Option<Vec<Segment>> {
    let d = p.demographics.as_ref()?;
    let v: Vec<Segment> = [
        ("White", d.white_pct),
        ("Black or African American", d.black_pct),
        ("Asian", d.asian_pct),
        ("Hispanic or Latino", d.hispanic_pct),
    ]
    .into_iter()
    .filter_map(|(label, pct)| {
        pct.map(|pct| Segment {
            label: label.into(),
            pct,
            text: format!("{label} {}", format::percent(pct)),
        })
    })
    .collect();
    (!v.is_empty()).then_some(v)
}

fn gauges(ps: &[&Profession; 2], pays: &[PayView; 2]) -> Gauges {
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
            segments: vec![
                Segment {
                    label: "Women".into(),
                    pct: w,
                    text: format!("Women {}", format::percent(w)),
                },
                Segment {
                    label: "Men".into(),
                    pct: 100.0 - w,
                    text: format!("Men {}", format::percent(100.0 - w)),
                },
            ],
        })
    });
    let attainment = ps.map(|p| {
        let a = p.attainment.as_ref()?;
        (!a.levels.is_empty()).then(|| Stack {
            segments: a
                .levels
                .iter()
                .map(|s| Segment {
                    label: s.label.clone(),
                    pct: s.pct,
                    text: format!("{} {}", s.label, format::percent(s.pct)),
                })
                .collect(),
        })
    });
    let race = ps.map(race_shares);
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

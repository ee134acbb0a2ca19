//! Every comparison row, each declared once: its id, label, the dataset field whose missing
//! reason explains a "—", which side is better (if any), how to read its value, the caveat
//! footnoted on a shown value, and the source it draws on. Sections list rows by id
//! (`sections.rs`); nothing refers to a row by its position.
//!
//! To add a row: add one entry below and put its id in a section's list.

use super::detail::Detail;
use super::place::PayView;
use super::read::*;
use super::work;
use crate::format;
use crate::primitives::replace;
use career_schema::{DatasetIndex, FieldKey, Profession, Wage};

/// What a row reads of one profession.
pub(crate) struct Subject<'a> {
    pub index: &'a DatasetIndex,
    pub p: &'a Profession,
    /// The other side's code.
    pub other: &'a str,
    /// Its pay for the chosen place (or national).
    pub pay: PayView<'a>,
}

/// A row's value for one profession, and what "better" compares.
pub(crate) struct Read {
    pub text: String,
    pub measure: Option<Measure>,
    /// A list shown in place of the text (tasks, related occupations).
    pub detail: Option<Detail>,
    /// A place the value names that pay can be shown for (see [`super::Cell::place`]).
    pub place: Option<String>,
}

#[derive(Clone, Copy)]
pub(crate) enum Measure {
    Number(f64),
    Wage(Wage),
}

/// Whether a row marks the side with the better value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// No side is better (a description, a share, a place).
    Neither,
    /// The higher value, when both are known and differ (pay, growth, jobs).
    Higher,
}

/// One row, as declared in [`rows!`].
pub(crate) struct RowSpec {
    pub id: RowId,
    pub label: &'static str,
    /// Its missing reason explains a "—" in this row.
    pub key: FieldKey,
    pub better: Better,
    pub value: fn(&Subject) -> Option<Read>,
    /// A caveat on a shown value.
    pub note: fn(&Subject) -> Option<String>,
    /// The source id the value comes from, listed under the table.
    pub source: fn(&Subject) -> Option<String>,
}

macro_rules! rows {
    ($($id:ident {
        slug: $slug:literal,
        label: $label:literal,
        key: $key:ident,
        better: $better:ident,
        value: $value:expr,
        note: $note:expr,
        source: $source:expr $(,)?
    })*) => {
        /// A comparison row, by name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RowId {
            $($id,)*
        }

        /// In [`RowId`]'s order, so a row's spec is found by its discriminant.
        static SPECS: &[RowSpec] = &[$(RowSpec {
            id: RowId::$id,
            label: $label,
            key: FieldKey::$key,
            better: Better::$better,
            value: $value,
            note: $note,
            source: $source,
        },)*];

        impl RowId {
            pub const ALL: &'static [RowId] = &[$(RowId::$id,)*];

            /// A short name for element ids, e.g. "time-to-become".
            pub fn slug(self) -> &'static str {
                match self {
                    $(RowId::$id => $slug,)*
                }
            }
        }
    };
}

impl RowId {
    pub(crate) fn spec(self) -> &'static RowSpec {
        &SPECS[self as usize]
    }

    /// The row header.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// The dataset field whose missing reason explains a "—" in this row.
    pub fn key(self) -> FieldKey {
        self.spec().key
    }
}

rows! {
    YearlySalary {
        slug: "yearly-salary",
        label: "Yearly salary",
        key: Pay,
        better: Higher,
        value: |s| pay_figure(s, annual_median, format::annual),
        note: |s| pay_fallback(s, annual_median, "median"),
        source: pay_source,
    }
    HourlyRate {
        slug: "hourly-rate",
        label: "Hourly rate",
        key: PayHourly,
        better: Higher,
        value: |s| pay_figure(s, hourly_median, format::hourly),
        note: |s| pay_fallback(s, hourly_median, "hourly median"),
        source: pay_source,
    }
    GrowthRate {
        slug: "growth-rate",
        label: "Growth rate",
        key: Growth,
        better: Higher,
        value: |s| number(s.p.jobs.as_ref()?.change_pct, format::signed_percent),
        note: no_note,
        source: projection_source,
    }
    NumberOfJobs {
        slug: "number-of-jobs",
        label: "Number of jobs",
        key: Jobs,
        better: Higher,
        value: |s| count(s.p.jobs.as_ref()?.employment),
        note: no_note,
        source: employment_source,
    }
    JobOpenings {
        slug: "job-openings",
        label: "Job openings per year",
        key: Openings,
        better: Higher,
        value: |s| count(s.p.jobs.as_ref()?.openings_per_year),
        note: no_note,
        source: projection_source,
    }
    MostCommonDegree {
        slug: "most-common-degree",
        label: "Most common degree",
        key: Attainment,
        better: Neither,
        value: most_common_attainment,
        note: attainment_note,
        source: attainment_source,
    }
    MedianAge {
        slug: "median-age",
        label: "Median age",
        key: MedianAge,
        better: Neither,
        value: |s| number(s.p.demographics.as_ref()?.median_age, format::years),
        note: broader_group,
        source: demographics_source,
    }
    WorkExperience {
        slug: "work-experience",
        label: "Work experience",
        key: Entry,
        better: Neither,
        value: |s| text(s.p.entry.as_ref()?.experience.clone()),
        note: no_note,
        source: entry_source,
    }
    TimeToBecome {
        slug: "time-to-become",
        label: "Time to become",
        key: TimeToBecome,
        better: Neither,
        value: |s| text(s.p.time_to_become.as_ref().map(|t| format!("{} (estimate)", t.label))),
        // how the estimate was derived from EP's education, experience and training
        note: |s| Some(s.p.time_to_become.as_ref()?.basis.clone()),
        source: entry_source,
    }
    TopWorkValues {
        slug: "top-work-values",
        label: "What it offers most (O*NET Work Values)",
        key: WorkValues,
        better: Neither,
        value: |s| {
            let o = work::first_profile(s.p.work_values.as_ref())?;
            text((!o.high_points.is_empty()).then(|| o.high_points.join(", ")))
        },
        note: work::work_values_note,
        source: work::work_values_source,
    }
    InterestCode {
        slug: "interest-code",
        label: "Interest code (O*NET high points)",
        key: Interests,
        better: Neither,
        value: |s| work::high_points(s.p.interests.as_ref()),
        note: |s| work::profile_of(s.p.interests.as_ref()),
        source: work::interests_source,
    }
    JobSatisfaction {
        slug: "job-satisfaction",
        label: "Job satisfaction",
        key: JobSatisfaction,
        better: Neither,
        value: |s| text(s.p.extras.job_satisfaction.map(|v| format!("{} out of 5", format::rating(v)))),
        note: no_note,
        source: extras_source,
    }
    MedianSalary {
        slug: "median-salary",
        label: "Median salary",
        key: Pay,
        better: Higher,
        value: |s| pay_figure(s, annual_median, format::annual),
        note: |s| pay_fallback(s, annual_median, "median"),
        source: pay_source,
    }
    MeanSalary {
        slug: "mean-salary",
        label: "Mean salary",
        key: Pay,
        better: Higher,
        value: |s| pay_figure(s, annual_mean, format::annual),
        note: |s| pay_fallback(s, annual_mean, "mean"),
        source: pay_source,
    }
    SalaryRange {
        slug: "salary-range",
        label: "Salary range (10th–90th percentile)",
        key: Pay,
        better: Neither,
        value: |s| {
            let a = s.pay.annual_range()?.value;
            text(Some(format!("{} – {}", format::annual(a.p10?), format::annual(a.p90?))))
        },
        note: |s| s.pay.fallback_note(&s.pay.annual_range()?, "salary range"),
        source: pay_source,
    }
    TopState {
        slug: "top-state",
        label: "Highest-paying state",
        key: TopState,
        better: Neither,
        value: |s| top_place(s, |x| x.top_state.as_ref(), true),
        note: top_place_rule,
        source: places_source,
    }
    TopMetro {
        slug: "top-metro",
        label: "Highest-paying metro area",
        key: TopMetro,
        better: Neither,
        value: |s| top_place(s, |x| x.top_metro.as_ref(), s.index.areas > 0),
        note: top_place_rule,
        source: places_source,
    }
    TopIndustry {
        slug: "top-industry",
        label: "Best-paying industry",
        key: TopIndustry,
        better: Neither,
        value: |s| top_place(s, |x| x.top_industry.as_ref(), false),
        note: top_place_rule,
        source: places_source,
    }
    BestPayingCompany {
        slug: "best-paying-company",
        label: "Best-paying company",
        key: BestPayingCompany,
        better: Neither,
        value: |s| text(s.p.extras.best_paying_company.clone()),
        note: no_note,
        source: extras_source,
    }
    EntryEducation {
        slug: "entry-education",
        label: "Typical entry-level education",
        key: Entry,
        better: Neither,
        value: |s| text(s.p.entry.as_ref()?.education.clone()),
        note: no_note,
        source: entry_source,
    }
    MostCommonAttainment {
        slug: "most-common-attainment",
        label: "Most common attainment",
        key: Attainment,
        better: Neither,
        value: most_common_attainment,
        note: attainment_note,
        source: attainment_source,
    }
    AttainmentDistribution {
        slug: "attainment-distribution",
        label: "Attainment distribution",
        key: Attainment,
        better: Neither,
        value: |s| {
            let levels = s.p.attainment.as_ref()?.levels.iter();
            let all = list(levels.map(|l| format!("{} {}", l.label, format::percent(l.pct))), usize::MAX);
            text(all.map(|t| replace(&t, ", ", "; ")))
        },
        note: attainment_note,
        source: attainment_source,
    }
    Training {
        slug: "training",
        label: "On-the-job training",
        key: Entry,
        better: Neither,
        value: |s| text(s.p.entry.as_ref()?.training.clone()),
        note: no_note,
        source: entry_source,
    }
    JobZone {
        slug: "job-zone",
        label: "Preparation (O*NET Job Zone)",
        key: JobZone,
        better: Neither,
        value: |s| {
            let z = s.p.job_zone.as_ref()?;
            text(Some(format!("Job Zone {} of 5: {}", u32::from(z.zone), z.name)))
        },
        note: no_note,
        source: |s| Some(s.p.job_zone.as_ref()?.source.clone()),
    }
    CommonMajor {
        slug: "common-major",
        label: "Most common college major",
        key: CommonMajor,
        better: Neither,
        value: |s| text(s.p.extras.common_major.clone()),
        note: no_note,
        source: extras_source,
    }
    CommonCollege {
        slug: "common-college",
        label: "Most common college",
        key: CommonCollege,
        better: Neither,
        value: |s| text(s.p.extras.common_college.clone()),
        note: no_note,
        source: extras_source,
    }
    GenderRatio {
        slug: "gender-ratio",
        label: "Gender ratio",
        key: Women,
        better: Neither,
        value: |s| {
            let w = s.p.demographics.as_ref()?.women_pct?;
            text(Some(format!("Women {}, men {}", format::percent(w), format::percent(100.0 - w))))
        },
        note: broader_group,
        source: demographics_source,
    }
    RaceShares {
        slug: "race-shares",
        label: "Race and ethnicity shares",
        key: Race,
        better: Neither,
        value: |s| {
            let shares = race_shares(s.p)?.into_iter();
            text(list(shares.map(|(label, pct)| format!("{label} {}", format::percent(pct))), usize::MAX))
        },
        note: broader_group,
        source: demographics_source,
    }
    LgbtShare {
        slug: "lgbt-share",
        label: "LGBT share",
        key: LgbtShare,
        better: Neither,
        value: |s| text(s.p.extras.lgbt_pct.map(format::percent)),
        note: no_note,
        source: extras_source,
    }
    TopSkills {
        slug: "top-skills",
        label: "Top skills",
        key: Skills,
        better: Neither,
        value: |s| text(list(s.p.skills.as_ref()?.skills.iter().map(|r| r.name.clone()), 5)),
        note: no_note,
        source: skills_source,
    }
    Knowledge {
        slug: "knowledge",
        label: "Knowledge",
        key: Knowledge,
        better: Neither,
        value: |s| text(list(s.p.skills.as_ref()?.knowledge.iter().map(|r| r.name.clone()), 5)),
        note: no_note,
        source: skills_source,
    }
    WorkStyles {
        slug: "work-styles",
        label: "Work styles",
        key: WorkStyles,
        better: Neither,
        value: work::work_styles,
        note: no_note,
        source: skills_source,
    }
    Tools {
        slug: "tools",
        label: "Tools",
        key: Tools,
        better: Neither,
        value: work::tools,
        note: no_note,
        source: skills_source,
    }
    Technologies {
        slug: "technologies",
        label: "Technologies",
        key: Technologies,
        better: Neither,
        value: |s| text(list(s.p.skills.as_ref()?.technologies.iter().cloned(), 8)),
        note: no_note,
        source: skills_source,
    }
    Description {
        slug: "description",
        label: "Description",
        key: Description,
        better: Neither,
        value: |s| text(s.p.description.clone()),
        note: no_note,
        source: |s| s.p.description_source.clone(),
    }
    CoreTasks {
        slug: "core-tasks",
        label: "Core tasks",
        key: Tasks,
        better: Neither,
        value: work::core_tasks,
        note: work::unrated_note,
        source: work::tasks_source,
    }
    SupplementalTasks {
        slug: "supplemental-tasks",
        label: "Supplemental tasks",
        key: Tasks,
        better: Neither,
        value: work::supplemental_tasks,
        note: no_note,
        source: work::tasks_source,
    }
    RelatedOccupations {
        slug: "related-occupations",
        label: "Related occupations in this dataset",
        key: Related,
        better: Neither,
        value: work::related_occupations,
        note: no_note,
        source: work::related_source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::place::{pay_for, Place};
    use career_schema::{EntryRequirements, TimeToBecome};

    /// What the row shows for `p` with national pay: its text and its note.
    fn shown(id: RowId, p: &Profession) -> Option<(String, Option<String>)> {
        let index = DatasetIndex::default();
        let s = Subject {
            index: &index,
            p,
            other: "",
            pay: pay_for(p, Place::National),
        };
        let spec = id.spec();
        (spec.value)(&s).map(|r| (r.text, (spec.note)(&s)))
    }

    // A row's own test sits here, beside the list; tests of whole tables and of real figures
    // are in tests/comparison.rs and tests/real_dataset.rs.

    #[test]
    fn time_to_become_is_an_estimate_footnoted_with_its_basis() {
        let p = Profession {
            time_to_become: Some(TimeToBecome {
                label: "6+ years".into(),
                min_months: 72,
                max_months: 120,
                derived: true,
                basis: "how it was derived".into(),
            }),
            ..Default::default()
        };
        assert_eq!(
            shown(RowId::TimeToBecome, &p),
            Some((
                "6+ years (estimate)".into(),
                Some("how it was derived".into())
            ))
        );
        assert_eq!(shown(RowId::TimeToBecome, &Profession::default()), None);
    }

    #[test]
    fn work_experience_is_ep_wording_without_a_note() {
        let p = Profession {
            entry: Some(EntryRequirements {
                experience: Some("Less than 5 years".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(
            shown(RowId::WorkExperience, &p),
            Some(("Less than 5 years".into(), None))
        );
    }

    #[test]
    fn every_id_finds_its_own_spec() {
        for &id in RowId::ALL {
            assert_eq!(id.spec().id, id);
        }
    }

    #[test]
    fn slugs_and_labels_are_distinct() {
        let mut slugs: Vec<&str> = RowId::ALL.iter().map(|r| r.slug()).collect();
        let mut labels: Vec<&str> = RowId::ALL.iter().map(|r| r.label()).collect();
        slugs.sort_unstable();
        labels.sort_unstable();
        let n = RowId::ALL.len();
        slugs.dedup();
        labels.dedup();
        assert_eq!((slugs.len(), labels.len()), (n, n));
    }
}

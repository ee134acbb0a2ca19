//! The tables, in display order: each lists its rows and gauges by id and says what its
//! remark under the table is. Rows that no public source fills (job satisfaction, the
//! best-paying company, college major and college, LGBT share) come after the rows with
//! figures, so a table leads with what it knows.

use super::rows::{RowId, Subject};
use crate::gauge::GaugeId;

/// A table, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    Overview,
    Pay,
    Education,
    Demographics,
    Skills,
    Work,
    Interests,
    Related,
}

pub(crate) struct SectionSpec {
    pub id: SectionId,
    pub caption: &'static str,
    pub slug: &'static str,
    pub rows: &'static [RowId],
    pub gauges: &'static [GaugeId],
    /// The remark under the table, from both professions.
    pub note: fn(&[Subject; 2]) -> Option<String>,
}

pub(crate) static SECTIONS: &[SectionSpec] = &[
    SectionSpec {
        id: SectionId::Overview,
        caption: "Overview",
        slug: "overview",
        rows: &[
            RowId::YearlySalary,
            RowId::HourlyRate,
            RowId::GrowthRate,
            RowId::NumberOfJobs,
            RowId::JobOpenings,
            RowId::MostCommonDegree,
            RowId::MedianAge,
            RowId::WorkExperience,
            RowId::TimeToBecome,
            RowId::TopWorkValues,
            RowId::JobSatisfaction,
        ],
        gauges: &[GaugeId::Pay, GaugeId::Jobs, GaugeId::Growth],
        note: overview_note,
    },
    SectionSpec {
        id: SectionId::Pay,
        caption: "Pay",
        slug: "pay",
        rows: &[
            RowId::MedianSalary,
            RowId::MeanSalary,
            RowId::SalaryRange,
            RowId::TopState,
            RowId::TopMetro,
            RowId::TopIndustry,
            RowId::BestPayingCompany,
        ],
        gauges: &[GaugeId::SalaryRange],
        note: pay_note,
    },
    SectionSpec {
        id: SectionId::Education,
        caption: "Education",
        slug: "education",
        rows: &[
            RowId::EntryEducation,
            RowId::MostCommonAttainment,
            RowId::AttainmentDistribution,
            RowId::Training,
            RowId::JobZone,
            RowId::CommonMajor,
            RowId::CommonCollege,
        ],
        gauges: &[GaugeId::Attainment],
        note: |_| None,
    },
    SectionSpec {
        id: SectionId::Demographics,
        caption: "Demographics",
        slug: "demographics",
        rows: &[
            RowId::MedianAge,
            RowId::GenderRatio,
            RowId::RaceShares,
            RowId::LgbtShare,
        ],
        gauges: &[GaugeId::Gender, GaugeId::Race],
        note: |_| {
            Some("Race shares are of all workers; people of Hispanic or Latino ethnicity may be of any race.".into())
        },
    },
    SectionSpec {
        id: SectionId::Skills,
        caption: "Skills",
        slug: "skills",
        rows: &[
            RowId::TopSkills,
            RowId::Knowledge,
            RowId::WorkStyles,
            RowId::Technologies,
            RowId::Tools,
        ],
        gauges: &[],
        note: |_| Some("Ranked by O*NET importance rating.".into()),
    },
    SectionSpec {
        id: SectionId::Work,
        caption: "What they do",
        slug: "work",
        rows: &[
            RowId::Description,
            RowId::CoreTasks,
            RowId::SupplementalTasks,
        ],
        gauges: &[],
        note: |_| None,
    },
    SectionSpec {
        id: SectionId::Interests,
        caption: "Interests and work values",
        slug: "interests",
        rows: &[RowId::InterestCode, RowId::TopWorkValues],
        gauges: &[GaugeId::Interests, GaugeId::WorkValues],
        note: |_| {
            Some("O*NET rates each occupation's interests and work values on a scale from 1 to 7; the high points are the strongest.".into())
        },
    },
    SectionSpec {
        id: SectionId::Related,
        caption: "Related occupations",
        slug: "related",
        rows: &[RowId::RelatedOccupations],
        gauges: &[],
        note: |_| {
            Some("O*NET's related occupations, closest first; median pay and projected growth are national.".into())
        },
    },
];

fn overview_note(subjects: &[Subject; 2]) -> Option<String> {
    let period = subjects
        .iter()
        .find_map(|s| s.p.jobs.as_ref()?.projection_period.as_deref());
    Some(match period {
        Some(per) => format!(
            "Growth rate is the projected change in employment over {per}; number of jobs is current wage and salary employment."
        ),
        None => "Growth rate is the projected change in employment; number of jobs is current wage and salary employment.".to_string(),
    })
}

fn pay_note(subjects: &[Subject; 2]) -> Option<String> {
    Some(match subjects[0].pay.place_name() {
        None => "National figures, all industries.".to_string(),
        Some(name) => format!(
            "Median, mean and range are for {name} where BLS publishes them, else for the next larger place, as footnoted; the highest-paying places and industry are national comparisons."
        ),
    })
}

impl SectionId {
    /// Every table, in display order.
    pub fn all() -> impl Iterator<Item = SectionId> {
        SECTIONS.iter().map(|s| s.id)
    }

    pub(crate) fn spec(self) -> &'static SectionSpec {
        SECTIONS
            .iter()
            .find(|s| s.id == self)
            .expect("every section is declared")
    }

    /// The table caption.
    pub fn caption(self) -> &'static str {
        self.spec().caption
    }

    /// A short id for element ids and anchors.
    pub fn slug(self) -> &'static str {
        self.spec().slug
    }

    /// The rows, in display order.
    pub fn rows(self) -> &'static [RowId] {
        self.spec().rows
    }

    /// The gauges drawn under the table.
    pub fn gauges(self) -> &'static [GaugeId] {
        self.spec().gauges
    }
}

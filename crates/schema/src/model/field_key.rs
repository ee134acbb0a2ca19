//! [`FieldKey`]: the names of figures, as the dataset's `missing` and `unavailable` maps key them.

/// Names of figures, used as keys of [`Profession::missing`] and [`DatasetIndex::unavailable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKey {
    Description,
    Pay,
    PayHourly,
    PayByPlace,
    TopState,
    TopMetro,
    TopIndustry,
    Jobs,
    Growth,
    Openings,
    Entry,
    Attainment,
    JobZone,
    TimeToBecome,
    Demographics,
    MedianAge,
    Women,
    Race,
    Skills,
    Knowledge,
    Technologies,
    JobSatisfaction,
    LgbtShare,
    CommonMajor,
    CommonCollege,
    BestPayingCompany,
}

impl FieldKey {
    /// Every key, in display order.
    pub const ALL: [FieldKey; 26] = [
        FieldKey::Description,
        FieldKey::Pay,
        FieldKey::PayHourly,
        FieldKey::PayByPlace,
        FieldKey::TopState,
        FieldKey::TopMetro,
        FieldKey::TopIndustry,
        FieldKey::Jobs,
        FieldKey::Growth,
        FieldKey::Openings,
        FieldKey::Entry,
        FieldKey::Attainment,
        FieldKey::JobZone,
        FieldKey::TimeToBecome,
        FieldKey::Demographics,
        FieldKey::MedianAge,
        FieldKey::Women,
        FieldKey::Race,
        FieldKey::Skills,
        FieldKey::Knowledge,
        FieldKey::Technologies,
        FieldKey::JobSatisfaction,
        FieldKey::LgbtShare,
        FieldKey::CommonMajor,
        FieldKey::CommonCollege,
        FieldKey::BestPayingCompany,
    ];

    /// The key as written in the JSON maps.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKey::Description => "description",
            FieldKey::Pay => "pay",
            FieldKey::PayHourly => "pay.hourly",
            FieldKey::PayByPlace => "pay_by_place",
            FieldKey::TopState => "pay_by_place.top_state",
            FieldKey::TopMetro => "pay_by_place.top_metro",
            FieldKey::TopIndustry => "pay_by_place.top_industry",
            FieldKey::Jobs => "jobs",
            FieldKey::Growth => "jobs.change_pct",
            FieldKey::Openings => "jobs.openings_per_year",
            FieldKey::Entry => "entry",
            FieldKey::Attainment => "attainment",
            FieldKey::JobZone => "job_zone",
            FieldKey::TimeToBecome => "time_to_become",
            FieldKey::Demographics => "demographics",
            FieldKey::MedianAge => "demographics.median_age",
            FieldKey::Women => "demographics.women_pct",
            FieldKey::Race => "demographics.race",
            FieldKey::Skills => "skills.skills",
            FieldKey::Knowledge => "skills.knowledge",
            FieldKey::Technologies => "skills.technologies",
            FieldKey::JobSatisfaction => "extras.job_satisfaction",
            FieldKey::LgbtShare => "extras.lgbt_pct",
            FieldKey::CommonMajor => "extras.common_major",
            FieldKey::CommonCollege => "extras.common_college",
            FieldKey::BestPayingCompany => "extras.best_paying_company",
        }
    }

    /// The key whose reason also covers this one (e.g. "demographics" covers "demographics.women_pct").
    pub fn parent(self) -> Option<FieldKey> {
        use FieldKey::*;
        match self {
            PayHourly => Some(Pay),
            TopState | TopMetro | TopIndustry => Some(PayByPlace),
            Growth | Openings => Some(Jobs),
            MedianAge | Women | Race => Some(Demographics),
            _ => None,
        }
    }
}

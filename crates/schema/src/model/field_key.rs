//! [`FieldKey`]: the names of figures, as the dataset's `missing` and `unavailable` maps key them.

/// Declares [`FieldKey`] from one line per key: its variant and its text, a dotted path of the
/// profession's JSON fields. `ALL` and `as_str` come from the list; `parent` from the paths.
macro_rules! field_keys {
    ($($(#[$doc:meta])* $key:ident = $path:literal $(since $since:literal)?,)*) => {
        /// Names of figures, used as keys of [`Profession::missing`](super::Profession::missing)
        /// and [`DatasetIndex::unavailable`](super::DatasetIndex::unavailable).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FieldKey {
            $($(#[$doc])* $key,)*
        }

        impl FieldKey {
            /// Every key, in display order.
            pub const ALL: [FieldKey; [$($path),*].len()] = [$(FieldKey::$key),*];

            /// The key as written in the JSON maps.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FieldKey::$key => $path,)*
                }
            }

            /// The schema version that added the figure (1 unless the list says `since`).
            pub fn since(self) -> u32 {
                match self {
                    $(FieldKey::$key => 1 $(+ $since - 1)?,)*
                }
            }
        }
    };
}

field_keys! {
    Description = "description",
    Pay = "pay",
    /// The hourly figures (`pay.national.hourly`).
    PayHourly = "pay.hourly",
    PayByPlace = "pay_by_place",
    TopState = "pay_by_place.top_state",
    TopMetro = "pay_by_place.top_metro",
    TopIndustry = "pay_by_place.top_industry",
    Jobs = "jobs",
    Growth = "jobs.change_pct",
    Openings = "jobs.openings_per_year",
    Entry = "entry",
    Attainment = "attainment",
    JobZone = "job_zone",
    TimeToBecome = "time_to_become",
    Demographics = "demographics",
    MedianAge = "demographics.median_age",
    Women = "demographics.women_pct",
    /// The four race and ethnicity shares (`demographics.white_pct` and the others).
    Race = "demographics.race",
    Skills = "skills.skills",
    Knowledge = "skills.knowledge",
    Technologies = "skills.technologies",
    JobSatisfaction = "extras.job_satisfaction",
    LgbtShare = "extras.lgbt_pct",
    CommonMajor = "extras.common_major",
    CommonCollege = "extras.common_college",
    BestPayingCompany = "extras.best_paying_company",
    WorkStyles = "skills.work_styles" since 2,
    Tools = "skills.tools" since 2,
    Tasks = "tasks" since 2,
    Related = "related" since 2,
    Interests = "interests" since 2,
    WorkValues = "work_values" since 2,
}

impl FieldKey {
    /// The key whose reason also covers this one: the key whose path is this one's without its
    /// last field (e.g. "demographics" covers "demographics.women_pct").
    pub fn parent(self) -> Option<FieldKey> {
        let (head, _) = self.as_str().rsplit_once('.')?;
        FieldKey::ALL.into_iter().find(|k| k.as_str() == head)
    }
}

#[cfg(test)]
mod tests {
    use super::FieldKey::{self, *};

    #[test]
    fn parents_are_the_keys_their_paths_are_inside() {
        let parent = |k: FieldKey| k.parent();
        assert_eq!(parent(PayHourly), Some(Pay));
        for k in [TopState, TopMetro, TopIndustry] {
            assert_eq!(parent(k), Some(PayByPlace));
        }
        for k in [Growth, Openings] {
            assert_eq!(parent(k), Some(Jobs));
        }
        for k in [MedianAge, Women, Race] {
            assert_eq!(parent(k), Some(Demographics));
        }
        // no key is "skills" or "extras": their reasons stand alone
        for k in [
            Pay,
            Skills,
            Knowledge,
            Technologies,
            JobSatisfaction,
            LgbtShare,
        ] {
            assert_eq!(parent(k), None, "{k:?}");
        }
    }

    #[test]
    fn keys_are_unique_and_listed_once() {
        for (i, a) in FieldKey::ALL.iter().enumerate() {
            assert_eq!(*a as usize, i, "ALL is in declaration order");
            for b in &FieldKey::ALL[i + 1..] {
                assert_ne!(a.as_str(), b.as_str());
            }
        }
    }
}

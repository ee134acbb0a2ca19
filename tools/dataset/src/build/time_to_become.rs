//! Time to become (`time_to_become`), derived from EP entry requirements (or, when EP has
//! none, the O*NET Job Zone); the rule's table is in README.md.

use super::{Coverage, Missing};
use crate::sources::EP_FILE;
use anyhow::{anyhow, Result};
use career_schema::*;

fn edu_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "No formal educational credential" => (0, 0),
        "High school diploma or equivalent" => (0, 0),
        "Some college, no degree" => (12, 24),
        "Postsecondary nondegree award" => (3, 24),
        "Associate's degree" => (24, 24),
        "Bachelor's degree" => (48, 48),
        "Master's degree" => (72, 84),
        "Doctoral or professional degree" => (84, 132),
        _ => return None,
    })
}

fn exp_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "None" => (0, 0),
        "Less than 5 years" => (12, 60),
        "5 years or more" => (60, 120),
        _ => return None,
    })
}

fn training_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "None" => (0, 0),
        "Short-term on-the-job training" => (0, 1),
        "Moderate-term on-the-job training" => (1, 12),
        "Long-term on-the-job training" => (12, 48),
        "Apprenticeship" => (36, 60),
        "Internship/residency" => (12, 84),
        _ => return None,
    })
}

fn zone_months(z: u8) -> (u32, u32) {
    match z {
        1 => (0, 3),
        2 => (3, 12),
        3 => (12, 24),
        4 => (24, 48),
        _ => (48, 96),
    }
}

/// Buckets by the midpoint of the summed range.
fn bucket(min: u32, max: u32) -> (&'static str, u32, u32) {
    let mid2 = min + max; // twice the midpoint
    if mid2 < 12 {
        ("Less than 6 months", 0, 6)
    } else if mid2 < 24 {
        ("6–12 months", 6, 12)
    } else if mid2 < 48 {
        ("1–2 years", 12, 24)
    } else if mid2 < 96 {
        ("2–4 years", 24, 48)
    } else if mid2 < 144 {
        ("4–6 years", 48, 72)
    } else {
        ("6+ years", 72, max.max(72))
    }
}

fn derive(
    code: &str,
    entry: Option<&EntryRequirements>,
    zone: Option<u8>,
) -> Result<Option<TimeToBecome>> {
    if let Some(e) = entry {
        if let (Some(ed), Some(ex), Some(tr)) = (&e.education, &e.experience, &e.training) {
            let a = edu_months(ed).ok_or_else(|| {
                anyhow!(
                    "{EP_FILE}: {code}: education wording {ed:?} is not in the time-to-become rule"
                )
            })?;
            let b = exp_months(ex).ok_or_else(|| {
                anyhow!("{EP_FILE}: {code}: experience wording {ex:?} is not in the time-to-become rule")
            })?;
            let c = training_months(tr).ok_or_else(|| {
                anyhow!(
                    "{EP_FILE}: {code}: training wording {tr:?} is not in the time-to-become rule"
                )
            })?;
            let (min, max) = (a.0 + b.0 + c.0, a.1 + b.1 + c.1);
            let (label, lo, hi) = bucket(min, max);
            return Ok(Some(TimeToBecome {
                label: label.to_string(),
                min_months: lo,
                max_months: hi,
                derived: true,
                basis: format!(
                    "EP 2024–34 entry education ({ed}: {} mo) + related work experience ({ex}: {} mo) + on-the-job training ({tr}: {} mo) = {} months; labelled by the midpoint.",
                    month_range(a),
                    month_range(b),
                    month_range(c),
                    month_range((min, max)),
                ),
            }));
        }
    }
    if let Some(z) = zone {
        let (min, max) = zone_months(z);
        let (label, lo, hi) = bucket(min, max);
        return Ok(Some(TimeToBecome {
            label: label.to_string(),
            min_months: lo,
            max_months: hi,
            derived: true,
            basis: format!(
                "No EP entry requirements; O*NET Job Zone {z} ({} months of preparation); labelled by the midpoint.",
                month_range((min, max)),
            ),
        }));
    }
    Ok(None)
}

/// "48" for a single value, "12–60" for a range (months).
fn month_range((lo, hi): (u32, u32)) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    }
}

/// `time_to_become` of one occupation, or the reason there is none.
pub fn time_to_become(
    code: &str,
    entry: Option<&EntryRequirements>,
    zone: Option<u8>,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Result<Option<TimeToBecome>> {
    let time = derive(code, entry, zone)?;
    if time.is_some() {
        cov.time_to_become += 1;
    } else {
        missing.add(
            FieldKey::TimeToBecome,
            "Neither EP entry requirements nor an O*NET Job Zone are available.",
        );
    }
    Ok(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each bucket takes midpoints from its lower bound up to, not including, its upper one
    /// (the rule's table in README.md, in months).
    #[test]
    fn buckets_by_the_midpoint() {
        let label = |min, max| bucket(min, max).0;
        assert_eq!(label(0, 0), "Less than 6 months");
        assert_eq!(label(0, 11), "Less than 6 months"); // midpoint 5.5
        assert_eq!(label(0, 12), "6–12 months"); // 6
        assert_eq!(label(11, 12), "6–12 months"); // 11.5
        assert_eq!(label(12, 12), "1–2 years");
        assert_eq!(label(23, 24), "1–2 years"); // 23.5
        assert_eq!(label(24, 24), "2–4 years");
        assert_eq!(label(47, 48), "2–4 years"); // 47.5
        assert_eq!(label(48, 48), "4–6 years");
        assert_eq!(label(71, 72), "4–6 years"); // 71.5
        assert_eq!(label(72, 72), "6+ years");
        // the open bucket keeps the range's own maximum, never less than its floor
        assert_eq!(bucket(61, 120), ("6+ years", 72, 120));
        assert_eq!(bucket(84, 84), ("6+ years", 72, 84));
        assert_eq!(bucket(0, 11), ("Less than 6 months", 0, 6));
    }

    /// Loan Officers (13-2072) in EP 2024–34: Bachelor's degree, less than 5 years of related
    /// work experience, moderate-term on-the-job training: 48 + 12–60 + 1–12 = 61–120 months.
    #[test]
    fn derives_from_the_three_entry_requirements() {
        let entry = EntryRequirements {
            source: "ep-2024-34".into(),
            education: Some("Bachelor's degree".into()),
            experience: Some("Less than 5 years".into()),
            training: Some("Moderate-term on-the-job training".into()),
        };
        let t = derive("13-2072", Some(&entry), Some(4)).unwrap().unwrap();
        assert_eq!(
            (t.label.as_str(), t.min_months, t.max_months),
            ("6+ years", 72, 120)
        );
        assert!(t.basis.contains("= 61–120 months"), "{}", t.basis);
        // without EP's wording the Job Zone is used (zone 4: 24–48 months, midpoint 36)
        let t = derive("13-2072", None, Some(4)).unwrap().unwrap();
        assert_eq!(t.label, "2–4 years");
        assert!(t
            .basis
            .starts_with("No EP entry requirements; O*NET Job Zone 4"));
        assert!(derive("13-2072", None, None).unwrap().is_none());
        // wording the rule does not know is an error naming the file and the code
        let odd = EntryRequirements {
            education: Some("Some other credential".into()),
            ..entry
        };
        let err = derive("13-2072", Some(&odd), None).unwrap_err().to_string();
        assert!(
            err.contains("13-2072") && err.contains("Some other credential"),
            "{err}"
        );
    }
}

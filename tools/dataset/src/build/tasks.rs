//! Tasks (`tasks`): O*NET Task Statements and Emerging Tasks, one group per O*NET occupation.

use super::{Coverage, Missing, SRC_ONET};
use crate::sources::{Onet, OnetWork};
use career_schema::*;

pub const MSG_TASKS: &str = "O*NET 29.2 has no task statements for this occupation.";

/// Every member code with task statements or emerging tasks, in `onet_codes` order, its lists
/// in O*NET's order; absent (with a reason) when none has any.
pub fn tasks(
    members: &[String],
    onet: &Onet,
    work: &OnetWork,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Option<Tasks> {
    let occupations: Vec<OccupationTasks> = members
        .iter()
        .filter_map(|m| {
            let rows = work.tasks.get(m);
            let emerging = work.emerging.get(m);
            if rows.is_none() && emerging.is_none() {
                return None;
            }
            Some(OccupationTasks {
                onet_code: m.clone(),
                title: onet.occupations[m].0.clone(),
                core: rows.map(|r| r.core.clone()).unwrap_or_default(),
                supplemental: rows.map(|r| r.supplemental.clone()).unwrap_or_default(),
                unrated: rows.map(|r| r.unrated.clone()).unwrap_or_default(),
                emerging: emerging
                    .into_iter()
                    .flatten()
                    .map(|(text, category)| EmergingTask {
                        text: text.clone(),
                        category: category.clone(),
                    })
                    .collect(),
            })
        })
        .collect();
    if occupations.is_empty() {
        missing.add(FieldKey::Tasks, MSG_TASKS);
        return None;
    }
    cov.tasks += 1;
    Some(Tasks {
        source: SRC_ONET.into(),
        occupations,
    })
}

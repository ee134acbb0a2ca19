//! Titles (`titles.json`): O*NET alternate and reported titles of a profession's O*NET codes.

use crate::sources::Onet;
use std::collections::{BTreeMap, BTreeSet};

/// A profession's titles: those of its members titled as the profession is, then one
/// group per member with a title of its own (a specialty, or a member of an aggregate or of
/// an "All Other"), so the search can say which O*NET occupation a title belongs to.
#[derive(Default)]
pub struct Titles {
    pub alternate: Vec<String>,
    pub reported: Vec<String>,
    /// (the member's O*NET title, its alternate titles, its reported titles), in code order.
    pub detailed: Vec<(String, Vec<String>, Vec<String>)>,
}

impl Titles {
    pub fn is_empty(&self) -> bool {
        self.alternate.is_empty() && self.reported.is_empty() && self.detailed.is_empty()
    }
}

/// Each list sorted case-insensitively and de-duplicated case-insensitively across all of
/// them (the profession's own group first, then the members in code order), leaving out the
/// profession's own title and each member's title from its own lists.
pub fn titles(own_title: &str, members: &[String], onet: &Onet) -> Titles {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    seen.insert(own_title.to_lowercase());
    let member_title = |m: &String| onet.occupations.get(m).map(|o| o.0.as_str());
    let (own, others): (Vec<&String>, Vec<&String>) = members
        .iter()
        .partition(|m| member_title(m).is_none_or(|t| t.eq_ignore_ascii_case(own_title)));
    let collect = |seen: &mut BTreeSet<String>,
                   group: &[&String],
                   map: &BTreeMap<String, Vec<String>>| {
        let mut all: Vec<&String> = group.iter().filter_map(|m| map.get(*m)).flatten().collect();
        all.sort_by(|a, b| {
            a.to_lowercase()
                .cmp(&b.to_lowercase())
                .then_with(|| a.cmp(b))
        });
        let mut out = Vec::new();
        for t in all {
            if seen.insert(t.to_lowercase()) {
                out.push(t.clone());
            }
        }
        out
    };
    let mut out = Titles {
        alternate: collect(&mut seen, &own, &onet.alternate),
        reported: collect(&mut seen, &own, &onet.reported),
        detailed: Vec::new(),
    };
    for m in others {
        let title = member_title(m).unwrap_or_default().to_string();
        seen.insert(title.to_lowercase());
        let alternate = collect(&mut seen, &[m], &onet.alternate);
        let reported = collect(&mut seen, &[m], &onet.reported);
        out.detailed.push((title, alternate, reported));
    }
    out
}

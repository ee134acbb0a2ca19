//! Finding a place pay can be shown for: the nation, a state or territory, or an OEWS area,
//! by its name, a principal city or a state's USPS code. Names are normalised as titles are
//! ([`normalize`]); each query word must start a word of the name. Ranked as the profession
//! search ranks titles: an exact name (or USPS code) first, then names that start with the
//! query, then names with every word; among areas, the one whose name lists the matching city
//! earlier first ("Cambridge" → Boston-Cambridge-Newton before an area that lists it third).
//! A state's full name or code also lists its areas right after it, multi-state areas under
//! each of their states.

use super::normalize;
use career_schema::{AreaIndex, AreaKind, DatasetIndex};

/// What a place option is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    National,
    State,
    Metropolitan,
    Nonmetropolitan,
}

/// One option of the place picker.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceHit {
    /// USPS code, OEWS area code, or `None` for national.
    pub code: Option<String>,
    pub name: String,
    pub kind: PlaceKind,
    /// The whole name (or code) was typed.
    pub exact: bool,
}

struct Entry {
    code: Option<String>,
    name: String,
    kind: PlaceKind,
    /// The normalised name's words; a state's USPS code (lower case) is its last word.
    words: Vec<String>,
    /// USPS codes of the states it lies in (an area's), or its own (a state's).
    states: Vec<String>,
}

/// The places of a dataset: national, its states and, once `areas.json` has loaded, its areas.
pub struct PlaceSearch {
    entries: Vec<Entry>,
}

/// How well an entry matched; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Exact,
    /// An area of a state the query names in full (name or USPS code).
    InState,
    /// The name starts with the query (word by word).
    Starts,
    /// Every query word starts a word of the name; `at` is the first matched word's place.
    Words {
        at: usize,
    },
    /// As `Words`, with slips: a query word of 4 or more letters one edit from a word of the
    /// name or its start ("Bostn"). Sought only when nothing matched as typed.
    Typo {
        at: usize,
    },
}

impl PlaceSearch {
    pub fn new(index: &DatasetIndex, areas: Option<&AreaIndex>) -> Self {
        let mut entries = vec![Entry {
            code: None,
            name: "National".into(),
            kind: PlaceKind::National,
            words: vec![
                "national".into(),
                "united".into(),
                "states".into(),
                "us".into(),
            ],
            states: Vec::new(),
        }];
        for s in &index.states {
            let mut words = words_of(&s.name);
            words.push(s.code.to_ascii_lowercase());
            entries.push(Entry {
                code: Some(s.code.clone()),
                name: s.name.clone(),
                kind: PlaceKind::State,
                words,
                states: vec![s.code.clone()],
            });
        }
        for a in areas.iter().flat_map(|l| &l.areas) {
            // the words before ", MA-NH": the state codes are matched through `states`
            let cities = a.name.rfind(',').map_or(a.name.as_str(), |i| &a.name[..i]);
            entries.push(Entry {
                code: Some(a.code.clone()),
                name: a.name.clone(),
                kind: match a.kind {
                    AreaKind::Metropolitan => PlaceKind::Metropolitan,
                    AreaKind::Nonmetropolitan => PlaceKind::Nonmetropolitan,
                },
                words: words_of(cities),
                states: a.states.clone(),
            });
        }
        PlaceSearch { entries }
    }

    /// How many places it holds (national included).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The first `limit` places in list order (national, then the states), for an empty box.
    pub fn first(&self, limit: usize) -> Vec<PlaceHit> {
        self.entries
            .iter()
            .take(limit)
            .map(|e| hit(e, false))
            .collect()
    }

    /// The best `limit` places for `query`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<PlaceHit> {
        let q = words_of(query);
        if q.is_empty() {
            return self.first(limit);
        }
        let mut found: Vec<(Rank, usize)> = Vec::new();
        let mut named_states: Vec<&str> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(rank) = rank(e, &q) {
                if e.kind == PlaceKind::State && rank == Rank::Exact {
                    named_states.push(e.states[0].as_str());
                }
                found.push((rank, i));
            }
        }
        if found.is_empty() {
            found.extend(
                self.entries
                    .iter()
                    .enumerate()
                    .filter_map(|(i, e)| Some((typo_rank(e, &q)?, i))),
            );
        }
        for (i, e) in self.entries.iter().enumerate() {
            let area = matches!(e.kind, PlaceKind::Metropolitan | PlaceKind::Nonmetropolitan);
            let in_named = e.states.iter().any(|s| named_states.contains(&s.as_str()));
            if area && in_named {
                match found.iter_mut().find(|(_, j)| *j == i) {
                    Some(f) => f.0 = f.0.min(Rank::InState),
                    None => found.push((Rank::InState, i)),
                }
            }
        }
        // through the crate's one sort routine (stable): equal ranks by name
        let mut order: Vec<u32> = (0..found.len() as u32).collect();
        crate::primitives::sort_ids(&mut order, &|a, b| {
            let (a, b) = (found[a as usize], found[b as usize]);
            a.0.cmp(&b.0)
                .then_with(|| self.entries[a.1].name.cmp(&self.entries[b.1].name))
        });
        order
            .into_iter()
            .map(|k| found[k as usize])
            .take(limit)
            .map(|(r, i)| hit(&self.entries[i], r == Rank::Exact))
            .collect()
    }
}

fn hit(e: &Entry, exact: bool) -> PlaceHit {
    PlaceHit {
        code: e.code.clone(),
        name: e.name.clone(),
        kind: e.kind,
        exact,
    }
}

fn words_of(s: &str) -> Vec<String> {
    normalize(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// How `e` matches the query words `q`, if it does.
fn rank(e: &Entry, q: &[String]) -> Option<Rank> {
    let w = &e.words;
    let code = e.code.as_deref().map(str::to_ascii_lowercase);
    if e.kind == PlaceKind::State && q.len() == 1 && code.as_deref() == Some(q[0].as_str()) {
        return Some(Rank::Exact);
    }
    // the name without a state's trailing code
    let name = if e.kind == PlaceKind::State {
        &w[..w.len() - 1]
    } else {
        &w[..]
    };
    if name.len() == q.len() && name.iter().zip(q).all(|(a, b)| a == b) {
        return Some(Rank::Exact);
    }
    let starts = q.len() <= name.len()
        && name.iter().zip(q).enumerate().all(|(i, (a, b))| {
            // every word typed in full but the last, which may be a start
            if i + 1 == q.len() {
                a.starts_with(b.as_str())
            } else {
                a == b
            }
        });
    if starts {
        return Some(Rank::Starts);
    }
    let mut at = usize::MAX;
    for qw in q {
        let pos = name.iter().position(|nw| nw.starts_with(qw.as_str()))?;
        at = at.min(pos);
    }
    Some(Rank::Words { at })
}

/// How `e` matches `q` allowing one slip per query word of 4 or more letters.
fn typo_rank(e: &Entry, q: &[String]) -> Option<Rank> {
    let mut at = usize::MAX;
    for qw in q {
        let pos = e.words.iter().position(|nw| {
            nw.starts_with(qw.as_str()) || (qw.len() > super::SHORT && super::typo::near(qw, nw))
        })?;
        at = at.min(pos);
    }
    Some(Rank::Typo { at })
}

#[cfg(test)]
mod tests {
    use super::*;
    use career_schema::{Area, State};

    fn search() -> PlaceSearch {
        let state = |code: &str, name: &str| State {
            code: code.into(),
            fips: String::new(),
            name: name.into(),
        };
        let index = DatasetIndex {
            states: vec![
                state("CA", "California"),
                state("MA", "Massachusetts"),
                state("NH", "New Hampshire"),
                state("NY", "New York"),
            ],
            areas: 4,
            ..DatasetIndex::default()
        };
        let area = |code: &str, name: &str, states: &[&str], kind| Area {
            code: code.into(),
            name: name.into(),
            states: states.iter().map(|s| s.to_string()).collect(),
            kind,
        };
        let areas = AreaIndex {
            schema_version: 3,
            source: "oews-2025".into(),
            areas: vec![
                area(
                    "0014460",
                    "Boston-Cambridge-Newton, MA-NH",
                    &["MA", "NH"],
                    AreaKind::Metropolitan,
                ),
                area("0023420", "Fresno, CA", &["CA"], AreaKind::Metropolitan),
                area(
                    "0031080",
                    "Los Angeles-Long Beach-Anaheim, CA",
                    &["CA"],
                    AreaKind::Metropolitan,
                ),
                area(
                    "3300003",
                    "Southwestern New Hampshire nonmetropolitan area",
                    &["NH"],
                    AreaKind::Nonmetropolitan,
                ),
            ],
        };
        PlaceSearch::new(&index, Some(&areas))
    }

    fn names(hits: &[PlaceHit]) -> Vec<&str> {
        hits.iter().map(|h| h.name.as_str()).collect()
    }

    #[test]
    fn a_principal_city_finds_its_area() {
        let s = search();
        assert_eq!(
            names(&s.search("Cambridge", 10)),
            ["Boston-Cambridge-Newton, MA-NH"]
        );
        assert_eq!(names(&s.search("fresno", 10)), ["Fresno, CA"]);
        assert_eq!(
            names(&s.search("Anaheim", 10)),
            ["Los Angeles-Long Beach-Anaheim, CA"]
        );
        assert_eq!(s.search("long bea", 10)[0].code.as_deref(), Some("0031080"));
    }

    #[test]
    fn a_state_name_or_code_finds_the_state_first_then_its_areas() {
        let s = search();
        let hits = s.search("MA", 10);
        assert_eq!(
            names(&hits),
            ["Massachusetts", "Boston-Cambridge-Newton, MA-NH"]
        );
        assert!(hits[0].exact);
        // a multi-state area is found from each of its states
        let hits = s.search("new hampshire", 10);
        assert_eq!(
            names(&hits),
            [
                "New Hampshire",
                "Boston-Cambridge-Newton, MA-NH",
                "Southwestern New Hampshire nonmetropolitan area"
            ]
        );
        // a partial name lists the state, not all its areas
        assert_eq!(names(&s.search("calif", 10)), ["California"]);
    }

    #[test]
    fn names_that_start_with_the_query_come_before_those_with_its_words() {
        let s = search();
        assert_eq!(
            names(&s.search("new", 10))[..2],
            ["New Hampshire", "New York"]
        );
        assert_eq!(s.search("national", 3)[0].code, None);
        assert!(s.search("zzz", 10).is_empty());
    }

    #[test]
    fn a_slip_in_a_name_still_finds_it_when_nothing_matches_as_typed() {
        let s = search();
        assert_eq!(
            names(&s.search("Bostn", 10)),
            ["Boston-Cambridge-Newton, MA-NH"]
        );
        assert_eq!(names(&s.search("fresmo", 10)), ["Fresno, CA"]);
        assert_eq!(names(&s.search("Massachusets", 10)), ["Massachusetts"]);
        assert_eq!(
            names(&s.search("los angelse", 10)),
            ["Los Angeles-Long Beach-Anaheim, CA"]
        );
        // a name that matches as typed is not joined by near ones
        assert_eq!(names(&s.search("fresno", 10)), ["Fresno, CA"]);
        // short words are exact
        assert!(s.search("bos x", 10).is_empty());
    }

    #[test]
    fn an_empty_query_lists_national_and_the_states() {
        let s = search();
        let first = s.first(3);
        assert_eq!(names(&first), ["National", "California", "Massachusetts"]);
        assert_eq!(s.search("  ", 3), first);
        assert_eq!(s.len(), 9);
    }

    #[test]
    fn without_the_area_list_only_states_are_found() {
        let index = DatasetIndex {
            states: vec![State {
                code: "MA".into(),
                fips: "25".into(),
                name: "Massachusetts".into(),
            }],
            ..DatasetIndex::default()
        };
        let s = PlaceSearch::new(&index, None);
        assert_eq!(names(&s.search("ma", 5)), ["Massachusetts"]);
        assert!(s.search("cambridge", 5).is_empty());
    }
}

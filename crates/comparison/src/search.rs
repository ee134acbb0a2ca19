//! Finding a profession by any of its names.
//!
//! [`TitleSearch`] is built once from the index's main titles and extended once with the
//! O*NET alternate and reported titles of `titles.json`. Every title is normalised when it is
//! added (diacritics folded, lower-cased, punctuation turned into spaces), so a keystroke only
//! normalises the query.
//!
//! Hits are ranked: exact match, then prefix of the title, then a match at the start of a word
//! (or every query word starting a title word), then substring, then typo-tolerant matches (a
//! query word of 4 or more letters one edit away from a title word). A profession is listed
//! once, under its best-matching name; ties go to the shorter name, then the lower code.

use career_schema::{DatasetIndex, TitleIndex};
use std::collections::HashMap;

/// How well a name matched a query; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
    Typo,
}

/// One profession found by a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub code: String,
    /// The profession's main title.
    pub title: String,
    /// The other name that matched, when the main title did not match as well.
    pub matched_title: Option<String>,
    pub kind: MatchKind,
}

#[derive(Debug, Clone)]
struct Name {
    profession: u32,
    /// The name as published (for display).
    text: String,
    /// Normalised: folded, lower-case, single spaces.
    norm: String,
    is_main: bool,
}

/// A searchable list of every name of every profession.
#[derive(Debug, Clone, Default)]
pub struct TitleSearch {
    professions: Vec<(String, String)>,
    by_code: HashMap<String, u32>,
    names: Vec<Name>,
    has_alternates: bool,
}

/// Folds diacritics and case and turns everything but letters and digits into single spaces:
/// "Técnico  de Préstamos/Loans" → "tecnico de prestamos loans".
pub fn normalize(s: &str) -> String {
    let folded = if s.is_ascii() {
        s.to_string()
    } else {
        deunicode::deunicode(s)
    };
    let mut out = String::with_capacity(folded.len());
    let mut space = true;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

impl TitleSearch {
    /// Indexes the main title of every profession in the index.
    pub fn new(index: &DatasetIndex) -> Self {
        let mut s = TitleSearch::default();
        for p in &index.professions {
            let id = s.professions.len() as u32;
            s.professions.push((p.code.clone(), p.title.clone()));
            s.by_code.insert(p.code.clone(), id);
            s.names.push(Name {
                profession: id,
                norm: normalize(&p.title),
                text: p.title.clone(),
                is_main: true,
            });
        }
        s
    }

    /// Adds the alternate and reported titles (once; later calls add nothing).
    pub fn extend(&mut self, titles: &TitleIndex) {
        if self.has_alternates {
            return;
        }
        self.has_alternates = true;
        for entry in &titles.professions {
            let Some(&id) = self.by_code.get(&entry.code) else {
                continue;
            };
            let main_norm = normalize(&self.professions[id as usize].1);
            let mut seen = std::collections::HashSet::new();
            seen.insert(main_norm);
            for t in entry.alternate.iter().chain(&entry.reported) {
                let norm = normalize(t);
                if norm.is_empty() || !seen.insert(norm.clone()) {
                    continue;
                }
                self.names.push(Name {
                    profession: id,
                    text: t.clone(),
                    norm,
                    is_main: false,
                });
            }
        }
    }

    /// True once [`extend`](Self::extend) has added the other titles.
    pub fn has_alternates(&self) -> bool {
        self.has_alternates
    }

    /// Number of names searched.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The main title of a code, if the index has it.
    pub fn title_of(&self, code: &str) -> Option<&str> {
        self.by_code
            .get(code)
            .map(|&i| self.professions[i as usize].1.as_str())
    }

    /// The first `limit` professions by title, for an empty query (browsing the list).
    pub fn first(&self, limit: usize) -> Vec<Hit> {
        let mut all: Vec<&(String, String)> = self.professions.iter().collect();
        all.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        all.into_iter()
            .take(limit)
            .map(|(code, title)| Hit {
                code: code.clone(),
                title: title.clone(),
                matched_title: None,
                kind: MatchKind::Prefix,
            })
            .collect()
    }

    /// The best `limit` professions for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = normalize(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let q_words: Vec<&str> = q.split(' ').collect();
        // Best (kind, is_main=false sorts after main, name length, name index) per profession.
        let mut best: HashMap<u32, (MatchKind, bool, usize, usize)> = HashMap::new();
        for (i, name) in self.names.iter().enumerate() {
            let Some(kind) = match_kind(&name.norm, &q, &q_words) else {
                continue;
            };
            let key = (kind, !name.is_main, name.norm.len(), i);
            best.entry(name.profession)
                .and_modify(|b| {
                    if key < *b {
                        *b = key;
                    }
                })
                .or_insert(key);
        }
        let mut ranked: Vec<(u32, (MatchKind, bool, usize, usize))> = best.into_iter().collect();
        ranked.sort_by(|(pa, a), (pb, b)| {
            (a.0, a.2).cmp(&(b.0, b.2)).then_with(|| {
                self.professions[*pa as usize]
                    .0
                    .cmp(&self.professions[*pb as usize].0)
            })
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|(p, (kind, _, _, i))| {
                let (code, title) = &self.professions[p as usize];
                let name = &self.names[i];
                Hit {
                    code: code.clone(),
                    title: title.clone(),
                    matched_title: (!name.is_main).then(|| name.text.clone()),
                    kind,
                }
            })
            .collect()
    }
}

fn match_kind(name: &str, q: &str, q_words: &[&str]) -> Option<MatchKind> {
    if name == q {
        return Some(MatchKind::Exact);
    }
    if name.starts_with(q) {
        return Some(MatchKind::Prefix);
    }
    if let Some(pos) = name.find(q) {
        // A later occurrence may still start a word.
        let at_word = name
            .match_indices(q)
            .any(|(i, _)| i == 0 || name.as_bytes()[i - 1] == b' ');
        let _ = pos;
        if at_word {
            return Some(MatchKind::WordPrefix);
        }
        if q_words.len() == 1 {
            return Some(MatchKind::Substring);
        }
    }
    let words: Vec<&str> = name.split(' ').collect();
    if q_words.len() > 1
        && q_words
            .iter()
            .all(|qw| words.iter().any(|w| w.starts_with(qw)))
    {
        return Some(MatchKind::WordPrefix);
    }
    if name.contains(q) {
        return Some(MatchKind::Substring);
    }
    let mut typo = false;
    for qw in q_words {
        if words.iter().any(|w| w.starts_with(qw)) {
            continue;
        }
        if qw.len() >= 4 && words.iter().any(|w| near(qw, w)) {
            typo = true;
            continue;
        }
        return None;
    }
    typo.then_some(MatchKind::Typo)
}

/// True when `q` is one edit (insert, delete, substitute, or swap of neighbours) from `w` or from
/// a prefix of `w` (so a half-typed word with a slip still matches).
fn near(q: &str, w: &str) -> bool {
    let (q, w) = (q.as_bytes(), w.as_bytes());
    if w.len() + 1 < q.len() {
        return false;
    }
    within_one(q, w)
        || (w.len() > q.len() && within_one(q, &w[..q.len()]))
        || (w.len() > q.len() + 1 && within_one(q, &w[..q.len() + 1]))
        || (w.len() >= q.len() && q.len() > 1 && within_one(q, &w[..q.len() - 1]))
}

fn within_one(a: &[u8], b: &[u8]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if prefix == la && prefix == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    if la == lb {
        // substitution, or transposition of two neighbours
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if la > lb {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use career_schema::{ProfessionSummary, ProfessionTitles};

    fn index() -> DatasetIndex {
        let p = |code: &str, title: &str| ProfessionSummary {
            code: code.into(),
            title: title.into(),
            slug: title.to_lowercase().replace(' ', "-"),
        };
        DatasetIndex {
            schema_version: 1,
            name: "test".into(),
            sources: vec![],
            attribution: vec![],
            unavailable: Default::default(),
            states: vec![],
            professions: vec![
                p("13-2072", "Loan Officers"),
                p("43-4131", "Loan Interviewers and Clerks"),
                p("15-1252", "Software Developers"),
                p("15-1254", "Web Developers"),
                p("29-1141", "Registered Nurses"),
                p(
                    "29-2061",
                    "Licensed Practical and Licensed Vocational Nurses",
                ),
                p("13-2011", "Accountants and Auditors"),
            ],
        }
    }

    fn titles() -> TitleIndex {
        TitleIndex {
            schema_version: 1,
            source: "onet".into(),
            professions: vec![
                ProfessionTitles {
                    code: "13-2072".into(),
                    alternate: vec![
                        "Loss Mitigation Specialist".into(),
                        "Mortgage Loan Officer".into(),
                        "Loan Officers".into(),
                    ],
                    reported: vec!["Commercial Lender".into()],
                },
                ProfessionTitles {
                    code: "43-4131".into(),
                    alternate: vec!["Loss Mitigation Clerk".into(), "Loan Processor".into()],
                    reported: vec![],
                },
                ProfessionTitles {
                    code: "29-1141".into(),
                    alternate: vec!["Infirmière Autorisée".into()],
                    reported: vec![],
                },
            ],
        }
    }

    fn search() -> TitleSearch {
        let mut s = TitleSearch::new(&index());
        s.extend(&titles());
        s
    }

    fn codes(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.code.as_str()).collect()
    }

    #[test]
    fn normalises_case_accents_and_punctuation() {
        assert_eq!(
            normalize("  Técnico  de Préstamos/Loans "),
            "tecnico de prestamos loans"
        );
        assert_eq!(normalize("O*NET"), "o net");
    }

    #[test]
    fn main_titles_before_titles_load() {
        let s = TitleSearch::new(&index());
        assert!(!s.has_alternates());
        let hits = s.search("loan", 10);
        assert_eq!(codes(&hits), ["13-2072", "43-4131"]);
        assert!(hits.iter().all(|h| h.matched_title.is_none()));
        assert!(s.search("loss mitigation", 10).is_empty());
    }

    #[test]
    fn alternate_titles_match_and_are_named() {
        let hits = search().search("loss mitigation", 10);
        assert_eq!(codes(&hits), ["43-4131", "13-2072"]);
        assert_eq!(
            hits[0].matched_title.as_deref(),
            Some("Loss Mitigation Clerk")
        );
        assert_eq!(
            hits[1].matched_title.as_deref(),
            Some("Loss Mitigation Specialist")
        );
    }

    #[test]
    fn ranking_exact_prefix_word_substring_typo() {
        let s = search();
        let hits = s.search("web developers", 10);
        assert_eq!(hits[0].code, "15-1254");
        assert_eq!(hits[0].kind, MatchKind::Exact);
        let hits = s.search("developers", 10);
        // both word-prefix matches; shorter title first
        assert_eq!(codes(&hits), ["15-1254", "15-1252"]);
        assert_eq!(hits[0].kind, MatchKind::WordPrefix);
        let hits = s.search("soft", 10);
        assert_eq!(hits[0].kind, MatchKind::Prefix);
        let hits = s.search("censed", 10);
        assert_eq!(codes(&hits), ["29-2061"]);
        assert_eq!(hits[0].kind, MatchKind::Substring);
        let hits = s.search("acountants", 10);
        assert_eq!(codes(&hits), ["13-2011"]);
        assert_eq!(hits[0].kind, MatchKind::Typo);
        let hits = s.search("nurses registered", 10);
        assert_eq!(codes(&hits), ["29-1141"]);
    }

    #[test]
    fn one_hit_per_profession_with_best_name() {
        let hits = search().search("loan officer", 10);
        assert_eq!(hits[0].code, "13-2072");
        assert_eq!(hits[0].matched_title, None);
        assert_eq!(hits.iter().filter(|h| h.code == "13-2072").count(), 1);
    }

    #[test]
    fn accent_insensitive_both_ways() {
        let s = search();
        assert_eq!(s.search("infirmiere", 5)[0].code, "29-1141");
        assert_eq!(s.search("INFIRMIÈRE autor", 5)[0].code, "29-1141");
        assert_eq!(
            s.search("infirmiere", 5)[0].matched_title.as_deref(),
            Some("Infirmière Autorisée")
        );
    }

    #[test]
    fn first_lists_by_title() {
        let hits = search().first(2);
        assert_eq!(codes(&hits), ["13-2011", "29-2061"]);
    }

    #[test]
    fn limit_and_empty_query() {
        let s = search();
        assert!(s.search("   ", 10).is_empty());
        assert_eq!(s.search("e", 3).len(), 3);
    }

    #[test]
    fn edit_distance_one() {
        assert!(within_one(b"nurse", b"nurse"));
        assert!(within_one(b"nurse", b"nursa"));
        assert!(within_one(b"nurse", b"nures"));
        assert!(within_one(b"nurse", b"nurses"));
        assert!(within_one(b"nurses", b"nurse"));
        assert!(!within_one(b"nurse", b"norsa"));
        assert!(near("devlop", "developers"));
        assert!(!near("nurse", "developers"));
    }
}

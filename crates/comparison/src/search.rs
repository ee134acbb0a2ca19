//! Finding a profession by any of its names.
//!
//! [`TitleSearch`] is built once from the index's main titles and extended once with the
//! O*NET alternate and reported titles of `titles.json`. Every title is normalised when it is
//! added (accented Latin letters folded to ASCII, lower-cased, punctuation turned into spaces), so a keystroke only
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
    /// Where the normalised name starts in [`TitleSearch::buf`], and its length.
    start: u32,
    len: u32,
    /// Its words' ids, as a range of [`TitleSearch::name_words`].
    words: (u32, u32),
    /// The name as published, for alternate titles (main titles are in `professions`).
    text: Option<Box<str>>,
}

/// A searchable list of every name of every profession.
///
/// The normalised names sit in one buffer separated by newlines, so a query is found in all of
/// them with one substring scan; each name also lists the ids of its words in a dictionary of
/// distinct words, so out-of-order and typo-tolerant matching test a few bits per name.
#[derive(Debug, Clone, Default)]
pub struct TitleSearch {
    professions: Vec<(String, String)>,
    by_code: HashMap<String, u32>,
    names: Vec<Name>,
    buf: String,
    dict: Vec<String>,
    dict_ids: HashMap<String, u32>,
    name_words: Vec<u32>,
    has_alternates: bool,
    /// Every word start of every name as (offset in `buf`, name index), sorted by the text
    /// from there to the end of the name: a phrase at a word start is one binary search away.
    word_starts: Vec<(u32, u32)>,
    /// Dictionary word ids in alphabetical order, and each id's place in that order.
    dict_sorted: Vec<u32>,
    dict_rank: Vec<u32>,
    /// For each dictionary word, the names containing it (ascending, no duplicates).
    postings: Vec<Vec<u32>>,
}

/// Folds diacritics and case and turns everything but letters and digits into single spaces:
/// "Técnico  de Préstamos/Loans" → "tecnico de prestamos loans".
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    let mut push = |out: &mut String, c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            match crate::latin_fold::fold(c) {
                Some(f) => out.push_str(f),
                None => out.extend(c.to_lowercase()),
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for c in s.chars() {
        push(&mut out, c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

impl TitleSearch {
    /// Indexes the main title of every profession in the index.
    pub fn new(index: &DatasetIndex) -> Self {
        let mut s = TitleSearch {
            buf: String::from("\n"),
            ..TitleSearch::default()
        };
        for p in &index.professions {
            let id = s.professions.len() as u32;
            s.professions.push((p.code.clone(), p.title.clone()));
            s.by_code.insert(p.code.clone(), id);
            let norm = normalize(&p.title);
            s.add(id, &norm, None);
        }
        s.finish();
        s
    }

    /// Builds the lookup structures from the names added so far.
    fn finish(&mut self) {
        let buf = self.buf.as_bytes();
        let mut starts = Vec::with_capacity(self.name_words.len());
        for (i, n) in self.names.iter().enumerate() {
            let (a, b) = (n.start as usize, (n.start + n.len) as usize);
            for p in a..b {
                if p == a || buf[p - 1] == b' ' {
                    starts.push((p as u32, i as u32));
                }
            }
        }
        let tail = |p: u32, i: u32| {
            let n = &self.names[i as usize];
            &buf[p as usize..(n.start + n.len) as usize]
        };
        // Sort on the first 8 bytes packed into an integer, then on the whole tail.
        let mut keyed: Vec<(u64, u32, u32)> = starts
            .into_iter()
            .map(|(p, i)| {
                let t = tail(p, i);
                let mut k = [0u8; 8];
                let m = t.len().min(8);
                k[..m].copy_from_slice(&t[..m]);
                (u64::from_be_bytes(k), p, i)
            })
            .collect();
        keyed.sort_unstable_by(|x, y| {
            x.0.cmp(&y.0)
                .then_with(|| tail(x.1, x.2).cmp(tail(y.1, y.2)))
        });
        self.word_starts = keyed.into_iter().map(|(_, p, i)| (p, i)).collect();
        let mut sorted: Vec<u32> = (0..self.dict.len() as u32).collect();
        sorted.sort_unstable_by(|a, b| self.dict[*a as usize].cmp(&self.dict[*b as usize]));
        let mut rank = vec![0u32; sorted.len()];
        for (r, &id) in sorted.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        self.dict_sorted = sorted;
        self.dict_rank = rank;
        let mut postings = vec![Vec::new(); self.dict.len()];
        for (i, n) in self.names.iter().enumerate() {
            for &w in &self.name_words[n.words.0 as usize..n.words.1 as usize] {
                let list: &mut Vec<u32> = &mut postings[w as usize];
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
        self.postings = postings;
    }

    /// The range of `dict_sorted` whose words start with `prefix`.
    fn dict_prefix_range(&self, prefix: &str) -> (usize, usize) {
        let p = prefix.as_bytes();
        let cut = |id: &u32| {
            let w = self.dict[*id as usize].as_bytes();
            &w[..w.len().min(p.len())]
        };
        let lo = self.dict_sorted.partition_point(|id| cut(id) < p);
        let hi = self.dict_sorted.partition_point(|id| cut(id) <= p);
        (lo, hi)
    }

    fn add(&mut self, profession: u32, norm: &str, text: Option<&str>) {
        let start = self.buf.len() as u32;
        self.buf.push_str(norm);
        self.buf.push('\n');
        let w0 = self.name_words.len() as u32;
        for w in norm.split(' ').filter(|w| !w.is_empty()) {
            let id = match self.dict_ids.get(w) {
                Some(&id) => id,
                None => {
                    let id = self.dict.len() as u32;
                    self.dict.push(w.to_string());
                    self.dict_ids.insert(w.to_string(), id);
                    id
                }
            };
            self.name_words.push(id);
        }
        self.names.push(Name {
            profession,
            start,
            len: norm.len() as u32,
            words: (w0, self.name_words.len() as u32),
            text: text.map(Into::into),
        });
    }

    /// Adds the alternate and reported titles (once; later calls add nothing).
    pub fn extend(&mut self, titles: &TitleIndex) {
        if self.has_alternates {
            return;
        }
        self.has_alternates = true;
        let mut seen = std::collections::HashSet::new();
        for entry in &titles.professions {
            let Some(&id) = self.by_code.get(&entry.code) else {
                continue;
            };
            seen.clear();
            seen.insert(normalize(&self.professions[id as usize].1));
            for t in entry.alternate.iter().chain(&entry.reported) {
                let norm = normalize(t);
                if norm.is_empty() || seen.contains(&norm) {
                    continue;
                }
                self.add(id, &norm, Some(t));
                seen.insert(norm);
            }
        }
        self.finish();
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
    ///
    /// Kinds rank first, so the cheaper passes run first and the costlier ones (substring
    /// scan, typo matching) only when fewer than `limit` professions have matched so far.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = normalize(query);
        if q.is_empty() || limit == 0 || self.names.is_empty() {
            return Vec::new();
        }
        let q_words: Vec<&str> = q.split(' ').collect();
        let mut found = Found {
            search: self,
            best: vec![None; self.professions.len()],
            count: 0,
        };
        let buf = self.buf.as_bytes();
        let qb = q.as_bytes();

        // 1. The whole query at a word start: exact, prefix of the name, or word prefix.
        let cut = |&(p, i): &(u32, u32)| {
            let n = &self.names[i as usize];
            let end = (n.start + n.len) as usize;
            &buf[p as usize..end.min(p as usize + qb.len())]
        };
        let lo = self.word_starts.partition_point(|e| cut(e) < qb);
        let hi = self.word_starts.partition_point(|e| cut(e) <= qb);
        for &(p, i) in &self.word_starts[lo..hi] {
            let n = &self.names[i as usize];
            let kind = if p == n.start {
                if n.len as usize == qb.len() {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                }
            } else {
                MatchKind::WordPrefix
            };
            found.offer(i as usize, kind);
        }

        // 2. Several words, each starting a word of the name, in any order.
        let ranges: Vec<(usize, usize)> =
            q_words.iter().map(|w| self.dict_prefix_range(w)).collect();
        if q_words.len() > 1 && ranges.iter().all(|(a, b)| a < b) {
            let has = |name: usize, (a, b): (usize, usize)| {
                let n = &self.names[name];
                self.name_words[n.words.0 as usize..n.words.1 as usize]
                    .iter()
                    .any(|&w| (a..b).contains(&(self.dict_rank[w as usize] as usize)))
            };
            // candidates from the query word with the fewest names
            let (rarest, _) = ranges
                .iter()
                .enumerate()
                .map(|(k, &(a, b))| {
                    let total: usize = self.dict_sorted[a..b]
                        .iter()
                        .map(|&w| self.postings[w as usize].len())
                        .sum();
                    (k, total)
                })
                .min_by_key(|&(_, t)| t)
                .unwrap_or((0, 0));
            let (a, b) = ranges[rarest];
            for &w in &self.dict_sorted[a..b] {
                for &name in &self.postings[w as usize] {
                    let name = name as usize;
                    if ranges.iter().all(|&r| has(name, r)) {
                        found.offer(name, MatchKind::WordPrefix);
                    }
                }
            }
        }

        // 3. The query anywhere in a name.
        if found.count < limit {
            let mut i = 0;
            for off in memchr::memmem::find_iter(buf, qb) {
                while i + 1 < self.names.len() && self.names[i + 1].start as usize <= off {
                    i += 1;
                }
                // word-start matches were found above
                if off == self.names[i].start as usize || buf[off - 1] == b' ' {
                    continue;
                }
                found.offer(i, MatchKind::Substring);
            }
        }

        // 4. Words of 4 or more letters one edit away from a word of the name.
        if found.count < limit && q_words.iter().any(|w| w.len() >= 4) {
            let typos: Vec<Vec<u32>> = q_words
                .iter()
                .zip(&ranges)
                .map(|(qw, &(a, b))| {
                    if qw.len() < 4 {
                        return Vec::new();
                    }
                    let q = qw.as_bytes();
                    let mut ids: Vec<u32> = (0..self.dict.len() as u32)
                        .filter(|&w| {
                            let word = self.dict[w as usize].as_bytes();
                            // one edit keeps the first letter, or moves the second to the front,
                            // or keeps the second letter
                            let plausible = word.len() >= 2
                                && (word[0] == q[0]
                                    || word[0] == q[1]
                                    || word[1] == q[1]
                                    || word[1] == q[0]);
                            plausible
                                && !(a..b).contains(&(self.dict_rank[w as usize] as usize))
                                && near(qw, &self.dict[w as usize])
                        })
                        .collect();
                    ids.sort_unstable();
                    ids
                })
                .collect();
            let mut candidates: Vec<u32> = typos
                .iter()
                .flatten()
                .flat_map(|&w| self.postings[w as usize].iter().copied())
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            for name in candidates {
                let n = &self.names[name as usize];
                let words = &self.name_words[n.words.0 as usize..n.words.1 as usize];
                let all = ranges.iter().zip(&typos).all(|(&(a, b), typo)| {
                    words.iter().any(|&w| {
                        (a..b).contains(&(self.dict_rank[w as usize] as usize))
                            || typo.binary_search(&w).is_ok()
                    })
                });
                if all {
                    found.offer(name as usize, MatchKind::Typo);
                }
            }
        }

        found.ranked(limit)
    }
}

/// The best match found so far for each profession.
struct Found<'a> {
    search: &'a TitleSearch,
    /// (kind, alternate after main, name length, name index) per profession.
    best: Vec<Option<(MatchKind, bool, u32, u32)>>,
    /// Professions with a match.
    count: usize,
}

impl Found<'_> {
    fn offer(&mut self, name: usize, kind: MatchKind) {
        let n = &self.search.names[name];
        let key = (kind, n.text.is_some(), n.len, name as u32);
        let slot = &mut self.best[n.profession as usize];
        match slot {
            None => {
                *slot = Some(key);
                self.count += 1;
            }
            Some(b) if key < *b => *b = key,
            _ => {}
        }
    }

    fn ranked(self, limit: usize) -> Vec<Hit> {
        let s = self.search;
        let mut ranked: Vec<(usize, (MatchKind, bool, u32, u32))> = self
            .best
            .into_iter()
            .enumerate()
            .filter_map(|(p, k)| k.map(|k| (p, k)))
            .collect();
        ranked.sort_by(|(pa, a), (pb, b)| {
            (a.0, a.2)
                .cmp(&(b.0, b.2))
                .then_with(|| s.professions[*pa].0.cmp(&s.professions[*pb].0))
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|(p, (kind, _, _, i))| {
                let (code, title) = &s.professions[p];
                Hit {
                    code: code.clone(),
                    title: title.clone(),
                    matched_title: s.names[i as usize].text.as_deref().map(str::to_string),
                    kind,
                }
            })
            .collect()
    }
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

//! Ranking: the best match per profession, and the order between professions.
//!
//! The order: every query word matched before part of them; then a main title matched
//! exactly, then by its start or by its words' starts, before an alternate title so (so
//! another occupation's exact alternate title never outranks a main title); then substring,
//! then typo matches (main titles before alternates in each); a short query word that is a
//! whole word somewhere ranks the names with it whole first. Within each of those classes
//! the profession more people hold (national OEWS employment) comes first, then the
//! shorter name. Partial matches rank by the
//! weight of the query words they match (rarer words weigh more), then main before
//! alternate, then employment (after the weight of the words all the profession's names
//! match together).

use super::{Hit, MatchKind, TitleSearch};
use std::cmp::Reverse;

/// Per-query working memory, kept between queries so a keystroke allocates little.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    /// The best match per profession (see [`Best`]).
    pub(super) best: Vec<Option<Best>>,
    /// For partial matches: (best name's score, its bit per query word matched, the bits
    /// of all the profession's names matched) per profession.
    pub(super) partial: Vec<(u32, u32, u32)>,
    /// The query words' weights in the order among equal partial scores (none for modifier
    /// words and short words only one edit away).
    pub(super) weights: [u32; 32],
    /// Professions with an entry in `best`.
    pub(super) touched: Vec<u32>,
    /// Per dictionary word: bits set by the current query (cleared after use).
    pub(super) mark: Vec<u32>,
    /// The dictionary ids of the query's short words that are whole words of some name.
    pub(super) short: Vec<u32>,
    /// Typo-tolerant word sets of the last query's words, by word.
    pub(super) typos: Vec<(String, Vec<u32>)>,
}

/// A profession's best match: (class, kind, is alternate, name length, name index).
pub(super) type Best = (u8, MatchKind, bool, u32, u32);

/// The rank class of a match: a main title exact (0), by its start or its words' starts
/// (1: "driver" means Heavy and Tractor-Trailer Truck Drivers as much as Driver/Sales
/// Workers), the same of an alternate title (2, 3), then the main and alternate titles
/// matched so where a short query word that is some name's whole word only starts a word
/// of this one (4, 5: "pa" is Physician Assistant (PA) before Patrol Officers), substring of
/// a main title, of an alternate (6, 7), typo of a main title, of an alternate (8, 9),
/// partial (10).
pub(super) fn class(kind: MatchKind, alt: bool, loose: bool) -> u8 {
    let alt = alt as u8;
    match kind {
        MatchKind::Exact => 2 * alt,
        MatchKind::Prefix | MatchKind::WordPrefix if loose => 4 + alt,
        MatchKind::Prefix | MatchKind::WordPrefix => 1 + 2 * alt,
        MatchKind::Substring => 6 + alt,
        MatchKind::Typo => 8 + alt,
        MatchKind::Partial => 10,
    }
}

/// How a name matches a query that starts one of its words: the whole name, its start, or
/// a later word's start.
pub(super) fn word_start_kind(name: &[u8], query: &[u8]) -> MatchKind {
    if name == query {
        MatchKind::Exact
    } else if name.starts_with(query) {
        MatchKind::Prefix
    } else {
        MatchKind::WordPrefix
    }
}

impl TitleSearch {
    /// How many (name, word) entries the words of a `dict_sorted` range and `more` have.
    pub(super) fn range_size(&self, (a, b): (usize, usize), more: &[u32]) -> usize {
        self.dict_sorted[a..b]
            .iter()
            .chain(more)
            .map(|&w| self.postings.row(w as usize).len())
            .sum()
    }

    /// Calls `f` for each name with a word of `words` (more than once for a name with several:
    /// offering a match twice changes nothing).
    pub(super) fn for_names_of(&self, words: &[u32], mut f: impl FnMut(usize)) {
        for &w in words {
            for &name in self.postings.row(w as usize) {
                f(name as usize);
            }
        }
    }

    /// Offers every name with a word of `words` that `test` accepts.
    pub(super) fn offer_names_of(
        &self,
        words: &[u32],
        kind: MatchKind,
        found: &mut Found,
        test: impl Fn(usize) -> Option<MatchKind>,
    ) {
        self.for_names_of(words, |name| {
            if test(name).is_some() {
                found.offer(name, kind);
            }
        });
    }
}

/// The best match found so far for each profession.
pub(super) struct Found<'a> {
    search: &'a TitleSearch,
    pub(super) sc: &'a mut Scratch,
}

impl<'a> Found<'a> {
    pub(super) fn new(search: &'a TitleSearch, sc: &'a mut Scratch) -> Self {
        if sc.best.len() != search.professions.len() {
            sc.best = vec![None; search.professions.len()];
            sc.partial = vec![(0, 0, 0); search.professions.len()];
            sc.touched.clear();
        }
        for &p in &sc.touched {
            sc.best[p as usize] = None;
            sc.partial[p as usize] = (0, 0, 0);
        }
        sc.touched.clear();
        if sc.mark.len() != search.dict.len() {
            sc.mark = vec![0; search.dict.len()];
        }
        Found { search, sc }
    }

    /// Professions with a match.
    pub(super) fn count(&self) -> usize {
        self.sc.touched.len()
    }

    /// Records a match; true when it is the profession's first.
    pub(super) fn offer(&mut self, name: usize, kind: MatchKind) -> bool {
        let n = &self.search.names[name];
        let loose = !self.sc.short.is_empty() && {
            let words = self.search.words_of(name);
            self.sc.short.iter().any(|w| !words.contains(w))
        };
        let key = (
            class(kind, n.is_alt(), loose),
            kind,
            n.is_alt(),
            n.len,
            name as u32,
        );
        let slot = &mut self.sc.best[n.profession as usize];
        match slot {
            None => {
                *slot = Some(key);
                self.sc.touched.push(n.profession);
                true
            }
            Some(b) => {
                if key < *b {
                    *b = key;
                }
                false
            }
        }
    }

    /// Records a name matching the query words of `bits` with this `score` (nothing for a
    /// profession some name of which has every word).
    pub(super) fn offer_partial(&mut self, name: usize, score: u32, bits: u32) {
        let n = &self.search.names[name];
        let p = n.profession as usize;
        let kind = MatchKind::Partial;
        let key = (
            class(kind, true, false),
            kind,
            n.is_alt(),
            n.len,
            name as u32,
        );
        let (old, _, union) = self.sc.partial[p];
        match &mut self.sc.best[p] {
            None => {
                self.sc.best[p] = Some(key);
                self.sc.partial[p] = (score, bits, bits);
                self.sc.touched.push(n.profession);
            }
            Some(b) if b.1 == kind => {
                if score > old || (score == old && key < *b) {
                    *b = key;
                    self.sc.partial[p] = (score, bits, union | bits);
                } else {
                    self.sc.partial[p].2 |= bits;
                }
            }
            Some(_) => {}
        }
    }

    /// Adds query word `j` to the words a partly matched profession's names match together
    /// (nothing for a profession not found so).
    pub(super) fn add_bit(&mut self, name: usize, j: usize) {
        let p = self.search.names[name].profession as usize;
        if self.sc.best[p].is_some_and(|b| b.1 == MatchKind::Partial) {
            self.sc.partial[p].2 |= 1 << j;
        }
    }

    /// How many professions matched partly with a score above `score`.
    pub(super) fn partial_above(&self, score: u32) -> usize {
        self.sc
            .touched
            .iter()
            .filter(|&&p| {
                self.sc.best[p as usize].is_some_and(|b| b.1 == MatchKind::Partial)
                    && self.sc.partial[p as usize].0 > score
            })
            .count()
    }

    /// The order of two professions' best matches (see the module's comment).
    fn order(&self, (pa, a): (usize, Best), (pb, b): (usize, Best)) -> std::cmp::Ordering {
        let s = self.search;
        let emp = |p: usize| Reverse(s.employment[p]);
        let code = |p: usize| &s.professions[p].0;
        let by = match a.0.cmp(&b.0) {
            std::cmp::Ordering::Equal => a.0,
            o => return o,
        };
        match by {
            0..=9 => (emp(pa), a.3, code(pa)).cmp(&(emp(pb), b.3, code(pb))),
            _ => {
                let score = |p: usize| Reverse(self.sc.partial[p].0);
                // then by the words all its names match together ("building caretaker":
                // Janitors and Cleaners has a Building Custodian and a Furnace Caretaker)
                let union = |p: usize| {
                    let bits = self.sc.partial[p].2;
                    Reverse(
                        (0..32)
                            .filter(|j| bits & (1 << j) != 0)
                            .map(|j| self.sc.weights[j])
                            .sum::<u32>(),
                    )
                };
                (score(pa), union(pa), a.2, emp(pa), a.3, code(pa)).cmp(&(
                    score(pb),
                    union(pb),
                    b.2,
                    emp(pb),
                    b.3,
                    code(pb),
                ))
            }
        }
    }

    /// The best `limit`, best first; a partial match names the words of `q_words` it matched.
    pub(super) fn ranked(self, limit: usize, q_words: &[&str]) -> Vec<Hit> {
        let s = self.search;
        let best = &self.sc.best;
        // The best `limit`, kept in order as they come: codes are distinct, so the order is
        // total and this is the list a sort would give (and needs no sort routine of its own).
        let mut ranked: Vec<(usize, Best)> =
            Vec::with_capacity(limit.min(self.sc.touched.len()) + 1);
        for &p in &self.sc.touched {
            let e = (p as usize, best[p as usize].unwrap());
            let at = ranked.partition_point(|x| self.order(*x, e).is_lt());
            if at < limit {
                ranked.insert(at, e);
                ranked.truncate(limit);
            }
        }
        ranked
            .into_iter()
            .map(|(p, (_, kind, _, _, i))| {
                let (code, title) = &s.professions[p];
                let n = &s.names[i as usize];
                let bits = self.sc.partial[p].1;
                Hit {
                    code: code.clone(),
                    title: title.clone(),
                    matched_title: n.is_alt().then(|| {
                        s.texts[n.text as usize..(n.text + n.text_len) as usize].to_string()
                    }),
                    detailed: n.detail().map(|d| s.details[d].clone()),
                    matched_words: match kind {
                        MatchKind::Partial => q_words
                            .iter()
                            .enumerate()
                            .filter(|(j, _)| *j < 32 && bits & (1 << j) != 0)
                            .map(|(_, w)| w.to_string())
                            .collect(),
                        _ => Vec::new(),
                    },
                    kind,
                }
            })
            .collect()
    }
}

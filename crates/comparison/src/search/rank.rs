//! Ranking: the best match per profession, and the shortest-first scans that stop once
//! the top `limit` are certain.

use super::{Hit, MatchKind, TitleSearch};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Per-query working memory, kept between queries so a keystroke allocates little.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    /// (kind, alternate after main, name length, name index) per profession.
    pub(super) best: Vec<Option<(MatchKind, bool, u32, u32)>>,
    /// Professions with an entry in `best`.
    pub(super) touched: Vec<u32>,
    /// Per dictionary word: bits set by the current query (cleared after use).
    pub(super) mark: Vec<u32>,
    /// Typo-tolerant word sets of the last query's words, by word.
    pub(super) typos: Vec<(String, Vec<u32>)>,
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
    /// Offers the names of `list` (shortest first) that `test` accepts, and stops once
    /// `limit` professions are certain to rank before anything further down the list. A
    /// profession first found through another name is also tested under its main title, so
    /// its rank is final when it is first found (names found earlier, by a better kind of
    /// match, rank first). Returns true when it stopped early.
    pub(super) fn scan_by_len(
        &self,
        list: &[u32],
        limit: usize,
        found: &mut Found,
        test: impl Fn(usize) -> Option<MatchKind>,
    ) -> bool {
        let mut settled = found.count();
        let mut pending: BinaryHeap<Reverse<u32>> = BinaryHeap::new();
        let mut cur = 0u32;
        for &i in list {
            let n = &self.names[i as usize];
            if n.len != cur {
                while let Some(&Reverse(l)) = pending.peek() {
                    if l >= n.len {
                        break;
                    }
                    pending.pop();
                    settled += 1;
                }
                if settled >= limit {
                    return true;
                }
                cur = n.len;
            }
            let Some(kind) = test(i as usize) else {
                continue;
            };
            if found.offer(i as usize, kind) {
                let p = n.profession as usize;
                if p != i as usize {
                    if let Some(k) = test(p) {
                        found.offer(p, k);
                    }
                }
                pending.push(Reverse(found.rank_len(p)));
            }
        }
        false
    }

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

    /// Offers every name with a word of `words` (all when `words` is large, by the names'
    /// shortest-first scan with `test`, which stops early).
    pub(super) fn offer_names_of(
        &self,
        words: &[u32],
        kind: MatchKind,
        limit: usize,
        found: &mut Found,
        test: impl Fn(usize) -> Option<MatchKind>,
    ) {
        let total: usize = words
            .iter()
            .map(|&w| self.postings.row(w as usize).len())
            .sum();
        if total * 8 < self.names.len() {
            self.for_names_of(words, |name| {
                if test(name).is_some() {
                    found.offer(name, kind);
                }
            });
        } else {
            self.scan_by_len(&self.by_len, limit, found, test);
        }
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
            sc.touched.clear();
        }
        for &p in &sc.touched {
            sc.best[p as usize] = None;
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

    /// The length that ranks profession `p` (its best name's).
    fn rank_len(&self, p: usize) -> u32 {
        self.sc.best[p].map_or(u32::MAX, |b| b.2)
    }

    /// Records a match; true when it is the profession's first.
    pub(super) fn offer(&mut self, name: usize, kind: MatchKind) -> bool {
        let n = &self.search.names[name];
        let key = (kind, n.is_alt(), n.len, name as u32);
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

    pub(super) fn ranked(self, limit: usize) -> Vec<Hit> {
        let s = self.search;
        let best = &self.sc.best;
        let order = |(pa, a): &(usize, (MatchKind, bool, u32, u32)),
                     (pb, b): &(usize, (MatchKind, bool, u32, u32))| {
            (a.0, a.2)
                .cmp(&(b.0, b.2))
                .then_with(|| s.professions[*pa].0.cmp(&s.professions[*pb].0))
        };
        // The best `limit`, kept in order as they come: codes are distinct, so the order is
        // total and this is the list a sort would give (and needs no sort routine of its own).
        let mut ranked: Vec<(usize, (MatchKind, bool, u32, u32))> =
            Vec::with_capacity(limit.min(self.sc.touched.len()) + 1);
        for &p in &self.sc.touched {
            let e = (p as usize, best[p as usize].unwrap());
            let at = ranked.partition_point(|x| order(x, &e).is_lt());
            if at < limit {
                ranked.insert(at, e);
                ranked.truncate(limit);
            }
        }
        ranked
            .into_iter()
            .map(|(p, (kind, _, _, i))| {
                let (code, title) = &s.professions[p];
                let n = &s.names[i as usize];
                Hit {
                    code: code.clone(),
                    title: title.clone(),
                    matched_title: n.is_alt().then(|| {
                        s.texts[n.text as usize..(n.text + n.text_len) as usize].to_string()
                    }),
                    kind,
                }
            })
            .collect()
    }
}

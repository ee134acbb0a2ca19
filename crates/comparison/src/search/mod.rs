//! Finding a profession by any of its names.
//!
//! [`TitleSearch`] is built once from the index's main titles and extended once with the
//! O*NET alternate and reported titles of `titles.json`. Every title is normalised when it is
//! added (accented Latin letters folded to ASCII, lower-cased, punctuation turned into spaces), so a keystroke only
//! normalises the query.
//!
//! Hits are ranked (the order is `rank`'s): names with every query word (exact, then prefix
//! or word prefix, main titles before alternate titles; then substring, then typo-tolerant
//! matches), then names with some of the words, rarer words weighing more. Among equal
//! matches the profession with more national employment comes first. A profession is listed
//! once, under its best-matching name. Query words of 3 letters or fewer match only as words
//! or their starts.
//!
//! `search` (here) runs the passes in that order; `names` holds the names, their words and the
//! lookup structures built over them; `rank` keeps the best match per profession and orders
//! them; `substring`, `typo` and `partial` are the costlier passes; `normalize`, `table` (ids
//! by text) and `rows` (compressed sparse rows) are their parts.

mod names;
mod normalize;
mod partial;
mod places;
mod rank;
mod rows;
mod substring;
mod table;
mod typo;

pub use normalize::normalize;
pub use places::{PlaceHit, PlaceKind, PlaceSearch};

use crate::primitives::sort_ids;
use career_schema::{DatasetIndex, TitleIndex};
use names::Name;
use normalize::normalize_into;
use rank::{word_start_kind, Found, Scratch};
use rows::Rows;
use std::cell::RefCell;
use table::{fx_hash, TextIds};

/// How well a name matched a query; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
    Typo,
    /// Some words of the query, not all (none of the names has them all).
    Partial,
}

/// One profession found by a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub code: String,
    /// The profession's main title.
    pub title: String,
    /// The other name that matched, when the main title did not match as well.
    pub matched_title: Option<String>,
    /// The O*NET detailed occupation that other name belongs to, when its title is not the
    /// profession's (a specialty, or a member of an aggregate or an "All Other").
    pub detailed: Option<String>,
    /// For a partial match, the (normalised) query words it matched.
    pub matched_words: Vec<String>,
    pub kind: MatchKind,
}

/// A searchable list of every name of every profession.
///
/// The normalised names sit in one buffer separated by newlines; each name lists the ids of
/// its words in a dictionary of distinct words, and each word the names containing it; the
/// words are also kept in alphabetical order, so a query word's prefix range is a slice.
#[derive(Debug, Clone, Default)]
pub struct TitleSearch {
    professions: Vec<(String, String)>,
    /// National employment per profession (0 where the index has none), for ranking.
    employment: Vec<u64>,
    /// The titles of the O*NET detailed occupations names belong to.
    details: Vec<String>,
    by_code: TextIds,
    names: Vec<Name>,
    buf: String,
    /// The published alternate titles, one after another.
    texts: String,
    dict: Vec<String>,
    /// The dictionary's words, each followed by a newline, and where each starts.
    dict_buf: String,
    dict_at: Vec<u32>,
    dict_ids: TextIds,
    name_words: Vec<u32>,
    has_alternates: bool,
    /// Dictionary word ids in alphabetical order, and each id's place in that order.
    dict_sorted: Vec<u32>,
    dict_rank: Vec<u32>,
    /// For each dictionary word, the names containing it (ascending, no duplicates).
    postings: Rows,
    /// Dictionary words by their first byte, and by their second byte.
    dict_first: Rows,
    dict_second: Rows,
    scratch: RefCell<Scratch>,
}

impl TitleSearch {
    /// Indexes the main title of every profession in the index.
    pub fn new(index: &DatasetIndex) -> Self {
        let mut s = TitleSearch {
            buf: String::from("\n"),
            ..TitleSearch::default()
        };
        s.professions.reserve(index.professions.len());
        for p in &index.professions {
            let id = s.professions.len() as u32;
            s.professions
                .push((p.code.to_string(), p.title.to_string()));
            s.employment.push(p.employment.unwrap_or(0));
            let ps = &s.professions;
            s.by_code.insert(id, &|i| ps[i as usize].0.as_bytes());
            let start = s.buf.len();
            normalize_into(p.title, &mut s.buf);
            s.add(id, start, None, None);
        }
        s.finish();
        s
    }

    /// Adds the alternate and reported titles (once; later calls add nothing).
    pub fn extend(&mut self, titles: &TitleIndex) {
        self.extend_chunk(titles, 0, usize::MAX);
    }

    /// Adds the titles of at most `count` entries of `titles.professions`, from `from`, and
    /// returns where the next chunk starts. Once the last entry is in (the return value is
    /// `titles.professions.len()`), the lookup structures are rebuilt and
    /// [`has_alternates`](Self::has_alternates) turns true; until then searches see the main
    /// titles only. Lets the caller yield to the browser between chunks; call it with `from`
    /// 0 first, then with each returned value, on the same (unshared) search. Does nothing
    /// once the alternates are in.
    pub fn extend_chunk(&mut self, titles: &TitleIndex, from: usize, count: usize) -> usize {
        let total = titles.professions.len();
        if self.has_alternates {
            return total;
        }
        let entries = &titles.professions[from.min(total)..];
        let entries = &entries[..count.min(entries.len())];
        if from == 0 {
            let names = titles.name_count();
            let bytes = titles.name_bytes();
            self.names.reserve(names);
            self.name_words.reserve(names * 4);
            self.buf.reserve(bytes + names);
            self.texts.reserve(bytes);
        }
        // the hashes of the current entry's normalised names so far (a list: an entry has
        // tens of names, and a map of its own would be one more hash table in the wasm)
        let mut seen: Vec<u64> = Vec::new();
        for entry in entries {
            let Some(id) = self.code_id(&entry.code) else {
                continue;
            };
            seen.clear();
            let first = self.names.len();
            seen.push(fx_hash(self.name_bytes(id as usize)));
            for (t, detail) in titles.names_with_detailed(entry) {
                let detail = detail.map(|d| {
                    if self.details.last().map(String::as_str) != Some(d) {
                        self.details.push(d.to_string());
                    }
                    self.details.len() - 1
                });
                let start = self.buf.len();
                normalize_into(t, &mut self.buf);
                let norm = &self.buf.as_bytes()[start..];
                let dup = norm.is_empty() || {
                    let h = fx_hash(norm);
                    if seen.contains(&h) {
                        // a duplicate, or (rarely) two names with one hash: compare them
                        self.name_bytes(id as usize) == norm
                            || (first..self.names.len()).any(|i| self.name_bytes(i) == norm)
                    } else {
                        seen.push(h);
                        false
                    }
                };
                if dup {
                    self.buf.truncate(start);
                } else {
                    self.add(id, start, Some(t), detail);
                }
            }
        }
        let next = from.min(total) + entries.len();
        if next == total {
            self.has_alternates = true;
            self.finish();
        }
        next
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
        self.code_id(code)
            .map(|i| self.professions[i as usize].1.as_str())
    }

    /// The first `limit` professions by title, for an empty query (browsing the list).
    pub fn first(&self, limit: usize) -> Vec<Hit> {
        let ps = &self.professions;
        let mut all: Vec<u32> = (0..ps.len() as u32).collect();
        // codes are distinct, so this order is total and an unstable sort gives the same list
        sort_ids(&mut all, &|a, b| {
            let (a, b) = (&ps[a as usize], &ps[b as usize]);
            a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0))
        });
        all.into_iter()
            .take(limit)
            .map(|i| &ps[i as usize])
            .map(|(code, title)| Hit {
                code: code.clone(),
                title: title.clone(),
                matched_title: None,
                detailed: None,
                matched_words: Vec::new(),
                kind: MatchKind::Prefix,
            })
            .collect()
    }

    /// The best `limit` professions for `query`, best first (the order is in `rank`).
    ///
    /// Classes rank first, so the cheaper passes run first and the costlier ones (substring,
    /// typo matching) only when fewer than `limit` professions have matched so far; partial
    /// matches only when no name has every query word.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = normalize(query);
        if q.is_empty() || limit == 0 || self.names.is_empty() {
            return Vec::new();
        }
        let mut scratch = self.scratch.borrow_mut();
        let mut found = Found::new(self, &mut scratch);
        let qb = q.as_bytes();
        // `q.split(' ')`, by bytes (a space is never inside a UTF-8 sequence)
        let mut q_words: Vec<&str> = Vec::new();
        let mut start = 0;
        for (i, &c) in qb.iter().enumerate() {
            if c == b' ' {
                q_words.push(&q[start..i]);
                start = i + 1;
            }
        }
        q_words.push(&q[start..]);
        let ranges: Vec<(usize, usize)> =
            q_words.iter().map(|w| self.dict_prefix_range(w)).collect();
        found.sc.short.clear();
        for w in &q_words {
            if w.len() <= SHORT {
                found.sc.short.extend(self.word_id(w));
            }
        }

        if q_words.len() == 1 {
            // 1–2. A word of the name starts with the query: exact, prefix, word prefix.
            let (a, b) = ranges[0];
            let words = &self.dict_sorted[a..b];
            let mut alternates = true;
            if self.range_size(ranges[0], &[]) > 4096 {
                // Many names: the main titles first.
                for p in 0..self.professions.len() {
                    let hit = self
                        .words_of(p)
                        .iter()
                        .any(|&w| (a..b).contains(&(self.dict_rank[w as usize] as usize)));
                    if hit {
                        found.offer(p, word_start_kind(self.name_bytes(p), qb));
                    }
                }
                if found.count() >= limit {
                    // No alternate title with the query as a word's start only can rank among
                    // them; one with it as a whole short word can.
                    alternates = false;
                    let whole = std::mem::take(&mut found.sc.short);
                    self.for_names_of(&whole, |name| {
                        found.offer(name, word_start_kind(self.name_bytes(name), qb));
                    });
                    found.sc.short = whole;
                }
            }
            if alternates {
                self.for_names_of(words, |name| {
                    found.offer(name, word_start_kind(self.name_bytes(name), qb));
                });
            }
        } else if ranges.iter().all(|(a, b)| a < b) {
            // 1–2. Every query word starts a word of the name (the whole query at the start of
            // the name or of one of its words is a special case): candidates from the query
            // word with the fewest names.
            let (a, b) = *ranges
                .iter()
                .min_by_key(|r| self.range_size(**r, &[]))
                .unwrap();
            let has = |name: usize, (a, b): (usize, usize)| {
                self.words_of(name)
                    .iter()
                    .any(|&w| (a..b).contains(&(self.dict_rank[w as usize] as usize)))
            };
            for &w in &self.dict_sorted[a..b] {
                for &name in self.postings.row(w as usize) {
                    let name = name as usize;
                    if ranges.iter().all(|&r| has(name, r)) {
                        found.offer(name, word_start_kind(self.name_bytes(name), qb));
                    }
                }
            }
        }

        // 3. The query anywhere in a name (not at a word start: those were found above); not
        // for a first word of 3 letters or fewer (CTO, RN, HR match as words or not at all).
        if found.count() < limit && q_words[0].len() > SHORT {
            self.substring(&q, &q_words, &mut found);
        }

        // 4. Words of 4 or more letters that start no word, one edit away from a word.
        if found.count() < limit && q_words.iter().any(|w| w.len() > SHORT) {
            self.typo(&q_words, &ranges, &mut found);
        }

        // 5. After the names with every word (if any), the names with some, by the words'
        // weight.
        if found.count() < limit {
            self.partial(&q_words, &ranges, limit, &mut found);
        }

        found.ranked(limit, &q_words)
    }
}

/// Query words this long or shorter match only as a word or a word's start (no substring,
/// no typo tolerance): abbreviations such as CTO, RN, EMT, HR.
const SHORT: usize = 3;

#[cfg(test)]
mod tests;

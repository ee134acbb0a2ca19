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

use crate::primitives::{find_all, sort_ids};
use career_schema::{DatasetIndex, TitleIndex};
use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::hash::Hasher;

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

/// A small fast hasher (FxHash's mixing): the keys are short strings from our own dataset,
/// so SipHash's protection against chosen keys buys nothing here.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().unwrap());
            h = (h.rotate_left(5) ^ v).wrapping_mul(FX_K);
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(FX_K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    fn finish(&self) -> u64 {
        // the multiply mixes into the high bits; the table picks buckets by the low ones
        self.0.rotate_left(26)
    }
}

/// Ids looked up by their text (the dictionary's words, the professions' codes), the text
/// kept elsewhere and reached through `text`: an open-addressing table of ids (linear probing,
/// at most half full), where a `HashMap<String, u32>` cost a hash table instantiation and a
/// second copy of every word.
#[derive(Debug, Clone, Default)]
struct TextIds {
    /// id + 1 per used slot, 0 for a free one; a power of two long.
    slots: Vec<u32>,
    len: usize,
}

impl TextIds {
    /// The slot holding the id whose text is `key`, or the free slot where it would go.
    fn slot<'a>(&self, key: &[u8], text: &dyn Fn(u32) -> &'a [u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fx_hash(key) as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 || text(s - 1) == key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn get<'a>(&self, key: &[u8], text: &dyn Fn(u32) -> &'a [u8]) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(key, text)].checked_sub(1)
    }

    /// Sets the id of `id`'s text to `id` (replacing an earlier id with that text).
    fn insert<'a>(&mut self, id: u32, text: &dyn Fn(u32) -> &'a [u8]) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![0; size]);
            for s in old.into_iter().filter(|&s| s != 0) {
                let i = self.slot(text(s - 1), text);
                self.slots[i] = s;
            }
        }
        let i = self.slot(text(id), text);
        if self.slots[i] == 0 {
            self.len += 1;
        }
        self.slots[i] = id + 1;
    }
}

fn fx_hash(b: &[u8]) -> u64 {
    let mut h = Fx::default();
    h.write(b);
    h.write_usize(b.len());
    h.finish()
}

/// No published text: the name is the profession's main title.
const MAIN: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Name {
    profession: u32,
    /// Where the normalised name starts in [`TitleSearch::buf`], and its length.
    start: u32,
    len: u32,
    /// Its words' ids, as a range of [`TitleSearch::name_words`].
    w0: u32,
    w1: u32,
    /// The name as published, as a range of [`TitleSearch::texts`], for alternate titles
    /// (`MAIN` for main titles, which are in `professions`).
    text: u32,
    text_len: u32,
}

impl Name {
    fn is_alt(&self) -> bool {
        self.text != MAIN
    }
}

/// Calls its argument with each (key, item) pair of a [`Rows`] being built (a `dyn` type, so
/// `Rows::build` is compiled once for all of its callers).
type Pairs<'a> = dyn Fn(&mut dyn FnMut(usize, u32)) + 'a;

/// Offsets into a flat list, one range per key (compressed sparse rows).
#[derive(Debug, Clone, Default)]
struct Rows {
    off: Vec<u32>,
    items: Vec<u32>,
}

impl Rows {
    /// The items of keys `a..b`.
    fn rows(&self, a: usize, b: usize) -> &[u32] {
        match (self.off.get(a), self.off.get(b)) {
            (Some(&x), Some(&y)) => &self.items[x as usize..y as usize],
            _ => &[],
        }
    }

    fn row(&self, k: usize) -> &[u32] {
        self.rows(k, k + 1)
    }

    /// Builds rows from the (key, item) pairs `each` yields, the same ones on both of its
    /// calls (count, then fill): a counting sort, items keeping the order they come in.
    fn build(keys: usize, each: &Pairs) -> Rows {
        let mut off = vec![0u32; keys + 1];
        each(&mut |k, _| off[k + 1] += 1);
        for k in 0..keys {
            off[k + 1] += off[k];
        }
        let mut items = vec![0u32; off[keys] as usize];
        let mut at: Vec<u32> = off[..keys].to_vec();
        each(&mut |k, v| {
            items[at[k] as usize] = v;
            at[k] += 1;
        });
        Rows { off, items }
    }
}

/// Per-query working memory, kept between queries so a keystroke allocates little.
#[derive(Debug, Clone, Default)]
struct Scratch {
    /// (kind, alternate after main, name length, name index) per profession.
    best: Vec<Option<(MatchKind, bool, u32, u32)>>,
    /// Professions with an entry in `best`.
    touched: Vec<u32>,
    /// Per dictionary word: bits set by the current query (cleared after use).
    mark: Vec<u32>,
    /// Typo-tolerant word sets of the last query's words, by word.
    typos: Vec<(String, Vec<u32>)>,
}

/// A searchable list of every name of every profession.
///
/// The normalised names sit in one buffer separated by newlines; each name lists the ids of
/// its words in a dictionary of distinct words, and each word the names containing it. Names
/// are also listed shortest first by their first letter, and by the first letters of their
/// other words, so the best-ranked matches of a short query come first and the scan stops as
/// soon as `limit` professions are certain.
#[derive(Debug, Clone, Default)]
pub struct TitleSearch {
    professions: Vec<(String, String)>,
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
    /// Longest name length + 1: the stride of the (byte, length) keys below.
    stride: usize,
    /// Every non-empty name, shortest first (ties: lower index first).
    by_len: Vec<u32>,
    /// By (first byte, length): the names starting with that byte, shortest first.
    first_byte: Rows,
    /// By (byte, length): the names with a word other than the first starting with that byte.
    inner_byte: Rows,
    /// Dictionary words by their first byte, and by their second byte.
    dict_first: Rows,
    dict_second: Rows,
    scratch: RefCell<Scratch>,
}

/// How a name matches a query that starts one of its words: the whole name, its start, or
/// a later word's start.
fn word_start_kind(name: &[u8], query: &[u8]) -> MatchKind {
    if name == query {
        MatchKind::Exact
    } else if name.starts_with(query) {
        MatchKind::Prefix
    } else {
        MatchKind::WordPrefix
    }
}

/// Appends `s` normalised to `out` (see [`normalize`]).
fn normalize_into(s: &str, out: &mut String) {
    let begin = out.len();
    let mut space = true;
    // a run of lower-case ASCII letters and digits, copied at once
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            space = false;
            continue;
        }
        if run < i {
            out.push_str(&s[run..i]);
        }
        run = i + c.len_utf8();
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            match crate::latin_fold::fold(c) {
                Some(f) => out.push_str(f),
                None => out.push(crate::latin_fold::lower(c)),
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.push_str(&s[run..]);
    if out.len() > begin && out.ends_with(' ') {
        out.pop();
    }
}

/// Folds diacritics and case and turns everything but letters and digits into single spaces:
/// "Técnico  de Préstamos/Loans" → "tecnico de prestamos loans".
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
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
            let ps = &s.professions;
            s.by_code.insert(id, &|i| ps[i as usize].0.as_bytes());
            let start = s.buf.len();
            normalize_into(p.title, &mut s.buf);
            s.add(id, start, None);
        }
        s.finish();
        s
    }

    fn word_id(&self, w: &str) -> Option<u32> {
        self.dict_ids
            .get(w.as_bytes(), &|i| self.dict[i as usize].as_bytes())
    }

    fn code_id(&self, code: &str) -> Option<u32> {
        self.by_code.get(code.as_bytes(), &|i| {
            self.professions[i as usize].0.as_bytes()
        })
    }

    fn name_bytes(&self, i: usize) -> &[u8] {
        let n = &self.names[i];
        &self.buf.as_bytes()[n.start as usize..(n.start + n.len) as usize]
    }

    fn words_of(&self, i: usize) -> &[u32] {
        let n = &self.names[i];
        &self.name_words[n.w0 as usize..n.w1 as usize]
    }

    /// Builds the lookup structures from the names added so far: counting sorts over the
    /// names in order, and one sort of the (small) dictionary; names are never sorted.
    fn finish(&mut self) {
        let nd = self.dict.len();
        let names = &self.names;
        let name_words = &self.name_words;
        let dict = &self.dict;
        let buf = self.buf.as_bytes();
        self.postings = Rows::build(nd, &|emit| {
            let mut last = vec![u32::MAX; nd];
            for (i, n) in names.iter().enumerate() {
                for &w in &name_words[n.w0 as usize..n.w1 as usize] {
                    if last[w as usize] != i as u32 {
                        last[w as usize] = i as u32;
                        emit(w as usize, i as u32);
                    }
                }
            }
        });
        let mut sorted: Vec<u32> = (0..nd as u32).collect();
        sort_ids(&mut sorted, &|a, b| dict[a as usize].cmp(&dict[b as usize]));
        let mut rank = vec![0u32; nd];
        for (r, &id) in sorted.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        self.dict_sorted = sorted;
        self.dict_rank = rank;

        let stride = names.iter().map(|n| n.len as usize).max().unwrap_or(0) + 1;
        self.stride = stride;
        self.by_len = Rows::build(stride, &|emit| {
            for (i, n) in names.iter().enumerate() {
                if n.len > 0 {
                    emit(n.len as usize, i as u32);
                }
            }
        })
        .items;
        self.first_byte = Rows::build(256 * stride, &|emit| {
            for (i, n) in names.iter().enumerate() {
                if n.len > 0 {
                    emit(
                        buf[n.start as usize] as usize * stride + n.len as usize,
                        i as u32,
                    );
                }
            }
        });
        let b0: Vec<u8> = dict.iter().map(|w| w.as_bytes()[0]).collect();
        self.inner_byte = Rows::build(256 * stride, &|emit| {
            let mut seen = [u32::MAX; 256];
            for (i, n) in names.iter().enumerate() {
                for &w in &name_words[(n.w0 + 1).min(n.w1) as usize..n.w1 as usize] {
                    let b = b0[w as usize] as usize;
                    if seen[b] != i as u32 {
                        seen[b] = i as u32;
                        emit(b * stride + n.len as usize, i as u32);
                    }
                }
            }
        });
        self.dict_first = Rows::build(256, &|emit| {
            for (id, &b) in b0.iter().enumerate() {
                emit(b as usize, id as u32);
            }
        });
        self.dict_second = Rows::build(256, &|emit| {
            for (id, w) in dict.iter().enumerate() {
                if let Some(&b) = w.as_bytes().get(1) {
                    emit(b as usize, id as u32);
                }
            }
        });
        let mut dict_buf = String::with_capacity(dict.iter().map(|w| w.len() + 1).sum());
        let mut dict_at = Vec::with_capacity(nd);
        for w in dict {
            dict_at.push(dict_buf.len() as u32);
            dict_buf.push_str(w);
            dict_buf.push('\n');
        }
        self.dict_buf = dict_buf;
        self.dict_at = dict_at;
        let sc = self.scratch.get_mut();
        sc.best = vec![None; self.professions.len()];
        sc.touched.clear();
        sc.mark = vec![0; nd];
        sc.typos.clear();
    }

    /// The range of `dict_sorted` whose words start with `prefix`.
    fn dict_prefix_range(&self, prefix: &str) -> (usize, usize) {
        let p = prefix.as_bytes();
        let cut = |id: &u32| {
            let w = self.dict[*id as usize].as_bytes();
            &w[..w.len().min(p.len())]
        };
        let lo = self.dict_sorted.partition_point(|id| cut(id) < p);
        let hi = lo + self.dict_sorted[lo..].partition_point(|id| cut(id) <= p);
        (lo, hi)
    }

    /// Records the name normalised into `buf[start..]` (a newline follows it).
    fn add(&mut self, profession: u32, start: usize, text: Option<&str>) {
        let end = self.buf.len();
        let w0 = self.name_words.len() as u32;
        let mut a = start;
        let bytes = self.buf.as_bytes();
        while a < end {
            let b = bytes[a..end]
                .iter()
                .position(|&c| c == b' ')
                .map_or(end, |k| a + k);
            let w = &self.buf[a..b];
            let id = match self.word_id(w) {
                Some(id) => id,
                None => {
                    let id = self.dict.len() as u32;
                    self.dict.push(w.to_string());
                    let dict = &self.dict;
                    self.dict_ids.insert(id, &|i| dict[i as usize].as_bytes());
                    id
                }
            };
            self.name_words.push(id);
            a = b + 1;
        }
        let (text, text_len) = match text {
            Some(t) => {
                let at = self.texts.len() as u32;
                self.texts.push_str(t);
                (at, t.len() as u32)
            }
            None => (MAIN, 0),
        };
        self.names.push(Name {
            profession,
            start: start as u32,
            len: (end - start) as u32,
            w0,
            w1: self.name_words.len() as u32,
            text,
            text_len,
        });
        self.buf.push('\n');
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
        // about 77 names, and a map of its own would be one more hash table in the wasm)
        let mut seen: Vec<u64> = Vec::new();
        for entry in entries {
            let Some(id) = self.code_id(&entry.code) else {
                continue;
            };
            seen.clear();
            let first = self.names.len();
            seen.push(fx_hash(self.name_bytes(id as usize)));
            for t in titles.names_of(entry) {
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
                    self.add(id, start, Some(t));
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
                kind: MatchKind::Prefix,
            })
            .collect()
    }

    /// Offers the names of `list` (shortest first) that `test` accepts, and stops once
    /// `limit` professions are certain to rank before anything further down the list. A
    /// profession first found through another name is also tested under its main title, so
    /// its rank is final when it is first found (names found earlier, by a better kind of
    /// match, rank first). Returns true when it stopped early.
    fn scan_by_len(
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

    /// The best `limit` professions for `query`, best first.
    ///
    /// Kinds rank first, so the cheaper passes run first and the costlier ones (substring,
    /// typo matching) only when fewer than `limit` professions have matched so far.
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
        let b = qb[0] as usize * self.stride;

        // the names a shortest-first scan would go through at most, if it never stopped early
        let scan_len = self.first_byte.rows(b, b + self.stride).len()
            + self.inner_byte.rows(b, b + self.stride).len();
        let size = self.range_size(ranges[0], &[]);
        if q_words.len() == 1 && (size <= 2048 || size * 16 < scan_len) {
            // 1–2. Few of those names have a word starting with the query: take them all.
            let (a, b) = ranges[0];
            let words = &self.dict_sorted[a..b];
            self.for_names_of(words, |name| {
                found.offer(name, word_start_kind(self.name_bytes(name), qb));
            });
        } else if q_words.len() == 1 {
            // 1. The name starts with the query: exact, then prefix; shortest first.
            let list = self
                .first_byte
                .rows(b + qb.len().min(self.stride), b + self.stride);
            let stopped = self.scan_by_len(list, limit, &mut found, |i| {
                let nb = self.name_bytes(i);
                if !nb.starts_with(qb) {
                    None
                } else if nb.len() == qb.len() {
                    Some(MatchKind::Exact)
                } else {
                    Some(MatchKind::Prefix)
                }
            });
            if stopped {
                return found.ranked(limit);
            }
            // 2. Another word of the name starts with the query.
            if found.count() < limit {
                let list = self.inner_byte.rows(b, b + self.stride);
                let stopped = self.scan_by_len(list, limit, &mut found, |i| {
                    self.words_of(i)
                        .iter()
                        .skip(1)
                        .any(|&w| self.dict[w as usize].as_bytes().starts_with(qb))
                        .then_some(MatchKind::WordPrefix)
                });
                if stopped {
                    return found.ranked(limit);
                }
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

        // 3. The query anywhere in a name (not at a word start: those were found above).
        if found.count() < limit {
            self.substring(&q, &q_words, limit, &mut found);
        }

        // 4. Words of 4 or more letters one edit away from a word of the name.
        if found.count() < limit && q_words.iter().any(|w| w.len() >= 4) {
            self.typo(&q_words, &ranges, limit, &mut found);
        }

        found.ranked(limit)
    }

    /// How many (name, word) entries the words of a `dict_sorted` range and `more` have.
    fn range_size(&self, (a, b): (usize, usize), more: &[u32]) -> usize {
        self.dict_sorted[a..b]
            .iter()
            .chain(more)
            .map(|&w| self.postings.row(w as usize).len())
            .sum()
    }

    /// Calls `f` for each name with a word of `words` (more than once for a name with several:
    /// offering a match twice changes nothing).
    fn for_names_of(&self, words: &[u32], mut f: impl FnMut(usize)) {
        for &w in words {
            for &name in self.postings.row(w as usize) {
                f(name as usize);
            }
        }
    }

    /// Offers every name with a word of `words` (all when `words` is large, by the names'
    /// shortest-first scan with `test`, which stops early).
    fn offer_names_of(
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

    /// The words containing `needle` after their first letter, ascending (a needle
    /// ending in a newline: the words ending with it). An occurrence overlapping one at the
    /// word's start can be missed: such a word starts with the query, found by a better kind.
    fn dict_words_with(&self, needle: &[u8]) -> Vec<u32> {
        let d = self.dict_buf.as_bytes();
        let mut out: Vec<u32> = Vec::new();
        for off in find_all(d, needle) {
            if off == 0 || d[off - 1] == b'\n' {
                continue;
            }
            let id = self.dict_at.partition_point(|&a| a as usize <= off) - 1;
            if out.last() != Some(&(id as u32)) {
                out.push(id as u32);
            }
        }
        out
    }

    fn substring(&self, q: &str, q_words: &[&str], limit: usize, found: &mut Found) {
        let qb = q.as_bytes();
        if q_words.len() == 1 {
            // inside a word, after its first letter
            let words = self.dict_words_with(qb);
            if words.is_empty() {
                return;
            }
            let mut mark = std::mem::take(&mut found.sc.mark);
            for &w in &words {
                mark[w as usize] = 1;
            }
            self.offer_names_of(&words, MatchKind::Substring, limit, found, |i| {
                self.words_of(i)
                    .iter()
                    .any(|&w| mark[w as usize] != 0)
                    .then_some(MatchKind::Substring)
            });
            for &w in &words {
                mark[w as usize] = 0;
            }
            found.sc.mark = mark;
            return;
        }
        // Several words: the first ends a word of the name (after its first letter), the
        // middle ones are words of the name, the last starts one. Candidates from the rarest.
        let k = q_words.len();
        let q0 = q_words[0].as_bytes();
        let mut q0n = q0.to_vec();
        q0n.push(b'\n');
        let mut sources: Vec<Vec<u32>> = vec![self.dict_words_with(&q0n)];
        for (j, qw) in q_words.iter().enumerate().skip(1) {
            sources.push(if j + 1 < k {
                self.word_id(qw).into_iter().collect()
            } else {
                let (a, b) = self.dict_prefix_range(qw);
                self.dict_sorted[a..b].to_vec()
            });
        }
        let best = sources
            .iter()
            .min_by_key(|s| self.range_size((0, 0), s))
            .unwrap();
        self.offer_names_of(best, MatchKind::Substring, limit, found, |i| {
            let nb = self.name_bytes(i);
            find_all(nb, qb)
                .any(|off| off > 0 && nb[off - 1] != b' ')
                .then_some(MatchKind::Substring)
        });
    }

    /// The dictionary words one edit from `qw` (of 4 or more letters), ascending ids.
    fn typo_words(&self, qw: &str, mark: &mut [u32]) -> Vec<u32> {
        let q = qw.as_bytes();
        let mut ids = Vec::new();
        // one edit keeps the first letter, or moves the second to the front, or keeps the
        // second letter
        let rows = [
            self.dict_first.row(q[0] as usize),
            self.dict_first.row(q[1] as usize),
            self.dict_second.row(q[1] as usize),
            self.dict_second.row(q[0] as usize),
        ];
        for row in rows {
            for &w in row {
                if mark[w as usize] != 0 {
                    continue;
                }
                mark[w as usize] = 1;
                let word = &self.dict[w as usize];
                if word.len() >= 2 && near(qw, word) {
                    ids.push(w);
                }
            }
        }
        for row in rows {
            for &w in row {
                mark[w as usize] = 0;
            }
        }
        sort_ids(&mut ids, &|a, b| a.cmp(&b));
        ids
    }

    fn typo(&self, q_words: &[&str], ranges: &[(usize, usize)], limit: usize, found: &mut Found) {
        let old = std::mem::take(&mut found.sc.typos);
        let mut typos: Vec<(String, Vec<u32>)> = Vec::with_capacity(q_words.len());
        for qw in q_words {
            let known = old.iter().chain(typos.iter()).find(|t| t.0 == *qw).cloned();
            let t = match known {
                Some(t) => t,
                None if qw.len() < 4 => (qw.to_string(), Vec::new()),
                None => (qw.to_string(), self.typo_words(qw, &mut found.sc.mark)),
            };
            typos.push(t);
        }
        if typos.iter().any(|t| !t.1.is_empty()) {
            // Each query word's words (by prefix or typo) get one bit; a name needs them all.
            // Candidates: the names of the query word with the fewest.
            let mut mark = std::mem::take(&mut found.sc.mark);
            let j = (0..q_words.len().min(32))
                .min_by_key(|&j| self.range_size(ranges[j], &typos[j].1))
                .unwrap();
            let mut set: Vec<u32> = Vec::new();
            for (bit, (&(a, b), t)) in ranges.iter().zip(&typos).enumerate().take(32) {
                for &w in self.dict_sorted[a..b].iter().chain(&t.1) {
                    mark[w as usize] |= 1 << bit;
                    set.push(w);
                }
            }
            let all: u32 = if q_words.len() >= 32 {
                u32::MAX
            } else {
                (1 << q_words.len()) - 1
            };
            let words: Vec<u32> = self.dict_sorted[ranges[j].0..ranges[j].1]
                .iter()
                .chain(&typos[j].1)
                .copied()
                .collect();
            let too_long = q_words.len() > 32;
            self.offer_names_of(&words, MatchKind::Typo, limit, found, |i| {
                let words = self.words_of(i);
                let got = words.iter().fold(0u32, |m, &w| m | mark[w as usize]);
                let ok = got == all
                    && (!too_long
                        || ranges.iter().zip(&typos).all(|(&(a, b), t)| {
                            words.iter().any(|&w| {
                                (a..b).contains(&(self.dict_rank[w as usize] as usize))
                                    || t.1.binary_search(&w).is_ok()
                            })
                        }));
                ok.then_some(MatchKind::Typo)
            });
            for w in set {
                mark[w as usize] = 0;
            }
            found.sc.mark = mark;
        }
        found.sc.typos = typos;
    }
}

/// The best match found so far for each profession.
struct Found<'a> {
    search: &'a TitleSearch,
    sc: &'a mut Scratch,
}

impl<'a> Found<'a> {
    fn new(search: &'a TitleSearch, sc: &'a mut Scratch) -> Self {
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
    fn count(&self) -> usize {
        self.sc.touched.len()
    }

    /// The length that ranks profession `p` (its best name's).
    fn rank_len(&self, p: usize) -> u32 {
        self.sc.best[p].map_or(u32::MAX, |b| b.2)
    }

    /// Records a match; true when it is the profession's first.
    fn offer(&mut self, name: usize, kind: MatchKind) -> bool {
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

    fn ranked(self, limit: usize) -> Vec<Hit> {
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
    use career_schema::ProfessionSummary;

    fn index() -> DatasetIndex {
        let p = |code: &str, title: &str| ProfessionSummary {
            code: code.into(),
            title: title.into(),
            slug: None,
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
            ]
            .into(),
        }
    }

    fn titles() -> TitleIndex {
        let none: [&str; 0] = [];
        let mut t = TitleIndex::new(1, "onet");
        t.push(
            "13-2072",
            [
                "Loss Mitigation Specialist",
                "Mortgage Loan Officer",
                "Loan Officers",
            ],
            ["Commercial Lender"],
        );
        t.push("43-4131", ["Loss Mitigation Clerk", "Loan Processor"], none);
        t.push("29-1141", ["Infirmière Autorisée"], none);
        t
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

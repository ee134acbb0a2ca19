//! The names searched, their words, and the lookup structures built over them.

use super::rows::Rows;
use super::TitleSearch;
use crate::primitives::sort_ids;

/// No published text: the name is the profession's main title.
const MAIN: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub(super) struct Name {
    pub(super) profession: u32,
    /// Where the normalised name starts in [`TitleSearch::buf`], and its length.
    pub(super) start: u32,
    pub(super) len: u32,
    /// Its words' ids, as a range of [`TitleSearch::name_words`].
    pub(super) w0: u32,
    pub(super) w1: u32,
    /// The name as published, as a range of [`TitleSearch::texts`], for alternate titles
    /// (`MAIN` for main titles, which are in `professions`).
    pub(super) text: u32,
    pub(super) text_len: u32,
    /// The O*NET detailed occupation the name belongs to, as an index of
    /// [`TitleSearch::details`] (`MAIN` for the profession's own names).
    pub(super) detail: u32,
}

impl Name {
    pub(super) fn is_alt(&self) -> bool {
        self.text != MAIN
    }

    pub(super) fn detail(&self) -> Option<usize> {
        (self.detail != MAIN).then_some(self.detail as usize)
    }
}

impl TitleSearch {
    pub(super) fn word_id(&self, w: &str) -> Option<u32> {
        self.dict_ids
            .get(w.as_bytes(), &|i| self.dict[i as usize].as_bytes())
    }

    pub(super) fn code_id(&self, code: &str) -> Option<u32> {
        self.by_code.get(code.as_bytes(), &|i| {
            self.professions[i as usize].0.as_bytes()
        })
    }

    pub(super) fn name_bytes(&self, i: usize) -> &[u8] {
        let n = &self.names[i];
        &self.buf.as_bytes()[n.start as usize..(n.start + n.len) as usize]
    }

    pub(super) fn words_of(&self, i: usize) -> &[u32] {
        let n = &self.names[i];
        &self.name_words[n.w0 as usize..n.w1 as usize]
    }

    /// Builds the lookup structures from the names added so far: counting sorts over the
    /// names in order, and one sort of the (small) dictionary; names are never sorted.
    pub(super) fn finish(&mut self) {
        let nd = self.dict.len();
        let names = &self.names;
        let name_words = &self.name_words;
        let dict = &self.dict;
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

        let b0: Vec<u8> = dict.iter().map(|w| w.as_bytes()[0]).collect();
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
        sc.partial = vec![(0, 0, 0); self.professions.len()];
        sc.touched.clear();
        sc.mark = vec![0; nd];
        sc.typos.clear();
    }

    /// The range of `dict_sorted` whose words start with `prefix`.
    pub(super) fn dict_prefix_range(&self, prefix: &str) -> (usize, usize) {
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
    pub(super) fn add(
        &mut self,
        profession: u32,
        start: usize,
        text: Option<&str>,
        detail: Option<usize>,
    ) {
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
            detail: detail.map_or(MAIN, |d| d as u32),
        });
        self.buf.push('\n');
    }
}

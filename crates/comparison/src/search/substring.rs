//! Pass 3: the query inside a name, not at the start of a word.

use super::rank::Found;
use super::{MatchKind, TitleSearch};
use crate::primitives::find_all;

impl TitleSearch {
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

    pub(super) fn substring(&self, q: &str, q_words: &[&str], found: &mut Found) {
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
            self.offer_names_of(&words, MatchKind::Substring, found, |i| {
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
        self.offer_names_of(best, MatchKind::Substring, found, |i| {
            let nb = self.name_bytes(i);
            find_all(nb, qb)
                .any(|off| off > 0 && nb[off - 1] != b' ')
                .then_some(MatchKind::Substring)
        });
    }
}

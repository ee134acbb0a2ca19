//! Pass 4: typo-tolerant matches, a query word (of 4 or more letters, starting no word of
//! any name) one edit from a word of the name.

use super::rank::Found;
use super::{MatchKind, TitleSearch};
use crate::primitives::sort_ids;

impl TitleSearch {
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

    pub(super) fn typo(&self, q_words: &[&str], ranges: &[(usize, usize)], found: &mut Found) {
        let old = std::mem::take(&mut found.sc.typos);
        let mut typos: Vec<(String, Vec<u32>)> = Vec::with_capacity(q_words.len());
        for (qw, &(a, b)) in q_words.iter().zip(ranges) {
            let known = old.iter().chain(typos.iter()).find(|t| t.0 == *qw).cloned();
            let t = match known {
                Some(t) => t,
                // a word that starts a word of some name is taken as typed ("lead" is not
                // "leacher"), and short words are exact
                None if qw.len() <= super::SHORT || a < b => (qw.to_string(), Vec::new()),
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
            self.offer_names_of(&words, MatchKind::Typo, found, |i| {
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

// Hand-written for the typeahead speed budget: a one-edit test, not an edit distance (see docs/performance.md).
/// True when `q` is one edit (insert, delete, substitute, or swap of neighbours) from `w` or from
/// a prefix of `w` (so a half-typed word with a slip still matches).
pub(super) fn near(q: &str, w: &str) -> bool {
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

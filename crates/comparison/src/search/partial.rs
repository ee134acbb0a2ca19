//! Pass 5: partial matches, when no name has every query word: the names with some of
//! them, scored by how rare the words they match are.

use super::rank::Found;
use super::TitleSearch;

impl TitleSearch {
    /// Scores each name with a word of some query word's set (the words it starts, or, for a
    /// word that starts none, those one edit away) by the sum of those query words' weights,
    /// log2(names / names with the word), halved for a word only one edit away or a short word
    /// only the start of words, and cut to an
    /// eighth for a [`MODIFIERS`] word: "accountant" says more than "senior" does. Words
    /// no name has weigh nothing; a query with none known finds nothing.
    pub(super) fn partial(
        &self,
        q_words: &[&str],
        ranges: &[(usize, usize)],
        limit: usize,
        found: &mut Found,
    ) {
        let typos = std::mem::take(&mut found.sc.typos);
        let mut mark = std::mem::take(&mut found.sc.mark);
        let none: Vec<u32> = Vec::new();
        let n = log2_fixed(self.names.len() as u64);
        let mut weights = [0u32; 32];
        let mut set: Vec<u32> = Vec::new();
        // (weight, query word, its first and last entry in `set`)
        let mut by_weight: Vec<(u32, usize, usize, usize)> = Vec::new();
        for (j, (qw, &(a, b))) in q_words.iter().zip(ranges).enumerate().take(32) {
            let typo = typos.iter().find(|t| t.0 == *qw).map_or(&none, |t| &t.1);
            let df = self.range_size((a, b), typo);
            if df == 0 {
                continue;
            }
            let mut weight = n.saturating_sub(log2_fixed(df as u64));
            if a == b {
                // only one edit away: a guess
                weight /= 2;
            }
            if qw.len() <= super::SHORT && self.word_id(qw).is_none() {
                // a short word no name has whole ("ups" in "upstairs"): a guess too
                weight /= 2;
            }
            if MODIFIERS.contains(qw) {
                weight /= 8;
            }
            weights[j] = weight + 1;
            let from = set.len();
            for &w in self.dict_sorted[a..b].iter().chain(typo) {
                if mark[w as usize] & (1 << j) == 0 {
                    set.push(w);
                }
                mark[w as usize] |= 1 << j;
            }
            by_weight.push((weights[j], j, from, set.len()));
        }
        // Candidates come from the words, heaviest first, until `limit` professions outscore
        // any name with none of the words gone through; the words weighing less than half the
        // heaviest only while fewer than `limit` have matched, and never a lone letter (a
        // half-typed last word such as "s" only adds to the others' scores). The words not
        // gone through so still mark the professions found whose other names have them.
        // heaviest first, then in query order (at most 32: an insertion sort)
        for i in 1..by_weight.len() {
            let mut k = i;
            while k > 0 && by_weight[k - 1].0 < by_weight[k].0 {
                by_weight.swap(k - 1, k);
                k -= 1;
            }
        }
        let heaviest = by_weight.first().map_or(0, |w| w.0);
        by_weight.retain(|w| q_words[w.1].len() > 1 || w.0 * 2 >= heaviest);
        let mut rest: u32 = by_weight.iter().map(|w| w.0).sum();
        let full = found.count();
        let mut settled = false;
        found.sc.weights = [0; 32];
        for &(weight, j, _, _) in &by_weight {
            // not modifiers, nor words one edit away unless long enough for one edit to be a
            // slip rather than another word ("asistant", not "uber" for "user")
            let guess = ranges[j].0 == ranges[j].1 && q_words[j].len() < 6;
            if !MODIFIERS.contains(&q_words[j]) && !guess {
                found.sc.weights[j] = weight;
            }
        }
        for &(weight, j, from, to) in &by_weight {
            settled |= weight * 2 < heaviest && found.count() >= limit;
            rest -= weight;
            for &w in &set[from..to] {
                for &name in self.postings.row(w as usize) {
                    if settled {
                        found.add_bit(name as usize, j);
                        continue;
                    }
                    let bits = self
                        .words_of(name as usize)
                        .iter()
                        .fold(0u32, |m, &w| m | mark[w as usize]);
                    let score = (0..32)
                        .filter(|j| bits & (1 << j) != 0)
                        .map(|j| weights[j])
                        .sum();
                    found.offer_partial(name as usize, score, bits);
                }
            }
            settled |= found.count() >= limit && full + found.partial_above(rest) >= limit;
        }
        for w in set {
            mark[w as usize] = 0;
        }
        found.sc.mark = mark;
        found.sc.typos = typos;
    }
}

// Hand-written for the wasm size budget: no floating-point logarithm (libm), since ranking
// needs only the weights' order.
/// log2(v) in 1/1024ths, the fraction linear between powers of two (0 for 0).
fn log2_fixed(v: u64) -> u32 {
    if v == 0 {
        return 0;
    }
    let exp = 63 - v.leading_zeros();
    // the 10 bits after the leading one
    let frac = if exp >= 10 {
        (v >> (exp - 10)) & 1023
    } else {
        (v << (10 - exp)) & 1023
    };
    (exp << 10) | frac as u32
}

/// Words that say how, when or at which level (or with which credential) a job is held, not
/// which job: O*NET's titles rarely carry them (so they would weigh as rare words), and
/// people's titles often do ("senior accountant", "part time cashier", "night shift nurse").
const MODIFIERS: [&str; 29] = [
    "senior",
    "sr",
    "junior",
    "jr",
    "lead",
    "head",
    "trainee",
    "intern",
    "entry",
    "level",
    "staff",
    "chartered",
    "certified",
    "qualified",
    "experienced",
    "part",
    "full",
    "time",
    "night",
    "day",
    "weekend",
    "shift",
    "remote",
    "temporary",
    "temp",
    "seasonal",
    "freelance",
    "contract",
    "casual",
];

#[cfg(test)]
mod tests {
    use super::log2_fixed;

    #[test]
    fn log2_in_1024ths() {
        assert_eq!(log2_fixed(0), 0);
        assert_eq!(log2_fixed(1), 0);
        assert_eq!(log2_fixed(2), 1024);
        assert_eq!(log2_fixed(3), 1024 + 512);
        assert_eq!(log2_fixed(1 << 20), 20 * 1024);
        // within 0.09 of log2 everywhere
        for v in [5u64, 7, 100, 999, 56_253, 510_200] {
            let exact = (v as f64).log2() * 1024.0;
            assert!((log2_fixed(v) as f64 - exact).abs() < 0.09 * 1024.0, "{v}");
        }
    }
}

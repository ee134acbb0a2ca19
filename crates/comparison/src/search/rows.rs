//! Compressed sparse rows: the lists of names and words the search keys by a number.

/// Calls its argument with each (key, item) pair of a [`Rows`] being built (a `dyn` type, so
/// `Rows::build` is compiled once for all of its callers).
pub(super) type Pairs<'a> = dyn Fn(&mut dyn FnMut(usize, u32)) + 'a;

/// Offsets into a flat list, one range per key (compressed sparse rows).
#[derive(Debug, Clone, Default)]
pub(super) struct Rows {
    off: Vec<u32>,
    pub(super) items: Vec<u32>,
}

impl Rows {
    /// The items of keys `a..b`.
    pub(super) fn rows(&self, a: usize, b: usize) -> &[u32] {
        match (self.off.get(a), self.off.get(b)) {
            (Some(&x), Some(&y)) => &self.items[x as usize..y as usize],
            _ => &[],
        }
    }

    pub(super) fn row(&self, k: usize) -> &[u32] {
        self.rows(k, k + 1)
    }

    /// Builds rows from the (key, item) pairs `each` yields, the same ones on both of its
    /// calls (count, then fill): a counting sort, items keeping the order they come in.
    pub(super) fn build(keys: usize, each: &Pairs) -> Rows {
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

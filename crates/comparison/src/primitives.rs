//! Small routines shared by the search and the comparison, each compiled once: every
//! sort here goes through [`sort_ids`] (a merge sort of ids with a `dyn` order, instead of the
//! standard sort instantiated per call site), and substring search through [`find_all`] (no
//! `memchr`: the needle's rarest byte found eight bytes at a time, then a comparison; what
//! memchr does on wasm32 without SIMD, in far less code).

use std::cmp::Ordering;

// Hand-written for the wasm size budget (see docs/performance.md).
/// Sorts `v` by `cmp` (a bottom-up merge sort: as many comparisons as the standard sort, far
/// less code). The callers' orders are total (ties broken by a distinct key), so any
/// correct sort gives the same list.
pub(crate) fn sort_ids(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    let n = v.len();
    let mut other = v.to_vec();
    let (mut src, mut dst): (&mut [u32], &mut [u32]) = (v, &mut other);
    let mut flipped = false;
    let mut width = 1;
    while width < n {
        // merge each pair of sorted runs of `width` from src into dst
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (mid + width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut dst[start..end] {
                if j >= end || (i < mid && cmp(src[i], src[j]).is_le()) {
                    *slot = src[i];
                    i += 1;
                } else {
                    *slot = src[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        flipped = !flipped;
        width *= 2;
    }
    if flipped {
        // the sorted list is in `other`; `dst` is `v`
        dst.copy_from_slice(src);
    }
}

// Hand-written for the wasm size budget (see docs/performance.md).
/// Where `needle` occurs in `hay`, from the left, each occurrence starting after the previous
/// one ends (non-overlapping, as `memchr::memmem::Finder::find_iter`). It looks for the
/// needle's rarest byte (by a rough order of letters in job titles) eight bytes at a time,
/// then compares the whole needle there.
pub(crate) fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let n = needle.len();
    let k = (0..n).min_by_key(|&j| commonness(needle[j])).unwrap_or(0);
    let mut at = 0;
    std::iter::from_fn(move || {
        let &rare = needle.get(k)?;
        while hay.len() >= at + n {
            // the rare byte of a match starting in at..=hay.len() - n
            let i = at + k + find_byte(&hay[at + k..hay.len() - n + k + 1], rare)?;
            let start = i - k;
            if &hay[start..start + n] == needle {
                at = start + n;
                return Some(start);
            }
            at = start + 1;
        }
        None
    })
}

/// True when `needle` occurs in `hay` (what `str::contains` answers for a `&str` pattern,
/// through [`find_all`] rather than the standard library's two-way searcher).
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    find_all(hay.as_bytes(), needle.as_bytes()).next().is_some()
}

/// `s` with every occurrence of `from` (non-empty) replaced by `to`, from the left and
/// non-overlapping, as `str::replace` does.
pub(crate) fn replace(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for i in find_all(s.as_bytes(), from.as_bytes()) {
        out.push_str(&s[last..i]);
        out.push_str(to);
        last = i + from.len();
    }
    out.push_str(&s[last..]);
    out
}

/// Lower for rarer bytes: newlines and spaces separate every word, then letters by their
/// frequency in job titles; digits and everything else are rare.
fn commonness(b: u8) -> usize {
    b"qjzxvkwyfbghmpducltsrnoiae \n"
        .iter()
        .position(|&c| c == b)
        .map_or(0, |p| p + 1)
}

/// The first `b` in `h`, looking at eight bytes at a time.
fn find_byte(h: &[u8], b: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = LO << 7;
    let splat = LO * b as u64;
    let mut base = 0;
    for c in h.chunks_exact(8) {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) ^ splat;
        // a zero byte in x (the first one is always flagged)
        if x.wrapping_sub(LO) & !x & HI != 0 {
            break;
        }
        base += 8;
    }
    h[base..].iter().position(|&x| x == b).map(|p| base + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_non_overlapping_occurrences() {
        let all = |h: &str, n: &str| find_all(h.as_bytes(), n.as_bytes()).collect::<Vec<_>>();
        assert_eq!(all("aaaa", "aa"), [0, 2]);
        assert_eq!(all("abcabc", "bc"), [1, 4]);
        assert_eq!(all("abc", "abcd"), Vec::<usize>::new());
        assert_eq!(all("nurse\nnurses\n", "e\n"), [4]);
        assert_eq!(all("x", "x"), [0]);
        assert_eq!(all("", "x"), Vec::<usize>::new());
        assert_eq!(all("abc", ""), Vec::<usize>::new());
    }

    #[test]
    fn finds_what_a_naive_search_finds() {
        // every needle of up to 4 letters over a small alphabet, in a text with runs and
        // repeats, against a plain left-to-right search
        let hay = b"aab\nabab\nbbbaaab ba\naqaqzab\n\nabba aabbaab";
        let alphabet = b"abq\n ";
        let mut needle = Vec::new();
        for len in 1..=4u32 {
            for mut code in 0..alphabet.len().pow(len) {
                needle.clear();
                for _ in 0..len {
                    needle.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                for from in 0..hay.len() {
                    let h = &hay[from..];
                    let mut want = Vec::new();
                    let mut at = 0;
                    while at + needle.len() <= h.len() {
                        if h[at..at + needle.len()] == needle[..] {
                            want.push(at);
                            at += needle.len();
                        } else {
                            at += 1;
                        }
                    }
                    assert_eq!(find_all(h, &needle).collect::<Vec<_>>(), want);
                }
            }
        }
    }

    #[test]
    fn contains_and_replace_match_the_standard_library() {
        for (h, n) in [
            ("a, b, c", ", "),
            ("o*net", "o*net"),
            ("onet", "o*net"),
            ("", ", "),
            (", , ,", ", "),
        ] {
            assert_eq!(contains(h, n), h.contains(n), "{h:?} {n:?}");
            assert_eq!(replace(h, n, "; "), h.replace(n, "; "), "{h:?} {n:?}");
        }
        assert_eq!(
            replace("Bachelor's 30%, Master's 5%", ", ", "; "),
            "Bachelor's 30%; Master's 5%"
        );
    }

    #[test]
    fn sorts_by_the_given_order() {
        let mut v = vec![5, 3, 9, 1, 3];
        sort_ids(&mut v, &|a, b| b.cmp(&a));
        assert_eq!(v, [9, 5, 3, 3, 1]);
        // every length up to 70, against the standard sort
        let mut x = 12345u32;
        for n in 0..70 {
            let mut v: Vec<u32> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 16) % 50
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            sort_ids(&mut v, &|a, b| a.cmp(&b));
            assert_eq!(v, want);
        }
    }
}

//! The title search on the real dataset: the same hits as a plain reference implementation
//! that checks every name. Skipped when `data/` is absent, except in CI, where that fails (see
//! `real_data`). (Timings are not asserted in tests: `examples/search_bench.rs` and
//! `tools/bench/run.mjs` print them.)

mod real_data;

use career_comparison::search::{normalize, MatchKind};
use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles, DatasetIndex, TitleIndex};
use std::collections::{HashMap, HashSet};

/// Every name of every profession, normalised, as (code, name, is_main), in index order.
fn all_names(
    index: &career_schema::DatasetIndex,
    titles: &career_schema::TitleIndex,
) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = index
        .professions
        .iter()
        .map(|p| (p.code.to_string(), normalize(p.title), true))
        .collect();
    let main: HashMap<&str, String> = index
        .professions
        .iter()
        .map(|p| (p.code, normalize(p.title)))
        .collect();
    for e in &titles.professions {
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(main[e.code.as_str()].clone());
        for t in titles.names_of(e) {
            let n = normalize(t);
            if !n.is_empty() && seen.insert(n.clone()) {
                out.push((e.code.clone(), n, false));
            }
        }
    }
    out
}

fn within_one(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == a.len() && p == b.len() {
        return true;
    }
    let (ra, rb) = (&a[p..], &b[p..]);
    if a.len() == b.len() {
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if a.len() > b.len() {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

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

/// (kind, is alternate, length, order): how the reference ranks one profession's best name.
type RefKey = (MatchKind, bool, usize, usize);

/// The ranking rules applied to one name, the slow obvious way; `starts_some_word` tells
/// whether any name has a word starting with a query word.
fn reference_kind(
    name: &str,
    q: &str,
    starts_some_word: &dyn Fn(&str) -> bool,
) -> Option<MatchKind> {
    if name == q {
        return Some(MatchKind::Exact);
    }
    if name.starts_with(q) {
        return Some(MatchKind::Prefix);
    }
    if name
        .match_indices(q)
        .any(|(i, _)| name.as_bytes()[i - 1] == b' ')
    {
        return Some(MatchKind::WordPrefix);
    }
    let words: Vec<&str> = name.split(' ').collect();
    let q_words: Vec<&str> = q.split(' ').collect();
    if q_words.len() > 1
        && q_words
            .iter()
            .all(|qw| words.iter().any(|w| w.starts_with(qw)))
    {
        return Some(MatchKind::WordPrefix);
    }
    // no substring for a first word of 3 letters or fewer
    if q_words[0].len() > 3 && name.contains(q) {
        return Some(MatchKind::Substring);
    }
    let mut typo = false;
    for qw in &q_words {
        if words.iter().any(|w| w.starts_with(qw)) {
            continue;
        }
        // typo tolerance only for words of 4 letters or more that start no word of any name
        if qw.len() >= 4 && !starts_some_word(qw) && words.iter().any(|w| near(qw, w)) {
            typo = true;
            continue;
        }
        return None;
    }
    typo.then_some(MatchKind::Typo)
}

/// The committed `data/index.json` and `data/titles.json`, decoded; `None` without `data/`
/// (outside CI).
fn real_data() -> Option<(DatasetIndex, TitleIndex)> {
    let ix = real_data::read_or_skip("index.json")?;
    let t = real_data::read_or_skip("titles.json")?;
    let index = decode_index(&ix).unwrap();
    let titles = decode_titles(&t, &index).unwrap();
    Some((index, titles))
}

#[test]
fn same_hits_as_checking_every_name() {
    let Some((index, titles)) = real_data() else {
        return;
    };
    let mut s = TitleSearch::new(&index);
    s.extend(&titles);
    let names = all_names(&index, &titles);
    let words: HashSet<&str> = names.iter().flat_map(|n| n.1.split(' ')).collect();
    let emp: HashMap<&str, u64> = index
        .professions
        .iter()
        .map(|p| (p.code, p.employment.unwrap_or(0)))
        .collect();
    for q in [
        "loss mitigation",
        "loss mit",
        "mitigation loss",
        "nurse",
        "nurs",
        "registered nurse",
        "software dev",
        "acountant",
        "acountants",
        "truck drivr",
        "e",
        "ic",
        "zzzz",
        "web",
        "clerk loan",
        "electrican",
        "chief exec",
        "teacher elementary",
        "x ray",
        "surgeon",
        // the shortest-first scans (short prefixes), the postings path (rare prefixes), the
        // substring and typo passes over several words
        "a",
        "b",
        "co",
        "ca",
        "in",
        "sawi",
        "secretarie",
        "arrt",
        "special e",
        "farm an",
        "ai s",
        "an offi",
        "manager",
    ] {
        let qn = normalize(q);
        let known: HashSet<&str> = qn
            .split(' ')
            .filter(|qw| words.iter().any(|w| w.starts_with(qw)))
            .collect();
        let starts = |qw: &str| known.contains(qw);
        // short query words that are some name's whole word
        let short: Vec<&str> = qn
            .split(' ')
            .filter(|w| w.len() <= 3 && words.contains(w))
            .collect();
        // best (class, (kind, is alternate, length, order)) per profession, then ranked as the
        // search does: main titles' exact, then prefix and word-prefix matches, then
        // alternates' the same, then those where a short query word that is a whole word
        // somewhere only starts a word of the name, then substring, then typo matches (main
        // before alternate titles in each); within each by employment, then length
        let mut best: HashMap<&str, (u8, RefKey)> = HashMap::new();
        for (i, (code, name, main)) in names.iter().enumerate() {
            if let Some(kind) = reference_kind(name, &qn, &starts) {
                let alt = !main as u8;
                let loose = short.iter().any(|w| !name.split(' ').any(|n| n == *w));
                let class = match kind {
                    MatchKind::Exact => 2 * alt,
                    MatchKind::Prefix | MatchKind::WordPrefix if loose => 4 + alt,
                    MatchKind::Prefix | MatchKind::WordPrefix => 1 + 2 * alt,
                    MatchKind::Substring => 6 + alt,
                    _ => 8 + alt,
                };
                let key = (class, (kind, !main, name.len(), i));
                let e = best.entry(code.as_str()).or_insert(key);
                if key < *e {
                    *e = key;
                }
            }
        }
        let mut want: Vec<(&str, (u8, RefKey))> = best.into_iter().collect();
        want.sort_by(|(ca, a), (cb, b)| {
            let (ea, eb) = (std::cmp::Reverse(emp[ca]), std::cmp::Reverse(emp[cb]));
            (a.0, ea, a.1 .2, ca).cmp(&(b.0, eb, b.1 .2, cb))
        });
        let want: Vec<(String, MatchKind)> = want
            .into_iter()
            .take(12)
            .map(|(c, k)| (c.to_string(), k.1 .0))
            .collect();
        let hits = s.search(q, 12);
        // the names with every word, as the reference finds them, then (to fill the list)
        // partial matches, each naming query words that start words of its name
        let full: Vec<(String, MatchKind)> = hits
            .iter()
            .filter(|h| h.kind != MatchKind::Partial)
            .map(|h| (h.code.clone(), h.kind))
            .collect();
        assert_eq!(full, want, "query {q:?}");
        assert!(hits[..full.len()]
            .iter()
            .all(|h| h.kind != MatchKind::Partial));
        for h in &hits[full.len()..] {
            assert!(!h.matched_words.is_empty(), "query {q:?}: {h:?}");
            let name = normalize(h.matched_title.as_deref().unwrap_or(&h.title));
            for w in &h.matched_words {
                assert!(qn.split(' ').any(|x| x == w), "query {q:?}: {h:?}");
                assert!(
                    name.split(' ').any(|n| n.starts_with(w.as_str()))
                        || (w.len() >= 4 && name.split(' ').any(|n| near(w, n))),
                    "query {q:?}: {h:?}"
                );
            }
        }
    }
}

#[test]
fn extending_in_chunks_finds_the_same() {
    let Some((index, titles)) = real_data() else {
        return;
    };
    let mut whole = TitleSearch::new(&index);
    whole.extend(&titles);
    let mut chunked = TitleSearch::new(&index);
    let mut at = 0;
    while !chunked.has_alternates() {
        // main titles only until the last chunk is in
        assert!(chunked.search("loss mitigation", 12).is_empty());
        at = chunked.extend_chunk(&titles, at, 37);
    }
    assert_eq!(at, titles.professions.len());
    assert_eq!(chunked.len(), whole.len());
    // a second extend adds nothing
    chunked.extend(&titles);
    assert_eq!(chunked.len(), whole.len());
    for q in [
        "loss mitigation",
        "nurse",
        "a",
        "acountant",
        "x ray",
        "chief exec",
        "ic",
    ] {
        assert_eq!(chunked.search(q, 12), whole.search(q, 12), "query {q:?}");
    }
}

//! The comparison in plain sentences, like the seed page's prose: which pays more and by how
//! much, how long each takes to become (an estimate), how their job outlooks differ, and the top
//! three skills of each. Missing figures are said to be missing rather than guessed.

use crate::comparison::{pay_for, Place, NATIONAL};
use crate::format;
use career_schema::{DatasetIndex, Profession, Wage};

/// The summary paragraphs for `a` and `b`, pay for `place` where published.
pub fn summary(index: &DatasetIndex, a: &Profession, b: &Profession, place: Place) -> Vec<String> {
    // A title with a bidi override must not reorder the rest of its sentence.
    if format::has_bidi_controls(&a.title) || format::has_bidi_controls(&b.title) {
        let isolated = |p: &Profession| {
            let mut p = p.clone();
            p.title = format::isolate_bidi(&p.title).into_owned();
            p
        };
        let (a, b) = (isolated(a), isolated(b));
        return sentences(index, &a, &b, place);
    }
    sentences(index, a, b, place)
}

fn sentences(index: &DatasetIndex, a: &Profession, b: &Profession, place: Place) -> Vec<String> {
    let mut out = vec![
        pay_sentence(a, b, place),
        time_sentence(a, b),
        outlook_sentence(a, b),
        skills_sentence(a, b),
    ];
    out.extend(interests_sentence(a, b));
    out.extend(related_sentence(index, a, b));
    out
}

fn pay_sentence(a: &Profession, b: &Profession, place: Place) -> String {
    let pays = [pay_for(a, place), pay_for(b, place)];
    let medians = pays.each_ref().map(|p| p.median());
    let Some(name) = place.name() else {
        return median_sentence(a, b, medians.map(|m| m.map(|f| f.value)));
    };
    if medians.iter().flatten().all(|f| f.from.is_none()) {
        return in_place(
            name,
            median_sentence(a, b, medians.map(|m| m.map(|f| f.value))),
        );
    }
    // a median from a larger place is not compared with one from the place itself
    [0, 1]
        .map(|i| {
            let t = [&a.title, &b.title][i];
            match &medians[i] {
                None => format!("This dataset has no median pay for {t}."),
                Some(f) if f.from.is_none() => format!(
                    "In {name}, {t} earn a median {} a year.",
                    format::annual(f.value)
                ),
                Some(f) => {
                    let w = format::annual(f.value);
                    let larger = match f.from {
                        Some(state) if state != NATIONAL => format!("in {state}"),
                        _ => "nationally".to_string(),
                    };
                    if pays[i].is_waiting() {
                        format!("Pay for {name} has not loaded yet; {larger}, {t} earn a median {w} a year.")
                    } else {
                        format!("BLS publishes no {name} median for {t}; {larger} they earn a median {w} a year.")
                    }
                }
            }
        })
        .join(" ")
}

/// "In {place}, " before a sentence (a sentence-initial "This" lowered).
fn in_place(name: &str, s: String) -> String {
    match s.strip_prefix("This ") {
        Some(rest) => format!("In {name}, this {rest}"),
        None => format!("In {name}, {s}"),
    }
}

/// The sentence comparing two medians of the same place.
fn median_sentence(a: &Profession, b: &Profession, medians: [Option<Wage>; 2]) -> String {
    let [wa, wb] = medians;
    let (ta, tb) = (&a.title, &b.title);
    match (wa, wb) {
        (None, None) => format!("This dataset has no median pay for {ta} or {tb}."),
        (Some(w), None) => format!(
            "{ta} earn a median {} a year; this dataset has no median pay for {tb}.",
            format::annual(w)
        ),
        (None, Some(w)) => format!(
            "{tb} earn a median {} a year; this dataset has no median pay for {ta}.",
            format::annual(w)
        ),
        (Some(x), Some(y)) if x.at_least || y.at_least => format!(
            "{ta} earn a median {} a year and {tb} {}; BLS does not publish exact figures that high, so the difference is not known.",
            format::annual(x),
            format::annual(y)
        ),
        (Some(x), Some(y)) if (x.usd - y.usd).abs() < 0.5 => format!(
            "{ta} and {tb} earn the same median pay: {} a year.",
            format::annual(x)
        ),
        (Some(x), Some(y)) => {
            let (hi_t, hi, lo_t, lo) = if x.usd > y.usd {
                (ta, x.usd, tb, y.usd)
            } else {
                (tb, y.usd, ta, x.usd)
            };
            let diff = hi - lo;
            let pct = if lo > 0.0 {
                format!(" ({})", format::percent(diff / lo * 100.0))
            } else {
                String::new()
            };
            format!(
                "{hi_t} earn a median {} a year, {}{pct} more than {lo_t} ({}).",
                format::money(hi),
                format::money(diff),
                format::money(lo)
            )
        }
    }
}

fn time_sentence(a: &Profession, b: &Profession) -> String {
    // Labels such as "Less than 6 months" are read mid-sentence.
    let lower = |p: &Profession| {
        p.time_to_become.as_ref().map(|t| {
            let mut c = t.label.chars();
            match c.next() {
                Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
    };
    let (la, lb) = (lower(a), lower(b));
    let (la, lb) = (la.as_deref(), lb.as_deref());
    let (ta, tb) = (&a.title, &b.title);
    const BASIS: &str = "These are estimates derived from the typical entry-level education, work experience and on-the-job training, not published figures.";
    match (la, lb) {
        (Some(x), Some(y)) if x == y => {
            format!("Preparing to work as {ta} or as {tb} takes an estimated {x}. {BASIS}")
        }
        (Some(x), Some(y)) => format!(
            "Preparing to work as {ta} takes an estimated {x}; as {tb}, {y}. {BASIS}"
        ),
        (Some(x), None) => format!(
            "Preparing to work as {ta} takes an estimated {x}; there is no estimate for {tb}. {BASIS}"
        ),
        (None, Some(y)) => format!(
            "Preparing to work as {tb} takes an estimated {y}; there is no estimate for {ta}. {BASIS}"
        ),
        (None, None) => format!("This dataset has no estimate of how long it takes to prepare to work as {ta} or as {tb}."),
    }
}

/// Whether employment is projected to grow (1), decline (-1) or stay about the same (0), as
/// the rounded percentage reads.
fn direction(change_pct: f64) -> i8 {
    if format::percent(change_pct.abs()) == "0.0%" {
        0
    } else if change_pct > 0.0 {
        1
    } else {
        -1
    }
}

fn outlook_clause(p: &Profession) -> Option<(i8, String)> {
    let j = p.jobs.as_ref()?;
    let c = j.change_pct?;
    let period = j
        .projection_period
        .as_deref()
        .map(|x| format!(" over {x}"))
        .unwrap_or_default();
    let pct = format::percent(c.abs());
    let dir = direction(c);
    Some((
        dir,
        match dir {
            0 => format!(
                "employment of {} is projected to stay about the same{period}",
                p.title
            ),
            1 => format!(
                "employment of {} is projected to grow {pct}{period}",
                p.title
            ),
            _ => format!(
                "employment of {} is projected to decline {pct}{period}",
                p.title
            ),
        },
    ))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

fn outlook_sentence(a: &Profession, b: &Profession) -> String {
    match (outlook_clause(a), outlook_clause(b)) {
        (Some((da, x)), Some((db, y))) => {
            let joiner = if da != db { "while" } else { "and" };
            format!("{}, {joiner} {y}.", capitalise(&x))
        }
        (Some((_, x)), None) => {
            format!("{}; BLS has no projection for {}.", capitalise(&x), b.title)
        }
        (None, Some((_, y))) => {
            format!("{}; BLS has no projection for {}.", capitalise(&y), a.title)
        }
        (None, None) => format!(
            "BLS has no employment projection for {} or {}.",
            a.title, b.title
        ),
    }
}

fn top_skills(p: &Profession) -> Option<String> {
    let names: Vec<&str> = p
        .skills
        .as_ref()?
        .skills
        .iter()
        .take(3)
        .map(|r| r.name.as_str())
        .collect();
    match names.as_slice() {
        [] => None,
        [x] => Some(x.to_string()),
        [x, y] => Some(format!("{x} and {y}")),
        [x, y, z, ..] => Some(format!("{x}, {y} and {z}")),
    }
}

fn skills_sentence(a: &Profession, b: &Profession) -> String {
    match (top_skills(a), top_skills(b)) {
        (Some(x), Some(y)) => format!(
            "The top skills of {} are {x}; those of {} are {y}.",
            a.title, b.title
        ),
        (Some(x), None) => format!(
            "The top skills of {} are {x}. O*NET has not rated the skills of {}.",
            a.title, b.title
        ),
        (None, Some(y)) => format!(
            "O*NET has not rated the skills of {}. The top skills of {} are {y}.",
            a.title, b.title
        ),
        (None, None) => format!(
            "O*NET has not rated the skills of {} or {}.",
            a.title, b.title
        ),
    }
}

/// The high points of a profile, "Conventional and Enterprising".
fn high_points(p: Option<&career_schema::Profile>) -> Option<String> {
    let o = crate::comparison::first_profile(p)?;
    match o.high_points.as_slice() {
        [] => None,
        [x] => Some(x.clone()),
        [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
    }
}

/// How O*NET's interest profiles compare; nothing when neither profession has one.
fn interests_sentence(a: &Profession, b: &Profession) -> Option<String> {
    let (ha, hb) = (
        high_points(a.interests.as_ref()),
        high_points(b.interests.as_ref()),
    );
    let (ta, tb) = (&a.title, &b.title);
    Some(match (ha, hb) {
        (None, None) => return None,
        (Some(x), Some(y)) if x == y => {
            format!("By O*NET's interest profiles, the work of {ta} and of {tb} is mostly {x}.")
        }
        (Some(x), Some(y)) => format!(
            "By O*NET's interest profiles, the work of {ta} is mostly {x}; that of {tb}, {y}."
        ),
        (Some(x), None) => format!(
            "By O*NET's interest profiles, the work of {ta} is mostly {x}; O*NET has no interest profile for {tb}."
        ),
        (None, Some(y)) => format!(
            "By O*NET's interest profiles, the work of {tb} is mostly {y}; O*NET has no interest profile for {ta}."
        ),
    })
}

/// O*NET's tier, in words.
fn tier_words(tier: &str) -> &'static str {
    match tier {
        "Primary-Short" => "one of the occupations most closely related to",
        "Primary-Long" => "closely related to",
        _ => "related to",
    }
}

/// When O*NET relates the two, that it does and in which tier.
fn related_sentence(index: &DatasetIndex, a: &Profession, b: &Profession) -> Option<String> {
    let find = |from: &Profession, to: &Profession| {
        crate::comparison::related_in(index, from)
            .find(|(o, _)| o.code == to.code)
            .map(|(o, _)| o.tier.clone())
    };
    if let Some(tier) = find(a, b) {
        return Some(format!(
            "O*NET rates {} as {} {} (relatedness tier {tier}).",
            b.title,
            tier_words(&tier),
            a.title
        ));
    }
    let tier = find(b, a)?;
    Some(format!(
        "O*NET rates {} as {} {} (relatedness tier {tier}).",
        a.title,
        tier_words(&tier),
        b.title
    ))
}

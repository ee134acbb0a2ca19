//! Checks a decoded dataset file for what its types cannot express: supported version,
//! well-formed and unique codes, finite numbers in plausible ranges, shares within 0–100 %,
//! O*NET's closed lists (relatedness tiers, emerging task categories), non-empty task texts,
//! and title entries that point at professions the index has.

use crate::decimal::shortest;
use crate::error::Problem;
use crate::model::*;
use crate::{is_blank, is_soc_code};

/// The largest annual wage accepted as plausible (BLS top-codes at $239,200).
pub const MAX_ANNUAL_USD: f64 = 5_000_000.0;
/// The largest hourly wage accepted as plausible.
pub const MAX_HOURLY_USD: f64 = 2_500.0;
/// The largest employment accepted (more than the U.S. labour force is absurd).
pub const MAX_EMPLOYMENT: u64 = 400_000_000;

/// The plausible values of a kind of figure, and how a problem names the kind. Each range is
/// declared once here; the checks below name the range of each field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub what: &'static str,
}

pub const PERCENT: Range = Range {
    min: 0.0,
    max: 100.0,
    what: "a percentage",
};
pub const PERCENT_CHANGE: Range = Range {
    min: -100.0,
    max: 1000.0,
    what: "a percentage change",
};
pub const ANNUAL_USD: Range = Range {
    min: 0.0,
    max: MAX_ANNUAL_USD,
    what: "a wage in dollars",
};
pub const HOURLY_USD: Range = Range {
    min: 0.0,
    max: MAX_HOURLY_USD,
    what: "a wage in dollars",
};
/// CPS median age of workers.
pub const AGE: Range = Range {
    min: 14.0,
    max: 100.0,
    what: "an age",
};
/// O*NET importance ratings of skills, knowledge and work styles.
pub const IMPORTANCE: Range = Range {
    min: 1.0,
    max: 5.0,
    what: "an O*NET importance",
};
/// O*NET interest (OI) and work value (EX) scores.
pub const PROFILE_SCORE: Range = Range {
    min: 1.0,
    max: 7.0,
    what: "an O*NET score",
};
/// Job satisfaction on a 1–5 scale.
pub const RATING: Range = Range {
    min: 1.0,
    max: 5.0,
    what: "a rating",
};

/// A field path, built only when a problem is found: validation of a valid file (the usual
/// case) formats no paths, which made it several times slower (a profession file has about
/// 600 checked fields).
trait FieldPath {
    fn path(self) -> String;
}

impl FieldPath for &str {
    fn path(self) -> String {
        self.to_string()
    }
}

impl<F: FnOnce() -> String> FieldPath for F {
    fn path(self) -> String {
        self()
    }
}

/// A text value as found, in quotes (without `Debug`, whose escaping pulls Unicode tables into
/// the WebAssembly).
fn quoted(s: &str) -> String {
    ["\"", s, "\""].concat()
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(
        &mut self,
        path: impl FieldPath,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) {
        self.0.push(Problem {
            path: path.path(),
            expected: expected.into(),
            found: found.into(),
        });
    }

    fn version(&mut self, path: &str, v: u32) {
        if !crate::reads_schema_version(u64::from(v)) {
            self.push(
                path,
                crate::expected_schema_version(),
                format!("version {v}"),
            );
        }
    }

    fn code(&mut self, path: impl FieldPath, code: &str) {
        if !is_soc_code(code) {
            self.push(path, "a SOC code like \"13-2072\"", quoted(code));
        }
    }

    fn text(&mut self, path: impl FieldPath, s: &str) {
        if is_blank(s) {
            self.push(path, "non-empty text", "empty text");
        }
    }

    fn number(&mut self, path: impl FieldPath, v: f64, range: Range) {
        let Range { min, max, what } = range;
        if !v.is_finite() || v < min || v > max {
            self.push(
                path,
                format!("{what} between {} and {}", shortest(min), shortest(max)),
                shortest(v),
            );
        }
    }

    fn pct(&mut self, path: impl FieldPath, v: Option<f64>) {
        if let Some(v) = v {
            self.number(path, v, PERCENT);
        }
    }

    fn wage(&mut self, path: impl FieldPath, w: &Option<Wage>, range: Range) {
        if let Some(w) = w {
            let path = || format!("{}.usd", path.path());
            self.number(path, w.usd, range);
        }
    }

    fn employment(&mut self, path: impl FieldPath, v: Option<u64>) {
        if let Some(v) = v {
            if v > MAX_EMPLOYMENT {
                self.push(
                    path,
                    format!("an employment count up to {MAX_EMPLOYMENT}"),
                    v.to_string(),
                );
            }
        }
    }

    fn wage_stats(&mut self, path: &dyn Fn() -> String, s: &WageStats) {
        let a = &s.annual;
        for (name, w) in [
            ("median", &a.median),
            ("mean", &a.mean),
            ("p10", &a.p10),
            ("p25", &a.p25),
            ("p75", &a.p75),
            ("p90", &a.p90),
        ] {
            self.wage(|| format!("{}.annual.{name}", path()), w, ANNUAL_USD);
        }
        if let Some(h) = &s.hourly {
            self.wage(
                || format!("{}.hourly.median", path()),
                &h.median,
                HOURLY_USD,
            );
            self.wage(|| format!("{}.hourly.mean", path()), &h.mean, HOURLY_USD);
        }
        if let (Some(lo), Some(hi)) = (a.p10, a.p90) {
            if lo.usd > hi.usd {
                self.push(
                    || format!("{}.annual.p10", path()),
                    "at most the 90th percentile",
                    format!("{} > {}", shortest(lo.usd), shortest(hi.usd)),
                );
            }
        }
        self.employment(|| format!("{}.employment", path()), s.employment);
    }

    /// A text that must be one of `allowed`.
    fn one_of(&mut self, path: impl FieldPath, s: &str, allowed: &[&str]) {
        if !allowed.contains(&s) {
            let names: Vec<String> = allowed.iter().map(|a| quoted(a)).collect();
            self.push(path, ["one of ", &names.join(", ")].concat(), quoted(s));
        }
    }

    fn texts(&mut self, path: &dyn Fn() -> String, items: &[String]) {
        for (i, t) in items.iter().enumerate() {
            self.text(|| format!("{}[{i}]", path()), t);
        }
    }

    /// Schema version 2's work content: task texts, related codes and tiers, profile scores.
    fn work(&mut self, x: &Profession) {
        if let Some(t) = &x.tasks {
            for (i, o) in t.occupations.iter().enumerate() {
                let at = |list: &str| format!("tasks.occupations[{i}].{list}");
                self.texts(&|| at("core"), &o.core);
                self.texts(&|| at("supplemental"), &o.supplemental);
                self.texts(&|| at("unrated"), &o.unrated);
                for (j, e) in o.emerging.iter().enumerate() {
                    self.text(|| format!("{}[{j}].text", at("emerging")), &e.text);
                    self.one_of(
                        || format!("{}[{j}].category", at("emerging")),
                        &e.category,
                        &EMERGING_CATEGORIES,
                    );
                }
            }
        }
        if let Some(r) = &x.related {
            for (i, o) in r.occupations.iter().enumerate() {
                let at = |field: &str| format!("related.occupations[{i}].{field}");
                self.code(|| at("code"), &o.code);
                self.one_of(|| at("tier"), &o.tier, &RELATEDNESS_TIERS);
                self.wage(|| at("annual_median"), &o.annual_median, ANNUAL_USD);
                if let Some(c) = o.change_pct {
                    self.number(|| at("change_pct"), c, PERCENT_CHANGE);
                }
            }
        }
        for (name, profile) in [("interests", &x.interests), ("work_values", &x.work_values)] {
            for (i, o) in profile
                .iter()
                .flat_map(|p| p.occupations.iter().enumerate())
            {
                for (j, s) in o.scores.iter().enumerate() {
                    self.number(
                        || format!("{name}.occupations[{i}].scores[{j}].value"),
                        s.value,
                        PROFILE_SCORE,
                    );
                }
                for (j, h) in o.high_points.iter().enumerate() {
                    if !o.scores.iter().any(|s| s.name == *h) {
                        self.push(
                            || format!("{name}.occupations[{i}].high_points[{j}]"),
                            "the name of one of its scores",
                            quoted(h),
                        );
                    }
                }
            }
        }
    }

    fn unique<'a>(&mut self, path: &str, items: impl Iterator<Item = &'a str> + Clone, what: &str) {
        // Dataset lists are sorted (codes, ids): strictly ascending means unique, without the
        // set that costs most of a wasm decode of index.json.
        let mut sorted = items.clone().zip(items.clone().skip(1));
        if sorted.all(|(a, b)| a < b) {
            return;
        }
        // a sorted list as the set (no B-tree in the wasm); this path is for bad data only
        let mut seen: Vec<&str> = Vec::new();
        for (i, s) in items.enumerate() {
            if let Err(at) = seen.binary_search(&s) {
                seen.insert(at, s);
            } else {
                self.push(
                    || format!("{path}[{i}]"),
                    format!("a unique {what}"),
                    ["duplicate ", &quoted(s)].concat(),
                );
            }
        }
    }
}

/// Problems in an index; empty when it is usable.
pub fn index(ix: &DatasetIndex) -> Vec<Problem> {
    let mut p = Problems::default();
    p.version("schema_version", ix.schema_version);
    if ix.professions.is_empty() {
        p.push("professions", "at least one profession", "an empty list");
    }
    // The list knows whether all its codes are SOC codes, its titles are not blank and its
    // codes ascend (so are unique): the usual case, with nothing to report. Otherwise one pass
    // finds which entries, and duplicates are looked for if the codes do not ascend.
    if ix.professions.is_irregular() {
        let mut ascending = true;
        let mut previous = "";
        for (i, prof) in ix.professions.iter().enumerate() {
            p.code(|| format!("professions[{i}].code"), prof.code);
            p.text(|| format!("professions[{i}].title"), prof.title);
            ascending &= i == 0 || previous < prof.code;
            previous = prof.code;
        }
        if !ascending {
            p.unique("professions", ix.professions.iter().map(|x| x.code), "code");
        }
    }
    p.unique(
        "sources",
        ix.sources.iter().map(|s| s.id.as_str()),
        "source id",
    );
    p.unique(
        "states",
        ix.states.iter().map(|s| s.code.as_str()),
        "state code",
    );
    p.0
}

/// Problems in a profession file; `expected_code` is the code the file was fetched for.
pub fn profession(x: &Profession, expected_code: Option<&str>) -> Vec<Problem> {
    let mut p = Problems::default();
    p.version("schema_version", x.schema_version);
    p.code("code", &x.code);
    if let Some(want) = expected_code {
        if x.code != want {
            p.push(
                "code",
                [&quoted(want), " (the file's name)"].concat(),
                quoted(&x.code),
            );
        }
    }
    p.text("title", &x.title);
    if let Some(pay) = &x.pay {
        p.wage_stats(&|| "pay.national".to_string(), &pay.national);
    }
    if let Some(pl) = &x.pay_by_place {
        for (code, s) in &pl.states {
            p.wage_stats(&|| format!("pay_by_place.states.{code}"), s);
        }
        for (name, top) in [
            ("top_state", &pl.top_state),
            ("top_metro", &pl.top_metro),
            ("top_industry", &pl.top_industry),
        ] {
            if let Some(t) = top {
                p.wage(
                    || format!("pay_by_place.{name}.annual_median"),
                    &Some(t.annual_median),
                    ANNUAL_USD,
                );
                p.employment(|| format!("pay_by_place.{name}.employment"), t.employment);
            }
        }
    }
    if let Some(j) = &x.jobs {
        p.employment("jobs.employment", j.employment);
        p.employment("jobs.openings_per_year", j.openings_per_year);
        if let Some(c) = j.change_pct {
            p.number("jobs.change_pct", c, PERCENT_CHANGE);
        }
    }
    if let Some(a) = &x.attainment {
        for (i, s) in a.levels.iter().enumerate() {
            p.pct(|| format!("attainment.levels[{i}].pct"), Some(s.pct));
        }
        p.pct("attainment.most_common.pct", Some(a.most_common.pct));
        let sum: f64 = a.levels.iter().map(|s| s.pct).sum();
        if sum.is_finite() && sum > 100.5 {
            p.push(
                "attainment.levels",
                "shares adding up to at most 100",
                crate::decimal::fixed(sum, 1),
            );
        }
    }
    if let Some(z) = &x.job_zone {
        if !(1..=5).contains(&z.zone) {
            p.push(
                "job_zone.zone",
                "a Job Zone from 1 to 5",
                u32::from(z.zone).to_string(),
            );
        }
    }
    if let Some(t) = &x.time_to_become {
        if t.min_months > t.max_months {
            p.push(
                "time_to_become.min_months",
                "at most max_months",
                format!("{} > {}", t.min_months, t.max_months),
            );
        }
    }
    if let Some(d) = &x.demographics {
        if let Some(age) = d.median_age {
            p.number("demographics.median_age", age, AGE);
        }
        p.pct("demographics.women_pct", d.women_pct);
        p.pct("demographics.white_pct", d.white_pct);
        p.pct("demographics.black_pct", d.black_pct);
        p.pct("demographics.asian_pct", d.asian_pct);
        p.pct("demographics.hispanic_pct", d.hispanic_pct);
    }
    if let Some(s) = &x.skills {
        for (list, items) in [
            ("skills", &s.skills),
            ("knowledge", &s.knowledge),
            ("work_styles", &s.work_styles),
        ] {
            for (i, r) in items.iter().enumerate() {
                p.number(
                    || format!("skills.{list}[{i}].importance"),
                    r.importance,
                    IMPORTANCE,
                );
            }
        }
    }
    p.work(x);
    if let Some(v) = x.extras.job_satisfaction {
        p.number("extras.job_satisfaction", v, RATING);
    }
    p.pct("extras.lgbt_pct", x.extras.lgbt_pct);
    p.0
}

/// Problems in a title index: version, and every code known to the dataset index.
pub fn titles(t: &TitleIndex, ix: &DatasetIndex) -> Vec<Problem> {
    let mut p = Problems::default();
    p.version("schema_version", t.schema_version);
    // a sorted list, filled in order (the index lists its codes sorted): no set type in the wasm
    let mut known: Vec<&str> = Vec::new();
    for x in &ix.professions {
        if let Err(at) = known.binary_search(&x.code) {
            known.insert(at, x.code);
        }
    }
    for (i, e) in t.professions.iter().enumerate() {
        if known.binary_search(&e.code.as_str()).is_err() {
            p.push(
                || format!("professions[{i}].code"),
                "a code listed in index.json",
                quoted(&e.code),
            );
        }
    }
    p.unique(
        "professions",
        t.professions.iter().map(|x| x.code.as_str()),
        "code",
    );
    p.0
}

//! Checks a decoded dataset file for what its types cannot express: supported version,
//! well-formed and unique codes, finite numbers in plausible ranges, shares within 0–100 %,
//! O*NET's closed lists (relatedness tiers, emerging task categories), non-empty task texts,
//! and title entries that point at professions the index has.

use crate::decimal::shortest;
use crate::error::Problem;
use crate::model::*;
use crate::{is_blank, is_soc_code};

/// The range `object`'s declaration gives `field` (`"usd"`-suffixed for a wage's amount).
/// Called through [`range!`] at compile time, so checking a field whose declaration names no
/// range does not build (`cargo build`; `cargo check` skips inline consts), and every range a
/// check uses is the one the JSON Schema publishes.
const fn declared(object: ObjectFields, field: &str) -> Range {
    let mut i = 0;
    while i < object.ranges.len() {
        if same(object.ranges[i].field, field) {
            return object.ranges[i].range;
        }
        i += 1;
    }
    panic!("the field's declaration names no range")
}

/// `a == b`, in a `const fn` (`str`'s `==` is not one).
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The declared range of a field, e.g. `range!(Demographics.median_age)` or
/// `range!(AnnualWages.median.usd)`, as a constant.
macro_rules! range {
    ($object:ident . $field:ident) => {
        const { declared($object::FIELDS, stringify!($field)) }
    };
    ($object:ident . $field:ident . usd) => {
        const { declared($object::FIELDS, concat!(stringify!($field), ".usd")) }
    };
}

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

/// A path built by a closure, as a trait object: each check is then compiled once for all the
/// call sites that pass one, rather than once per closure (the wasm size budget).
fn dyn_path<'a>(f: &'a dyn Fn() -> String) -> &'a dyn Fn() -> String {
    f
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

    fn optional(&mut self, path: impl FieldPath, v: Option<f64>, range: Range) {
        if let Some(v) = v {
            self.number(path, v, range);
        }
    }

    fn wage(&mut self, path: impl FieldPath, w: &Option<Wage>, range: Range) {
        if let Some(w) = w {
            let path = || format!("{}.usd", path.path());
            self.number(path, w.usd, range);
        }
    }

    /// A count of jobs, at most the range's maximum (the minimum is 0, as for any `u64`).
    fn employment(&mut self, path: impl FieldPath, v: Option<u64>, range: Range) {
        if let Some(v) = v {
            // exact: every integer up to the maximum is an f64, larger ones round to larger
            if v as f64 > range.max {
                self.push(
                    path,
                    format!("{} up to {}", range.what, shortest(range.max)),
                    v.to_string(),
                );
            }
        }
    }

    fn wage_stats(&mut self, path: &dyn Fn() -> String, s: &WageStats) {
        let a = &s.annual;
        for (name, w, range) in [
            ("median", &a.median, range!(AnnualWages.median.usd)),
            ("mean", &a.mean, range!(AnnualWages.mean.usd)),
            ("p10", &a.p10, range!(AnnualWages.p10.usd)),
            ("p25", &a.p25, range!(AnnualWages.p25.usd)),
            ("p75", &a.p75, range!(AnnualWages.p75.usd)),
            ("p90", &a.p90, range!(AnnualWages.p90.usd)),
        ] {
            self.wage(|| format!("{}.annual.{name}", path()), w, range);
        }
        if let Some(h) = &s.hourly {
            self.wage(
                || format!("{}.hourly.median", path()),
                &h.median,
                range!(HourlyWages.median.usd),
            );
            self.wage(
                || format!("{}.hourly.mean", path()),
                &h.mean,
                range!(HourlyWages.mean.usd),
            );
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
        self.employment(
            || format!("{}.employment", path()),
            s.employment,
            range!(WageStats.employment),
        );
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
                    self.text(
                        dyn_path(&|| format!("{}[{j}].text", at("emerging"))),
                        &e.text,
                    );
                    self.one_of(
                        dyn_path(&|| format!("{}[{j}].category", at("emerging"))),
                        &e.category,
                        &EMERGING_CATEGORIES,
                    );
                }
            }
        }
        if let Some(r) = &x.related {
            for (i, o) in r.occupations.iter().enumerate() {
                let at = |field: &str| format!("related.occupations[{i}].{field}");
                self.code(dyn_path(&|| at("code")), &o.code);
                self.one_of(dyn_path(&|| at("tier")), &o.tier, &RELATEDNESS_TIERS);
                self.wage(
                    dyn_path(&|| at("annual_median")),
                    &o.annual_median,
                    range!(RelatedOccupation.annual_median.usd),
                );
                self.optional(
                    dyn_path(&|| at("change_pct")),
                    o.change_pct,
                    range!(RelatedOccupation.change_pct),
                );
            }
        }
        for (name, profile) in [("interests", &x.interests), ("work_values", &x.work_values)] {
            for (i, o) in profile
                .iter()
                .flat_map(|p| p.occupations.iter().enumerate())
            {
                for (j, s) in o.scores.iter().enumerate() {
                    self.number(
                        dyn_path(&|| format!("{name}.occupations[{i}].scores[{j}].value")),
                        s.value,
                        range!(Score.value),
                    );
                }
                for (j, h) in o.high_points.iter().enumerate() {
                    if !o.scores.iter().any(|s| s.name == *h) {
                        self.push(
                            dyn_path(&|| format!("{name}.occupations[{i}].high_points[{j}]")),
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
                    range!(TopPlace.annual_median.usd),
                );
                p.employment(
                    || format!("pay_by_place.{name}.employment"),
                    t.employment,
                    range!(TopPlace.employment),
                );
            }
        }
    }
    if let Some(j) = &x.jobs {
        p.employment("jobs.employment", j.employment, range!(Jobs.employment));
        p.employment(
            "jobs.openings_per_year",
            j.openings_per_year,
            range!(Jobs.openings_per_year),
        );
        p.optional("jobs.change_pct", j.change_pct, range!(Jobs.change_pct));
    }
    if let Some(a) = &x.attainment {
        for (i, s) in a.levels.iter().enumerate() {
            p.number(
                || format!("attainment.levels[{i}].pct"),
                s.pct,
                range!(Share.pct),
            );
        }
        p.number(
            "attainment.most_common.pct",
            a.most_common.pct,
            range!(Share.pct),
        );
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
        let Range { min, max, what } = range!(JobZone.zone);
        let zone = f64::from(z.zone);
        if zone < min || zone > max {
            p.push(
                "job_zone.zone",
                format!("{what} from {} to {}", shortest(min), shortest(max)),
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
        for (name, v, range) in [
            ("median_age", d.median_age, range!(Demographics.median_age)),
            ("women_pct", d.women_pct, range!(Demographics.women_pct)),
            ("white_pct", d.white_pct, range!(Demographics.white_pct)),
            ("black_pct", d.black_pct, range!(Demographics.black_pct)),
            ("asian_pct", d.asian_pct, range!(Demographics.asian_pct)),
            (
                "hispanic_pct",
                d.hispanic_pct,
                range!(Demographics.hispanic_pct),
            ),
        ] {
            p.optional(|| ["demographics.", name].concat(), v, range);
        }
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
                    range!(Rated.importance),
                );
            }
        }
    }
    p.work(x);
    p.optional(
        "extras.job_satisfaction",
        x.extras.job_satisfaction,
        range!(Extras.job_satisfaction),
    );
    p.optional(
        "extras.lgbt_pct",
        x.extras.lgbt_pct,
        range!(Extras.lgbt_pct),
    );
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

impl Problems {
    /// An area as `areas.json` and an area file describe it: its code and its states.
    fn area(&mut self, path: &str, a: &Area, ix: &DatasetIndex) {
        if !crate::is_area_code(&a.code) {
            self.push(
                || format!("{path}.code"),
                "a 7-digit OEWS area code like \"0014460\"",
                quoted(&a.code),
            );
        }
        self.text(|| format!("{path}.name"), &a.name);
        if a.states.is_empty() {
            self.push(
                || format!("{path}.states"),
                "at least one state",
                "an empty list",
            );
        }
        for (i, s) in a.states.iter().enumerate() {
            if !ix.states.iter().any(|x| x.code == *s) {
                self.push(
                    || format!("{path}.states[{i}]"),
                    "a state code listed in index.json",
                    quoted(s),
                );
            }
        }
    }
}

/// Problems in an area list: version, codes, states the index has.
pub fn areas(a: &AreaIndex, ix: &DatasetIndex) -> Vec<Problem> {
    let mut p = Problems::default();
    p.version("schema_version", a.schema_version);
    for (i, area) in a.areas.iter().enumerate() {
        p.area(&format!("areas[{i}]"), area, ix);
    }
    p.unique(
        "areas",
        a.areas.iter().map(|x| x.code.as_str()),
        "area code",
    );
    p.0
}

/// Problems in an area's pay file; `expected_code` is the code it was fetched for. Rows for
/// codes the index does not list are harmless (the widget never asks for them).
pub fn area_pay(a: &AreaPay, expected_code: &str, ix: &DatasetIndex) -> Vec<Problem> {
    let mut p = Problems::default();
    p.version("schema_version", a.schema_version);
    p.area("area", &a.area, ix);
    if a.area.code != expected_code {
        p.push(
            "area.code",
            [&quoted(expected_code), " (the file's name)"].concat(),
            quoted(&a.area.code),
        );
    }
    if a.columns.iter().map(String::as_str).ne(PAY_ROW_COLUMNS) {
        p.push("columns", PAY_ROW_COLUMNS.join(", "), a.columns.join(", "));
    }
    for (code, row) in &a.pay {
        p.code(|| format!("pay.{code}"), code);
        p.wage_stats(&|| format!("pay.{code}"), &row.0);
    }
    p.0
}

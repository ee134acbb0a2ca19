//! A numeric field's range is declared once, on the field: the published JSON Schema's
//! `minimum` and `maximum` are exactly the declared ranges, for every type; and the validator
//! accepts each field at both ends of its range and rejects it just outside, at every place
//! the field occurs in a profession, while numeric fields without a range get no range check.
//! So a portal checking its own dataset with a standard JSON Schema tool meets the widget's
//! limits, neither more nor fewer.

use career_schema::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn schemas() -> [Value; 3] {
    [
        schemars::schema_for!(DatasetIndex),
        schemars::schema_for!(Profession),
        schemars::schema_for!(TitleIndex),
    ]
    .map(|s| serde_json::to_value(s).unwrap())
}

fn declared(object: &str) -> &'static [FieldRange] {
    decode::OBJECTS
        .iter()
        .find(|o| o.object == object)
        .unwrap_or_else(|| panic!("the decoder lists no fields for {object}"))
        .ranges
}

/// A range as comparable text: object, field, min, max.
type Bounds = (String, String, String, String);

fn bounds(object: &str, field: &str, min: f64, max: f64) -> Bounds {
    (
        object.into(),
        field.into(),
        min.to_string(),
        max.to_string(),
    )
}

/// The bounds a property's schema sets, unless they are only its integer type's own
/// (schemars gives `u8` 0–255 and every unsigned type a minimum of 0).
fn schema_bounds(property: &Value) -> Option<(f64, f64)> {
    let min = property["minimum"].as_f64();
    let max = property["maximum"].as_f64();
    let natural = match property["format"].as_str() {
        Some("uint8") => (Some(0.0), Some(255.0)),
        Some("uint16") => (Some(0.0), Some(65535.0)),
        Some(f) if f.starts_with("uint") => (Some(0.0), None),
        _ => (None, None),
    };
    match (min, max) {
        _ if (min, max) == natural => None,
        (Some(min), Some(max)) => Some((min, max)),
        _ => panic!("{property}: a range has both bounds"),
    }
}

#[test]
fn json_schema_bounds_are_the_declared_ranges_for_every_type() {
    let mut in_schema = BTreeSet::new();
    for schema in &schemas() {
        let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
        let own = (
            schema["title"].as_str().unwrap().to_string(),
            schema.clone(),
        );
        for (object, s) in std::iter::once(own).chain(defs) {
            for (field, property) in s["properties"].as_object().unwrap() {
                if let Some((min, max)) = schema_bounds(property) {
                    in_schema.insert(bounds(&object, field, min, max));
                }
                let usd = &property["properties"]["usd"];
                if !usd.is_null() {
                    let (min, max) = schema_bounds(usd).expect("usd bounds");
                    in_schema.insert(bounds(&object, &format!("{field}.usd"), min, max));
                }
            }
        }
    }
    let in_declarations: BTreeSet<Bounds> = decode::OBJECTS
        .iter()
        .flat_map(|o| {
            o.ranges
                .iter()
                .map(|r| bounds(o.object, r.field, r.range.min, r.range.max))
        })
        .collect();
    assert_eq!(in_schema, in_declarations);
    // the figures a portal is most likely to get wrong are among them
    for want in [
        bounds("AnnualWages", "median.usd", 0.0, 5_000_000.0),
        bounds("HourlyWages", "median.usd", 0.0, 2_500.0),
        bounds("Demographics", "women_pct", 0.0, 100.0),
        bounds("JobZone", "zone", 1.0, 5.0),
    ] {
        assert!(in_declarations.contains(&want), "{want:?}");
    }
}

/// A profession with every numeric field present, each inside its range (values chosen for
/// the test, not any source's figures).
fn complete_profession() -> Value {
    let wages = |annual: f64, hourly: f64| {
        json!({
            "annual": {"median": {"usd": annual}, "mean": {"usd": annual}, "p10": {"usd": annual},
                       "p25": {"usd": annual}, "p75": {"usd": annual}, "p90": {"usd": annual}},
            "hourly": {"median": {"usd": hourly}, "mean": {"usd": hourly}},
            "employment": 1000
        })
    };
    let top = json!({"code": "MD", "name": "Maryland", "annual_median": {"usd": 50000.0},
                     "employment": 1000});
    json!({
        "schema_version": SCHEMA_VERSION,
        "code": "13-2072",
        "title": "Loan Officers",
        "slug": "loan-officers",
        "pay": {"source": "s", "national": wages(50000.0, 25.0)},
        "pay_by_place": {"source": "s", "states": {"MD": wages(50000.0, 25.0)},
                         "top_state": top, "top_metro": top, "top_industry": top},
        "jobs": {"employment": 1000, "change_pct": 1.5, "openings_per_year": 100},
        "attainment": {"source": "s", "vintage": "v",
                       "levels": [{"label": "a", "pct": 40.0}, {"label": "b", "pct": 60.0}],
                       "most_common": {"label": "b", "pct": 60.0}},
        "job_zone": {"source": "s", "zone": 3, "name": "n"},
        "time_to_become": {"label": "l", "min_months": 12, "max_months": 24, "derived": true,
                           "basis": "b"},
        "demographics": {"source": "s", "cps_group": "g", "median_age": 40.0,
                         "women_pct": 50.0, "white_pct": 50.0, "black_pct": 10.0,
                         "asian_pct": 10.0, "hispanic_pct": 10.0},
        "skills": {"source": "s", "skills": [{"name": "a", "importance": 3.0}],
                   "knowledge": [{"name": "b", "importance": 3.0}],
                   "work_styles": [{"name": "c", "importance": 3.0}]},
        "related": {"source": "s", "occupations": [{"code": "43-4131", "tier": "Primary-Short",
                    "annual_median": {"usd": 50000.0}, "change_pct": 1.5}]},
        "interests": {"source": "s", "occupations": [{"onet_code": "13-2072.00", "title": "t",
                      "scores": [{"name": "Conventional", "value": 4.0}],
                      "high_points": ["Conventional"]}]},
        "work_values": {"source": "s", "occupations": [{"onet_code": "13-2072.00", "title": "t",
                        "scores": [{"name": "Support", "value": 4.0}]}]},
        "extras": {"job_satisfaction": 3.0, "lgbt_pct": 5.0}
    })
}

/// A numeric value in a profession file: where it is, and its declared range if it has one.
struct Site {
    pointer: String,
    /// the path a problem names
    path: String,
    /// the declaring type and field, and the range
    range: Option<(&'static str, &'static str, Range)>,
    integer: bool,
}

/// The object type a property refers to (`$ref`, or `$ref` or null), if any.
fn target<'a>(defs: &'a Value, property: &'a Value) -> Option<(&'a str, &'a Value)> {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()?
            .iter()
            .find_map(|v| v["$ref"].as_str())
    })?;
    let name = reference.strip_prefix("#/$defs/")?;
    Some((name, &defs[name]))
}

fn is_integer(property: &Value) -> bool {
    let t = &property["type"];
    t == "integer" || t.as_array().is_some_and(|a| a.contains(&json!("integer")))
}

/// Every numeric value of `value` (an `object`, as `schema` describes it), with its range.
fn sites(
    defs: &Value,
    object: &'static str,
    schema: &Value,
    value: &Value,
    at: (&str, &str),
) -> Vec<Site> {
    let ranges = declared(object);
    let range_of = |field: &str| {
        ranges
            .iter()
            .find(|r| r.field == field)
            .map(|r| (object, r.field, r.range))
    };
    let (pointer, path) = at;
    let mut out = Vec::new();
    for (key, child) in value.as_object().unwrap() {
        let property = &schema["properties"][key];
        let pointer = format!("{pointer}/{key}");
        let path = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        if child.is_number() {
            out.push(Site {
                pointer: pointer.clone(),
                path: path.clone(),
                range: range_of(key),
                integer: is_integer(property),
            });
        }
        // objects, maps of objects and lists of objects
        let (name, inner, entries): (_, _, Vec<(String, String, &Value)>) =
            if let Some((name, inner)) = target(defs, property) {
                (name, inner, vec![(pointer.clone(), path.clone(), child)])
            } else if let Some((name, inner)) = target(defs, &property["additionalProperties"]) {
                let map = child.as_object().unwrap();
                let entries = map
                    .iter()
                    .map(|(k, v)| (format!("{pointer}/{k}"), format!("{path}.{k}"), v))
                    .collect();
                (name, inner, entries)
            } else if let Some((name, inner)) = target(defs, &property["items"]) {
                let list = child.as_array().unwrap();
                let entries = list
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (format!("{pointer}/{i}"), format!("{path}[{i}]"), v))
                    .collect();
                (name, inner, entries)
            } else {
                continue;
            };
        let name: &'static str = decode::OBJECTS
            .iter()
            .find(|o| o.object == name)
            .unwrap()
            .object;
        for (pointer, path, v) in entries {
            let mut inner_sites = sites(defs, name, inner, v, (&pointer, &path));
            // a wage's amount, limited by the field that holds the wage
            if let Some(r) = range_of(&format!("{key}.usd")) {
                for s in &mut inner_sites {
                    if s.path == format!("{path}.usd") {
                        s.range = Some(r);
                    }
                }
            }
            out.extend(inner_sites);
        }
    }
    out
}

/// The problems validation finds at `path` when the value at `pointer` is `v`.
fn problems_at(base: &Value, pointer: &str, v: Value, path: &str) -> Vec<Problem> {
    let mut file = base.clone();
    *file.pointer_mut(pointer).unwrap() = v;
    match decode_profession("13-2072", &serde_json::to_vec(&file).unwrap()) {
        Ok(_) => vec![],
        Err(DatasetError::Invalid { problems, .. }) => {
            problems.into_iter().filter(|p| p.path == path).collect()
        }
        Err(e) => panic!("{pointer} = {}: {e}", file.pointer(pointer).unwrap()),
    }
}

#[test]
fn validation_enforces_each_declared_range_and_no_other() {
    let schema = schemars::schema_for!(Profession);
    let schema = serde_json::to_value(schema).unwrap();
    let base = complete_profession();
    assert!(decode_profession("13-2072", &serde_json::to_vec(&base).unwrap()).is_ok());
    let all = sites(&schema["$defs"], "Profession", &schema, &base, ("", ""));

    let mut exercised = BTreeSet::new();
    for site in &all {
        let Some((object, field, range)) = site.range else {
            continue;
        };
        exercised.insert((object, field));
        let number = |v: f64| {
            if site.integer {
                json!(v as u64)
            } else {
                json!(v)
            }
        };
        for v in [range.min, range.max] {
            let found = problems_at(&base, &site.pointer, number(v), &site.path);
            assert!(
                found.is_empty(),
                "{} = {v} is in range: {found:?}",
                site.path
            );
        }
        let mut outside = vec![if site.integer {
            json!(range.max as u64 + 1)
        } else {
            json!(range.max.next_up())
        }];
        // an unsigned integer below 0 is not the type at all
        if !site.integer {
            outside.push(json!(range.min.next_down()));
        } else if range.min >= 1.0 {
            outside.push(json!(range.min as u64 - 1));
        }
        for v in outside {
            let found = problems_at(&base, &site.pointer, v.clone(), &site.path);
            assert_eq!(found.len(), 1, "{} = {v} is out of range", site.path);
            let expected = &found[0].expected;
            assert!(
                expected.contains(range.what) && expected.contains(&decimal::shortest(range.max)),
                "{}: {expected}",
                site.path
            );
        }
    }
    // every declared range occurs in the file, so each was tried
    let everywhere: BTreeSet<_> = decode::OBJECTS
        .iter()
        .flat_map(|o| o.ranges.iter().map(|r| (o.object, r.field)))
        .collect();
    assert_eq!(exercised, everywhere);

    // Numeric fields without a range take any value of their type, except these, whose checks
    // compare them with something else.
    let other_checks = [
        ("schema_version", "the supported version"),
        ("time_to_become.min_months", "at most max_months"),
    ];
    let mut unranged = Vec::new();
    for site in all.iter().filter(|s| s.range.is_none()) {
        unranged.push(site.path.clone());
        if other_checks.iter().any(|(path, _)| *path == site.path) {
            continue;
        }
        let extremes = if site.integer {
            [json!(0), json!(u32::MAX)]
        } else {
            [json!(-1e300), json!(1e300)]
        };
        for v in extremes {
            let found = problems_at(&base, &site.pointer, v.clone(), &site.path);
            assert!(found.is_empty(), "{} = {v}: {found:?}", site.path);
        }
    }
    unranged.sort();
    assert_eq!(
        unranged,
        [
            "schema_version",
            "time_to_become.max_months",
            "time_to_become.min_months"
        ]
    );
}

//! Local pay files (schema version 3) as a portal author meets them: `areas.json` and
//! `areas/{code}.json` decode into the figures they hold, and a bad one is named precisely.

use career_schema::*;
use serde_json::{json, Value};

fn index() -> DatasetIndex {
    let v = json!({
        "schema_version": SCHEMA_VERSION,
        "name": "fixture",
        "sources": [{"id": "oews-2025", "agency": "BLS", "title": "OEWS", "vintage": "May 2025",
                     "url": "https://www.bls.gov/oes/", "license": "Public domain"}],
        "states": [{"code": "MA", "fips": "25", "name": "Massachusetts"},
                   {"code": "NH", "fips": "33", "name": "New Hampshire"}],
        "areas": 1,
        "professions": [{"code": "13-2072", "title": "Loan Officers"},
                        {"code": "43-4131", "title": "Loan Interviewers and Clerks"}]
    });
    decode_index(&serde_json::to_vec(&v).unwrap()).unwrap()
}

fn boston() -> Value {
    json!({"code": "0014460", "name": "Boston-Cambridge-Newton, MA-NH", "states": ["MA", "NH"],
           "kind": "metropolitan"})
}

fn area_file(pay: Value) -> Value {
    json!({"schema_version": 3, "area": boston(), "source": "oews-2025",
           "columns": PAY_ROW_COLUMNS, "pay": pay})
}

fn decode(v: &Value) -> Result<AreaPay, DatasetError> {
    decode_area_pay("0014460", &serde_json::to_vec(v).unwrap(), &index())
}

#[test]
fn a_row_fills_the_figures_in_column_order() {
    // Boston × Loan Interviewers and Clerks, as OEWS May 2025 publishes it
    let a = decode(&area_file(json!({
        "43-4131": [1530, 47350, 50580, 60250, 63380, 72060, 58150, 28.96, 27.96]
    })))
    .unwrap();
    let s = &a.pay.get("43-4131").unwrap().0;
    assert_eq!(s.employment, Some(1530));
    assert_eq!(s.annual.median, Some(Wage::exact(60250.0)));
    assert_eq!(s.annual.p10, Some(Wage::exact(47350.0)));
    assert_eq!(s.annual.p90, Some(Wage::exact(72060.0)));
    assert_eq!(s.annual.mean, Some(Wage::exact(58150.0)));
    let h = s.hourly.as_ref().unwrap();
    assert_eq!(
        (h.median, h.mean),
        (Some(Wage::exact(28.96)), Some(Wage::exact(27.96)))
    );
    assert_eq!(a.area.states, ["MA", "NH"]);
    assert_eq!(a.area.kind, AreaKind::Metropolitan);
}

#[test]
fn null_is_not_published_a_short_row_ends_early_and_an_object_is_top_coded() {
    let a = decode(&area_file(json!({
        "13-2072": [80],
        "43-4131": [null, null, 50000, null, 90000, {"usd": 239200, "at_least": true}]
    })))
    .unwrap();
    let only_jobs = &a.pay.get("13-2072").unwrap().0;
    assert_eq!(only_jobs.employment, Some(80));
    assert_eq!(only_jobs.annual, AnnualWages::default());
    assert_eq!(only_jobs.hourly, None);
    let s = &a.pay.get("43-4131").unwrap().0;
    assert_eq!(s.employment, None);
    assert_eq!(s.annual.p10, None);
    assert_eq!(s.annual.p25, Some(Wage::exact(50000.0)));
    assert_eq!(
        s.annual.p90,
        Some(Wage {
            usd: 239200.0,
            at_least: true
        })
    );
}

#[test]
fn rows_round_trip_through_serde_as_the_builder_writes_them() {
    let a = decode(&area_file(json!({
        "43-4131": [1530, 47350, null, 60250, 63380, {"usd": 239200, "at_least": true}, 58150, 28.96]
    })))
    .unwrap();
    let written = serde_json::to_value(&a).unwrap();
    assert_eq!(
        written["pay"]["43-4131"],
        json!([1530.0, 47350.0, null, 60250.0, 63380.0, {"usd": 239200.0, "at_least": true}, 58150.0, 28.96])
    );
    let back: AreaPay = serde_json::from_value(written).unwrap();
    assert_eq!(back, a);
}

#[test]
fn a_bad_row_item_names_the_file_the_row_and_the_item() {
    let e = decode(&area_file(json!({"43-4131": [1530, "60250"]}))).unwrap_err();
    let text = e.to_string();
    assert!(text.contains("areas/0014460.json"), "{text}");
    assert!(text.contains("pay.43-4131[1]"), "{text}");
    let e = decode(&area_file(
        json!({"43-4131": [1530, 1, 2, 3, 4, 5, 6, 7, 8, 9]}),
    ))
    .unwrap_err();
    assert!(e.to_string().contains("pay.43-4131[9]"), "{e}");
}

#[test]
fn implausible_figures_and_unknown_columns_are_problems_with_their_paths() {
    let mut v = area_file(json!({"43-4131": [1530, 47350, 50580, 99999999]}));
    let e = decode(&v).unwrap_err();
    assert!(
        e.to_string().contains("pay.43-4131.annual.median.usd"),
        "{e}"
    );
    v = area_file(json!({}));
    v["columns"] = json!(["employment", "annual.median"]);
    assert!(decode(&v).unwrap_err().to_string().contains("columns"));
}

#[test]
fn the_file_must_be_the_area_asked_for_in_states_the_index_has() {
    let mut v = area_file(json!({}));
    v["area"]["code"] = json!("0031080");
    let e = decode(&v).unwrap_err().to_string();
    assert!(e.contains("area.code") && e.contains("0014460"), "{e}");
    let mut v = area_file(json!({}));
    v["area"]["states"] = json!(["MA", "ZZ"]);
    let e = decode(&v).unwrap_err().to_string();
    assert!(e.contains("area.states[1]") && e.contains("ZZ"), "{e}");
    let mut v = area_file(json!({}));
    v["area"]["kind"] = json!("rural");
    let e = decode(&v).unwrap_err().to_string();
    assert!(
        e.contains("area.kind") && e.contains("nonmetropolitan"),
        "{e}"
    );
}

#[test]
fn the_area_list_checks_codes_and_uniqueness() {
    let ix = index();
    let list = json!({"schema_version": 3, "source": "oews-2025", "areas": [boston(), boston()]});
    let e = decode_areas(&serde_json::to_vec(&list).unwrap(), &ix).unwrap_err();
    assert!(e.to_string().contains("areas"), "{e}");
    let mut one = boston();
    one["code"] = json!("14460");
    let list = json!({"schema_version": 3, "source": "oews-2025", "areas": [one]});
    let e = decode_areas(&serde_json::to_vec(&list).unwrap(), &ix).unwrap_err();
    assert!(e.to_string().contains("areas[0].code"), "{e}");
}

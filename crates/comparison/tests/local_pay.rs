//! Pay for a place on the real dataset (`data/`): a state or an area, and the figures that
//! come from the next larger place where the place has none, said in the cell and the
//! summary. Expected figures are OEWS May 2025's, as the SQLite source has them.

use career_comparison::comparison::Place;
use career_comparison::{compare, summary, RowId, SectionId};
use career_schema::{decode_area_pay, decode_index, decode_profession, DatasetIndex, Profession};
mod real_data;

fn dataset() -> Option<(DatasetIndex, impl Fn(&str) -> Profession)> {
    let index =
        decode_index(&real_data::read_or_skip("index.json")?).expect("data/index.json decodes");
    let dir = real_data::data_dir();
    let load = move |code: &str| {
        let bytes = std::fs::read(dir.join(career_schema::profession_file(code))).unwrap();
        decode_profession(code, &bytes).unwrap()
    };
    Some((index, load))
}

/// Boston-Cambridge-Newton, MA-NH's pay file.
fn boston(index: &DatasetIndex) -> career_schema::AreaPay {
    let bytes = std::fs::read(real_data::data_dir().join("areas/0014460.json")).unwrap();
    decode_area_pay("0014460", &bytes, index).unwrap()
}

fn cell(c: &career_comparison::Comparison, row: RowId, side: usize) -> (String, Option<String>) {
    let r = c.section(SectionId::Pay).row(row).unwrap();
    (r.cells[side].text.clone(), r.cells[side].note.clone())
}

#[test]
fn a_state_without_a_published_median_shows_the_national_one_and_says_so() {
    let Some((index, load)) = dataset() else {
        return;
    };
    // Survey Researchers in Delaware: 80 jobs, no published wages (OEWS footnote 8)
    let (a, b) = (load("19-3022"), load("13-2072"));
    let de = Place::state(&index, "DE");
    let c = compare(&index, &a, &b, de);
    let (text, note) = cell(&c, RowId::MedianSalary, 0);
    assert_eq!(text, "$69,460");
    assert_eq!(
        note.as_deref(),
        Some("BLS publishes no Delaware median for Survey Researchers; the national figure is shown.")
    );
    let overview = c
        .section(SectionId::Overview)
        .row(RowId::YearlySalary)
        .unwrap();
    assert_eq!(overview.cells[0].text, "$69,460");
    assert!(overview.cells[0].note.is_some());
    let s = summary(&index, &a, &b, de);
    assert!(
        s[0].contains("BLS publishes no Delaware median for Survey Researchers; nationally they earn a median $69,460 a year."),
        "{}",
        s[0]
    );
    assert!(!s[0].contains("no median pay"), "{}", s[0]);
}

#[test]
fn an_area_shows_its_own_figures_and_the_summary_names_it() {
    let Some((index, load)) = dataset() else {
        return;
    };
    let boston = boston(&index);
    let place = Place::area(&index, &boston.area, Some(&boston));
    let (officers, clerks) = (load("13-2072"), load("43-4131"));
    let c = compare(&index, &officers, &clerks, place);
    assert_eq!(c.place.as_deref(), Some("Boston-Cambridge-Newton, MA-NH"));
    assert_eq!(cell(&c, RowId::MedianSalary, 1), ("$60,250".into(), None));
    assert_eq!(cell(&c, RowId::MedianSalary, 0), ("$103,400".into(), None));
    let hourly = c
        .section(SectionId::Overview)
        .row(RowId::HourlyRate)
        .unwrap();
    assert_eq!(hourly.cells[0].text, "$49.71");
    assert_eq!(c.place_note, None);
    let s = summary(&index, &officers, &clerks, place);
    assert!(
        s[0].starts_with(
            "In Boston-Cambridge-Newton, MA-NH, Loan Officers earn a median $103,400 a year"
        ),
        "{}",
        s[0]
    );
    // the pay gauge follows the place
    assert_eq!(c.gauges.pay.bars[1].as_ref().unwrap().value, 60250.0);
}

#[test]
fn another_place_changes_the_pay_figures_and_no_other_section() {
    let Some((index, load)) = dataset() else {
        return;
    };
    let boston = boston(&index);
    let (officers, clerks) = (load("13-2072"), load("43-4131"));
    let national = compare(&index, &officers, &clerks, Place::National);
    let local = compare(
        &index,
        &officers,
        &clerks,
        Place::area(&index, &boston.area, Some(&boston)),
    );
    let changed: Vec<SectionId> = (0..national.sections.len())
        .filter(|&i| !national.same_section(&local, i))
        .map(|i| national.sections[i].id)
        .collect();
    // the Overview's yearly and hourly pay and the Pay table follow the place
    assert_eq!(changed, [SectionId::Overview, SectionId::Pay]);
    // a swap changes every column
    let swapped = compare(&index, &clerks, &officers, Place::National);
    assert!((0..national.sections.len()).all(|i| !national.same_section(&swapped, i)));
}

#[test]
fn until_an_area_has_loaded_its_state_fills_in_footnoted() {
    let Some((index, load)) = dataset() else {
        return;
    };
    let boston = boston(&index);
    let waiting = Place::area(&index, &boston.area, None);
    let (officers, clerks) = (load("13-2072"), load("43-4131"));
    let c = compare(&index, &officers, &clerks, waiting);
    // Massachusetts, Loan Interviewers and Clerks: $58,940
    let (text, note) = cell(&c, RowId::MedianSalary, 1);
    assert_eq!(text, "$58,940");
    assert_eq!(
        note.as_deref(),
        Some("Pay for Boston-Cambridge-Newton, MA-NH has not loaded; the Massachusetts figure is shown.")
    );
}

#[test]
fn the_highest_paying_places_are_offered_as_places() {
    let Some((index, load)) = dataset() else {
        return;
    };
    let c = compare(&index, &load("13-2072"), &load("43-4131"), Place::National);
    let pay = c.section(SectionId::Pay);
    let metro = &pay.row(RowId::TopMetro).unwrap().cells[0];
    let code = metro.place.as_deref().expect("a metro area to switch to");
    assert!(career_schema::is_area_code(code), "{code}");
    let state = &pay.row(RowId::TopState).unwrap().cells[0];
    assert!(index
        .states
        .iter()
        .any(|s| Some(s.code.as_str()) == state.place.as_deref()));
    assert_eq!(pay.row(RowId::TopIndustry).unwrap().cells[0].place, None);
}

#[test]
fn the_place_search_finds_areas_by_principal_city_and_state() {
    let Some((index, _)) = dataset() else {
        return;
    };
    let bytes = std::fs::read(real_data::data_dir().join("areas.json")).unwrap();
    let areas = career_schema::decode_areas(&bytes, &index).unwrap();
    let s = career_comparison::PlaceSearch::new(&index, Some(&areas));
    let first = |q: &str| s.search(q, 10).into_iter().next().map(|h| h.name);
    assert_eq!(
        first("Cambridge").as_deref(),
        Some("Boston-Cambridge-Newton, MA-NH")
    );
    assert_eq!(first("Fresno").as_deref(), Some("Fresno, CA"));
    // a slip
    assert_eq!(
        first("Bostn").as_deref(),
        Some("Boston-Cambridge-Newton, MA-NH")
    );
    assert_eq!(
        first("Anaheim").as_deref(),
        Some("Los Angeles-Long Beach-Anaheim, CA")
    );
    // a state first, then its areas, a multi-state area under each of its states
    let nh: Vec<String> = s.search("NH", 30).into_iter().map(|h| h.name).collect();
    assert_eq!(nh[0], "New Hampshire");
    assert!(
        nh.iter().any(|n| n == "Boston-Cambridge-Newton, MA-NH"),
        "{nh:?}"
    );
    let ma: Vec<String> = s
        .search("Massachusetts", 30)
        .into_iter()
        .map(|h| h.name)
        .collect();
    assert_eq!(ma[0], "Massachusetts");
    assert!(
        ma.iter().any(|n| n == "Boston-Cambridge-Newton, MA-NH"),
        "{ma:?}"
    );
    // nonmetropolitan areas carry their OEWS names
    assert!(s
        .search("nonmetropolitan", 600)
        .iter()
        .any(|h| h.name == "Northwest Alabama nonmetropolitan area"));
}

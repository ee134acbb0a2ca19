//! Host tests of what the work is and whom it suits (schema version 2): tasks, related
//! occupations, interests, work values, work styles and tools, on the fixture (whose O*NET
//! figures for Loan Officers are O*NET 29.2's).

mod fixture;

use career_comparison::comparison::Place;
use career_comparison::comparison::IN_THIS_COMPARISON;
use career_comparison::{compare, summary, RowId, SectionId};
use career_schema::NOT_IN_THIS_DATASET;
use fixture::*;

#[test]
fn core_tasks_show_six_then_the_rest_behind_show_all() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let work = c.section(SectionId::Work);
    let labels: Vec<&str> = work.rows.iter().map(|r| r.label).collect();
    assert_eq!(labels, ["Description", "Core tasks", "Supplemental tasks"]);
    let core = &work.row(RowId::CoreTasks).unwrap().cells[0];
    let d = core.detail.as_ref().unwrap();
    let shown: Vec<&str> = d
        .shown
        .iter()
        .flat_map(|g| &g.items)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(shown.len(), 6);
    assert_eq!(
        shown[0],
        "Meet with applicants to obtain information for loan applications and to answer questions about the process."
    );
    // 14 Core tasks and one emerging one, marked
    assert_eq!(d.more, "Show all 15 tasks");
    let last = d.items().last().unwrap();
    assert_eq!(last.tag, Some("Emerging"));
    assert!(d.items().take(14).all(|i| i.tag.is_none()));
    // one group: no O*NET title heading
    assert!(d.shown.iter().chain(&d.hidden).all(|g| g.heading.is_none()));
    // the text form lists every task
    assert!(core.text.starts_with("Meet with applicants"));
    assert_eq!(core.text.matches("; ").count(), 14);

    let sup = work.row(RowId::SupplementalTasks).unwrap();
    let d = sup.cells[0].detail.as_ref().unwrap();
    assert!(d.shown.is_empty());
    assert_eq!(d.more, "Show 3 supplemental tasks");
    assert_eq!(d.hidden[0].items[0].text, "Supervise loan personnel.");
    // the clerk has no task statements in the fixture: "—" with a reason
    assert!(work.row(RowId::CoreTasks).unwrap().cells[1].is_missing());
}

#[test]
fn related_occupations_are_those_in_the_dataset_each_with_a_compare_button() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let row = c
        .section(SectionId::Related)
        .row(RowId::RelatedOccupations)
        .unwrap();
    let d = row.cells[0].detail.as_ref().unwrap();
    let items: Vec<_> = d.items().collect();
    // 13-2041 is not in the fixture's index: left out and counted
    assert_eq!(items.len(), 2);
    assert_eq!(c.related_dropped, [1, 0]);
    // the other side is marked as such, with no button that would change nothing
    assert_eq!(items[0].text, "Loan Interviewers and Clerks");
    assert_eq!(items[0].compare, None);
    assert_eq!(items[0].tag, Some(IN_THIS_COMPARISON));
    assert_eq!(items[1].compare.as_deref(), Some("29-1141"));
    assert_eq!(
        items[0].figures.as_deref(),
        Some("median $50,000 a year, \u{2212}3.0% projected")
    );
    assert_eq!(items[1].text, "Registered Nurses");
    assert_eq!(items[1].figures.as_deref(), Some("+5.0% projected"));
    assert!(d.hidden.is_empty(), "five show before Show more");
    assert!(row.cells[1].is_missing());
}

#[test]
fn interests_and_work_values_name_their_high_points() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let s = c.section(SectionId::Interests);
    assert_eq!(
        s.row(RowId::InterestCode).unwrap().cells[0].text,
        "Conventional – Enterprising"
    );
    let values = s.row(RowId::TopWorkValues).unwrap();
    assert_eq!(values.cells[0].text, "Relationships, Independence");
    assert!(values.cells[0]
        .note
        .as_deref()
        .unwrap()
        .contains("not how satisfied its workers are"));
    // the Overview keeps Job satisfaction's "—" and shows what the work offers beside it
    let o = c.section(SectionId::Overview);
    let ids: Vec<RowId> = o.rows.iter().map(|r| r.id).collect();
    assert_eq!(
        &ids[ids.len() - 2..],
        [RowId::TopWorkValues, RowId::JobSatisfaction]
    );
    assert!(o.row(RowId::JobSatisfaction).unwrap().cells[0].is_missing());

    assert_eq!((c.gauges.interests.min, c.gauges.interests.max), (1.0, 7.0));
    let bars = c.gauges.interests.groups[0].as_ref().unwrap();
    assert_eq!(bars.meters.len(), 6);
    let conventional = &bars.meters[5];
    assert_eq!(conventional.name, "Conventional");
    assert_eq!(conventional.text, "6.02 of 7");
    assert!((conventional.fraction - (6.02 - 1.0) / 6.0).abs() < 1e-12);
    assert!(conventional.marked && !bars.meters[0].marked);
    assert!(conventional
        .definition
        .as_deref()
        .unwrap()
        .starts_with("Work involves following procedures"));
    assert_eq!(bars.meters[0].definition, None);
    assert!(c.gauges.interests.groups[1].is_none());
    assert_eq!(
        c.gauges.work_values.groups[0].as_ref().unwrap().high_points,
        "Relationships – Independence"
    );
}

#[test]
fn skills_gain_work_styles_and_tools() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let s = c.section(SectionId::Skills);
    let labels: Vec<&str> = s.rows.iter().map(|r| r.label).collect();
    assert_eq!(
        labels,
        [
            "Top skills",
            "Knowledge",
            "Work styles",
            "Technologies",
            "Tools"
        ]
    );
    assert_eq!(
        s.row(RowId::WorkStyles).unwrap().cells[0].text,
        "Integrity, Dependability, Cooperation"
    );
    assert_eq!(
        s.row(RowId::Tools).unwrap().cells[0].text,
        "10-key calculators, Autodialers"
    );
}

#[test]
fn the_summary_compares_interests_and_says_when_the_two_are_related() {
    let s = summary(&index(), &loan_officers(), &loan_clerks(), Place::National);
    assert!(s.contains(&"By O*NET's interest profiles, the work of Loan Officers is mostly Conventional and Enterprising; O*NET has no interest profile for Loan Interviewers and Clerks.".to_string()), "{s:?}");
    assert_eq!(
        s.last().unwrap(),
        "O*NET rates Loan Interviewers and Clerks as one of the occupations most closely related to Loan Officers (relatedness tier Primary-Short)."
    );
    // either way round
    let s = summary(&index(), &loan_clerks(), &loan_officers(), Place::National);
    assert!(s
        .last()
        .unwrap()
        .starts_with("O*NET rates Loan Interviewers and Clerks as one of"));
    // unrelated: no such sentence
    let mut b = loan_clerks();
    b.code = "29-9999".into();
    let s = summary(&index(), &loan_officers(), &b, Place::National);
    assert!(!s.iter().any(|x| x.contains("relatedness tier")));
}

#[test]
fn a_version_1_dataset_shows_the_new_rows_as_not_in_this_dataset() {
    let mut ix = index();
    ix.schema_version = 1;
    let mut a = loan_officers();
    a.schema_version = 1;
    a.tasks = None;
    a.related = None;
    a.interests = None;
    a.work_values = None;
    let c = compare(&ix, &a, &loan_clerks(), Place::National);
    for (section, id) in [
        (SectionId::Work, RowId::CoreTasks),
        (SectionId::Related, RowId::RelatedOccupations),
        (SectionId::Interests, RowId::InterestCode),
        (SectionId::Overview, RowId::TopWorkValues),
    ] {
        let cell = &c.section(section).row(id).unwrap().cells[0];
        assert_eq!(
            cell.missing_reason.as_deref(),
            Some(NOT_IN_THIS_DATASET),
            "{id:?}"
        );
    }
    // and the figures version 1 has are unaffected
    assert_eq!(
        c.section(SectionId::Overview)
            .row(RowId::YearlySalary)
            .unwrap()
            .cells[0]
            .text,
        "$76,690"
    );
}

//! Host tests of the comparison tables, gauges and summary against a synthetic fixture.

mod fixture;

use career_comparison::comparison::Place;
use career_comparison::comparison::MISSING;
use career_comparison::{compare, summary, RowId, SectionId, Side};
use fixture::*;

#[test]
fn sections_have_the_exact_captions_in_order() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let captions: Vec<&str> = c.sections.iter().map(|s| s.id.caption()).collect();
    assert_eq!(
        captions,
        [
            "Overview",
            "Pay",
            "Education",
            "Demographics",
            "Skills",
            "What they do",
            "Interests and work values",
            "Related occupations"
        ]
    );
    let labels: Vec<&str> = c
        .section(SectionId::Overview)
        .rows
        .iter()
        .map(|r| r.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Yearly salary",
            "Hourly rate",
            "Growth rate",
            "Number of jobs",
            "Job openings per year",
            "Most common degree",
            "Median age",
            "Work experience",
            "Time to become",
            "What it offers most (O*NET Work Values)",
            // no public source: after the rows with figures
            "Job satisfaction"
        ]
    );
}

#[test]
fn overview_values_and_better_markers() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let o = c.section(SectionId::Overview);
    let yearly = o.row(RowId::YearlySalary).unwrap();
    assert_eq!(yearly.cells[0].text, "$76,690");
    assert_eq!(yearly.cells[1].text, "$50,000");
    assert_eq!(yearly.better, Some(Side::A));
    let hourly = o.row(RowId::HourlyRate).unwrap();
    assert_eq!(hourly.cells[0].text, "$36.87");
    assert_eq!(hourly.cells[1].text, MISSING);
    assert_eq!(
        hourly.cells[1].missing_reason.as_deref(),
        Some("BLS publishes annual wages only for this occupation (synthetic).")
    );
    assert_eq!(hourly.better, None);
    let growth = o.row(RowId::GrowthRate).unwrap();
    assert_eq!(growth.cells[0].text, "+1.7%");
    assert_eq!(growth.cells[1].text, "\u{2212}3.0%");
    assert_eq!(growth.better, Some(Side::A));
    assert_eq!(o.row(RowId::NumberOfJobs).unwrap().cells[0].text, "274,330");
    let openings = o.row(RowId::JobOpenings).unwrap();
    assert_eq!(
        openings.cells.each_ref().map(|c| c.text.as_str()),
        ["20,300", "18,000"]
    );
    assert_eq!(openings.better, Some(Side::A));
    let sat = o.row(RowId::JobSatisfaction).unwrap();
    assert_eq!(
        sat.cells[0].missing_reason.as_deref(),
        Some("No public source publishes job satisfaction by occupation.")
    );
    assert_eq!(
        o.row(RowId::MostCommonDegree).unwrap().cells[0].text,
        "Bachelor's degree, 42.3%"
    );
    // the parent key "demographics" explains the missing median age
    assert_eq!(
        o.row(RowId::MedianAge).unwrap().cells[1]
            .missing_reason
            .as_deref(),
        Some("The survey does not report this occupation separately (synthetic).")
    );
    assert_eq!(
        o.row(RowId::TimeToBecome).unwrap().cells[0].text,
        "4–5 years (estimate)"
    );
    // a figure absent without any reason still says something
    assert_eq!(
        o.row(RowId::MostCommonDegree).unwrap().cells[1]
            .missing_reason
            .as_deref(),
        Some(career_comparison::comparison::UNKNOWN_REASON)
    );
}

#[test]
fn demographics_never_have_a_better_side() {
    let c = compare(
        &index(),
        &loan_officers(),
        &loan_officers(),
        Place::National,
    );
    assert!(c
        .section(SectionId::Demographics)
        .rows
        .iter()
        .all(|r| r.better.is_none()));
    // equal values: no better side either
    assert!(c
        .section(SectionId::Overview)
        .rows
        .iter()
        .all(|r| r.better.is_none()));
}

#[test]
fn pay_section_rows() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let pay = c.section(SectionId::Pay);
    let labels: Vec<&str> = pay.rows.iter().map(|r| r.label).collect();
    assert_eq!(
        labels,
        [
            "Median salary",
            "Mean salary",
            "Salary range (10th–90th percentile)",
            "Highest-paying state",
            "Highest-paying metro area",
            "Best-paying industry",
            "Best-paying company"
        ]
    );
    assert_eq!(pay.row(RowId::MeanSalary).unwrap().cells[0].text, "$87,790");
    assert_eq!(
        pay.row(RowId::SalaryRange).unwrap().cells[0].text,
        "$40,000 – $150,000"
    );
    assert_eq!(
        pay.row(RowId::TopState).unwrap().cells[0].text,
        "New York ($99,000)"
    );
    assert!(pay.row(RowId::TopState).unwrap().cells[1].is_missing());
    assert_eq!(pay.sources, ["oews-2025", "oews-2025-state"]);
    assert!(!pay.uses_onet);
}

#[test]
fn top_coded_wages_render_as_lower_bounds() {
    let mut a = loan_officers();
    let mut b = loan_clerks();
    for p in [&mut a, &mut b] {
        p.pay.as_mut().unwrap().national.annual.median = Some(Wage {
            usd: 239_200.0,
            at_least: true,
        });
    }
    let c = compare(&index(), &a, &b, Place::National);
    let row = c
        .section(SectionId::Overview)
        .row(RowId::YearlySalary)
        .unwrap();
    assert_eq!(row.cells[0].text, "$239,200 or more");
    assert_eq!(row.better, None);
    let s = summary(&index(), &a, &b, Place::National);
    assert!(s[0].contains("$239,200 or more"), "{}", s[0]);
    assert!(s[0].contains("not known"), "{}", s[0]);
}
use career_schema::Wage;

#[test]
fn state_pay_with_fallback_note() {
    let ix = index();
    let c = compare(
        &ix,
        &loan_officers(),
        &loan_clerks(),
        Place::state(&ix, "MD"),
    );
    assert_eq!(c.place.as_deref(), Some("Maryland"));
    let yearly = c
        .section(SectionId::Overview)
        .row(RowId::YearlySalary)
        .unwrap();
    assert_eq!(yearly.cells[0].text, "$80,000");
    assert_eq!(yearly.cells[0].note, None);
    assert_eq!(yearly.cells[1].text, "$50,000");
    assert_eq!(
        yearly.cells[1].note.as_deref(),
        Some("BLS publishes no Maryland median for Loan Interviewers and Clerks; the national figure is shown.")
    );
    assert!(c
        .place_note
        .as_deref()
        .unwrap()
        .contains("Loan Interviewers and Clerks"));
    // unknown state codes mean national
    let c = compare(
        &ix,
        &loan_officers(),
        &loan_clerks(),
        Place::state(&ix, "ZZ"),
    );
    assert!(c.place.is_none());
    assert_eq!(
        c.section(SectionId::Overview)
            .row(RowId::YearlySalary)
            .unwrap()
            .cells[0]
            .text,
        "$76,690"
    );
}

#[test]
fn onet_sections_are_flagged_for_attribution() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    assert!(c.section(SectionId::Skills).uses_onet);
    assert!(c.section(SectionId::Work).uses_onet);
    assert!(!c.section(SectionId::Demographics).uses_onet);
    let skills = c.section(SectionId::Skills);
    assert_eq!(
        skills.row(RowId::TopSkills).unwrap().cells[0].text,
        "Active Listening, Speaking, Reading Comprehension, Judgment"
    );
    assert_eq!(
        skills.row(RowId::TopSkills).unwrap().cells[1]
            .missing_reason
            .as_deref(),
        Some("O*NET has not rated this occupation's skills (synthetic).")
    );
}

#[test]
fn demographics_text_and_broader_group_note() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let d = c.section(SectionId::Demographics);
    assert_eq!(
        d.row(RowId::GenderRatio).unwrap().cells[0].text,
        "Women 50.0%, men 50.0%"
    );
    assert_eq!(
        d.row(RowId::RaceShares).unwrap().cells[0].text,
        "White 80.0%, Black or African American 10.0%, Asian 6.0%, Hispanic or Latino 12.0%"
    );
    assert!(d.row(RowId::MedianAge).unwrap().cells[0]
        .note
        .as_deref()
        .unwrap()
        .contains("Credit counselors"));
}

#[test]
fn gauges_share_scales() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let g = &c.gauges;
    assert_eq!(g.pay.max, 100_000.0);
    assert_eq!(g.pay.bars[0].as_ref().unwrap().text, "$76,690 a year");
    assert_eq!(g.jobs.max, 500_000.0);
    assert_eq!(g.salary_range.max, 200_000.0);
    let r = g.salary_range.ranges[0].as_ref().unwrap();
    assert_eq!(r.p10_at, 0.2);
    assert_eq!(r.p90_at, 0.75);
    assert_eq!(r.text, "$40,000 to $150,000; median $76,690");
    assert_eq!(g.growth.extent, 5.0);
    assert_eq!(g.gender[0].as_ref().unwrap().segments.len(), 2);
    assert!(g.gender[1].is_none());
    assert_eq!(g.attainment[0].as_ref().unwrap().segments.len(), 7);
    let white = &g.race.groups[0].as_ref().unwrap().meters[0];
    assert_eq!(
        (white.name.as_str(), white.text.as_str()),
        ("White", "80.0%")
    );
    assert!((white.fraction - 0.8).abs() < 1e-12);
    assert_eq!((g.race.min, g.race.max), (0.0, 100.0));
}

#[test]
fn summary_prose() {
    let s = summary(&index(), &loan_officers(), &loan_clerks(), Place::National);
    assert_eq!(
        s[0],
        "Loan Officers earn a median $76,690 a year, $26,690 (53.4%) more than Loan Interviewers and Clerks ($50,000)."
    );
    assert!(
        s[1].starts_with("Preparing to work as Loan Officers takes an estimated 4–5 years; as Loan Interviewers and Clerks, 1–3 months."),
        "{}",
        s[1]
    );
    assert!(s[1].contains("estimates"));
    assert_eq!(
        s[2],
        "Employment of Loan Officers is projected to grow 1.7% over 2024–34, while employment of Loan Interviewers and Clerks is projected to decline 3.0% over 2024–34."
    );
    assert_eq!(
        s[3],
        "The top skills of Loan Officers are Active Listening, Speaking and Reading Comprehension. O*NET has not rated the skills of Loan Interviewers and Clerks."
    );
    let ix = index();
    let s = summary(
        &ix,
        &loan_clerks(),
        &loan_officers(),
        Place::state(&ix, "MD"),
    );
    // the fixture's Maryland figures exist for Loan Officers only: no comparison across places
    assert_eq!(
        s[0],
        "BLS publishes no Maryland median for Loan Interviewers and Clerks; nationally they earn a median $50,000 a year. In Maryland, Loan Officers earn a median $80,000 a year."
    );
}

#[test]
fn summary_handles_missing_pay() {
    let mut b = loan_clerks();
    b.pay = None;
    let s = summary(&index(), &loan_officers(), &b, Place::National);
    assert_eq!(
        s[0],
        "Loan Officers earn a median $76,690 a year; this dataset has no median pay for Loan Interviewers and Clerks."
    );
}

#[test]
fn a_bidi_override_in_a_title_is_isolated_in_the_summary() {
    let ix = fixture::index();
    let mut a = fixture::loan_officers();
    a.title = "\u{202E}Officers".into();
    let b = fixture::loan_clerks();
    let prose = career_comparison::summary(&ix, &a, &b, Place::National);
    assert!(
        prose[0].contains("\u{2068}\u{202E}Officers\u{2069}"),
        "{}",
        prose[0]
    );
}

#[test]
fn seed_page_education_rows_without_a_public_source_show_their_reason() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    let edu = c.section(SectionId::Education);
    for id in [RowId::CommonMajor, RowId::CommonCollege] {
        let row = edu.row(id).unwrap();
        for cell in &row.cells {
            assert_eq!(cell.text, MISSING, "{id:?}");
        }
    }
    assert_eq!(
        edu.row(RowId::CommonMajor).unwrap().cells[1]
            .missing_reason
            .as_deref(),
        Some("No public table of college major by occupation (synthetic).")
    );
}

#[test]
fn the_time_to_become_basis_is_footnoted_on_its_own_row_only() {
    let a = loan_officers();
    let basis = a.time_to_become.as_ref().unwrap().basis.clone();
    let c = compare(&index(), &a, &loan_clerks(), Place::National);
    let row = c
        .section(SectionId::Overview)
        .row(RowId::TimeToBecome)
        .unwrap();
    assert_eq!(row.cells[0].note.as_deref(), Some(basis.as_str()));
    assert_eq!(row.cells[1].note.as_deref(), Some("synthetic"));
    for s in &c.sections {
        for r in s.rows.iter().filter(|r| r.id != RowId::TimeToBecome) {
            for cell in &r.cells {
                assert_ne!(cell.note.as_deref(), Some(basis.as_str()), "{:?}", r.id);
                assert_ne!(cell.note.as_deref(), Some("synthetic"), "{:?}", r.id);
            }
        }
    }
}

#[test]
fn rows_are_found_by_id_in_every_section_that_lists_them() {
    let c = compare(&index(), &loan_officers(), &loan_clerks(), Place::National);
    for s in &c.sections {
        let ids: Vec<RowId> = s.rows.iter().map(|r| r.id).collect();
        assert_eq!(ids, s.id.rows(), "{:?}", s.id);
        for r in &s.rows {
            assert_eq!(r.label, r.id.label());
        }
    }
    // one figure, two tables
    let age = |id| {
        c.section(id).row(RowId::MedianAge).unwrap().cells[0]
            .text
            .clone()
    };
    assert_eq!(age(SectionId::Overview), age(SectionId::Demographics));
}

#[test]
fn demographics_never_have_a_better_side_even_when_they_differ() {
    let a = loan_officers();
    let mut b = loan_officers();
    b.code = "99-9999".into();
    b.title = "Other Officers".into();
    let d = b.demographics.as_mut().unwrap();
    d.median_age = Some(30.0);
    d.women_pct = Some(80.0);
    d.white_pct = Some(50.0);
    let c = compare(&index(), &a, &b, Place::National);
    let demo = c.section(SectionId::Demographics);
    for id in [RowId::MedianAge, RowId::GenderRatio, RowId::RaceShares] {
        let row = demo.row(id).unwrap();
        assert_ne!(row.cells[0].text, row.cells[1].text, "{id:?} differs");
        assert_eq!(row.better, None, "{id:?}");
    }
    assert_eq!(
        c.section(SectionId::Overview)
            .row(RowId::MedianAge)
            .unwrap()
            .better,
        None
    );
}

#[test]
fn equal_values_have_no_better_side() {
    let c = compare(
        &index(),
        &loan_officers(),
        &loan_officers(),
        Place::National,
    );
    assert!(c
        .sections
        .iter()
        .flat_map(|s| &s.rows)
        .all(|r| r.better.is_none()));
}

#[test]
fn summary_of_equal_pay() {
    let mut b = loan_clerks();
    b.pay = loan_officers().pay;
    let s = summary(&index(), &loan_officers(), &b, Place::National);
    assert_eq!(
        s[0],
        "Loan Officers and Loan Interviewers and Clerks earn the same median pay: $76,690 a year."
    );
}

#[test]
fn summary_with_pay_on_the_first_side_missing() {
    let mut a = loan_officers();
    a.pay = None;
    let s = summary(&index(), &a, &loan_clerks(), Place::National);
    assert_eq!(
        s[0],
        "Loan Interviewers and Clerks earn a median $50,000 a year; this dataset has no median pay for Loan Officers."
    );
    let mut b = loan_clerks();
    b.pay = None;
    let s = summary(&index(), &a, &b, Place::National);
    assert_eq!(
        s[0],
        "This dataset has no median pay for Loan Officers or Loan Interviewers and Clerks."
    );
}

#[test]
fn summary_of_zero_growth() {
    let mut b = loan_clerks();
    b.jobs.as_mut().unwrap().change_pct = Some(0.0);
    let s = summary(&index(), &loan_officers(), &b, Place::National);
    assert_eq!(
        s[2],
        "Employment of Loan Officers is projected to grow 1.7% over 2024–34, while employment of Loan Interviewers and Clerks is projected to stay about the same over 2024–34."
    );
    // a change that rounds to 0.0% is "about the same", not a decline of 0.0%
    b.jobs.as_mut().unwrap().change_pct = Some(-0.04);
    let s = summary(&index(), &loan_officers(), &b, Place::National);
    assert!(
        s[2].ends_with("is projected to stay about the same over 2024–34."),
        "{}",
        s[2]
    );
    let mut a = loan_officers();
    a.jobs.as_mut().unwrap().change_pct = Some(0.0);
    let s = summary(&index(), &a, &b, Place::National);
    assert_eq!(
        s[2],
        "Employment of Loan Officers is projected to stay about the same over 2024–34, and employment of Loan Interviewers and Clerks is projected to stay about the same over 2024–34."
    );
}

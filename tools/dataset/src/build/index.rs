//! `index.json`: the sources, the attribution O*NET's licence requires, the reasons for the
//! figures no public source gives, the states and the professions.

use super::{SRC_CENSUS, SRC_CPS, SRC_EDU, SRC_EP, SRC_NEM, SRC_OEWS, SRC_ONET};
use career_schema::*;
use std::collections::BTreeMap;

/// The O*NET CC BY 4.0 notice (PROVENANCE.md) and the statement that the data are modified.
const ATTRIBUTION: [&str; 2] = [
    "This site incorporates information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
    "career-compare has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.",
];

pub fn index(
    release: &str,
    states: Vec<State>,
    areas: u64,
    professions: Vec<ProfessionSummary>,
    definitions: TextMap<String>,
) -> DatasetIndex {
    DatasetIndex {
        schema_version: SCHEMA_VERSION,
        name: "career-compare public dataset".into(),
        sources: sources_list(release),
        attribution: vec![
            ATTRIBUTION[0].to_string(),
            format!("O*NET 29.2 files used: {}.", onet_files()),
            ATTRIBUTION[1].to_string(),
        ],
        unavailable: unavailable().into(),
        states,
        areas,
        definitions,
        professions: professions.into(),
    }
}

/// The O*NET workbooks the builder reads, named as O*NET names them.
fn onet_files() -> String {
    crate::sources::ONET_FILES.join(", ")
}

fn src(
    id: &str,
    agency: &str,
    title: &str,
    vintage: &str,
    url: &str,
    license: &str,
    note: &str,
) -> Source {
    Source {
        id: id.into(),
        agency: agency.into(),
        title: title.into(),
        vintage: vintage.into(),
        url: url.into(),
        license: license.into(),
        note: Some(note.into()),
    }
}

fn sources_list(release: &str) -> Vec<Source> {
    const PD: &str = "Public domain (U.S. Government work)";
    const BLS: &str = "U.S. Bureau of Labor Statistics";
    vec![
        src(SRC_OEWS, BLS, "Occupational Employment and Wage Statistics: national, state and metropolitan cross-industry and national industry-specific estimates", release, "https://www.bls.gov/oes/", PD,
            "Wage and salary jobs only (excludes the self-employed). Wages are rounded as BLS publishes them; values marked at_least are BLS top-coded ($239,200 a year or $115.00 an hour). Read from a SQLite repackaging of the BLS flat files (oe.data.0.Current and companions, release 2025A01)."),
        src(SRC_EP, BLS, "Employment Projections, Table 1.2: Occupational projections and worker characteristics", "2024–34", "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm", PD,
            "Projected change and openings over 2024–34, and typical entry education, related work experience and on-the-job training. Its employment counts include the self-employed, so they differ from OEWS."),
        src(SRC_EDU, BLS, "Employment Projections, Table 5.3: Educational attainment for workers 25 years and older by detailed occupation", "2018–19", "https://www.bls.gov/emp/tables/educational-attainment.htm", PD,
            "Older vintage (2020–30 projections cycle, ACS 2018–19 data) keyed by 2020 National Employment Matrix codes; where a profession has no row of its own, the row of the group containing it is used and named in attainment.group."),
        src(SRC_CPS, BLS, "Current Population Survey, annual averages: tables 11 (sex, race, Hispanic or Latino ethnicity) and 11b (median age) by detailed occupation", "2025", "https://www.bls.gov/cps/cpsaat11.htm", PD,
            "Household survey of employed people in their main job; rows are Census occupations, often broader than one SOC occupation (demographics.broader_group). 2025 figures are 11-month averages (October 2025 not collected). Table 11 was read from a CSV parsed from the BLS HTML table. Figures for groups under 50,000 are not published."),
        src(SRC_CENSUS, "U.S. Census Bureau", "2018 Census Occupation Code List and Crosswalk", "2018", "https://www.census.gov/topics/employment/industry-occupation/guidance/code-lists.html", PD,
            "Links CPS occupation titles (2018 Census codes) to 2018 SOC codes."),
        src(SRC_NEM, BLS, "American Community Survey to National Employment Matrix occupation crosswalk", "2019 NEM", "https://www.bls.gov/emp/documentation/crosswalks.htm", PD,
            "Used where the Census code list has no single code for a SOC occupation, and to find the 2020 NEM attainment row of a SOC occupation."),
        src(SRC_ONET, "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)", &format!("O*NET 29.2 Database: {}", onet_files()), "29.2 (February 2025)", "https://www.onetcenter.org/database.html", "CC BY 4.0",
            "Modified by career-compare: O*NET-SOC codes merged to 6-digit SOC codes, ratings of member codes averaged for combined codes, lists cut to the top entries, related occupations mapped to the dataset's professions, element definitions cut to their first sentence. Tasks, interests and work values are kept per O*NET occupation, never averaged. Some occupations (e.g. 15-1252 Software Developers) have no Skills or Knowledge ratings in 29.2."),
    ]
}

fn unavailable() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert(
        FieldKey::JobSatisfaction.as_str().into(),
        "No public agency source publishes job satisfaction by detailed occupation.".into(),
    );
    m.insert(FieldKey::LgbtShare.as_str().into(), "BLS and the Census Bureau do not publish the LGBT share of workers by detailed occupation.".into());
    m.insert(FieldKey::CommonMajor.as_str().into(), "No ready-made public table of college major by detailed occupation was found (it would need an ACS microdata tabulation).".into());
    m.insert(
        FieldKey::CommonCollege.as_str().into(),
        "No public agency source publishes the colleges workers attended by occupation.".into(),
    );
    m.insert(
        FieldKey::BestPayingCompany.as_str().into(),
        "Public wage statistics are not published by employer.".into(),
    );
    m
}

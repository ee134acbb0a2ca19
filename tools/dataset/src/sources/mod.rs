//! Loaders for the raw source files, one module per agency file or set. Each returns plain
//! data; the rules that combine them live in `build/`.

mod cps;
mod crosswalks;
mod ep;
mod oews;
mod onet;
mod onet_work;

pub use cps::*;
pub use crosswalks::*;
pub use ep::*;
pub use oews::*;
pub use onet::*;
pub use onet_work::*;

pub const OEWS_FILE: &str = "oews/oews-2025.sqlite.gz";
pub const EP_FILE: &str = "ep/occupation_2024-34.xlsx";
pub const EP_EDU_FILE: &str = "ep/education_2020-30.xlsx";
pub const CPS11_FILE: &str = "cps/cpsaat11_2025_parsed_from_bls_html.csv";
pub const CPS11B_FILE: &str = "cps/cpsaat11b_2025.xlsx";
pub const CENSUS_FILE: &str = "crosswalks/2018-occupation-code-list-and-crosswalk.xlsx";
pub const NEM_ACS_FILE: &str = "crosswalks/nem-occcode-acs-crosswalk_2019NEM.xlsx";
pub const ONET_DIR: &str = "onet/29.2_excel";
/// The O*NET workbooks read (without ".xlsx").
pub const ONET_FILES: [&str; 16] = [
    "Occupation Data",
    "Alternate Titles",
    "Sample of Reported Titles",
    "Skills",
    "Knowledge",
    "Job Zones",
    "Job Zone Reference",
    "Technology Skills",
    "Task Statements",
    "Emerging Tasks",
    "Related Occupations",
    "Interests",
    "Work Values",
    "Work Styles",
    "Tools Used",
    "Content Model Reference",
];

//! The dataset's types: what `index.json`, `professions/{code}.json` and `titles.json` hold.
//!
//! Every figure group names the source it comes from (`source`, an id into
//! [`DatasetIndex::sources`]). A figure that is absent is `None` (or an absent JSON key) and,
//! where the reason is specific to the profession, [`Profession::missing`] says why; reasons
//! that hold for every profession live in [`DatasetIndex::unavailable`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

/// `index.json`: what the widget needs before it can show any comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatasetIndex {
    /// Must equal [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// A human name for the dataset, e.g. "career-compare public dataset".
    pub name: String,
    /// Every source any figure comes from.
    pub sources: Vec<Source>,
    /// Attribution text that must be shown wherever the data is used (O*NET's CC BY 4.0 notice).
    #[serde(default)]
    pub attribution: Vec<String>,
    /// Reasons for figures that no profession in this dataset has, keyed by [`FieldKey`] text
    /// (e.g. "job_satisfaction": "No public source publishes job satisfaction by occupation.").
    #[serde(default)]
    pub unavailable: TextMap<String>,
    /// The places pay can be shown for, besides the nation.
    #[serde(default)]
    pub states: Vec<State>,
    /// Every profession, sorted by code; codes are unique.
    pub professions: ProfessionList,
}

/// A JSON object keyed by text, its keys in ascending order: what a `BTreeMap<String, T>`
/// was here (the same JSON, the same JSON Schema), as a sorted list, since these maps hold a
/// few dozen entries at most and a B-tree's code is a large part of the wasm.
#[derive(Clone, PartialEq)]
pub struct TextMap<T>(Vec<(String, T)>);

impl<T> Default for TextMap<T> {
    fn default() -> Self {
        TextMap(Vec::new())
    }
}

impl<T> TextMap<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn at(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.at(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.at(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: String, value: T) -> Option<T> {
        match self.at(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// Keeps the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &T) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
}

impl<'a, T> IntoIterator for &'a TextMap<T> {
    type Item = (&'a String, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, T)>,
        fn(&'a (String, T)) -> (&'a String, &'a T),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// A repeated key keeps its last value, as in a `BTreeMap`.
impl<T> FromIterator<(String, T)> for TextMap<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(items: I) -> Self {
        let mut m = TextMap::new();
        for (k, v) in items {
            m.insert(k, v);
        }
        m
    }
}

impl<T, const N: usize> From<[(String, T); N]> for TextMap<T> {
    fn from(items: [(String, T); N]) -> Self {
        items.into_iter().collect()
    }
}

impl<T> From<BTreeMap<String, T>> for TextMap<T> {
    fn from(m: BTreeMap<String, T>) -> Self {
        // already in key order, without duplicates
        TextMap(m.into_iter().collect())
    }
}

impl<T: fmt::Debug> fmt::Debug for TextMap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<T: Serialize> Serialize for TextMap<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for TextMap<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        BTreeMap::<String, T>::deserialize(d).map(TextMap::from)
    }
}

#[cfg(feature = "json-schema")]
impl<T: JsonSchema> JsonSchema for TextMap<T> {
    fn inline_schema() -> bool {
        <BTreeMap<String, T>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, T>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, T>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, T>>::json_schema(generator)
    }
}

/// One source of figures: an agency table at a vintage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id the figure groups refer to, e.g. "oews-2025".
    pub id: String,
    /// e.g. "U.S. Bureau of Labor Statistics".
    pub agency: String,
    /// e.g. "Occupational Employment and Wage Statistics, national cross-industry estimates".
    pub title: String,
    /// e.g. "May 2025".
    pub vintage: String,
    pub url: String,
    /// e.g. "Public domain (U.S. Government work)" or "CC BY 4.0".
    pub license: String,
    /// Caveats a reader should know (different universe, older vintage, modified data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A U.S. state (or DC, territory) that pay can be shown for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct State {
    /// USPS code, e.g. "MD"; used in deep links.
    pub code: String,
    /// 2-digit FIPS code, e.g. "24".
    pub fips: String,
    pub name: String,
}

/// One line of the index: enough to list, search by title and deep-link a profession.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfessionSummary {
    /// 6-digit SOC code with hyphen, e.g. "13-2072"; the detail file is `professions/{code}.json`.
    pub code: String,
    pub title: String,
    /// URL slug, e.g. "loan-officers". Optional and no longer written (the widget does not use
    /// it; each profession file has its own `slug`); datasets that have it still decode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// The professions of an index: each one's code, title and slug (if any) one after another in
/// one text buffer, not a `String` each, so decoding `index.json` allocates a few buffers
/// instead of 1,700 strings. Read them as [`ProfessionEntry`] views ([`ProfessionList::iter`],
/// [`ProfessionList::get`]). Its JSON is that of a `Vec<ProfessionSummary>` (serde reads and
/// writes it through that type, and its JSON Schema is that type's).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfessionList {
    text: String,
    entries: Vec<EntryEnds>,
    /// Some code is not a SOC code, some title is blank, or the codes do not ascend: what
    /// [`crate::validate::index`] then looks at entry by entry. Kept by [`ProfessionList::push`]
    /// while the texts are at hand, so validating a regular list (the usual case) is one test.
    irregular: bool,
}

/// Where one profession's texts end in [`ProfessionList::text`] (each starts where the one
/// before ends; the code where the previous entry's slug ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct EntryEnds {
    code: u32,
    title: u32,
    slug: u32,
    has_slug: bool,
}

/// One profession of a [`ProfessionList`]: the fields of a [`ProfessionSummary`], borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfessionEntry<'a> {
    /// 6-digit SOC code with hyphen, e.g. "13-2072"; the detail file is `professions/{code}.json`.
    pub code: &'a str,
    pub title: &'a str,
    /// URL slug, if the dataset still writes one (the widget does not use it).
    pub slug: Option<&'a str>,
}

impl ProfessionList {
    /// An empty list whose text buffer holds `bytes` without growing.
    pub fn with_text_capacity(bytes: usize) -> Self {
        ProfessionList {
            text: String::with_capacity(bytes),
            entries: Vec::new(),
            irregular: false,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// False if every code is a SOC code, every title has a non-space character and the codes
    /// ascend (so are unique).
    pub(crate) fn is_irregular(&self) -> bool {
        self.irregular
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Appends a profession.
    pub fn push(&mut self, code: &str, title: &str, slug: Option<&str>) {
        let n = self.entries.len();
        let previous_code = match n {
            0 => None,
            1 => Some((0, self.entries[0].code)),
            _ => Some((self.entries[n - 2].slug, self.entries[n - 1].code)),
        }
        .and_then(|(from, to)| self.text.as_bytes().get(from as usize..to as usize));
        self.irregular |= !crate::is_soc_code(code)
            || crate::is_blank(title)
            || previous_code.is_some_and(|p| p >= code.as_bytes());
        let end = |text: &String| text.len() as u32;
        self.text.push_str(code);
        let code = end(&self.text);
        self.text.push_str(title);
        let title = end(&self.text);
        if let Some(slug) = slug {
            self.text.push_str(slug);
        }
        self.entries.push(EntryEnds {
            code,
            title,
            slug: end(&self.text),
            has_slug: slug.is_some(),
        });
    }

    /// The profession numbered `i` (in the list's order).
    pub fn get(&self, i: usize) -> Option<ProfessionEntry<'_>> {
        let start = match i {
            0 => 0,
            _ => self.entries.get(i - 1)?.slug,
        };
        Some(self.entry(start, self.entries.get(i)?))
    }

    /// The first profession with this code.
    pub fn find(&self, code: &str) -> Option<ProfessionEntry<'_>> {
        self.iter().find(|p| p.code == code)
    }

    /// The entry whose texts start at `start` and end at `e`.
    fn entry(&self, start: u32, e: &EntryEnds) -> ProfessionEntry<'_> {
        let [start, code, title, slug] = [start, e.code, e.title, e.slug].map(|n| n as usize);
        ProfessionEntry {
            code: &self.text[start..code],
            title: &self.text[code..title],
            slug: e.has_slug.then(|| &self.text[title..slug]),
        }
    }

    /// Every profession, in the list's order.
    pub fn iter(&self) -> Entries<'_> {
        Entries {
            list: self,
            ends: self.entries.iter(),
            start: 0,
        }
    }
}

/// The professions of a [`ProfessionList`] in order ([`ProfessionList::iter`]).
#[derive(Debug, Clone)]
pub struct Entries<'a> {
    list: &'a ProfessionList,
    ends: std::slice::Iter<'a, EntryEnds>,
    /// where the next entry's texts start
    start: u32,
}

impl<'a> Iterator for Entries<'a> {
    type Item = ProfessionEntry<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        let e = self.ends.next()?;
        let start = std::mem::replace(&mut self.start, e.slug);
        Some(self.list.entry(start, e))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ends.size_hint()
    }
}

impl ExactSizeIterator for Entries<'_> {}

impl<'a> IntoIterator for &'a ProfessionList {
    type Item = ProfessionEntry<'a>;
    type IntoIter = Entries<'a>;

    fn into_iter(self) -> Entries<'a> {
        self.iter()
    }
}

impl ProfessionEntry<'_> {
    /// The same profession, owned.
    pub fn to_summary(&self) -> ProfessionSummary {
        ProfessionSummary {
            code: self.code.to_string(),
            title: self.title.to_string(),
            slug: self.slug.map(String::from),
        }
    }
}

impl FromIterator<ProfessionSummary> for ProfessionList {
    fn from_iter<I: IntoIterator<Item = ProfessionSummary>>(items: I) -> Self {
        let mut out = ProfessionList::default();
        for p in items {
            out.push(&p.code, &p.title, p.slug.as_deref());
        }
        out
    }
}

impl From<Vec<ProfessionSummary>> for ProfessionList {
    fn from(items: Vec<ProfessionSummary>) -> Self {
        items.into_iter().collect()
    }
}

impl Serialize for ProfessionList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(|p| p.to_summary()))
    }
}

impl<'de> Deserialize<'de> for ProfessionList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<ProfessionSummary>::deserialize(d).map(ProfessionList::from)
    }
}

#[cfg(feature = "json-schema")]
impl JsonSchema for ProfessionList {
    fn inline_schema() -> bool {
        <Vec<ProfessionSummary>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Vec<ProfessionSummary>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <Vec<ProfessionSummary>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<ProfessionSummary>>::json_schema(generator)
    }
}

/// `professions/{code}.json`: everything shown for one profession.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profession {
    pub schema_version: u32,
    /// 6-digit SOC code, e.g. "13-2072".
    pub code: String,
    pub title: String,
    pub slug: String,
    /// The O*NET-SOC codes whose titles, description and ratings were used (e.g. ["13-2072.00"];
    /// several for codes that OEWS and EP combine, such as 31-1120).
    #[serde(default)]
    pub onet_codes: Vec<String>,
    /// What the work is (O*NET description; source in `description_source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_source: Option<String>,
    /// National pay, all industries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Pay>,
    /// Pay by state, metro and industry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_by_place: Option<PayByPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Jobs>,
    /// Typical entry requirements (EP table 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryRequirements>,
    /// Educational attainment of workers (EP table 5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attainment: Option<Attainment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<JobZone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_to_become: Option<TimeToBecome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demographics: Option<Demographics>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Skills>,
    /// Figures no public source gives; absent in the public dataset, a portal may fill them.
    #[serde(default, skip_serializing_if = "Extras::is_empty")]
    pub extras: Extras,
    /// Why a figure is absent for this profession, keyed by [`FieldKey`] text
    /// (e.g. "pay.hourly": "BLS publishes annual wages only for this occupation.").
    #[serde(default, skip_serializing_if = "TextMap::is_empty")]
    pub missing: TextMap<String>,
}

/// A wage in U.S. dollars. `at_least` marks BLS top-coded values (≥ $239,200 a year or
/// ≥ $115.00 an hour), which are lower bounds rather than the estimate itself.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Wage {
    pub usd: f64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_least: bool,
}

impl Wage {
    pub fn exact(usd: f64) -> Self {
        Wage {
            usd,
            at_least: false,
        }
    }
}

/// Annual wage distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnnualWages {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p10: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p25: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p75: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p90: Option<Wage>,
}

/// Hourly wages; absent for occupations BLS publishes annual-only (teachers and others).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HourlyWages {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<Wage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<Wage>,
}

/// Pay for one place (the nation or a state): wages and employment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WageStats {
    pub annual: AnnualWages,
    /// `None` when BLS publishes annual wages only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly: Option<HourlyWages>,
    /// OEWS employment in this place (wage and salary jobs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
}

/// National pay, all industries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub source: String,
    pub national: WageStats,
}

/// Pay by place and industry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayByPlace {
    pub source: String,
    /// Keyed by USPS state code (see [`DatasetIndex::states`]).
    #[serde(default)]
    pub states: TextMap<WageStats>,
    /// The state with the highest annual median among states meeting the employment rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_state: Option<TopPlace>,
    /// The metropolitan area with the highest annual median meeting the employment rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_metro: Option<TopPlace>,
    /// The industry with the highest annual median meeting the employment rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_industry: Option<TopPlace>,
    /// The rule that chose the tops, in words (e.g. "areas with at least 1% of national
    /// employment and at least 100 jobs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// The winner of a "highest paying" contest: a state, metro area or industry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TopPlace {
    /// State USPS code, OEWS metro area code, or NAICS code.
    pub code: String,
    pub name: String,
    pub annual_median: Wage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
}

/// Jobs now and projected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Jobs {
    /// OEWS employment (source `employment_source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_source: Option<String>,
    /// Projected employment change over the projection period, percent (EP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_pct: Option<f64>,
    /// Average annual openings over the projection period (EP, in jobs, not thousands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openings_per_year: Option<u64>,
    /// e.g. "2024–34".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projection_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projection_source: Option<String>,
}

/// Typical entry requirements (EP table 1.2 wording, e.g. "Bachelor's degree").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EntryRequirements {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    /// Work experience in a related occupation, e.g. "Less than 5 years" or "None".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<String>,
    /// Typical on-the-job training, e.g. "Moderate-term on-the-job training".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<String>,
}

/// Educational attainment of workers 25 and older.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attainment {
    pub source: String,
    /// The data's own vintage, e.g. "2018–19".
    pub vintage: String,
    /// The code and title of the row used, where it differs from the profession
    /// (e.g. "15-1256 Software developers and software quality assurance analysts and testers").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Shares in percent, from least to most education.
    pub levels: Vec<Share>,
    /// The level with the largest share.
    pub most_common: Share,
}

/// A labelled percentage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Share {
    pub label: String,
    pub pct: f64,
}

/// O*NET Job Zone (1–5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct JobZone {
    pub source: String,
    pub zone: u8,
    /// e.g. "Considerable Preparation Needed".
    pub name: String,
}

/// How long it typically takes to become one; derived, not published by any agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeToBecome {
    /// e.g. "2–4 years".
    pub label: String,
    pub min_months: u32,
    pub max_months: u32,
    /// Always true in the public dataset: the figure is derived by a rule.
    pub derived: bool,
    /// The inputs and rule, in words.
    pub basis: String,
}

/// Who does the work (CPS annual averages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Demographics {
    pub source: String,
    /// The CPS occupation row the figures describe, e.g. "Credit counselors and loan officers".
    pub cps_group: String,
    /// True when that row covers more than this SOC occupation.
    #[serde(default)]
    pub broader_group: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_age: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub women_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub white_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub black_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asian_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hispanic_pct: Option<f64>,
}

/// Skills, knowledge and technologies (O*NET).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skills {
    pub source: String,
    /// Top skills by O*NET importance (1–5), highest first; empty when not rated.
    #[serde(default)]
    pub skills: Vec<Rated>,
    /// Top knowledge areas by importance, highest first; empty when not rated.
    #[serde(default)]
    pub knowledge: Vec<Rated>,
    /// Top "hot technology" examples.
    #[serde(default)]
    pub technologies: Vec<String>,
}

/// A named O*NET element with its importance rating (1–5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rated {
    pub name: String,
    pub importance: f64,
}

/// Seed-page figures that no public source gives per occupation. Absent in the public dataset
/// (see [`DatasetIndex::unavailable`]); a portal's own dataset may fill them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Extras {
    /// Job satisfaction on a 1–5 scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_satisfaction: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lgbt_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_major: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_college: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_paying_company: Option<String>,
    /// Where a portal's extras come from (a source id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Extras {
    pub fn is_empty(&self) -> bool {
        *self == Extras::default()
    }
}

/// `titles.json`: every alternate and reported title, loaded after first paint for search.
///
/// The titles (64,000 in the public dataset) are not a `String` each: they sit one after
/// another in one text buffer, and each profession's entry holds ranges of them
/// ([`ProfessionTitles::alternate`], [`ProfessionTitles::reported`]); read them with
/// [`TitleIndex::alternate`], [`TitleIndex::reported`] or [`TitleIndex::names_of`]. Decoding
/// so allocates a few buffers instead of a string per title, and the search copies the names
/// from one place. The JSON is that of [`titles_json::TitleIndex`] (serde reads and writes it
/// through that type, and its JSON Schema is that type's).
#[derive(Debug, Clone, Default)]
pub struct TitleIndex {
    pub schema_version: u32,
    pub source: String,
    /// One entry per profession that has titles, sorted by code.
    pub professions: Vec<ProfessionTitles>,
    /// Every title of every entry, in the order they were read.
    names: TitleNames,
}

/// The other names one profession goes by, as ranges of its [`TitleIndex`]'s titles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfessionTitles {
    pub code: String,
    /// O*NET Alternate Titles.
    pub alternate: std::ops::Range<u32>,
    /// O*NET Sample of Reported Titles.
    pub reported: std::ops::Range<u32>,
}

/// Many short texts in one buffer: text `i` is `text[ends[i - 1]..ends[i]]` (from 0 for the
/// first).
#[derive(Debug, Clone, Default)]
pub(crate) struct TitleNames {
    text: String,
    ends: Vec<u32>,
}

impl TitleNames {
    pub(crate) fn with_text_capacity(bytes: usize) -> Self {
        TitleNames {
            text: String::with_capacity(bytes),
            ends: Vec::new(),
        }
    }

    pub(crate) fn len(&self) -> u32 {
        self.ends.len() as u32
    }

    /// Appends a text; its number is the [`len`](Self::len) before.
    pub(crate) fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
    }

    fn get(&self, i: u32) -> &str {
        let i = i as usize;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        &self.text[start..self.ends[i] as usize]
    }
}

impl TitleIndex {
    /// An index without entries.
    pub fn new(schema_version: u32, source: impl Into<String>) -> Self {
        TitleIndex {
            schema_version,
            source: source.into(),
            professions: Vec::new(),
            names: TitleNames::default(),
        }
    }

    /// Assembled by the decoder, which fills `names` as it reads the entries.
    pub(crate) fn from_parts(
        schema_version: u32,
        source: String,
        professions: Vec<ProfessionTitles>,
        names: TitleNames,
    ) -> Self {
        TitleIndex {
            schema_version,
            source,
            professions,
            names,
        }
    }

    /// Adds an entry for `code` with these titles.
    pub fn push<A: AsRef<str>, R: AsRef<str>>(
        &mut self,
        code: impl Into<String>,
        alternate: impl IntoIterator<Item = A>,
        reported: impl IntoIterator<Item = R>,
    ) {
        let a0 = self.names.len();
        for t in alternate {
            self.names.push(t.as_ref());
        }
        let a1 = self.names.len();
        for t in reported {
            self.names.push(t.as_ref());
        }
        self.professions.push(ProfessionTitles {
            code: code.into(),
            alternate: a0..a1,
            reported: a1..self.names.len(),
        });
    }

    /// The titles numbered `ids` (a range from an entry).
    pub fn names(&self, ids: std::ops::Range<u32>) -> impl ExactSizeIterator<Item = &str> + '_ {
        ids.map(move |i| self.names.get(i))
    }

    /// An entry's alternate titles.
    pub fn alternate<'a>(
        &'a self,
        e: &ProfessionTitles,
    ) -> impl ExactSizeIterator<Item = &'a str> + 'a {
        self.names(e.alternate.clone())
    }

    /// An entry's reported titles.
    pub fn reported<'a>(
        &'a self,
        e: &ProfessionTitles,
    ) -> impl ExactSizeIterator<Item = &'a str> + 'a {
        self.names(e.reported.clone())
    }

    /// An entry's alternate, then reported titles.
    pub fn names_of<'a>(&'a self, e: &ProfessionTitles) -> impl Iterator<Item = &'a str> + 'a {
        self.alternate(e).chain(self.reported(e))
    }

    /// Number of titles of all entries.
    pub fn name_count(&self) -> usize {
        self.names.ends.len()
    }

    /// Bytes of all titles together.
    pub fn name_bytes(&self) -> usize {
        self.names.text.len()
    }
}

/// Equal when they hold the same entries with the same titles (however the titles are laid
/// out in the buffer).
impl PartialEq for TitleIndex {
    fn eq(&self, other: &Self) -> bool {
        self.schema_version == other.schema_version
            && self.source == other.source
            && self.professions.len() == other.professions.len()
            && self
                .professions
                .iter()
                .zip(&other.professions)
                .all(|(a, b)| {
                    a.code == b.code
                        && self.alternate(a).eq(other.alternate(b))
                        && self.reported(a).eq(other.reported(b))
                })
    }
}

impl From<titles_json::TitleIndex> for TitleIndex {
    fn from(t: titles_json::TitleIndex) -> Self {
        let mut out = TitleIndex::new(t.schema_version, t.source);
        for e in t.professions {
            out.push(e.code, e.alternate, e.reported);
        }
        out
    }
}

impl From<&TitleIndex> for titles_json::TitleIndex {
    fn from(t: &TitleIndex) -> Self {
        titles_json::TitleIndex {
            schema_version: t.schema_version,
            source: t.source.clone(),
            professions: t
                .professions
                .iter()
                .map(|e| titles_json::ProfessionTitles {
                    code: e.code.clone(),
                    alternate: t.alternate(e).map(String::from).collect(),
                    reported: t.reported(e).map(String::from).collect(),
                })
                .collect(),
        }
    }
}

impl Serialize for TitleIndex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        titles_json::TitleIndex::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for TitleIndex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        titles_json::TitleIndex::deserialize(d).map(TitleIndex::from)
    }
}

#[cfg(feature = "json-schema")]
impl JsonSchema for TitleIndex {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        titles_json::TitleIndex::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        titles_json::TitleIndex::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        titles_json::TitleIndex::json_schema(generator)
    }
}

/// `titles.json` as its JSON has it, a `String` per title: what serde writes and reads (the
/// dataset builder, tests) and what the JSON Schema describes; [`super::TitleIndex`] converts
/// from and to it.
pub mod titles_json {
    use super::*;

    /// `titles.json`: every alternate and reported title, loaded after first paint for search.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "json-schema", derive(JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct TitleIndex {
        pub schema_version: u32,
        pub source: String,
        /// One entry per profession that has titles, sorted by code.
        pub professions: Vec<ProfessionTitles>,
    }

    /// The other names one profession goes by.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "json-schema", derive(JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct ProfessionTitles {
        pub code: String,
        /// O*NET Alternate Titles.
        #[serde(default)]
        pub alternate: Vec<String>,
        /// O*NET Sample of Reported Titles.
        #[serde(default)]
        pub reported: Vec<String>,
    }
}

/// Names of figures, used as keys of [`Profession::missing`] and [`DatasetIndex::unavailable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKey {
    Description,
    Pay,
    PayHourly,
    PayByPlace,
    TopState,
    TopMetro,
    TopIndustry,
    Jobs,
    Growth,
    Openings,
    Entry,
    Attainment,
    JobZone,
    TimeToBecome,
    Demographics,
    MedianAge,
    Women,
    Race,
    Skills,
    Knowledge,
    Technologies,
    JobSatisfaction,
    LgbtShare,
    CommonMajor,
    CommonCollege,
    BestPayingCompany,
}

impl FieldKey {
    /// Every key, in display order.
    pub const ALL: [FieldKey; 26] = [
        FieldKey::Description,
        FieldKey::Pay,
        FieldKey::PayHourly,
        FieldKey::PayByPlace,
        FieldKey::TopState,
        FieldKey::TopMetro,
        FieldKey::TopIndustry,
        FieldKey::Jobs,
        FieldKey::Growth,
        FieldKey::Openings,
        FieldKey::Entry,
        FieldKey::Attainment,
        FieldKey::JobZone,
        FieldKey::TimeToBecome,
        FieldKey::Demographics,
        FieldKey::MedianAge,
        FieldKey::Women,
        FieldKey::Race,
        FieldKey::Skills,
        FieldKey::Knowledge,
        FieldKey::Technologies,
        FieldKey::JobSatisfaction,
        FieldKey::LgbtShare,
        FieldKey::CommonMajor,
        FieldKey::CommonCollege,
        FieldKey::BestPayingCompany,
    ];

    /// The key as written in the JSON maps.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKey::Description => "description",
            FieldKey::Pay => "pay",
            FieldKey::PayHourly => "pay.hourly",
            FieldKey::PayByPlace => "pay_by_place",
            FieldKey::TopState => "pay_by_place.top_state",
            FieldKey::TopMetro => "pay_by_place.top_metro",
            FieldKey::TopIndustry => "pay_by_place.top_industry",
            FieldKey::Jobs => "jobs",
            FieldKey::Growth => "jobs.change_pct",
            FieldKey::Openings => "jobs.openings_per_year",
            FieldKey::Entry => "entry",
            FieldKey::Attainment => "attainment",
            FieldKey::JobZone => "job_zone",
            FieldKey::TimeToBecome => "time_to_become",
            FieldKey::Demographics => "demographics",
            FieldKey::MedianAge => "demographics.median_age",
            FieldKey::Women => "demographics.women_pct",
            FieldKey::Race => "demographics.race",
            FieldKey::Skills => "skills.skills",
            FieldKey::Knowledge => "skills.knowledge",
            FieldKey::Technologies => "skills.technologies",
            FieldKey::JobSatisfaction => "extras.job_satisfaction",
            FieldKey::LgbtShare => "extras.lgbt_pct",
            FieldKey::CommonMajor => "extras.common_major",
            FieldKey::CommonCollege => "extras.common_college",
            FieldKey::BestPayingCompany => "extras.best_paying_company",
        }
    }

    /// The key whose reason also covers this one (e.g. "demographics" covers "demographics.women_pct").
    pub fn parent(self) -> Option<FieldKey> {
        use FieldKey::*;
        match self {
            PayHourly => Some(Pay),
            TopState | TopMetro | TopIndustry => Some(PayByPlace),
            Growth | Openings => Some(Jobs),
            MedianAge | Women | Race => Some(Demographics),
            _ => None,
        }
    }
}

impl Profession {
    /// Why `key` is absent for this profession: its own reason, its parent's, or the dataset's.
    pub fn missing_reason<'a>(&'a self, index: &'a DatasetIndex, key: FieldKey) -> Option<&'a str> {
        let mut k = Some(key);
        while let Some(cur) = k {
            if let Some(r) = self.missing.get(cur.as_str()) {
                return Some(r);
            }
            if let Some(r) = index.unavailable.get(cur.as_str()) {
                return Some(r);
            }
            k = cur.parent();
        }
        None
    }
}

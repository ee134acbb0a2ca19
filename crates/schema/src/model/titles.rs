//! `titles.json`: every alternate and reported title, for search.

use super::ObjectFields;
use crate::from_json::{field, field_by, fields, items, required, FromJson};
use crate::json::{self, Reader};
use serde::{Deserialize, Serialize};

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

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
    /// The titles of the profession's O*NET detailed occupations whose title is not the
    /// profession's own (its specialties, or the members of an aggregate or "All Other").
    pub detailed: Vec<DetailedTitles>,
}

/// One O*NET detailed occupation of a profession, and its titles, as title numbers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetailedTitles {
    /// The detailed occupation's O*NET title.
    pub title: u32,
    pub alternate: std::ops::Range<u32>,
    pub reported: std::ops::Range<u32>,
}

/// Many short texts in one buffer: text `i` is `text[ends[i - 1]..ends[i]]` (from 0 for the
/// first).
#[derive(Debug, Clone, Default)]
struct TitleNames {
    text: String,
    ends: Vec<u32>,
}

impl TitleNames {
    fn with_text_capacity(bytes: usize) -> Self {
        TitleNames {
            text: String::with_capacity(bytes),
            ends: Vec::new(),
        }
    }

    fn len(&self) -> u32 {
        self.ends.len() as u32
    }

    /// Appends a text; its number is the [`len`](Self::len) before.
    fn push(&mut self, s: &str) {
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
    fn from_parts(
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
            detailed: Vec::new(),
        });
    }

    /// Adds a detailed occupation with these titles to the last entry (pushed first).
    pub fn push_detailed<A: AsRef<str>, R: AsRef<str>>(
        &mut self,
        title: &str,
        alternate: impl IntoIterator<Item = A>,
        reported: impl IntoIterator<Item = R>,
    ) {
        let t = self.names.len();
        self.names.push(title);
        let a0 = self.names.len();
        for x in alternate {
            self.names.push(x.as_ref());
        }
        let a1 = self.names.len();
        for x in reported {
            self.names.push(x.as_ref());
        }
        let d = DetailedTitles {
            title: t,
            alternate: a0..a1,
            reported: a1..self.names.len(),
        };
        self.professions
            .last_mut()
            .expect("push_detailed after push")
            .detailed
            .push(d);
    }

    /// The title numbered `i`.
    pub fn name(&self, i: u32) -> &str {
        self.names.get(i)
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

    /// An entry's alternate, then reported titles, then each detailed occupation's title,
    /// alternate and reported titles.
    pub fn names_of<'a>(&'a self, e: &'a ProfessionTitles) -> impl Iterator<Item = &'a str> + 'a {
        self.names_with_detailed(e).map(|(t, _)| t)
    }

    /// As [`names_of`](Self::names_of), each with the title of the detailed occupation it
    /// belongs to (`None` for the profession's own).
    pub fn names_with_detailed<'a>(
        &'a self,
        e: &'a ProfessionTitles,
    ) -> impl Iterator<Item = (&'a str, Option<&'a str>)> + 'a {
        let own = self.alternate(e).chain(self.reported(e)).map(|t| (t, None));
        let detailed = e.detailed.iter().flat_map(move |d| {
            let title = self.names.get(d.title);
            (d.title..d.title + 1)
                .chain(d.alternate.clone())
                .chain(d.reported.clone())
                .map(move |i| (self.names.get(i), Some(title)))
        });
        own.chain(detailed)
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
                        && a.detailed.len() == b.detailed.len()
                        && self.names_with_detailed(a).eq(other.names_with_detailed(b))
                })
    }
}

impl From<titles_json::TitleIndex> for TitleIndex {
    fn from(t: titles_json::TitleIndex) -> Self {
        let mut out = TitleIndex::new(t.schema_version, t.source);
        for e in t.professions {
            out.push(e.code, e.alternate, e.reported);
            for d in e.detailed {
                out.push_detailed(&d.title, d.alternate, d.reported);
            }
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
                    detailed: e
                        .detailed
                        .iter()
                        .map(|d| titles_json::DetailedTitles {
                            title: t.name(d.title).to_string(),
                            alternate: t.names(d.alternate.clone()).map(String::from).collect(),
                            reported: t.names(d.reported.clone()).map(String::from).collect(),
                        })
                        .collect(),
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

impl TitleIndex {
    /// The fields of `titles.json`, as the decoder reads them (those of
    /// [`titles_json::TitleIndex`]).
    pub const FIELDS: ObjectFields = ObjectFields {
        object: "TitleIndex",
        names: &["schema_version", "source", "professions"],
        required: &["schema_version", "source", "professions"],
        ranges: &[],
    };
    /// The fields of an entry, as the decoder reads them (those of
    /// [`titles_json::ProfessionTitles`]).
    pub const ENTRY_FIELDS: ObjectFields = ObjectFields {
        object: "ProfessionTitles",
        names: &["code", "alternate", "reported", "detailed"],
        required: &["code"],
        ranges: &[],
    };
    /// The fields of a detailed occupation, as the decoder reads them (those of
    /// [`titles_json::DetailedTitles`]).
    pub const DETAILED_FIELDS: ObjectFields = ObjectFields {
        object: "DetailedTitles",
        names: &["title", "alternate", "reported"],
        required: &["title"],
        ranges: &[],
    };
}

/// `titles.json` (fields as [`TitleIndex::FIELDS`]): every title goes straight into the
/// index's one text buffer instead of a `String` of its own.
impl FromJson for TitleIndex {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        // the titles are part of the text, so it bounds their bytes
        let mut names = TitleNames::with_text_capacity(r.text_len());
        let (mut schema_version, mut source, mut professions) = (None, None, None);
        fields(r, TitleIndex::FIELDS.names, |r, i| match i {
            0 => field(r, &mut schema_version, "schema_version"),
            1 => field(r, &mut source, "source"),
            _ => field_by(r, &mut professions, "professions", |r| {
                items(r, |r| title_entry(r, &mut names))
            }),
        })?;
        Ok(TitleIndex::from_parts(
            required(schema_version, "schema_version")?,
            required(source, "source")?,
            required(professions, "professions")?,
            names,
        ))
    }
}

/// One entry of `titles.json` (fields as [`TitleIndex::ENTRY_FIELDS`]).
fn title_entry(r: &mut Reader<'_>, names: &mut TitleNames) -> json::Result<ProfessionTitles> {
    let (mut code, mut alternate, mut reported, mut detailed) = (None, None, None, None);
    fields(r, TitleIndex::ENTRY_FIELDS.names, |r, i| match i {
        0 => field(r, &mut code, "code"),
        1 => field_by(r, &mut alternate, "alternate", |r| title_list(r, names)),
        2 => field_by(r, &mut reported, "reported", |r| title_list(r, names)),
        _ => field_by(r, &mut detailed, "detailed", |r| {
            items(r, |r| detailed_entry(r, names))
        }),
    })?;
    let none = names.len()..names.len();
    Ok(ProfessionTitles {
        code: required(code, "code")?,
        alternate: alternate.unwrap_or(none.clone()),
        reported: reported.unwrap_or(none),
        detailed: detailed.unwrap_or_default(),
    })
}

/// One detailed occupation of an entry (fields as [`TitleIndex::DETAILED_FIELDS`]).
fn detailed_entry(r: &mut Reader<'_>, names: &mut TitleNames) -> json::Result<DetailedTitles> {
    let (mut title, mut alternate, mut reported) = (None, None, None);
    fields(r, TitleIndex::DETAILED_FIELDS.names, |r, i| match i {
        0 => field_by(r, &mut title, "title", |r| {
            let s = r.string()?;
            names.push(&s);
            Ok(names.len() - 1)
        }),
        1 => field_by(r, &mut alternate, "alternate", |r| title_list(r, names)),
        _ => field_by(r, &mut reported, "reported", |r| title_list(r, names)),
    })?;
    let none = names.len()..names.len();
    Ok(DetailedTitles {
        title: required(title, "title")?,
        alternate: alternate.unwrap_or(none.clone()),
        reported: reported.unwrap_or(none),
    })
}

/// An array of titles, appended to `names`; the numbers they got.
fn title_list(r: &mut Reader<'_>, names: &mut TitleNames) -> json::Result<std::ops::Range<u32>> {
    let from = names.len();
    r.strings(|s| names.push(s))?;
    Ok(from..names.len())
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
        /// The profession's O*NET detailed occupations whose title is not the profession's own
        /// (its specialties, or the members of an aggregate or "All Other"), each with its
        /// titles; the lists above hold the titles of the rest.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub detailed: Vec<DetailedTitles>,
    }

    /// One O*NET detailed occupation of a profession, and its titles.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "json-schema", derive(JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct DetailedTitles {
        /// Its O*NET title, e.g. "Retail Loss Prevention Specialists".
        pub title: String,
        /// O*NET Alternate Titles.
        #[serde(default)]
        pub alternate: Vec<String>,
        /// O*NET Sample of Reported Titles.
        #[serde(default)]
        pub reported: Vec<String>,
    }
}

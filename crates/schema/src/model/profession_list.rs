//! [`ProfessionList`]: `index.json`'s professions, their texts in one buffer.

use super::{ObjectFields, ProfessionSummary};
use crate::from_json::{field, field_by, fields, required, FromJson};
use crate::json::{self, Reader};
use serde::{Deserialize, Serialize};

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

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
    employment: Option<u64>,
}

/// One profession of a [`ProfessionList`]: the fields of a [`ProfessionSummary`], borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfessionEntry<'a> {
    /// 6-digit SOC code with hyphen, e.g. "13-2072"; the detail file is `professions/{code}.json`.
    pub code: &'a str,
    pub title: &'a str,
    /// URL slug, if the dataset still writes one (the widget does not use it).
    pub slug: Option<&'a str>,
    /// National employment (OEWS), if the dataset has it.
    pub employment: Option<u64>,
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
    pub fn push(&mut self, code: &str, title: &str, slug: Option<&str>, employment: Option<u64>) {
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
            employment,
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
            employment: e.employment,
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
            employment: self.employment,
        }
    }
}

impl FromIterator<ProfessionSummary> for ProfessionList {
    fn from_iter<I: IntoIterator<Item = ProfessionSummary>>(items: I) -> Self {
        let mut out = ProfessionList::default();
        for p in items {
            out.push(&p.code, &p.title, p.slug.as_deref(), p.employment);
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

/// `index.json`'s professions: as a `Vec<ProfessionSummary>` would be read (each entry's `code`
/// and `title` required, `slug` and `employment` optional), except that the texts go straight into the list's
/// one text buffer instead of a `String` each.
impl FromJson for ProfessionList {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        // the texts are part of the rest of the text, so it bounds their bytes
        let mut list = ProfessionList::with_text_capacity(r.rest_len());
        r.begin_array()?;
        let mut n = 0;
        loop {
            // as the dataset builder writes them (right after the `[` or a `,`, code, title and
            // employment, plainly), in a tight loop; anything else as `items` would read it
            if let Some((code, title, employment)) =
                r.plain_pair(n == 0, "code", "title", "employment")
            {
                list.push(code, title, None, employment);
            } else if !r.next_item(n == 0)? {
                return Ok(list);
            } else if let Err(e) = profession_entry(r, &mut list) {
                return Err(e.in_item(n));
            }
            n += 1;
        }
    }
}

impl ProfessionList {
    /// The fields of an entry, as the decoder reads them (those of [`ProfessionSummary`]).
    pub const ENTRY_FIELDS: ObjectFields = ObjectFields {
        object: "ProfessionSummary",
        names: &["code", "title", "slug", "employment"],
        required: &["code", "title"],
        ranges: &[],
    };
}

/// One entry of `index.json`'s professions (fields as [`ProfessionList::ENTRY_FIELDS`]),
/// appended to `list`.
fn profession_entry(r: &mut Reader<'_>, list: &mut ProfessionList) -> json::Result<()> {
    let (mut code, mut title, mut slug, mut employment) = (None, None, None, None);
    fields(r, ProfessionList::ENTRY_FIELDS.names, |r, i| match i {
        0 => field_by(r, &mut code, "code", Reader::string),
        1 => field_by(r, &mut title, "title", Reader::string),
        2 => field_by(r, &mut slug, "slug", |r| {
            if r.null()? {
                Ok(None)
            } else {
                r.string().map(Some)
            }
        }),
        _ => field(r, &mut employment, "employment"),
    })?;
    let (code, title) = (required(code, "code")?, required(title, "title")?);
    list.push(
        &code,
        &title,
        slug.flatten().as_deref(),
        employment.flatten(),
    );
    Ok(())
}

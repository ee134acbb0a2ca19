//! How each dataset type is read from JSON: one small impl per type, written by
//! [`from_json_struct!`] for the structs, sharing one generic helper per field type.
//!
//! The rules are those the types' serde attributes state for the dataset builder: unknown and
//! duplicate fields are rejected, a field marked `#[serde(default)]` may be absent (an
//! `Option` field may also be `null`), every other field is required.

use crate::json::{Error, Reader, Result};
use crate::model::*;

/// A dataset type read from JSON.
pub trait FromJson: Sized {
    fn read(r: &mut Reader<'_>) -> Result<Self>;
}

/// Reads a whole text as `T`: one value, then nothing but whitespace.
pub fn from_text<T: FromJson>(text: &str) -> Result<T> {
    let mut r = Reader::new(text);
    let value = T::read(&mut r)?;
    r.end()?;
    Ok(value)
}

impl FromJson for String {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.string().map(|s| s.into_owned())
    }
}

impl FromJson for f64 {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.f64()
    }
}

impl FromJson for u64 {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.unsigned(u64::MAX, "a whole number from 0 to 18446744073709551615")
    }
}

impl FromJson for u32 {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.unsigned(u32::MAX.into(), "a whole number from 0 to 4294967295")
            .map(|n| n as u32)
    }
}

impl FromJson for u8 {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.unsigned(u8::MAX.into(), "a whole number from 0 to 255")
            .map(|n| n as u8)
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        r.bool()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        if r.null()? {
            Ok(None)
        } else {
            T::read(r).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        items(r, T::read)
    }
}

/// An array, each item read by `read`; a failure is placed at its item (`[k]`).
fn items<'a, T>(
    r: &mut Reader<'a>,
    mut read: impl FnMut(&mut Reader<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    r.begin_array()?;
    let mut items = Vec::new();
    while r.next_item(items.is_empty())? {
        match read(r) {
            Ok(item) => items.push(item),
            Err(e) => return Err(e.in_item(items.len())),
        }
    }
    Ok(items)
}

/// An object: `each` is called with every key in turn, the key's value next in the reader.
fn members<'a>(
    r: &mut Reader<'a>,
    mut each: impl FnMut(&mut Reader<'a>, &str) -> Result<()>,
) -> Result<()> {
    r.begin_object()?;
    let mut first = true;
    while r.next_key_start(first)? {
        first = false;
        let key = r.key()?;
        each(r, &key)?;
    }
    Ok(())
}

/// An object of a type whose fields are `names`: `each` is called with the number (in `names`)
/// of every key in turn, the key's value next in the reader; any other key is an error.
fn fields<'a>(
    r: &mut Reader<'a>,
    names: &[&str],
    mut each: impl FnMut(&mut Reader<'a>, usize) -> Result<()>,
) -> Result<()> {
    r.begin_object()?;
    let mut last = None;
    while let Some(i) = next_field(r, last, names)? {
        each(r, i)?;
        last = Some(i);
    }
    Ok(())
}

/// The number in `names` of the next key of an object (its `:` consumed, its value next), or
/// `None` at the object's end; `last` is that of the key before (`None` for the first). The
/// dataset builder writes fields in one order, so the key after the last one is tried first,
/// by one comparison with the text (see [`Reader::plain_key`]). One function for every type
/// (not generic), so each type's reader stays small.
#[inline(never)]
fn next_field(r: &mut Reader<'_>, last: Option<usize>, names: &[&str]) -> Result<Option<usize>> {
    let guess = last.map_or(0, |i| i + 1);
    let name = names.get(guess);
    // written as the builder writes it: separator, key and colon in one comparison
    if name.is_some_and(|name| r.next_plain_key(last.is_none(), name)) {
        return Ok(Some(guess));
    }
    if !r.next_key_start(last.is_none())? {
        return Ok(None);
    }
    if let Some(name) = name {
        if r.plain_key(name)? {
            return Ok(Some(guess));
        }
    }
    let key = r.key()?;
    match names.iter().position(|name| *name == key) {
        Some(i) => Ok(Some(i)),
        None => Err(unknown_field(&key, names)),
    }
}

/// A JSON object keyed by text (a repeated key keeps its last value, as serde_json does).
impl<T: FromJson> FromJson for TextMap<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        let mut map = TextMap::new();
        members(r, |r, key| {
            let value = T::read(r).map_err(|e| e.in_field(key))?;
            map.insert(key.to_owned(), value);
            Ok(())
        })?;
        Ok(map)
    }
}

/// Reads the value of field `name` into its slot; a second value for it is an error.
fn field<T: FromJson>(r: &mut Reader<'_>, slot: &mut Option<T>, name: &str) -> Result<()> {
    field_by(r, slot, name, T::read)
}

/// [`field`] with the value read by `read`.
fn field_by<'a, T>(
    r: &mut Reader<'a>,
    slot: &mut Option<T>,
    name: &str,
    read: impl FnOnce(&mut Reader<'a>) -> Result<T>,
) -> Result<()> {
    let filled = slot.is_some();
    let mut read = Some(read);
    field_checked(r, filled, name, &mut |r| {
        if let Some(read) = read.take() {
            *slot = Some(read(r)?);
        }
        Ok(())
    })
}

/// The part of [`field_by`] that does not depend on the field's type, compiled once: the
/// duplicate check and the field name added to an error.
fn field_checked<'a>(
    r: &mut Reader<'a>,
    filled: bool,
    name: &str,
    read: &mut dyn FnMut(&mut Reader<'a>) -> Result<()>,
) -> Result<()> {
    if filled {
        return Err(Error::shape(["duplicate field `", name, "`"].concat()));
    }
    read(r).map_err(|e| e.in_field(name))
}

/// The value of a required field, or the error naming it.
fn required<T>(slot: Option<T>, name: &str) -> Result<T> {
    slot.ok_or_else(|| Error::shape(["missing field `", name, "`"].concat()))
}

/// The error for a field the type does not have, listing those it has.
fn unknown_field(name: &str, known: &[&str]) -> Error {
    let mut m = ["unknown field `", name, "`, expected one of "].concat();
    for (i, k) in known.iter().enumerate() {
        if i > 0 {
            m.push_str(", ");
        }
        m.push('`');
        m.push_str(k);
        m.push('`');
    }
    Error::shape(m)
}

/// `impl FromJson` for a struct: its required fields, then (after `;`) those that may be
/// absent and then take their default.
macro_rules! from_json_struct {
    ($ty:ident { $($req:ident),* ; $($opt:ident),* }) => {
        impl FromJson for $ty {
            fn read(r: &mut Reader<'_>) -> Result<Self> {
                $(let mut $req = None;)*
                $(let mut $opt = None;)*
                fields(r, &[$(stringify!($req),)* $(stringify!($opt),)*], |r, i| {
                    // the field numbered `i` in the list above
                    let mut k = 0;
                    $(
                        if i == k {
                            return field(r, &mut $req, stringify!($req));
                        }
                        k += 1;
                    )*
                    $(
                        if i == k {
                            return field(r, &mut $opt, stringify!($opt));
                        }
                        k += 1;
                    )*
                    let _ = k;
                    Ok(())
                })?;
                Ok($ty {
                    $($req: required($req, stringify!($req))?,)*
                    $($opt: $opt.unwrap_or_default(),)*
                })
            }
        }
    };
}

from_json_struct!(DatasetIndex { schema_version, name, sources, professions; attribution, unavailable, states });
from_json_struct!(Source { id, agency, title, vintage, url, license; note });
from_json_struct!(State { code, fips, name; });
from_json_struct!(Profession { schema_version, code, title, slug; onet_codes, description,
    description_source, pay, pay_by_place, jobs, entry, attainment, job_zone, time_to_become,
    demographics, skills, extras, missing });
from_json_struct!(Wage { usd; at_least });
from_json_struct!(AnnualWages { ; median, mean, p10, p25, p75, p90 });
from_json_struct!(HourlyWages { ; median, mean });
from_json_struct!(WageStats { annual; hourly, employment });
from_json_struct!(Pay { source, national; });
from_json_struct!(PayByPlace { source; states, top_state, top_metro, top_industry, rule });
from_json_struct!(TopPlace { code, name, annual_median; employment });
from_json_struct!(Jobs { ; employment, employment_source, change_pct, openings_per_year,
    projection_period, projection_source });
from_json_struct!(EntryRequirements { source; education, experience, training });
from_json_struct!(Attainment { source, vintage, levels, most_common; group });
from_json_struct!(Share { label, pct; });
from_json_struct!(JobZone { source, zone, name; });
from_json_struct!(TimeToBecome { label, min_months, max_months, derived, basis; });
from_json_struct!(Demographics { source, cps_group; broader_group, median_age, women_pct,
    white_pct, black_pct, asian_pct, hispanic_pct });
from_json_struct!(Skills { source; skills, knowledge, technologies });
from_json_struct!(Rated { name, importance; });
from_json_struct!(Extras { ; job_satisfaction, lgbt_pct, common_major, common_college,
    best_paying_company, source });
/// `index.json`'s professions: as a `Vec<ProfessionSummary>` would be read (each entry's `code`
/// and `title` required, `slug` optional), except that the texts go straight into the list's
/// one text buffer instead of a `String` each.
impl FromJson for ProfessionList {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        // the texts are part of the rest of the text, so it bounds their bytes
        let mut list = ProfessionList::with_text_capacity(r.rest_len());
        r.begin_array()?;
        let mut n = 0;
        loop {
            // as the dataset builder writes them (right after the `[` or a `,`, code and title,
            // plainly), in a tight loop; anything else as `items` would read it
            if let Some((code, title)) = r.plain_pair(n == 0, "code", "title") {
                list.push(code, title, None);
            } else if !r.next_item(n == 0)? {
                return Ok(list);
            } else if let Err(e) = profession_entry(r, &mut list) {
                return Err(e.in_item(n));
            }
            n += 1;
        }
    }
}

/// One entry of `index.json`'s professions, appended to `list`.
fn profession_entry(r: &mut Reader<'_>, list: &mut ProfessionList) -> Result<()> {
    let (mut code, mut title, mut slug) = (None, None, None);
    fields(r, &["code", "title", "slug"], |r, i| match i {
        0 => field_by(r, &mut code, "code", Reader::string),
        1 => field_by(r, &mut title, "title", Reader::string),
        _ => field_by(r, &mut slug, "slug", |r| {
            if r.null()? {
                Ok(None)
            } else {
                r.string().map(Some)
            }
        }),
    })?;
    let (code, title) = (required(code, "code")?, required(title, "title")?);
    list.push(&code, &title, slug.flatten().as_deref());
    Ok(())
}

/// `titles.json`: as [`from_json_struct!`] would read it, except that every title goes
/// straight into the index's one text buffer instead of a `String` of its own.
impl FromJson for TitleIndex {
    fn read(r: &mut Reader<'_>) -> Result<Self> {
        // the titles are part of the text, so it bounds their bytes
        let mut names = TitleNames::with_text_capacity(r.text_len());
        let (mut schema_version, mut source, mut professions) = (None, None, None);
        fields(
            r,
            &["schema_version", "source", "professions"],
            |r, i| match i {
                0 => field(r, &mut schema_version, "schema_version"),
                1 => field(r, &mut source, "source"),
                _ => field_by(r, &mut professions, "professions", |r| {
                    items(r, |r| title_entry(r, &mut names))
                }),
            },
        )?;
        Ok(TitleIndex::from_parts(
            required(schema_version, "schema_version")?,
            required(source, "source")?,
            required(professions, "professions")?,
            names,
        ))
    }
}

/// One entry of `titles.json` (`code`; `alternate` and `reported` may be absent).
fn title_entry(r: &mut Reader<'_>, names: &mut TitleNames) -> Result<ProfessionTitles> {
    let (mut code, mut alternate, mut reported) = (None, None, None);
    fields(r, &["code", "alternate", "reported"], |r, i| match i {
        0 => field(r, &mut code, "code"),
        1 => field_by(r, &mut alternate, "alternate", |r| title_list(r, names)),
        _ => field_by(r, &mut reported, "reported", |r| title_list(r, names)),
    })?;
    let none = names.len()..names.len();
    Ok(ProfessionTitles {
        code: required(code, "code")?,
        alternate: alternate.unwrap_or(none.clone()),
        reported: reported.unwrap_or(none),
    })
}

/// An array of titles, appended to `names`; the numbers they got.
fn title_list(r: &mut Reader<'_>, names: &mut TitleNames) -> Result<std::ops::Range<u32>> {
    let from = names.len();
    r.strings(|s| names.push(s))?;
    Ok(from..names.len())
}

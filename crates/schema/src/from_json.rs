//! How dataset types are read from JSON in the widget: the [`FromJson`] trait, its impls for
//! the field types, and the helpers the structs' impls share. The structs' impls are written by
//! `dataset_struct!` (model/declare.rs) from their declarations; the few types that keep
//! their texts in one buffer have their own, beside them in `model`.
//!
//! The rules are those the types' serde attributes state for the dataset builder: unknown and
//! duplicate fields are rejected, a field marked `#[serde(default)]` may be absent (an
//! `Option` field may also be `null`), every other field is required.

// Not serde_json: hand-written for the widget's wasm size budget (see "Hand-written decoder").

use crate::json::{Error, Reader, Result};

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
pub(crate) fn items<'a, T>(
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
pub(crate) fn members<'a>(
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
pub(crate) fn fields<'a>(
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

/// Reads the value of field `name` into its slot; a second value for it is an error.
pub(crate) fn field<T: FromJson>(
    r: &mut Reader<'_>,
    slot: &mut Option<T>,
    name: &str,
) -> Result<()> {
    field_by(r, slot, name, T::read)
}

/// [`field`] with the value read by `read`.
pub(crate) fn field_by<'a, T>(
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
pub(crate) fn required<T>(slot: Option<T>, name: &str) -> Result<T> {
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

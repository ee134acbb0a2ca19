//! Reading strings: one at a time, arrays of them, and the code-and-title pair of an index
//! entry, copying plain text straight from the input.

use super::failure::Error;
use super::{Reader, Result, EOF_STRING};
use std::borrow::Cow;

impl<'a> Reader<'a> {
    /// An array of strings, each passed to `each` in turn; returns how many. A failure in item
    /// `k` is already placed there (`[k]`). Items written plainly (`"text"` right after the
    /// `[` or `,`, no escapes) are taken in one tight loop: `titles.json` is 64,000 of them.
    pub fn strings(&mut self, mut each: impl FnMut(&str)) -> Result<usize> {
        self.begin_array()?;
        let b = self.text.as_bytes();
        let mut n = 0;
        loop {
            // the opening quote of a plain next item, if it is right here
            let quote = match (n, b.get(self.pos), b.get(self.pos + 1)) {
                (0, Some(b'"'), _) => Some(self.pos),
                (1.., Some(b','), Some(b'"')) => Some(self.pos + 1),
                _ => None,
            };
            if let Some(q) = quote {
                let end = plain_run_end(b, q + 1);
                if b.get(end) == Some(&b'"') {
                    each(&self.text[q + 1..end]);
                    n += 1;
                    self.pos = end + 1;
                    continue;
                }
            }
            if !self.next_item(n == 0)? {
                return Ok(n);
            }
            match self.string() {
                Ok(s) => each(&s),
                Err(e) => return Err(e.in_item(n)),
            }
            n += 1;
        }
    }

    /// The object `{"first":"…","second":"…"}` or `{"first":"…","second":"…","number":123}`
    /// written exactly so here (no whitespace, these keys in this order, the first two values
    /// strings without escapes, the number plain digits), after a `,` unless it is the
    /// array's `first_item`: its two strings and the number, if any, with the reader past the
    /// object; `None`, with nothing consumed, for anything else, which the caller then reads
    /// as usual. `index.json` is 830 such objects (code, title and employment); this takes
    /// each in one pass instead of a key, a value and a check per field.
    pub fn plain_pair(
        &mut self,
        first_item: bool,
        first: &str,
        second: &str,
        number: &str,
    ) -> Option<(&'a str, &'a str, Option<u64>)> {
        let b = self.text.as_bytes();
        let mut i = self.pos;
        if !first_item {
            if b.get(i) != Some(&b',') {
                return None;
            }
            i += 1;
        }
        // true (and `i` past them) if these bytes are next
        let next_are = |i: &mut usize, parts: &[&[u8]]| {
            parts.iter().all(|p| {
                let here = b.get(*i..*i + p.len()) == Some(p);
                *i += p.len();
                here
            })
        };
        if !next_are(&mut i, &[b"{\"", first.as_bytes(), b"\":\""]) {
            return None;
        }
        let first_start = i;
        let first_end = plain_run_end(b, i);
        i = first_end;
        // (its quote is the first byte of what follows)
        if !next_are(&mut i, &[b"\",\"", second.as_bytes(), b"\":\""]) {
            return None;
        }
        let second_start = i;
        let second_end = plain_run_end(b, i);
        i = second_end;
        let mut n = None;
        let mut j = i;
        if next_are(&mut j, &[b"\",\"", number.as_bytes(), b"\":"]) {
            // plain digits, no leading zero, at most 15 (so no overflow); else the general reader
            let digits = b[j.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits == 0 || digits > 15 || (digits > 1 && b[j] == b'0') {
                return None;
            }
            n = Some(
                b[j..j + digits]
                    .iter()
                    .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0')),
            );
            i = j + digits;
            if !next_are(&mut i, &[b"}"]) {
                return None;
            }
        } else if !next_are(&mut i, &[b"\"}"]) {
            return None;
        }
        self.pos = i;
        Some((
            &self.text[first_start..first_end],
            &self.text[second_start..second_end],
            n,
        ))
    }

    /// A string value.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        if self.value_start()? == b'"' {
            self.pos += 1;
            self.string_body()
        } else {
            Err(self.unexpected("a string"))
        }
    }

    /// The rest of a string whose opening quote has been consumed; borrowed from the text
    /// unless it has escapes.
    pub(super) fn string_body(&mut self) -> Result<Cow<'a, str>> {
        let b = self.text.as_bytes();
        let start = self.pos;
        let mut i = plain_run_end(b, start);
        match b.get(i) {
            Some(b'"') => {
                self.pos = i + 1;
                return Ok(Cow::Borrowed(&self.text[start..i]));
            }
            Some(b'\\') => {}
            Some(_) => return Err(Error::syntax(i, CONTROL_CHARACTER)),
            None => return Err(Error::syntax(i, EOF_STRING)),
        }
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&self.text[start..i]);
        loop {
            match b.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    i += 1;
                    let c = match b.get(i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let (c, next) = unicode_escape(b, i + 1)?;
                            i = next - 1;
                            c
                        }
                        Some(_) => return Err(Error::syntax(i, "invalid escape")),
                        None => return Err(Error::syntax(i, EOF_STRING)),
                    };
                    out.push(c);
                    i += 1;
                }
                Some(&c) if c < 0x20 => return Err(Error::syntax(i, CONTROL_CHARACTER)),
                Some(_) => {
                    // copy the run up to the next quote, escape or control character
                    let run = i;
                    i = plain_run_end(b, i);
                    out.push_str(&self.text[run..i]);
                }
                None => return Err(Error::syntax(i, EOF_STRING)),
            }
        }
    }
}

/// The index of the first quote, backslash or control character at or after `i` (the end of
/// the string's plain text there), or `b.len()`. Eight bytes at a time: titles average about
/// 20 bytes, and this scan was most of reading them.
pub(super) fn plain_run_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let quote = v ^ (ONES * u64::from(b'"'));
        let backslash = v ^ (ONES * u64::from(b'\\'));
        // a byte's high bit is set where it is zero (or below 0x20), and also possibly in
        // bytes above such a byte (borrows), never below: the lowest set bit is exact
        let stop = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (v.wrapping_sub(ONES * 0x20) & !v);
        let stop = stop & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while matches!(b.get(i), Some(&c) if c != b'"' && c != b'\\' && c >= 0x20) {
        i += 1;
    }
    i
}

const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";

/// The character of a `\u` escape whose hex digits start at `at` (a surrogate pair takes two
/// escapes), and the index after it.
fn unicode_escape(b: &[u8], at: usize) -> Result<(char, usize)> {
    let hex = |at: usize| -> Result<u32> {
        let mut v = 0;
        for i in at..at + 4 {
            let d = match b.get(i) {
                Some(&c) => (c as char)
                    .to_digit(16)
                    .ok_or_else(|| Error::syntax(i, "invalid escape"))?,
                None => return Err(Error::syntax(i, EOF_STRING)),
            };
            v = v * 16 + d;
        }
        Ok(v)
    };
    let first = hex(at)?;
    let code = match first {
        0xD800..=0xDBFF => {
            match (b.get(at + 4), b.get(at + 5)) {
                (Some(b'\\'), Some(b'u')) => {}
                (None, _) | (Some(b'\\'), None) => return Err(Error::syntax(b.len(), EOF_STRING)),
                _ => {
                    return Err(Error::syntax(
                        at + 4,
                        "lone leading surrogate in hex escape",
                    ))
                }
            }
            let second = hex(at + 6)?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return Err(Error::syntax(
                    at + 6,
                    "lone leading surrogate in hex escape",
                ));
            }
            return Ok((
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                    .unwrap_or('\u{FFFD}'),
                at + 10,
            ));
        }
        0xDC00..=0xDFFF => return Err(Error::syntax(at, "lone trailing surrogate in hex escape")),
        c => c,
    };
    Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), at + 4))
}

//! A small JSON reader over text, made for the dataset's fixed shapes.
//!
//! The [`crate::from_json`] impls pull values from a [`Reader`] in the order the text holds
//! them; nothing is built besides the dataset types themselves (strings without escapes are
//! copied once, straight from the text). A failure is an [`Error`]: either the text is not
//! JSON (with its byte offset; [`crate::error::EOF_PREFIX`] when the text ended first) or the
//! JSON has the wrong shape, with the field path collected on the way out, so a valid file
//! pays nothing for paths.

use std::borrow::Cow;

// each begins with `crate::error::EOF_PREFIX`
const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_LIST: &str = "EOF while parsing a list";

mod failure;
mod strings;

pub use failure::{line_and_column, Error, FailureKind};

pub type Result<T> = std::result::Result<T, Error>;

/// A cursor over JSON text.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, pos: 0 }
    }

    /// Length of the whole text in bytes.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Length in bytes of the text not read yet.
    pub fn rest_len(&self) -> usize {
        self.text.len() - self.pos
    }

    /// Skips whitespace; the next byte, if any.
    fn peek(&mut self) -> Option<u8> {
        let b = self.text.as_bytes();
        while let Some(&c) = b.get(self.pos) {
            if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                return Some(c);
            }
        }
        None
    }

    fn syntax(&self, message: &'static str) -> Error {
        Error::syntax(self.pos, message)
    }

    /// The first byte of the next value; an error if the text ends first.
    fn value_start(&mut self) -> Result<u8> {
        match self.peek() {
            Some(c) => Ok(c),
            None => Err(self.syntax(EOF_VALUE)),
        }
    }

    /// After the top-level value: only whitespace may follow.
    pub fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    /// True if the next value is an object (nothing consumed).
    pub fn at_object(&mut self) -> bool {
        self.peek() == Some(b'{')
    }

    /// Starts an object (consumes its `{`), or says what was found instead.
    pub fn begin_object(&mut self) -> Result<()> {
        if self.value_start()? == b'{' {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected("an object"))
        }
    }

    /// Steps to the next key of an object: true with the reader at the key's opening quote,
    /// false at the object's end (its `}` consumed). Then [`Reader::plain_key`] or
    /// [`Reader::key`] reads the key.
    pub fn next_key_start(&mut self, first: bool) -> Result<bool> {
        match self.next_member(first, b'}', EOF_OBJECT, "expected `,` or `}`")? {
            None => Ok(false),
            Some(b'"') => Ok(true),
            Some(_) => Err(self.syntax("key must be a string")),
        }
    }

    /// True, with them consumed, if the next bytes are exactly `,"name":` (`"name":` for the
    /// `first` key of an object): the next key is `name` as the dataset builder writes it (no
    /// whitespace, no escapes). False, with nothing consumed, otherwise; then
    /// [`Reader::next_key_start`] reads on as usual. No `Result`, no whitespace skipping: the
    /// one check most keys of a dataset file need.
    pub fn next_plain_key(&mut self, first: bool, name: &str) -> bool {
        let b = self.text.as_bytes();
        let quote = self.pos + usize::from(!first);
        let end = quote + 1 + name.len();
        let here = (first || b.get(self.pos) == Some(&b','))
            && b.get(quote) == Some(&b'"')
            && b.get(quote + 1..end) == Some(name.as_bytes())
            && b.get(end..end + 2) == Some(b"\":");
        if here {
            self.pos = end + 2;
        }
        here
    }

    /// At a key's opening quote: true, with the key and its `:` consumed, if the key is `name`
    /// written plainly (no escapes); false, with nothing consumed, otherwise. One comparison
    /// instead of reading the key as a string and then matching it.
    pub fn plain_key(&mut self, name: &str) -> Result<bool> {
        let b = self.text.as_bytes();
        let end = self.pos + 1 + name.len();
        if b.get(self.pos + 1..end) == Some(name.as_bytes()) && b.get(end) == Some(&b'"') {
            self.pos = end + 1;
            self.colon()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// At a key's opening quote: the key, with its `:` consumed.
    pub fn key(&mut self) -> Result<Cow<'a, str>> {
        self.pos += 1;
        let key = self.string_body()?;
        self.colon()?;
        Ok(key)
    }

    /// The `:` after a key.
    fn colon(&mut self) -> Result<()> {
        match self.peek() {
            Some(b':') => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.syntax("expected `:`")),
            None => Err(self.syntax(EOF_OBJECT)),
        }
    }

    /// Starts an array (consumes its `[`), or says what was found instead.
    pub fn begin_array(&mut self) -> Result<()> {
        if self.value_start()? == b'[' {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected("an array"))
        }
    }

    /// True if another item of the array follows (its value next), false at the array's end.
    pub fn next_item(&mut self, first: bool) -> Result<bool> {
        Ok(self
            .next_member(first, b']', EOF_LIST, "expected `,` or `]`")?
            .is_some())
    }

    /// Steps to the next member of an object or array: past the `,` before it (unless it is
    /// the `first`), or past the closing `close` at the end. The member's first byte, or
    /// `None` at the end.
    fn next_member(
        &mut self,
        first: bool,
        close: u8,
        eof: &'static str,
        expected: &'static str,
    ) -> Result<Option<u8>> {
        let mut c = self.peek().ok_or_else(|| self.syntax(eof))?;
        if c == close {
            self.pos += 1;
            return Ok(None);
        }
        if !first {
            if c != b',' {
                return Err(self.syntax(expected));
            }
            self.pos += 1;
            c = self.peek().ok_or_else(|| self.syntax(eof))?;
            if c == close {
                return Err(self.syntax("trailing comma"));
            }
        }
        Ok(Some(c))
    }

    /// The text of the number here, checked against JSON's grammar; whether it is an integer
    /// (no fraction, no exponent); and its value if it is written plainly: no exponent and at
    /// most 15 digits (every figure in the dataset), whose value the scan computes exactly on
    /// the way ([`crate::number::value`]'s first case, without reading the text again).
    fn number_text(&mut self) -> Result<(&'a str, bool, Option<f64>)> {
        let b = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        let negative = b.get(i) == Some(&b'-');
        if negative {
            i += 1;
        }
        // the digits read so far as a number (exact up to 19 of them) and how many
        let (mut mantissa, mut count) = (0u64, 0usize);
        let mut digits = |i: &mut usize, count: &mut usize| {
            let from = *i;
            while let Some(&d @ b'0'..=b'9') = b.get(*i) {
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                *i += 1;
            }
            *count += *i - from;
            *i > from
        };
        // a missing digit is the text ending early or not a number
        let missing = |i: usize| {
            Error::syntax(
                i,
                if i == b.len() {
                    EOF_VALUE
                } else {
                    "invalid number"
                },
            )
        };
        if b.get(i) == Some(&b'0') {
            i += 1;
        } else if !digits(&mut i, &mut count) {
            return Err(missing(i));
        }
        let whole = count;
        let mut integer = true;
        if b.get(i) == Some(&b'.') {
            integer = false;
            i += 1;
            if !digits(&mut i, &mut count) {
                return Err(missing(i));
            }
        }
        let scale = count - whole;
        let mut plain = count <= 15;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            integer = false;
            plain = false;
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i, &mut count) {
                return Err(missing(i));
            }
        }
        self.pos = i;
        let value = plain.then(|| {
            let magnitude = mantissa as f64 / crate::number::POW10[scale];
            if negative {
                -magnitude
            } else {
                magnitude
            }
        });
        Ok((&self.text[start..i], integer, value))
    }

    /// A number value as `f64`.
    pub fn f64(&mut self) -> Result<f64> {
        if !matches!(self.value_start()?, b'-' | b'0'..=b'9') {
            return Err(self.unexpected("a number"));
        }
        let start = self.pos;
        let (text, _, plain) = self.number_text()?;
        let v = plain.unwrap_or_else(|| crate::number::value(text));
        if v.is_finite() {
            Ok(v)
        } else {
            Err(Error::syntax(start, "number out of range"))
        }
    }

    /// A whole number from 0 to `max`; `expected` describes that range in words.
    pub fn unsigned(&mut self, max: u64, expected: &'static str) -> Result<u64> {
        if !matches!(self.value_start()?, b'-' | b'0'..=b'9') {
            return Err(self.unexpected(expected));
        }
        let (text, integer, _) = self.number_text()?;
        if !integer {
            return Err(wrong("invalid type: floating point `", text, expected));
        }
        let digits = text.trim_start_matches('-');
        let mut n: u64 = 0;
        for d in digits.bytes() {
            n = match n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(d - b'0')))
            {
                Some(n) => n,
                None => return Err(wrong("invalid value: integer `", text, expected)),
            };
        }
        if n > max || (n != 0 && digits.len() != text.len()) {
            return Err(wrong("invalid value: integer `", text, expected));
        }
        Ok(n)
    }

    /// `true` or `false`.
    pub fn bool(&mut self) -> Result<bool> {
        match self.value_start()? {
            b't' => self.literal("true").map(|()| true),
            b'f' => self.literal("false").map(|()| false),
            _ => Err(self.unexpected("a boolean")),
        }
    }

    /// True (and consumed) if the next value is `null`.
    pub fn null(&mut self) -> Result<bool> {
        if self.value_start()? == b'n' {
            self.literal("null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn literal(&mut self, word: &'static str) -> Result<()> {
        let rest = &self.text.as_bytes()[self.pos..];
        for (i, &w) in word.as_bytes().iter().enumerate() {
            match rest.get(i) {
                Some(&c) if c == w => {}
                Some(_) => return Err(Error::syntax(self.pos + i, "expected value")),
                None => return Err(Error::syntax(self.pos + i, EOF_VALUE)),
            }
        }
        self.pos += word.len();
        Ok(())
    }

    /// The error for a value of the wrong type: what was expected and what was found (or the
    /// syntax error, if the value found is not JSON).
    fn unexpected(&mut self, expected: &'static str) -> Error {
        let found = match self.value_start() {
            Ok(b'"') => {
                self.pos += 1;
                match self.string_body() {
                    Ok(s) => return wrong_string(&s, expected),
                    Err(e) => return e,
                }
            }
            Ok(b'-' | b'0'..=b'9') => match self.number_text() {
                Ok((text, true, _)) => return wrong("invalid type: integer `", text, expected),
                Ok((text, false, _)) => {
                    return wrong("invalid type: floating point `", text, expected)
                }
                Err(e) => return e,
            },
            Ok(b't') => ("boolean `true`", "true"),
            Ok(b'f') => ("boolean `false`", "false"),
            Ok(b'n') => ("null", "null"),
            Ok(b'{') => ("an object", ""),
            Ok(b'[') => ("an array", ""),
            Ok(_) => return self.syntax("expected value"),
            Err(e) => return e,
        };
        let (found, word) = found;
        if !word.is_empty() {
            if let Err(e) = self.literal(word) {
                return e;
            }
        }
        Error::shape(["invalid type: ", found, ", expected ", expected].concat())
    }

    /// Skips one value of any shape, without recursion (only [`top_level_number`] needs it).
    fn skip_value(&mut self) -> Result<()> {
        let mut depth = 0usize;
        // true when the next token must be a value (after `[`, `:` or `,`, or at the start)
        let mut want_value = true;
        loop {
            let c = self.peek().ok_or_else(|| self.syntax(EOF_VALUE))?;
            match (c, want_value) {
                (b'{' | b'[', true) => {
                    self.pos += 1;
                    depth += 1;
                    continue;
                }
                (b'}' | b']', _) => {
                    self.pos += 1;
                    depth = depth.saturating_sub(1);
                }
                (b',' | b':', false) => {
                    self.pos += 1;
                    want_value = true;
                    continue;
                }
                (b'"', _) => {
                    self.pos += 1;
                    self.string_body()?;
                }
                (b'-' | b'0'..=b'9', true) => {
                    self.number_text()?;
                }
                (b't', true) => self.literal("true")?,
                (b'f', true) => self.literal("false")?,
                (b'n', true) => self.literal("null")?,
                _ => return Err(self.syntax("expected value")),
            }
            want_value = false;
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

fn wrong(found: &str, text: &str, expected: &str) -> Error {
    Error::shape([found, text, "`, expected ", expected].concat())
}

fn wrong_string(s: &str, expected: &str) -> Error {
    Error::shape(["invalid type: string \"", s, "\", expected ", expected].concat())
}

/// The number value of top-level key `key` of the JSON object `text`, if it has one (read
/// only after a failure, to tell a file of another format version from a broken one).
pub fn top_level_number(text: &str, key: &str) -> Option<u64> {
    let mut r = Reader::new(text);
    r.begin_object().ok()?;
    let mut first = true;
    while r.next_key_start(first).ok()? {
        first = false;
        if r.key().ok()? == key {
            return r.unsigned(u64::MAX, "a number").ok();
        }
        r.skip_value().ok()?;
    }
    None
}

#[cfg(test)]
mod tests;

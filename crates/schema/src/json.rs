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

pub type Result<T> = std::result::Result<T, Error>;

/// Why reading stopped (boxed, so a `Result` of a small value stays small).
pub struct Error(Box<Failure>);

pub struct Failure {
    pub kind: FailureKind,
    /// The field path of the value that failed, innermost segment first.
    pub path: Vec<Segment>,
}

pub enum FailureKind {
    /// The text is not JSON at byte `offset`.
    Syntax {
        offset: usize,
        message: &'static str,
    },
    /// The JSON does not have the expected shape.
    Shape(String),
}

/// One step of a field path.
pub enum Segment {
    Field(String),
    Index(usize),
}

impl Error {
    /// The JSON has the wrong shape here (the path is added by the callers).
    pub fn shape(message: String) -> Error {
        Error(Box::new(Failure {
            kind: FailureKind::Shape(message),
            path: Vec::new(),
        }))
    }

    fn syntax(offset: usize, message: &'static str) -> Error {
        Error(Box::new(Failure {
            kind: FailureKind::Syntax { offset, message },
            path: Vec::new(),
        }))
    }

    /// The same failure, inside field `name` of an object.
    pub fn in_field(mut self, name: &str) -> Error {
        if let FailureKind::Shape(_) = self.0.kind {
            self.0.path.push(Segment::Field(name.into()));
        }
        self
    }

    /// The same failure, inside item `index` of an array.
    pub fn in_item(mut self, index: usize) -> Error {
        if let FailureKind::Shape(_) = self.0.kind {
            self.0.path.push(Segment::Index(index));
        }
        self
    }

    pub fn into_failure(self) -> Failure {
        *self.0
    }
}

impl Failure {
    /// The path as a person writes it: `professions[3].code`, `pay.national.annual.median.usd`.
    pub fn path_text(&self) -> String {
        let mut out = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                Segment::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Segment::Index(i) => {
                    out.push('[');
                    push_decimal(&mut out, *i as u64);
                    out.push(']');
                }
            }
        }
        out
    }
}

/// Appends `n` in decimal (without `core::fmt`).
pub fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}

/// 1-based line and column (in characters) of byte `offset` of `text`; at the end of the
/// text, the position of its last character.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let chars = text[line_start..offset].chars().count();
    let column = if offset == text.len() {
        chars.max(1)
    } else {
        chars + 1
    };
    (line, column)
}

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

    /// The object `{"first":"…","second":"…"}` written exactly so here (no whitespace, these
    /// two keys in this order, both values strings without escapes), after a `,` unless it is
    /// the array's `first_item`: its two strings, with the reader past the object; `None`,
    /// with nothing consumed, for anything else, which the caller then reads as usual.
    /// `index.json` is 830 such objects (code and title); this takes each in one pass instead
    /// of a key, a value and a check per field.
    pub fn plain_pair(
        &mut self,
        first_item: bool,
        first: &str,
        second: &str,
    ) -> Option<(&'a str, &'a str)> {
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
        if !next_are(&mut i, &[b"\"}"]) {
            return None;
        }
        self.pos = i;
        Some((
            &self.text[first_start..first_end],
            &self.text[second_start..second_end],
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
    fn string_body(&mut self) -> Result<Cow<'a, str>> {
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

/// The index of the first quote, backslash or control character at or after `i` (the end of
/// the string's plain text there), or `b.len()`. Eight bytes at a time: titles average about
/// 20 bytes, and this scan was most of reading them.
fn plain_run_end(b: &[u8], mut i: usize) -> usize {
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
mod tests {
    use super::{plain_run_end, Reader};

    /// Only an object written exactly as `{"code":"…","title":"…"}` is taken in one pass;
    /// anything else is left, untouched, to the general reading.
    #[test]
    fn plain_pair_takes_only_the_plain_layout() {
        let pair = |text: &str| {
            let mut r = Reader::new(text);
            let got = r
                .plain_pair(true, "code", "title")
                .map(|(a, b)| (a.to_string(), b.to_string()));
            (got, r.pos)
        };
        let text = r#"{"code":"13-2072","title":"Loan Officers"},"#;
        assert_eq!(
            pair(text),
            (
                Some(("13-2072".into(), "Loan Officers".into())),
                text.len() - 1
            )
        );
        assert_eq!(
            pair(r#"{"code":"","title":"ü ✓"}"#).0,
            Some(("".into(), "ü ✓".into()))
        );
        for other in [
            r#"{ "code":"1","title":"t"}"#,
            r#"{"code": "1","title":"t"}"#,
            r#"{"code":"1", "title":"t"}"#,
            r#"{"code":"1","title":"t" }"#,
            r#"{"title":"t","code":"1"}"#,
            r#"{"code":"1","title":"t","slug":"s"}"#,
            r#"{"code":"1\"","title":"t"}"#,
            r#"{"code":"1","title":"t\u0041"}"#,
            "{\"code\":\"1\",\"title\":\"a\tb\"}",
            r#"{"code":1,"title":"t"}"#,
            r#"{"code":"1","title":"t""#,
            r#"{"code":"1","tit"#,
            "",
        ] {
            assert_eq!(pair(other), (None, 0), "{other}");
        }
        // a later item: after its `,`
        let mut r = Reader::new(r#",{"code":"1","title":"t"}]"#);
        assert_eq!(r.plain_pair(false, "code", "title"), Some(("1", "t")));
        assert_eq!(r.pos, 25);
        for other in [
            r#"{"code":"1","title":"t"}"#,
            r#", {"code":"1","title":"t"}"#,
        ] {
            let mut r = Reader::new(other);
            assert_eq!(r.plain_pair(false, "code", "title"), None, "{other}");
            assert_eq!(r.pos, 0);
        }
    }

    /// The same answer as a byte-by-byte scan, for every stop byte at every place of a
    /// 20-byte text around plain bytes of every kind (ASCII, UTF-8 continuation, 0x7f).
    #[test]
    fn plain_run_end_finds_the_first_stop_byte() {
        let naive = |b: &[u8], i: usize| {
            (i..b.len())
                .find(|&k| b[k] == b'"' || b[k] == b'\\' || b[k] < 0x20)
                .unwrap_or(b.len())
        };
        for fill in [b'a', b' ', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xc3, 0xff] {
            for stop in (0u8..0x20).chain([b'"', b'\\']) {
                for at in 0..20 {
                    for second in [None, Some(at + 1), Some(at + 3)] {
                        let mut b = vec![fill; 20];
                        b[at] = stop;
                        if let Some(s) = second.filter(|&s| s < 20) {
                            b[s] = b'"';
                        }
                        for from in 0..=20 {
                            assert_eq!(plain_run_end(&b, from), naive(&b, from));
                        }
                    }
                }
            }
            assert_eq!(plain_run_end(&[fill; 19], 0), 19);
        }
    }
}

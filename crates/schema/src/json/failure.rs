//! Why reading stopped: [`Error`], and the field path and position it reports.

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

    pub(super) fn syntax(offset: usize, message: &'static str) -> Error {
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

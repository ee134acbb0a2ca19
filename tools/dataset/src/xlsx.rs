//! Reading tables out of the agencies' xlsx workbooks with calamine.
//!
//! Every error names the file (relative to the sources folder) and what is wrong with it.

use anyhow::{anyhow, bail, Context, Result};
use calamine::{open_workbook, Data, Reader, Xlsx};
use std::path::Path;

/// One sheet's rows below its header row, with the header's column positions.
pub struct Table {
    pub file: String,
    pub headers: Vec<String>,
    range: calamine::Range<Data>,
    header_row: usize,
}

/// Opens `rel` under `root` and returns the sheet `sheet` (or the first sheet when `None`),
/// starting below the first row (among the first 20) that holds every `required` header.
pub fn read_table(root: &Path, rel: &str, sheet: Option<&str>, required: &[&str]) -> Result<Table> {
    let path = root.join(rel);
    if !path.is_file() {
        bail!("{rel}: file not found (looked for {})", path.display());
    }
    let mut wb: Xlsx<_> = open_workbook(&path)
        .map_err(|e| anyhow!("{rel}: cannot be read as an xlsx workbook: {e}"))?;
    let range = match sheet {
        Some(name) => wb
            .worksheet_range(name)
            .map_err(|e| anyhow!("{rel}: cannot read sheet '{name}': {e}"))?,
        None => wb
            .worksheet_range_at(0)
            .ok_or_else(|| anyhow!("{rel}: the workbook has no sheet"))?
            .map_err(|e| anyhow!("{rel}: cannot read the first sheet: {e}"))?,
    };
    for (i, row) in range.rows().enumerate().take(20) {
        let headers: Vec<String> = row.iter().map(|c| norm_header(&text(c))).collect();
        if required
            .iter()
            .all(|h| headers.iter().any(|x| x == &norm_header(h)))
        {
            return Ok(Table {
                file: rel.to_string(),
                headers,
                range,
                header_row: i,
            });
        }
    }
    // Name the first required column that no early row has.
    let missing = required
        .iter()
        .find(|h| {
            !range
                .rows()
                .take(20)
                .any(|row| row.iter().any(|c| norm_header(&text(c)) == norm_header(h)))
        })
        .unwrap_or(&required[0]);
    bail!(
        "{rel}{}: missing column '{missing}'",
        sheet.map(|s| format!(" (sheet '{s}')")).unwrap_or_default()
    )
}

impl Table {
    /// The rows below the header row.
    pub fn rows(&self) -> impl Iterator<Item = &[Data]> {
        self.range.rows().skip(self.header_row + 1)
    }

    /// Position of a header (which `read_table` has checked exists).
    pub fn col(&self, name: &str) -> Result<usize> {
        let n = norm_header(name);
        self.headers
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| anyhow!("{}: missing column '{name}'", self.file))
    }
}

fn norm_header(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A cell as text: strings trimmed; whole numbers without a decimal point.
pub fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                format!("{f}")
            }
        }
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

/// A cell at `i` (empty when the row is short).
pub fn cell(row: &[Data], i: usize) -> &Data {
    static EMPTY: Data = Data::Empty;
    row.get(i).unwrap_or(&EMPTY)
}

/// A numeric cell; `None` for the agencies' "not available" marks (empty, dashes).
pub fn number(file: &str, row: &[Data], i: usize, what: &str) -> Result<Option<f64>> {
    match cell(row, i) {
        Data::Float(f) => Ok(Some(*f)),
        Data::Int(n) => Ok(Some(*n as f64)),
        Data::Empty => Ok(None),
        other => {
            let t = text(other);
            if t.is_empty() || t == "-" || t == "–" || t == "—" {
                return Ok(None);
            }
            t.replace(',', "")
                .parse::<f64>()
                .map(Some)
                .with_context(|| format!("{file}: {what}: expected a number, found {t:?}"))
        }
    }
}

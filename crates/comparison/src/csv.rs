//! The comparison as a CSV file, for a visitor's "Download CSV": one line per comparison row
//! with the two professions' values as the tables show them, and each figure's source with
//! its vintage. UTF-8 with a byte-order mark (spreadsheet programs then read it as UTF-8), CRLF
//! line ends and RFC 4180 quoting.

use crate::comparison::{source, Comparison, MISSING};
use crate::search::normalize;
use career_schema::DatasetIndex;

/// The byte-order mark the file starts with.
pub const BOM: char = '\u{feff}';

/// The whole file: a header line, then one line per row of every table, in reading order.
pub fn csv(index: &DatasetIndex, c: &Comparison) -> String {
    let [a, b] = &c.titles;
    let mut out = String::from(BOM);
    line(
        &mut out,
        &[
            "Table",
            "Row",
            a,
            b,
            &format!("Source for {a}"),
            &format!("Source for {b}"),
        ],
    );
    for section in &c.sections {
        for row in &section.rows {
            let source_text = |i: usize| -> String {
                let id = row.sources[i].as_deref().unwrap_or_default();
                match source(index, id) {
                    Some(s) => format!("{}, {} ({})", s.agency, s.title, s.vintage),
                    None => id.to_string(),
                }
            };
            let value = |i: usize| -> &str {
                let cell = &row.cells[i];
                if cell.is_missing() {
                    MISSING
                } else {
                    &cell.text
                }
            };
            line(
                &mut out,
                &[
                    section.id.caption(),
                    row.label,
                    value(0),
                    value(1),
                    &source_text(0),
                    &source_text(1),
                ],
            );
        }
    }
    out
}

/// The file's name, after the pair (and the place, when pay is a state's or an area's):
/// `loan-officers-vs-software-developers.csv`, `…-maryland.csv`.
pub fn file_name(c: &Comparison) -> String {
    let mut words = vec![c.titles[0].as_str(), "vs", c.titles[1].as_str()];
    if let Some(place) = &c.place {
        words.push(place);
    }
    name_from(&words)
}

/// `words` as search normalises them (accents and case folded, anything else a space), kept
/// to ASCII letters and digits, joined by hyphens.
fn name_from(words: &[&str]) -> String {
    let mut name = String::new();
    for word in words {
        for ch in normalize(word).chars() {
            match ch {
                'a'..='z' | '0'..='9' => name.push(ch),
                _ if !name.is_empty() && !name.ends_with('-') => name.push('-'),
                _ => {}
            }
        }
        if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
        // (a file name of a reasonable length, whatever the titles)
        if name.len() > 120 {
            break;
        }
    }
    let name = name.trim_end_matches('-');
    format!("{}.csv", if name.is_empty() { "comparison" } else { name })
}

/// One line of fields, quoted where they need it.
fn line(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // A field a spreadsheet would take for a formula is given a leading apostrophe, so a
        // hostile dataset's text stays text (OWASP's advice on CSV injection).
        let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if formula || field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            if formula {
                out.push('\'');
            }
            for ch in field.chars() {
                if ch == '"' {
                    out.push('"');
                }
                out.push(ch);
            }
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_where_they_need_it() {
        let mut out = String::new();
        line(
            &mut out,
            &[
                "plain",
                "$76,690",
                "say \"hi\"",
                "two\nlines",
                "=1+1",
                "−2.3%",
            ],
        );
        assert_eq!(
            out,
            "plain,\"$76,690\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=1+1\",−2.3%\r\n"
        );
    }

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(
            name_from(&["Café Cooks, Ästhetik", "vs", "../Tellers", "MD"]),
            "cafe-cooks-asthetik-vs-tellers-md.csv"
        );
        assert_eq!(name_from(&["仕事", "vs", "—"]), "vs.csv");
        assert_eq!(name_from(&["", ""]), "comparison.csv");
    }
}

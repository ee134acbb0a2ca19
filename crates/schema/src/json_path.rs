//! The field path (`professions[3].title`) at a line and column of a JSON text.
//!
//! serde_json reports where a value failed to match the schema by line and column; this
//! module turns that position into the path a person can look up. Doing it after the fact
//! with one small non-generic scanner, instead of wrapping every deserializer call (as
//! serde_path_to_error does), keeps the decoder fast and the WebAssembly small: it costs
//! nothing unless decoding has already failed.

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the value at `line`/`column` (1-based, as serde_json counts: the column is
/// the byte in the line) of `text`. The scan includes the byte at the position, so an error
/// reported at an object's closing brace (a missing field) names that object.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i <= end && i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, key }) => {
                    *expecting_key = true;
                    *key = None;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = string_end(bytes, start);
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut() {
                    if *expecting_key {
                        *key = Some(unescape(&text[start..i.min(bytes.len())]));
                        *expecting_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// Byte offset of a 1-based line and column; the last byte when past the end.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + column.saturating_sub(1).min(l.len());
        }
        offset += l.len();
    }
    text.len().saturating_sub(1)
}

/// Index of the closing quote of a string whose contents start at `start`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Keys are almost always plain; decode the common escapes for the rare one that is not.
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
}

#[cfg(test)]
mod tests {
    use super::path_at;

    fn at(text: &str, needle: &str) -> String {
        let off = text.find(needle).unwrap() + needle.len() - 1;
        let line = text[..off].matches('\n').count() + 1;
        let col = off - text[..off].rfind('\n').map_or(0, |i| i + 1) + 1;
        path_at(text, line, col)
    }

    #[test]
    fn nested_keys_and_indexes() {
        let t = r#"{"a": [{"x": 1}, {"y": {"z": "bad"}}]}"#;
        assert_eq!(at(t, "\"bad\""), "a[1].y.z");
    }

    #[test]
    fn closing_brace_names_the_object() {
        let t = "{\n \"list\": [\n  {\"k\": 1},\n  {\"k\": 2}\n ]\n}";
        assert_eq!(at(t, "{\"k\": 2}"), "list[1]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_are_skipped() {
        let t = r#"{"a": "x}]\"[{", "b\"c": [1, 2, true]}"#;
        assert_eq!(at(t, "true"), "b\"c[2]");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[\\[\\]{}\":,0-9a-z\\\\ \n]{0,200}", line in 0usize..6, column in 0usize..80) {
            let _ = path_at(&text, line, column);
        }
    }
}

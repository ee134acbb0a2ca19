//! The normal form every name and query is searched in.

// Hand-written for the wasm size budget: no Unicode normalisation or case tables (see docs/performance.md).
/// Appends `s` normalised to `out` (see [`normalize`]).
pub(super) fn normalize_into(s: &str, out: &mut String) {
    let begin = out.len();
    let mut space = true;
    // a run of lower-case ASCII letters and digits, copied at once
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            space = false;
            continue;
        }
        if run < i {
            out.push_str(&s[run..i]);
        }
        run = i + c.len_utf8();
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            match crate::latin_fold::fold(c) {
                Some(f) => out.push_str(f),
                None => out.push(crate::latin_fold::lower(c)),
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.push_str(&s[run..]);
    if out.len() > begin && out.ends_with(' ') {
        out.pop();
    }
}

/// Folds diacritics and case and turns everything but letters and digits into single spaces:
/// "Técnico  de Préstamos/Loans" → "tecnico de prestamos loans".
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_accents_and_punctuation() {
        assert_eq!(
            normalize("  Técnico  de Préstamos/Loans "),
            "tecnico de prestamos loans"
        );
        assert_eq!(normalize("O*NET"), "o net");
    }
}

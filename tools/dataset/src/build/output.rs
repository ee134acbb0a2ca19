//! Writing the files: compact JSON as BLS publishes numbers, each file validated and read
//! back with the widget's own decoder before it is kept, and the JSON Schemas.

use anyhow::{anyhow, bail, Result};
use career_schema::*;
use std::collections::BTreeMap;

/// Compact JSON with whole numbers written without a fraction ("76690", not "76690.0"), so
/// dollar figures appear as BLS publishes them. Readers get the same f64 back.
pub fn to_json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>> {
    Ok(drop_zero_fractions(&serde_json::to_vec(v)?))
}

/// Rewrites number tokens like `76690.0` to `76690` outside JSON strings.
fn drop_zero_fractions(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let mut i = 0;
    let mut in_str = false;
    while i < json.len() {
        let b = json[i];
        if in_str {
            out.push(b);
            if b == b'\\' {
                if let Some(&n) = json.get(i + 1) {
                    out.push(n);
                    i += 1;
                }
            } else if b == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_str = true;
            out.push(b);
            i += 1;
            continue;
        }
        if b == b'-' || b.is_ascii_digit() {
            let start = i;
            while i < json.len()
                && matches!(json[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
            {
                i += 1;
            }
            let tok = &json[start..i];
            match tok.strip_suffix(b".0") {
                Some(int) if int.iter().all(|c| c.is_ascii_digit() || *c == b'-') => {
                    out.extend_from_slice(int)
                }
                _ => out.extend_from_slice(tok),
            }
            continue;
        }
        out.push(b);
        i += 1;
    }
    out
}

fn fail_problems(what: &str, p: &[career_schema::Problem]) -> Result<()> {
    if p.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = p
        .iter()
        .map(|x| format!("  {}: expected {}, found {}", x.path, x.expected, x.found))
        .collect();
    bail!("{what} fails validation:\n{}", lines.join("\n"))
}

/// The bytes of a profession file, once it validates and reads back to the same value.
pub fn profession_bytes(prof: &Profession) -> Result<Vec<u8>> {
    let code = prof.code.as_str();
    fail_problems(
        &format!("professions/{code}.json"),
        &validate::profession(prof, Some(code)),
    )?;
    let bytes = to_json(prof)?;
    let back = decode_profession(code, &bytes).map_err(|e| anyhow!("{e}"))?;
    if &back != prof {
        bail!("professions/{code}.json does not read back to the same value");
    }
    Ok(bytes)
}

/// Adds `index.json` and `titles.json`, once both validate and decode.
pub fn index_and_titles(
    index: &DatasetIndex,
    titles: &TitleIndex,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<()> {
    fail_problems(INDEX_FILE, &validate::index(index))?;
    fail_problems(TITLES_FILE, &validate::titles(titles, index))?;
    let ib = to_json(index)?;
    decode_index(&ib).map_err(|e| anyhow!("{e}"))?;
    let tb = to_json(titles)?;
    decode_titles(&tb, index).map_err(|e| anyhow!("{e}"))?;
    files.insert(INDEX_FILE.into(), ib);
    files.insert(TITLES_FILE.into(), tb);
    Ok(())
}

/// Adds `areas.json` and every `areas/{code}.json`, once each validates and reads back.
pub fn areas(
    list: &AreaIndex,
    pay: &[AreaPay],
    index: &DatasetIndex,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<()> {
    fail_problems(AREAS_FILE, &validate::areas(list, index))?;
    let lb = to_json(list)?;
    decode_areas(&lb, index).map_err(|e| anyhow!("{e}"))?;
    files.insert(AREAS_FILE.into(), lb);
    for a in pay {
        let file = area_file(&a.area.code);
        fail_problems(&file, &validate::area_pay(a, &a.area.code, index))?;
        let bytes = to_json(a)?;
        let back = decode_area_pay(&a.area.code, &bytes, index).map_err(|e| anyhow!("{e}"))?;
        if &back != a {
            bail!("{file} does not read back to the same value");
        }
        files.insert(file, bytes);
    }
    Ok(())
}

/// Adds the JSON Schemas of the file types, pretty-printed.
pub fn schemas(files: &mut BTreeMap<String, Vec<u8>>) -> Result<()> {
    for (name, schema) in [
        (
            "schema/index.schema.json",
            schemars::schema_for!(DatasetIndex),
        ),
        (
            "schema/profession.schema.json",
            schemars::schema_for!(Profession),
        ),
        (
            "schema/titles.schema.json",
            schemars::schema_for!(TitleIndex),
        ),
        ("schema/areas.schema.json", schemars::schema_for!(AreaIndex)),
        ("schema/area.schema.json", schemars::schema_for!(AreaPay)),
    ] {
        let mut b = serde_json::to_vec_pretty(&schema)?;
        b.push(b'\n');
        files.insert(name.into(), b);
    }
    Ok(())
}

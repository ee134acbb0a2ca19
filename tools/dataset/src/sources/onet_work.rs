//! O*NET 29.2 (Excel release), what the work is and whom it suits: task statements, emerging
//! tasks, related occupations, interests, work values, work styles and tools. Every list keeps
//! the workbook's row order, which is O*NET's own order.

use super::onet::{onet_code, onet_file, ratings, titles, CODE};
use crate::xlsx::{cell, number, read_table, text};
use anyhow::{anyhow, bail, Result};
use career_schema::{EMERGING_CATEGORIES, RELATEDNESS_TIERS};
use std::collections::BTreeMap;
use std::path::Path;

pub struct OnetWork {
    /// O*NET-SOC code → its task statements.
    pub tasks: BTreeMap<String, TaskRows>,
    /// O*NET-SOC code → [(task, category "New" or "Revision")].
    pub emerging: BTreeMap<String, Vec<(String, String)>>,
    /// O*NET-SOC code → its related occupations, in the file's (index) order.
    pub related: BTreeMap<String, Vec<RelatedRow>>,
    pub interests: BTreeMap<String, ProfileRows>,
    pub work_values: BTreeMap<String, ProfileRows>,
    /// O*NET-SOC code → [(work style, importance)], element order.
    pub work_styles: BTreeMap<String, Vec<(String, f64)>>,
    /// O*NET-SOC code → tool examples.
    pub tools: BTreeMap<String, Vec<String>>,
    /// Element name → its Content Model Reference description, for the interest and work
    /// value elements.
    pub definitions: BTreeMap<String, String>,
}

/// One occupation's task statements by Task Type, each list in O*NET's order.
#[derive(Default)]
pub struct TaskRows {
    pub core: Vec<String>,
    pub supplemental: Vec<String>,
    /// Tasks without a Task Type: listed by O*NET's analysts, not yet rated by incumbents.
    pub unrated: Vec<String>,
}

pub struct RelatedRow {
    pub onet_code: String,
    /// Position in [`RELATEDNESS_TIERS`].
    pub tier: usize,
    pub index: u32,
}

/// One occupation's ratings on a profile scale and its high points.
pub struct ProfileRows {
    /// (element, rating), in element order.
    pub scores: Vec<(String, f64)>,
    /// The high-point elements' names, first to third, "no high point" (0) left out.
    pub high_points: Vec<String>,
}

fn tasks(root: &Path) -> Result<BTreeMap<String, TaskRows>> {
    let f = onet_file("Task Statements");
    let t = read_table(root, &f, None, &[CODE, "Task", "Task Type"])?;
    let (cc, ct, cy) = (t.col(CODE)?, t.col("Task")?, t.col("Task Type")?);
    let mut m: BTreeMap<String, TaskRows> = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let task = text(cell(row, ct));
        if task.is_empty() {
            bail!("{f}: {code}: empty Task");
        }
        let e = m.entry(code.clone()).or_default();
        match text(cell(row, cy)).as_str() {
            "Core" => e.core.push(task),
            "Supplemental" => e.supplemental.push(task),
            "" | "n/a" => e.unrated.push(task),
            other => bail!("{f}: {code}: unknown Task Type {other:?}"),
        }
    }
    Ok(m)
}

fn emerging(root: &Path) -> Result<BTreeMap<String, Vec<(String, String)>>> {
    let f = onet_file("Emerging Tasks");
    let t = read_table(root, &f, None, &[CODE, "Task", "Category"])?;
    let (cc, ct, ck) = (t.col(CODE)?, t.col("Task")?, t.col("Category")?);
    let mut m: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let (task, cat) = (text(cell(row, ct)), text(cell(row, ck)));
        if task.is_empty() {
            bail!("{f}: {code}: empty Task");
        }
        if !EMERGING_CATEGORIES.contains(&cat.as_str()) {
            bail!("{f}: {code}: unknown Category {cat:?}");
        }
        m.entry(code).or_default().push((task, cat));
    }
    Ok(m)
}

fn related(root: &Path) -> Result<BTreeMap<String, Vec<RelatedRow>>> {
    let f = onet_file("Related Occupations");
    let (rc, tc, ic) = ("Related O*NET-SOC Code", "Relatedness Tier", "Index");
    let t = read_table(root, &f, None, &[CODE, rc, tc, ic])?;
    let (cc, cr, ct, ci) = (t.col(CODE)?, t.col(rc)?, t.col(tc)?, t.col(ic)?);
    let mut m: BTreeMap<String, Vec<RelatedRow>> = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let tier_text = text(cell(row, ct));
        let tier = RELATEDNESS_TIERS
            .iter()
            .position(|t| *t == tier_text)
            .ok_or_else(|| anyhow!("{f}: {code}: unknown Relatedness Tier {tier_text:?}"))?;
        let index = number(&f, row, ci, &format!("{code} Index"))?
            .filter(|i| *i >= 1.0 && i.fract() == 0.0)
            .ok_or_else(|| anyhow!("{f}: {code}: Index is not a whole number from 1"))?;
        m.entry(code).or_default().push(RelatedRow {
            onet_code: onet_code(&f, &text(cell(row, cr)))?,
            tier,
            index: index as u32,
        });
    }
    Ok(m)
}

/// A profile workbook (Interests, Work Values): the ratings on scale `scale` and the high
/// points on scale `high`, whose Data Value is the position (1–6) of an element of `scale` in
/// element order, 0 meaning no high point (the O*NET dictionary's mapping).
fn profiles(
    root: &Path,
    name: &str,
    scale: &str,
    high: &str,
) -> Result<BTreeMap<String, ProfileRows>> {
    let f = onet_file(name);
    let req = [CODE, "Element ID", "Element Name", "Scale ID", "Data Value"];
    let t = read_table(root, &f, None, &req)?;
    let (cc, cid, cn, cs, cv) = (
        t.col(CODE)?,
        t.col("Element ID")?,
        t.col("Element Name")?,
        t.col("Scale ID")?,
        t.col("Data Value")?,
    );
    // (element id, name, value) per code and scale, sorted by element id below
    type Rows = Vec<(String, String, f64)>;
    let mut by: BTreeMap<String, (Rows, Rows)> = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let (id, el, sc) = (
            text(cell(row, cid)),
            text(cell(row, cn)),
            text(cell(row, cs)),
        );
        let v = number(&f, row, cv, &format!("{code} {el} Data Value"))?
            .ok_or_else(|| anyhow!("{f}: {code} {el}: empty Data Value"))?;
        if sc != scale && sc != high {
            bail!("{f}: {code} {el}: unexpected Scale ID {sc:?}");
        }
        let e = by.entry(code).or_default();
        if sc == scale { &mut e.0 } else { &mut e.1 }.push((id, el, v));
    }
    let mut m = BTreeMap::new();
    for (code, (mut scores, mut highs)) in by {
        scores.sort_by(|a, b| a.0.cmp(&b.0));
        highs.sort_by(|a, b| a.0.cmp(&b.0));
        if scores.len() != 6 || highs.len() != 3 {
            bail!(
                "{f}: {code}: expected 6 {scale} and 3 {high} rows, found {} and {}",
                scores.len(),
                highs.len()
            );
        }
        let mut high_points = Vec::new();
        for (_, el, v) in &highs {
            if *v == 0.0 {
                continue;
            }
            if !(1.0..=6.0).contains(v) || v.fract() != 0.0 {
                bail!("{f}: {code} {el}: high point {v} is not 0 or an element from 1 to 6");
            }
            high_points.push(scores[*v as usize - 1].1.clone());
        }
        let scores = scores.into_iter().map(|(_, n, v)| (n, v)).collect();
        m.insert(
            code,
            ProfileRows {
                scores,
                high_points,
            },
        );
    }
    Ok(m)
}

/// Content Model Reference: the descriptions of the interest (1.B.1.a–f) and work value
/// (1.B.2.a–f) elements, by name.
fn definitions(root: &Path) -> Result<BTreeMap<String, String>> {
    let f = onet_file("Content Model Reference");
    let t = read_table(
        root,
        &f,
        None,
        &["Element ID", "Element Name", "Description"],
    )?;
    let (ci, cn, cd) = (
        t.col("Element ID")?,
        t.col("Element Name")?,
        t.col("Description")?,
    );
    let mut m = BTreeMap::new();
    for row in t.rows() {
        let id = text(cell(row, ci));
        let parent_and_leaf = id
            .strip_prefix("1.B.1.")
            .or_else(|| id.strip_prefix("1.B.2."));
        if matches!(parent_and_leaf, Some("a" | "b" | "c" | "d" | "e" | "f")) {
            m.insert(text(cell(row, cn)), text(cell(row, cd)));
        }
    }
    if m.len() != 12 {
        bail!(
            "{f}: expected 12 interest and work value elements, found {}",
            m.len()
        );
    }
    Ok(m)
}

pub fn load_onet_work(root: &Path) -> Result<OnetWork> {
    Ok(OnetWork {
        tasks: tasks(root)?,
        emerging: emerging(root)?,
        related: related(root)?,
        interests: profiles(root, "Interests", "OI", "IH")?,
        work_values: profiles(root, "Work Values", "EX", "VH")?,
        work_styles: ratings(root, "Work Styles")?,
        tools: titles(root, "Tools Used", "Example")?,
        definitions: definitions(root)?,
    })
}

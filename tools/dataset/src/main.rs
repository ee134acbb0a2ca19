//! career-dataset: builds the career-compare dataset (`data/`) from the raw BLS, Census and
//! O*NET files. See README.md beside this crate for the rules.
//!
//! Usage: career-dataset [--sources DIR] [--out DIR] [--check]

mod build;
mod sources;
mod xlsx;

use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    sources: PathBuf,
    out: PathBuf,
    check: bool,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        sources: PathBuf::from("../shared/data/sources"),
        out: PathBuf::from("data"),
        check: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--sources" => {
                a.sources = it
                    .next()
                    .ok_or_else(|| anyhow!("--sources needs a folder"))?
                    .into()
            }
            "--out" => {
                a.out = it
                    .next()
                    .ok_or_else(|| anyhow!("--out needs a folder"))?
                    .into()
            }
            "--check" => a.check = true,
            "-h" | "--help" => {
                println!("usage: career-dataset [--sources DIR] [--out DIR] [--check]\n\n  --sources DIR  raw source files (default ../shared/data/sources)\n  --out DIR      dataset folder to write (default data)\n  --check        build in memory and compare with --out; exit 1 listing differing files");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (try --help)"),
        }
    }
    Ok(a)
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e:#}");
        std::process::exit(2);
    }
}

fn gz_len(b: &[u8]) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap().len()
}

fn run() -> Result<()> {
    let args = parse_args()?;
    let t0 = Instant::now();
    let inputs = build::load(&args.sources)?;
    let t1 = Instant::now();
    let ds = build::build(&inputs)?;
    let mut timings = inputs.timings.clone();
    timings.push(("joining, validating", t1.elapsed()));
    let elapsed = t0.elapsed();

    if args.check {
        let diffs = compare(&ds.files, &args.out)?;
        if diffs.is_empty() {
            println!(
                "check: {} matches a fresh build ({} files)",
                args.out.display(),
                ds.files.len()
            );
            return Ok(());
        }
        eprintln!("check: {} differs from a fresh build:", args.out.display());
        for d in &diffs {
            eprintln!("  {d}");
        }
        std::process::exit(1);
    }

    write_atomically(&ds.files, &args.out)?;
    print_report(&ds, elapsed, &timings);
    Ok(())
}

/// Lists files that differ, are missing from `out`, or are extra in `out`.
fn compare(files: &BTreeMap<String, Vec<u8>>, out: &Path) -> Result<Vec<String>> {
    let mut diffs = Vec::new();
    let mut on_disk = Vec::new();
    if out.is_dir() {
        list_files(out, out, &mut on_disk)?;
    }
    for (rel, bytes) in files {
        match std::fs::read(out.join(rel)) {
            Ok(b) if &b == bytes => {}
            Ok(_) => diffs.push(format!("differs: {rel}")),
            Err(_) => diffs.push(format!("missing: {rel}")),
        }
    }
    for rel in on_disk {
        if !files.contains_key(&rel) {
            diffs.push(format!("extra: {rel}"));
        }
    }
    Ok(diffs)
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            list_files(root, &p, out)?;
        } else {
            let rel = p.strip_prefix(root)?.to_string_lossy().replace('\\', "/");
            out.push(rel);
        }
    }
    out.sort();
    Ok(())
}

/// Writes every file into a temporary folder beside `out`, then swaps it into place, so a
/// failure leaves `out` as it was.
fn write_atomically(files: &BTreeMap<String, Vec<u8>>, out: &Path) -> Result<()> {
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir()?.join(out)
    };
    let parent = out
        .parent()
        .ok_or_else(|| anyhow!("--out has no parent folder"))?;
    let name = out
        .file_name()
        .ok_or_else(|| anyhow!("--out has no name"))?
        .to_string_lossy()
        .to_string();
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.new-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    let _ = std::fs::remove_dir_all(&tmp);
    let result = (|| -> Result<()> {
        for (rel, bytes) in files {
            let p = tmp.join(rel);
            std::fs::create_dir_all(p.parent().unwrap())?;
            std::fs::write(&p, bytes).with_context(|| format!("cannot write {}", p.display()))?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if out.exists() {
        std::fs::rename(&out, &old)
            .with_context(|| format!("cannot move {} aside", out.display()))?;
    }
    if let Err(e) = std::fs::rename(&tmp, &out) {
        let _ = std::fs::rename(&old, &out);
        return Err(anyhow!(
            "cannot move the new dataset into {}: {e}",
            out.display()
        ));
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

fn print_report(
    ds: &build::Dataset,
    elapsed: std::time::Duration,
    timings: &[(&str, std::time::Duration)],
) {
    let c = &ds.coverage;
    let n = c.occupations;
    let pct = |k: usize| format!("{k:>4} / {n} ({:.1}%)", 100.0 * k as f64 / n.max(1) as f64);
    println!("Coverage");
    println!("  occupations written   {n}");
    println!("  description           {}", pct(c.description));
    println!("  aliases (titles.json) {}", pct(c.aliases));
    println!("  annual pay            {}", pct(c.pay));
    println!("  hourly pay            {}", pct(c.hourly));
    println!("  state pay             {}", pct(c.state_pay));
    println!("  top state             {}", pct(c.top_state));
    println!("  top metro             {}", pct(c.top_metro));
    println!("  top industry          {}", pct(c.top_industry));
    println!(
        "  areas                 {} areas, {} area cells",
        c.areas, c.area_cells
    );
    println!("  growth (EP)           {}", pct(c.growth));
    println!("  entry (EP)            {}", pct(c.entry));
    println!("  attainment            {}", pct(c.attainment));
    println!("  job zone              {}", pct(c.job_zone));
    println!("  time to become        {}", pct(c.time_to_become));
    println!("  demographics (CPS)    {}", pct(c.demographics));
    println!("  skills rated          {}", pct(c.skills_rated));
    println!("  knowledge rated       {}", pct(c.knowledge_rated));
    println!("  hot technologies      {}", pct(c.technologies));
    println!("  work styles           {}", pct(c.work_styles));
    println!("  tools                 {}", pct(c.tools));
    println!("  tasks                 {}", pct(c.tasks));
    println!("  related occupations   {}", pct(c.related));
    println!("  interests             {}", pct(c.interests));
    println!("  work values           {}", pct(c.work_values));
    let parts: Vec<String> = timings
        .iter()
        .map(|(what, d)| format!("{what} {:.1} s", d.as_secs_f64()))
        .collect();
    println!(
        "Run time: {:.1} s ({})",
        elapsed.as_secs_f64(),
        parts.join(", ")
    );

    println!("Sizes (raw / gzip)");
    let f = &ds.files;
    let index = &f[career_schema::INDEX_FILE];
    let titles = &f[career_schema::TITLES_FILE];
    let (ig, tg) = (gz_len(index), gz_len(titles));
    println!("  index.json            {} / {}", kb(index.len()), kb(ig));
    println!("  titles.json           {} / {}", kb(titles.len()), kb(tg));
    let mut profs: Vec<(&String, usize, usize)> = f
        .iter()
        .filter(|(k, _)| k.starts_with("professions/"))
        .map(|(k, v)| (k, v.len(), gz_len(v)))
        .collect();
    let raw: usize = profs.iter().map(|x| x.1).sum();
    let gz: usize = profs.iter().map(|x| x.2).sum();
    println!(
        "  professions/*.json    {} / {} in {} files",
        kb(raw),
        kb(gz),
        profs.len()
    );
    profs.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    if let Some(l) = profs.first() {
        println!(
            "  largest profession    {} / {} ({})",
            kb(l.1),
            kb(l.2),
            l.0
        );
    }
    let mut areas: Vec<(&String, usize)> = f
        .iter()
        .filter(|(k, _)| k.starts_with("areas/"))
        .map(|(k, v)| (k, gz_len(v)))
        .collect();
    areas.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if let (Some(list), Some(l)) = (f.get(career_schema::AREAS_FILE), areas.first()) {
        println!(
            "  areas.json            {} / {}; areas/*.json in {} files, largest {} gzip ({})",
            kb(list.len()),
            kb(gz_len(list)),
            areas.len(),
            kb(l.1),
            l.0
        );
    }
    let schema: Vec<&Vec<u8>> = f
        .iter()
        .filter(|(k, _)| k.starts_with("schema/"))
        .map(|(_, v)| v)
        .collect();
    println!(
        "  schema/*.json         {} / {} in {} files",
        kb(schema.iter().map(|v| v.len()).sum()),
        kb(schema.iter().map(|v| gz_len(v)).sum()),
        schema.len()
    );
    let two: usize = profs.iter().take(2).map(|x| x.2).sum();
    let budget = 120 * 1024;
    println!(
        "  deep-link budget      index.json gz + two largest professions gz = {} of {} ({})",
        kb(ig + two),
        kb(budget),
        if ig + two <= budget { "within" } else { "OVER" }
    );
}

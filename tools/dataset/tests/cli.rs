//! Runs the builder binary: determinism, freshness of the committed data/, and failures on
//! missing or malformed source files (which must leave the output folder untouched).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
fn sources() -> PathBuf {
    // The same folder as tools/run's: CAREER_COMPARE_SOURCES, else ../shared beside the checkout.
    let dir = std::env::var_os("CAREER_COMPARE_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/data/sources"));
    assert!(dir.is_dir(), "raw sources not found at {} (set CAREER_COMPARE_SOURCES)", dir.display());
    dir
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("career-dataset-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_career-dataset"))
        .args(args)
        .output()
        .expect("run career-dataset")
}

fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut v = Vec::new();
    walk(root, root, &mut v);
    v.sort();
    v
}

/// Builds twice (in parallel) into two folders and compares every byte; the result must also
/// equal the committed data/ (so data/ is never stale).
#[test]
fn output_is_byte_identical_across_runs_and_matches_committed_data() {
    let base = tmp("determinism");
    let (a, b) = (base.join("a"), base.join("b"));
    let runs: Vec<_> = [a.clone(), b.clone()]
        .into_iter()
        .map(|out| {
            std::thread::spawn(move || {
                run(&[
                    "--sources".as_ref(),
                    sources().as_os_str(),
                    "--out".as_ref(),
                    out.as_os_str(),
                ])
            })
        })
        .collect();
    for r in runs {
        let o = r.join().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(
        fa.len(),
        830 + 528 + 8,
        "830 professions, 528 areas, index, titles, areas.json, 5 schema files"
    );
    assert!(fa == fb, "two runs differ");
    let committed = files(&workspace().join("data"));
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&fa),
        "committed data/ has other files than a build"
    );
    for ((name, x), (_, y)) in fa.iter().zip(&committed) {
        assert!(
            x == y,
            "committed data/{name} is stale: run `cargo run --release -p career-dataset`"
        );
    }
    let _ = std::fs::remove_dir_all(&base);
}

/// A copy of the sources folder made of symlinks, with `replace` files swapped for `content`
/// (or removed when `None`).
fn fake_sources(base: &Path, replace: &str, content: Option<&[u8]>) -> PathBuf {
    fn link(src: &Path, dst: &Path) {
        std::fs::create_dir_all(dst).unwrap();
        for e in std::fs::read_dir(src).unwrap() {
            let p = e.unwrap().path();
            let d = dst.join(p.file_name().unwrap());
            if p.is_dir() {
                link(&p, &d);
            } else {
                std::os::unix::fs::symlink(&p, &d).unwrap();
            }
        }
    }
    let root = base.join("sources");
    link(&sources(), &root);
    let target = root.join(replace);
    std::fs::remove_file(&target).unwrap();
    if let Some(c) = content {
        std::fs::write(&target, c).unwrap();
    }
    root
}

fn expect_failure(name: &str, replace: &str, content: Option<&[u8]>, message: &str) {
    let base = tmp(name);
    let src = fake_sources(&base, replace, content);
    let out = base.join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep.txt"), b"untouched").unwrap();
    let o = run(&[
        "--sources".as_ref(),
        src.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{name}: should fail");
    assert!(
        err.contains(replace),
        "{name}: message should name {replace}: {err}"
    );
    assert!(
        err.contains(message),
        "{name}: message should say {message:?}: {err}"
    );
    // The output folder is exactly as it was, and no temporary folder is left beside it.
    assert_eq!(
        files(&out),
        vec![("keep.txt".to_string(), b"untouched".to_vec())]
    );
    let leftovers: Vec<_> = std::fs::read_dir(&base)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn missing_source_file_fails_and_leaves_output_untouched() {
    expect_failure("missing", "onet/29.2_excel/Skills.xlsx", None, "not found");
}

#[test]
fn malformed_xlsx_fails_and_leaves_output_untouched() {
    expect_failure(
        "garbage-xlsx",
        "ep/occupation_2024-34.xlsx",
        Some(b"this is not a workbook"),
        "cannot be read as an xlsx workbook",
    );
}

#[test]
fn csv_without_a_column_fails_naming_it() {
    expect_failure(
        "bad-csv",
        "cps/cpsaat11_2025_parsed_from_bls_html.csv",
        Some(b"indent_level,occupation,total_employed_thousands\n0,Total,1\n"),
        "missing column 'pct_women'",
    );
}

#[test]
fn garbage_gzip_fails_naming_it() {
    expect_failure(
        "garbage-gz",
        "oews/oews-2025.sqlite.gz",
        Some(b"not gzip at all"),
        "not a valid gzip file",
    );
}

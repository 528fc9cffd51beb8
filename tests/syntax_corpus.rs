//! The syntax corpus (`tests/syntax/`) through the front end: every
//! `ok_*.py` compiles, every `err_*.py` fails with the exception type and
//! line that CPython 3.11 reports, as recorded in `err_*.exp` (one line,
//! `<ErrorType> <line>`, written by `tests/syntax/regen.py`).
//!
//! A kind matches CPython's when it is the same class, or `SyntaxError`
//! where CPython says `IndentationError` (a base class; `TabError` must be
//! reported as itself). `Incomplete` (source ended inside a bracket, string or
//! block header) is a `SyntaxError` when compiling a file. The line must be
//! CPython's exactly. A panic in the front end is a failure, not an abort.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use mupy::compile::{compile, CompileConfig, CompileError, ErrorKind, Mode};
use mupy::qstr::{Interner, QstrPool};

/// Ids the pool may hand out: far more than any corpus file interns.
const QSTR_LIMIT: u32 = 1 << 20;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax")
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("tests/syntax exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| {
            let name = file_name(p);
            p.extension().is_some_and(|x| x == "py")
                && (name.starts_with("ok_") || name.starts_with("err_"))
        })
        .collect();
    files.sort();
    files
}

fn file_name(p: &Path) -> &str {
    p.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

/// Compiles one file; `Err(text)` if the front end panicked.
fn compile_file(name: &str, source: &str) -> Result<Result<(), CompileError>, String> {
    let run = || {
        let mut pool = QstrPool::new(QSTR_LIMIT);
        let filename = pool
            .intern(name)
            .map_err(|e| CompileError::from_qstr(e, 0))?;
        compile(
            source,
            filename,
            Mode::File,
            &CompileConfig::default(),
            &mut pool,
        )
        .map(|_| ())
    };
    panic::catch_unwind(AssertUnwindSafe(run)).map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// The CPython class names a front-end error kind may stand for.
fn accepted_names(kind: ErrorKind) -> &'static [&'static str] {
    match kind {
        ErrorKind::SyntaxError | ErrorKind::Incomplete => &["SyntaxError", "IndentationError"],
        ErrorKind::IndentationError => &["IndentationError"],
        ErrorKind::TabError => &["TabError"],
        ErrorKind::MemoryError => &["MemoryError"],
        ErrorKind::NotImplementedError => &["NotImplementedError"],
    }
}

/// Checks one file; `Err(why)` describes a failure.
fn check(path: &Path) -> Result<(), String> {
    let name = file_name(path);
    let source = fs::read_to_string(path).map_err(|e| format!("unreadable: {e}"))?;
    let result = compile_file(name, &source).map_err(|p| format!("front end panicked: {p}"))?;
    if name.starts_with("ok_") {
        return result.map_err(|e| format!("does not compile: {e}"));
    }
    let exp_path = path.with_extension("exp");
    let exp =
        fs::read_to_string(&exp_path).map_err(|e| format!("no {}: {e}", exp_path.display()))?;
    let (want_kind, want_line) = exp
        .trim()
        .split_once(' ')
        .and_then(|(k, l)| Some((k, l.parse::<u32>().ok()?)))
        .ok_or_else(|| format!("malformed .exp: {exp:?}"))?;
    match result {
        Ok(()) => Err(format!("compiled; CPython says {want_kind} {want_line}")),
        Err(e) if !accepted_names(e.kind).contains(&want_kind) => {
            Err(format!("got {e}; CPython says {want_kind} {want_line}"))
        }
        Err(e) if e.line != want_line => {
            Err(format!("got {e}; CPython says {want_kind} {want_line}"))
        }
        Err(_) => Ok(()),
    }
}

#[test]
fn syntax_corpus() {
    let files = corpus_files();
    assert!(files.len() >= 100, "corpus not found or too small");
    // Silence the default hook so a caught panic prints once, in the report.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let results: Vec<(String, Result<(), String>)> = files
        .iter()
        .map(|p| (file_name(p).to_string(), check(p)))
        .collect();
    panic::set_hook(hook);
    // Known failures are a ratchet: listed files may fail (reported), a
    // listed file that passes must be taken off the list, and any other
    // failure fails the test.
    let known: Vec<String> = std::fs::read_to_string(corpus_dir().join("KNOWN_FAILURES.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let mut failed = 0;
    let mut new_failures = Vec::new();
    for (name, r) in &results {
        if let Err(why) = r {
            failed += 1;
            let tag = if known.contains(name) {
                "known"
            } else {
                "FAIL"
            };
            println!("{tag} {name}: {why}");
            if !known.contains(name) {
                new_failures.push(name.clone());
            }
        }
    }
    let fixed: Vec<&String> = known
        .iter()
        .filter(|k| results.iter().any(|(n, r)| n == *k && r.is_ok()))
        .collect();
    let passed = results.len() - failed;
    println!(
        "syntax: {passed} passed, {failed} failed ({} known)",
        failed - new_failures.len()
    );
    assert!(
        new_failures.is_empty(),
        "new syntax failures: {new_failures:?}"
    );
    assert!(
        fixed.is_empty(),
        "now passing, remove from KNOWN_FAILURES.txt: {fixed:?}"
    );
}

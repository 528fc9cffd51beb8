//! `cargo xtask asan [--repr a|c|d|all] [--no-build] [FILES]`: the
//! conformance corpus `tests/py` under AddressSanitizer. Builds the host
//! binary with nightly's `-Zsanitizer=address` (profile `quick`, its own
//! target directory `<target>/asan`), runs every program on each
//! representation and fails on any sanitizer report. Output is compared
//! with the expected output too, but only reported: whether a program is
//! right is `test-py`'s job (with its known-failure lists); this checks
//! that none touches memory it must not.
//!
//! Writes `target/figures/asan.json`:
//!
//! ```text
//! {date, commit, reprs: [{repr, programs, reports, same_output,
//!                         report_files: [name]}]}
//! ```
//!
//! The collector reads the native stack word by word (conservative roots,
//! `gc/src/stack.rs`); that read crosses ASan's stack redzones by design, so
//! the scan reads through inline assembly, which ASan does not instrument.
//! Leak detection is off (the binary leaves its heap arena to the OS at
//! exit), and so is use-after-return detection, which would move locals
//! off the stack the collector scans.

use crate::run::{root, target_dir, Result};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// ASan runs programs 2–3× slower than the plain build.
const TIMEOUT: Duration = Duration::from_secs(60);

const HOST: &str = "x86_64-unknown-linux-gnu";

#[derive(Serialize)]
struct ReprResult {
    repr: String,
    programs: usize,
    reports: usize,
    same_output: usize,
    report_files: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    date: String,
    commit: String,
    reprs: Vec<ReprResult>,
}

pub fn main(args: &[String]) -> Result {
    let mut reprs = vec!["a", "c", "d"];
    let mut build_it = true;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repr" => {
                reprs = match it.next().map(String::as_str) {
                    Some("all") => vec!["a", "c", "d"],
                    Some(r @ ("a" | "c" | "d")) => vec![r],
                    other => return Err(format!("asan: bad --repr {other:?}")),
                }
            }
            "--no-build" => build_it = false,
            f => files.push(PathBuf::from(f)),
        }
    }
    let dir = target_dir().join("asan");
    if build_it {
        build(&dir)?;
    }
    let binary = dir.join(HOST).join("quick/mupy");
    let py = root().join("tests/py");
    if files.is_empty() {
        files = crate::test_py::corpus(&py)?;
    }
    let mut report = Report {
        date: crate::dashboard::history::utc_now(),
        commit: crate::dashboard::history::git_commit(),
        reprs: Vec::new(),
    };
    for r in reprs {
        let start = Instant::now();
        let result = run_repr(&binary, r, &py, &files);
        eprintln!(
            "asan {r}: {} programs, {} sanitizer reports, {} with the expected output ({:.0} s)",
            result.programs,
            result.reports,
            result.same_output,
            start.elapsed().as_secs_f64()
        );
        for f in &result.report_files {
            eprintln!("  {f}");
        }
        report.reprs.push(result);
    }
    let out = root().join("target/figures");
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    fs::write(out.join("asan.json"), json + "\n").map_err(|e| e.to_string())?;
    let bad: usize = report.reprs.iter().map(|r| r.reports).sum();
    if bad == 0 {
        Ok(())
    } else {
        Err(format!(
            "asan: {bad} programs with a sanitizer report (target/figures/asan.json)"
        ))
    }
}

fn build(dir: &Path) -> Result {
    eprintln!("$ RUSTFLAGS=-Zsanitizer=address cargo +nightly build -p mupy-host --target {HOST} --profile quick");
    let status = Command::new("cargo")
        .args(["+nightly", "build", "-p", "mupy-host", "--profile", "quick"])
        .args(["--target", HOST])
        .env("RUSTFLAGS", "-Zsanitizer=address")
        .env("CARGO_TARGET_DIR", dir)
        .current_dir(root())
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("asan build failed: {status}"))
    }
}

/// Every file on two threads.
fn run_repr(binary: &Path, repr: &str, dir: &Path, files: &[PathBuf]) -> ReprResult {
    let next = AtomicUsize::new(0);
    let result = Mutex::new(ReprResult {
        repr: repr.to_string(),
        programs: 0,
        reports: 0,
        same_output: 0,
        report_files: Vec::new(),
    });
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                let (report, same) = run_one(binary, repr, dir, file);
                let mut r = result.lock().unwrap_or_else(|e| e.into_inner());
                r.programs += 1;
                r.same_output += usize::from(same);
                if let Some(why) = report {
                    r.reports += 1;
                    r.report_files.push(format!("{name}: {why}"));
                }
            });
        }
    });
    let mut r = result.into_inner().unwrap_or_else(|e| e.into_inner());
    r.report_files.sort();
    r
}

/// Runs one program: the sanitizer's report (its summary line), if any,
/// and whether stdout was the expected output.
fn run_one(binary: &Path, repr: &str, dir: &Path, file: &Path) -> (Option<String>, bool) {
    let out_path = std::env::temp_dir().join(format!(
        "mupy-asan-{}-{repr}-{}.out",
        std::process::id(),
        file.file_stem().and_then(|s| s.to_str()).unwrap_or("x")
    ));
    let err_path = out_path.with_extension("err");
    let (Ok(out), Ok(err)) = (fs::File::create(&out_path), fs::File::create(&err_path)) else {
        return (Some("cannot create temporary files".into()), false);
    };
    let child = Command::new(binary)
        .args(["--repr", repr])
        .arg(file)
        .current_dir(dir)
        // Use-after-return detection moves locals to a heap "fake stack",
        // out of the conservative scan's sight.
        .env(
            "ASAN_OPTIONS",
            "detect_leaks=0:detect_stack_use_after_return=0:abort_on_error=0",
        )
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return (Some(format!("cannot run: {e}")), false),
    };
    let start = Instant::now();
    let timed_out = loop {
        match child.try_wait() {
            Ok(Some(_)) => break false,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break true;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break false,
        }
    };
    let got = fs::read(&out_path).unwrap_or_default();
    let errs = String::from_utf8_lossy(&fs::read(&err_path).unwrap_or_default()).into_owned();
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    let same = !timed_out
        && crate::test_py::expected(file).is_some_and(|want| want.as_bytes() == got.as_slice());
    let report = errs
        .lines()
        .find(|l| {
            l.starts_with("SUMMARY: AddressSanitizer") || l.contains("ERROR: AddressSanitizer")
        })
        .map(str::to_string);
    (report, same)
}

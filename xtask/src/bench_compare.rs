//! `cargo xtask bench-compare [--quick] [--reps N] [--icount] [--timeout S]
//! [--heap SIZE] [--no-build] [PROGRAMS…]`: every `benches/py/*.py` on mupy (A, C, D),
//! CPython 3 and, when found (`MICROPYTHON=` or `micropython` on PATH),
//! MicroPython's unix port, in one run on one machine.
//!
//! Method:
//! - Runs are interleaved: repetition 1 of every program on every
//!   implementation, then repetition 2, …, so drift in machine load spreads
//!   over all implementations alike instead of penalising whichever ran last.
//! - A time is the CPU time (user + system, from `wait4`) of the whole
//!   process, start-up included: on a shared machine it moves far less with
//!   load than the wall clock, which is kept beside it (`wall_s`).
//! - CPython's stdout is the reference. A cell whose output differs, that
//!   exits with an error or outlives the timeout is marked failed, is not
//!   timed and is not run again. A cell slower than 5 s runs only once.
//! - Ratios are `time / CPython's time` (below 1 is faster) on the minimum;
//!   the geometric mean runs over the programs where both cells passed.
//! - `--icount` runs each passing cell once more under `valgrind
//!   --tool=cachegrind` for its instruction count (slow; off by default).
//! - CPython runs as `python3 -I -S`: no `PYTHON*` variables, no `site`
//!   (the start-up cost of a machine's site-packages is not CPython's).
//! - mupy and MicroPython get the same heap, `-X heapsize=` (`--heap`,
//!   default 16m): the programs measure speed, and a heap much smaller than
//!   their working set would measure the collector's limit instead.
//! - mupy runs with `--stats`, which gives peak heap and total bytes
//!   allocated per program; `mupy -c pass` gives the heap in use at boot.
//!
//! `MUPY=path` runs that binary instead of building one; `--no-build` uses
//! the release binary already in the target directory; `PROGRAMS` (file
//! stems) limit the run. Writes `target/figures/bench.json` (schema:
//! [`BenchReport`]).

use crate::run::{root, Result};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// `--quick`: enough repetitions for a min and a median, cheap enough for CI.
const QUICK_REPS: usize = 3;
const DEFAULT_REPS: usize = 7;
/// Every benchmark takes well under a second on CPython, but MicroPython
/// spends tens of seconds on `dict_set` (its 16-bit string hash); a cell
/// still running after this has hung.
const DEFAULT_TIMEOUT_S: u64 = 120;
/// A cell slower than this runs once: its noise is small beside its time,
/// and repeating it would dominate the run.
const SLOW_S: f64 = 5.0;
/// Above the largest working set of benches/py/ (about 9 MB).
const DEFAULT_HEAP: &str = "16m";

/// `target/figures/bench.json`.
#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct BenchReport {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub date: String,
    pub commit: String,
    pub reps: usize,
    /// `-X heapsize=` given to mupy and MicroPython.
    #[serde(default)]
    pub heap: String,
    /// In column order: mupy-a, mupy-c, mupy-d, cpython, micropython.
    pub implementations: Vec<Implementation>,
    pub programs: Vec<Program>,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct Implementation {
    /// `mupy-a`, `mupy-c`, `mupy-d`, `cpython` or `micropython`.
    pub name: String,
    pub command: String,
    pub version: String,
    /// mupy only: `gc.mem_alloc()`-equivalent heap in use after `-c pass`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_heap_bytes: Option<u64>,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct Program {
    /// File stem, e.g. `fib_recursion`.
    pub name: String,
    pub cells: Vec<Cell>,
}

/// One program on one implementation.
#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct Cell {
    pub implementation: String,
    /// `ok` or `failed`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// CPU seconds (user + system) of each repetition that ran: what min,
    /// median and every ratio use.
    #[serde(default)]
    pub times_s: Vec<f64>,
    /// Wall-clock seconds of the same repetitions.
    #[serde(default)]
    pub wall_s: Vec<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_s: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_s: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<u64>,
    /// mupy only, from `--stats`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_heap_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocated_bytes: Option<u64>,
}

impl Cell {
    pub fn ok(&self) -> bool {
        self.status == "ok"
    }
}

impl BenchReport {
    pub fn cell(&self, program: &str, implementation: &str) -> Option<&Cell> {
        self.programs
            .iter()
            .find(|p| p.name == program)?
            .cells
            .iter()
            .find(|c| c.implementation == implementation)
    }

    /// `min(implementation) / min(base)` for one program, both passing.
    pub fn ratio(&self, program: &str, implementation: &str, base: &str) -> Option<f64> {
        let a = self
            .cell(program, implementation)
            .filter(|c| c.ok())?
            .min_s?;
        let b = self.cell(program, base).filter(|c| c.ok())?.min_s?;
        (b > 0.0).then(|| a / b)
    }

    /// Geometric mean of [`Self::ratio`] over the programs where it exists,
    /// with how many programs it covers.
    pub fn geomean(&self, implementation: &str, base: &str) -> Option<(f64, usize)> {
        let logs: Vec<f64> = self
            .programs
            .iter()
            .filter_map(|p| self.ratio(&p.name, implementation, base))
            .filter(|r| *r > 0.0)
            .map(f64::ln)
            .collect();
        if logs.is_empty() {
            return None;
        }
        Some((
            (logs.iter().sum::<f64>() / logs.len() as f64).exp(),
            logs.len(),
        ))
    }
}

struct Options {
    reps: usize,
    icount: bool,
    timeout: Duration,
    build: bool,
    heap: String,
    only: Vec<String>,
}

/// How to start one implementation on a program file.
struct Runner {
    name: String,
    program: PathBuf,
    args: Vec<String>,
    mupy: bool,
}

pub fn main(args: &[String]) -> Result {
    let opts = parse(args)?;
    let programs = programs(&opts.only)?;
    let runners = runners(&opts)?;
    let mut report = BenchReport {
        date: crate::dashboard::history::utc_now(),
        commit: crate::dashboard::history::git_commit(),
        reps: opts.reps,
        heap: opts.heap.clone(),
        implementations: runners.iter().map(describe).collect(),
        programs: programs
            .iter()
            .map(|p| Program {
                name: stem(p),
                cells: runners
                    .iter()
                    .map(|r| Cell {
                        implementation: r.name.clone(),
                        status: "ok".into(),
                        ..Cell::default()
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut expected: Vec<Option<Vec<u8>>> = vec![None; programs.len()];
    // CPython first: its output is what the others are checked against.
    let mut order: Vec<usize> = (0..runners.len()).collect();
    order.sort_by_key(|&i| runners[i].name != "cpython");
    for rep in 0..opts.reps {
        eprintln!("repetition {}/{}", rep + 1, opts.reps);
        for (pi, path) in programs.iter().enumerate() {
            for &ri in &order {
                let runner = &runners[ri];
                let program = &mut report.programs[pi];
                let cell = &mut program.cells[ri];
                if !cell.ok() || cell.times_s.iter().any(|t| *t > SLOW_S) {
                    continue;
                }
                let out = run_once(runner, path, opts.timeout, &[]);
                record(cell, out, runner, &mut expected[pi], &program.name);
            }
        }
    }
    if opts.icount {
        count_instructions(&mut report, &runners, &programs, opts.timeout);
    }
    finish(&mut report);
    print_table(&report);
    let path = root().join("target/figures/bench.json");
    write_json(&path, &report)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

fn parse(args: &[String]) -> Result<Options> {
    let mut opts = Options {
        reps: DEFAULT_REPS,
        icount: false,
        timeout: Duration::from_secs(DEFAULT_TIMEOUT_S),
        build: true,
        heap: DEFAULT_HEAP.into(),
        only: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--quick" => opts.reps = QUICK_REPS,
            "--reps" => {
                opts.reps = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or("bench-compare: --reps needs a positive number")?
            }
            "--timeout" => {
                let s: u64 = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("bench-compare: --timeout needs seconds")?;
                opts.timeout = Duration::from_secs(s);
            }
            "--heap" => {
                opts.heap = it
                    .next()
                    .ok_or("bench-compare: --heap needs a size")?
                    .clone()
            }
            "--icount" => opts.icount = true,
            "--no-build" => opts.build = false,
            s if s.starts_with("--") => return Err(format!("bench-compare: unknown option {s}")),
            name => opts.only.push(name.trim_end_matches(".py").to_string()),
        }
    }
    Ok(opts)
}

/// `benches/py/*.py`, sorted, filtered to `only` when given.
fn programs(only: &[String]) -> Result<Vec<PathBuf>> {
    let dir = root().join("benches/py");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| only.is_empty() || only.contains(&stem(p)))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("bench-compare: no programs in {}", dir.display()));
    }
    Ok(files)
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("?")
        .to_string()
}

/// The implementations of this run, in column order.
fn runners(opts: &Options) -> Result<Vec<Runner>> {
    let mupy = mupy_binary(opts.build)?;
    let mut out: Vec<Runner> = ["a", "c", "d"]
        .iter()
        .map(|r| Runner {
            name: format!("mupy-{r}"),
            program: mupy.clone(),
            args: vec![
                "--repr".into(),
                (*r).into(),
                "--stats".into(),
                "-X".into(),
                format!("heapsize={}", opts.heap),
            ],
            mupy: true,
        })
        .collect();
    out.push(Runner {
        name: "cpython".into(),
        program: cpython()?,
        // Isolated (no PYTHON* variables such as PYTHONUNBUFFERED) and
        // without `site`, whose .pth files cost this machine's
        // site-packages tens of milliseconds per start.
        args: vec!["-I".into(), "-S".into()],
        mupy: false,
    });
    match micropython() {
        Some(p) => out.push(Runner {
            name: "micropython".into(),
            program: p,
            args: vec!["-X".into(), format!("heapsize={}", opts.heap)],
            mupy: false,
        }),
        None => eprintln!("bench-compare: no `micropython` (set MICROPYTHON= or put it on PATH)"),
    }
    Ok(out)
}

/// The release `mupy` (`MUPY=` overrides), built into the target directory
/// cargo uses (`CARGO_TARGET_DIR` honoured).
fn mupy_binary(build: bool) -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("MUPY") {
        return Ok(PathBuf::from(p));
    }
    if build {
        crate::run::cmd("cargo", &["build", "--release", "-p", "mupy-host"])?;
    }
    Ok(crate::run::target_dir().join("release/mupy"))
}

/// The real CPython executable: launchers such as pyenv's shims add tens of
/// milliseconds per start, which would be charged to CPython.
fn cpython() -> Result<PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    let exe = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || exe.is_empty() {
        return Err("bench-compare: python3 does not run".into());
    }
    Ok(PathBuf::from(exe))
}

fn micropython() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MICROPYTHON") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("micropython"))
        .find(|p| p.is_file())
}

fn describe(r: &Runner) -> Implementation {
    let version = if r.mupy {
        "mupy (this tree)".to_string()
    } else {
        let code = "import sys; v = sys.implementation.version; \
                    print(sys.implementation.name, '.'.join(str(x) for x in v[:3]))";
        Command::new(&r.program)
            .args(["-c", code])
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let boot_heap_bytes = if r.mupy {
        let mut args = r.args.clone();
        args.extend(["-c".into(), "pass".into()]);
        Command::new(&r.program)
            .args(&args)
            .output()
            .ok()
            .and_then(|o| stat(&String::from_utf8_lossy(&o.stderr), "used"))
    } else {
        None
    };
    Implementation {
        name: r.name.clone(),
        command: format!("{} {}", r.program.display(), r.args.join(" "))
            .trim()
            .to_string(),
        version,
        boot_heap_bytes,
    }
}

/// What one process did.
struct Outcome {
    seconds: f64,
    cpu_seconds: f64,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `Err` describes why the run does not count (exit status, timeout).
    status: std::result::Result<(), String>,
}

/// Runs `prefix… runner.program runner.args… path` once.
fn run_once(runner: &Runner, path: &Path, timeout: Duration, prefix: &[&str]) -> Outcome {
    let mut command = match prefix.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(&runner.program);
            c
        }
        None => Command::new(&runner.program),
    };
    command
        .args(&runner.args)
        .arg(path.file_name().unwrap_or(path.as_os_str()))
        .current_dir(path.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = match command.spawn() {
        Ok(c) => c,
        Err(e) => return failed_outcome(format!("cannot start: {e}")),
    };
    // Pipes are drained on threads so a chatty program cannot block on a
    // full pipe while we wait for it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_t = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_t = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let waited = wait_cpu(&mut child, start, timeout);
    let seconds = start.elapsed().as_secs_f64();
    let (status, cpu_seconds) = match waited {
        Ok((s, cpu)) => (Ok(s), cpu),
        Err(e) => (Err(e), 0.0),
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let status = match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => {
            // MicroPython prints its traceback on stdout.
            let why = Some(last_line(&stderr))
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| last_line(&stdout));
            let code = s
                .code()
                .map_or(s.to_string(), |c| format!("exit status {c}"));
            Err(format!("{code}: {why}"))
        }
        Err(e) => Err(e),
    };
    Outcome {
        seconds,
        cpu_seconds,
        stdout,
        stderr,
        status,
    }
}

fn failed_outcome(why: String) -> Outcome {
    Outcome {
        seconds: 0.0,
        cpu_seconds: 0.0,
        stdout: Vec::new(),
        stderr: Vec::new(),
        status: Err(why),
    }
}

/// The last non-empty line of `text` that is not mupy's stats line.
fn last_line(text: &[u8]) -> String {
    let s = String::from_utf8_lossy(text);
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with("mupy stats:"))
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

/// Adds one run to its cell, or fails the cell.
fn record(
    cell: &mut Cell,
    out: Outcome,
    runner: &Runner,
    expected: &mut Option<Vec<u8>>,
    program: &str,
) {
    let who = format!("{program} on {}", runner.name);
    if let Err(e) = out.status {
        fail(cell, &who, e);
        return;
    }
    match expected {
        None if runner.name == "cpython" => *expected = Some(out.stdout.clone()),
        None => {
            fail(cell, &who, "no CPython output to compare with".into());
            return;
        }
        Some(exp) if *exp != out.stdout => {
            let got = String::from_utf8_lossy(&out.stdout);
            let want = String::from_utf8_lossy(exp);
            fail(
                cell,
                &who,
                format!(
                    "output differs: got {:?}, CPython {:?}",
                    clip(got.trim()),
                    clip(want.trim())
                ),
            );
            return;
        }
        Some(_) => {}
    }
    cell.times_s.push(out.cpu_seconds);
    cell.wall_s.push(out.seconds);
    if runner.mupy {
        let stats = String::from_utf8_lossy(&out.stderr);
        cell.peak_heap_bytes = stat(&stats, "peak").or(cell.peak_heap_bytes);
        cell.allocated_bytes = stat(&stats, "allocated").or(cell.allocated_bytes);
    }
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

fn fail(cell: &mut Cell, who: &str, why: String) {
    eprintln!("  {who}: FAILED: {why}");
    cell.status = "failed".into();
    cell.error = Some(why);
    cell.times_s.clear();
    cell.wall_s.clear();
}

/// Waits for `child`, polling so that a hang can be killed; its exit status
/// and the CPU time (user + system) that `wait4` reports as it reaps it.
fn wait_cpu(
    child: &mut Child,
    start: Instant,
    timeout: Duration,
) -> std::result::Result<(ExitStatus, f64), String> {
    let pid = child.id() as libc::pid_t;
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `rusage` is a struct of integers, for which all-zero bytes
        // are a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: wait4 writes only through its two pointers, which point to
        // the live locals above; `pid` is our own unreaped child.
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid {
            return Ok((
                ExitStatus::from_raw(status),
                secs(usage.ru_utime) + secs(usage.ru_stime),
            ));
        }
        if reaped < 0 {
            return Err(std::io::Error::last_os_error().to_string());
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s", timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// The number after `key` in mupy's `--stats` line.
fn stat(stderr: &str, key: &str) -> Option<u64> {
    let line = stderr.lines().find(|l| l.starts_with("mupy stats:"))?;
    let mut words = line.split_whitespace();
    words.find(|w| *w == key)?;
    words.next()?.parse().ok()
}

fn count_instructions(
    report: &mut BenchReport,
    runners: &[Runner],
    programs: &[PathBuf],
    timeout: Duration,
) {
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("bench-compare: --icount needs valgrind; instruction counts not measured");
        return;
    }
    let prefix = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ];
    for (pi, path) in programs.iter().enumerate() {
        for (ri, runner) in runners.iter().enumerate() {
            let cell = &mut report.programs[pi].cells[ri];
            if !cell.ok() {
                continue;
            }
            eprintln!("  instructions: {} on {}", stem(path), runner.name);
            // Valgrind is ~50x slower than a native run.
            let out = run_once(runner, path, timeout * 50, &prefix);
            let text = String::from_utf8_lossy(&out.stderr);
            cell.instructions = text
                .lines()
                .find_map(|l| {
                    l.split_once("I refs:")
                        .or_else(|| l.split_once("I   refs:"))
                })
                .and_then(|(_, n)| n.trim().replace(',', "").parse().ok());
        }
    }
}

/// Min and median of every passing cell.
fn finish(report: &mut BenchReport) {
    for p in &mut report.programs {
        for c in &mut p.cells {
            let mut t = c.times_s.clone();
            t.sort_by(f64::total_cmp);
            if c.ok() && !t.is_empty() {
                c.min_s = Some(t[0]);
                let n = t.len();
                c.median_s = Some(if n % 2 == 1 {
                    t[n / 2]
                } else {
                    (t[n / 2 - 1] + t[n / 2]) / 2.0
                });
            }
        }
    }
}

fn print_table(report: &BenchReport) {
    let names: Vec<&str> = report
        .implementations
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    print!("{:<16}", "min / median s");
    for n in &names {
        print!(" {n:>21}");
    }
    println!();
    for p in &report.programs {
        print!("{:<16}", p.name);
        for n in &names {
            let cell = report.cell(&p.name, n);
            let text = match cell {
                Some(c) if c.ok() => {
                    let ratio = report
                        .ratio(&p.name, n, "cpython")
                        .filter(|_| *n != "cpython")
                        .map_or(String::new(), |r| format!(" {r:.2}x"));
                    format!(
                        "{:.3}/{:.3}{ratio}",
                        c.min_s.unwrap_or(0.0),
                        c.median_s.unwrap_or(0.0)
                    )
                }
                _ => "failed".to_string(),
            };
            print!(" {text:>21}");
        }
        println!();
    }
    print!("{:<16}", "geomean/CPython");
    for n in &names {
        let text = Some(n)
            .filter(|n| **n != "cpython")
            .and_then(|n| report.geomean(n, "cpython"))
            .map_or("-".to_string(), |(g, k)| format!("{g:.2}x ({k})"));
        print!(" {text:>21}");
    }
    println!();
    println!("(ratio = min time / CPython's min time; below 1 is faster; (k) = programs compared)");
}

pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(name: &str, min: Option<f64>) -> Cell {
        Cell {
            implementation: name.into(),
            status: if min.is_some() { "ok" } else { "failed" }.into(),
            min_s: min,
            ..Cell::default()
        }
    }

    #[test]
    fn geomean_skips_failed_cells() {
        let report = BenchReport {
            programs: vec![
                Program {
                    name: "p1".into(),
                    cells: vec![cell("mupy-a", Some(1.0)), cell("cpython", Some(4.0))],
                },
                Program {
                    name: "p2".into(),
                    cells: vec![cell("mupy-a", Some(4.0)), cell("cpython", Some(1.0))],
                },
                Program {
                    name: "p3".into(),
                    cells: vec![cell("mupy-a", None), cell("cpython", Some(1.0))],
                },
            ],
            ..BenchReport::default()
        };
        let (g, n) = report.geomean("mupy-a", "cpython").unwrap();
        assert_eq!(n, 2);
        assert!((g - 1.0).abs() < 1e-12, "{g}");
        assert_eq!(report.ratio("p1", "mupy-a", "cpython"), Some(0.25));
        assert_eq!(report.ratio("p3", "mupy-a", "cpython"), None);
    }

    #[test]
    fn median_of_even_count_is_the_mean_of_the_middle_two() {
        let mut report = BenchReport {
            programs: vec![Program {
                name: "p".into(),
                cells: vec![Cell {
                    implementation: "cpython".into(),
                    status: "ok".into(),
                    times_s: vec![4.0, 1.0, 3.0, 2.0],
                    ..Cell::default()
                }],
            }],
            ..BenchReport::default()
        };
        finish(&mut report);
        let c = &report.programs[0].cells[0];
        assert_eq!(c.min_s, Some(1.0));
        assert_eq!(c.median_s, Some(2.5));
    }

    #[test]
    fn stats_line_is_parsed() {
        let err = "Traceback\nmupy stats: repr a heap total 2033600 used 66208 peak 70000 free 1 \
                   largest-free 1 collections 0 allocated 99999\n";
        assert_eq!(stat(err, "peak"), Some(70000));
        assert_eq!(stat(err, "allocated"), Some(99999));
        assert_eq!(stat(err, "used"), Some(66208));
        assert_eq!(stat("nothing", "peak"), None);
    }
}

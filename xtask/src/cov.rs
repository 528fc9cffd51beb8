//! `cargo xtask cov`: line coverage of the code by the tests, on the host
//! and on the Cortex-M4 firmware under QEMU, as LCOV files for the
//! dashboard and a summary of the core (`src/`) on stdout.
//!
//! ```text
//! cargo xtask cov [--target host|qemu|all] [--repr a|c|d|all] [--jobs N]
//!                 [--timeout S] [FILES…]
//!   host   instrumented mupy (-Cinstrument-coverage, quick profile) runs the
//!          corpus on every representation, then the Rust tests of the
//!          workspace's library crates  -> target/figures/cov-host.lcov
//!   qemu   one instrumented firmware per representation runs the corpus
//!          through the raw REPL                -> target/figures/cov-qemu-<repr>.lcov
//! ```
//!
//! Both use LLVM's source-based coverage and the toolchain's own
//! `llvm-profdata`/`llvm-cov` (rustup component `llvm-tools`), so the
//! profile format always matches the compiler's LLVM.
//!
//! The firmware: the `coverage` feature of targets/qemu adds `minicov`
//! (LLVM's profiling runtime without libc; its version is pinned to the
//! raw-profile format of the toolchain's LLVM, see targets/qemu/Cargo.toml)
//! and writes the counters over semihosting at every soft reset
//! (targets/qemu/src/coverage.rs). Building it needs:
//! - `-Zno-profiler-runtime` (the target has no `profiler_builtins`): a
//!   nightly flag, accepted by the pinned stable compiler through
//!   `RUSTC_BOOTSTRAP=1`, for this build only;
//! - clang, which compiles minicov's C runtime (installed with apt-get when
//!   missing, as root);
//! - a linker script (written here) that puts the counters and profile
//!   records in the part of QEMU's 4 MiB SSRAM1 above the 1 MiB the image
//!   may use: they take ~300 KB, more than the board's 192 KiB RAM. QEMU's
//!   SSRAM1 is writable, so the counters can live there; a real board
//!   would need them in RAM.
//!
//! The instrumented images build into `<target>/qemu-cov`, apart from the
//! normal firmware, which never has the feature.

use crate::dashboard::lcov;
use crate::qemu::{self, Console};
use crate::run::{root, target_dir, Result};
use crate::test_py::{corpus, read_list};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Instrumented firmware runs 2–4× slower than the normal image.
const QEMU_TIMEOUT: Duration = Duration::from_secs(60);

/// Files outside the workspace's own code: the standard library, crates
/// from the registry, the test harnesses themselves, and the unit-test
/// modules kept in files of their own inside `src/` (`tests.rs`,
/// `test_*.rs`, `cases.rs`), which would count as covered code.
const IGNORE: &str =
    r"(^/rustc/|/\.cargo/|/\.rustup/|/tests/|/benches/|/xtask/|/(tests|test_[a-z_]+|cases)\.rs$)";

/// Placement of the profile sections for the firmware (see the module
/// comment): above the image's 1 MiB of SSRAM1, below QEMU's 4 MiB.
const LINKER_SCRIPT: &str = "\
/* Written by `cargo xtask cov`: LLVM's profile sections of a coverage
 * image, in QEMU's SSRAM1 above the 1 MiB the firmware may use. */
MEMORY
{
  PROFILE : ORIGIN = 0x00100000, LENGTH = 3072K
}
SECTIONS
{
  __llvm_prf_cnts : ALIGN(8) { KEEP(*(__llvm_prf_cnts)) } > PROFILE
  __llvm_prf_data : ALIGN(8) { KEEP(*(__llvm_prf_data)) } > PROFILE
  __llvm_prf_names : { KEEP(*(__llvm_prf_names)) } > PROFILE
  __llvm_prf_bits : { KEEP(*(__llvm_prf_bits)) } > PROFILE
} INSERT AFTER .rodata;
";

struct Options {
    host: bool,
    qemu: bool,
    reprs: Vec<&'static str>,
    jobs: usize,
    timeout: Duration,
    files: Vec<PathBuf>,
}

fn parse(args: &[String]) -> Result<Options> {
    let mut o = Options {
        host: true,
        qemu: false,
        reprs: vec!["a", "c", "d"],
        jobs: 2,
        timeout: QEMU_TIMEOUT,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .map(String::as_str)
                .ok_or(format!("cov: {a} needs a value"))
        };
        match a.as_str() {
            "--target" => {
                (o.host, o.qemu) = match value()? {
                    "host" => (true, false),
                    "qemu" => (false, true),
                    "all" => (true, true),
                    other => return Err(format!("cov: bad --target {other:?}")),
                }
            }
            "--repr" => {
                o.reprs = match value()? {
                    "all" => vec!["a", "c", "d"],
                    "a" => vec!["a"],
                    "c" => vec!["c"],
                    "d" => vec!["d"],
                    other => return Err(format!("cov: bad --repr {other:?}")),
                }
            }
            "--jobs" => o.jobs = value()?.parse().map_err(|_| "cov: bad --jobs")?,
            "--timeout" => {
                o.timeout = Duration::from_secs(value()?.parse().map_err(|_| "cov: bad --timeout")?)
            }
            f => o.files.push(PathBuf::from(f)),
        }
    }
    o.jobs = o.jobs.max(1);
    Ok(o)
}

pub fn main(args: &[String]) -> Result {
    let o = parse(args)?;
    let tools = LlvmTools::find()?;
    let figures = root().join("target/figures");
    fs::create_dir_all(&figures).map_err(|e| format!("{}: {e}", figures.display()))?;
    let mut lines = Vec::new();
    if o.host {
        let out = figures.join("cov-host.lcov");
        host(&o, &tools, &out)?;
        lines.push(("host".to_string(), out));
    }
    if o.qemu {
        for &r in &o.reprs {
            let out = figures.join(format!("cov-qemu-{r}.lcov"));
            firmware(&o, r, &tools, &out)?;
            lines.push((format!("qemu-{r}"), out));
        }
    }
    println!("\nline coverage of the core (src/):");
    for (target, path) in &lines {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("  {target:<8} {}", core_summary(&text));
    }
    Ok(())
}

/// `87.3 % (12 345 of 14 140 lines)` over the files of `src/`.
fn core_summary(lcov_text: &str) -> String {
    let prefix = format!("{}/", root().display());
    let cov = lcov::parse(lcov_text, &prefix);
    let (lines, covered) = cov
        .files
        .iter()
        .filter(|f| f.path.starts_with("src/"))
        .fold((0, 0), |(l, c), f| (l + f.lines, c + f.covered));
    if lines == 0 {
        return "no lines of src/ in the profile".into();
    }
    format!(
        "{:.1} % ({covered} of {lines} lines)",
        100.0 * covered as f64 / lines as f64
    )
}

/// The toolchain's `llvm-profdata` and `llvm-cov`.
struct LlvmTools {
    bin: PathBuf,
}

impl LlvmTools {
    fn find() -> Result<LlvmTools> {
        let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]))?;
        let host = output(Command::new("rustc").arg("-vV"))?
            .lines()
            .find_map(|l| l.strip_prefix("host: "))
            .map(str::to_string)
            .ok_or("rustc -vV: no host line")?;
        let bin = Path::new(sysroot.trim()).join(format!("lib/rustlib/{host}/bin"));
        if !bin.join("llvm-profdata").exists() {
            crate::run::cmd("rustup", &["component", "add", "llvm-tools"])?;
        }
        Ok(LlvmTools { bin })
    }

    /// Merges the raw profiles of `dir` into `<dir>.profdata`.
    fn merge(&self, dir: &Path) -> Result<PathBuf> {
        let raws: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "profraw"))
            .collect();
        if raws.is_empty() {
            return Err(format!("cov: no profile was written in {}", dir.display()));
        }
        let merged = dir.with_extension("profdata");
        let mut c = Command::new(self.bin.join("llvm-profdata"));
        c.args(["merge", "-sparse", "-o"]).arg(&merged).args(&raws);
        run(&mut c, "llvm-profdata merge")?;
        Ok(merged)
    }

    /// Writes the LCOV of `objects` under `profile` to `out`.
    fn export(&self, profile: &Path, objects: &[PathBuf], out: &Path) -> Result {
        let (first, rest) = objects.split_first().ok_or("cov: nothing to export")?;
        let mut c = Command::new(self.bin.join("llvm-cov"));
        c.args(["export", "-format=lcov"])
            .arg(format!("-instr-profile={}", profile.display()))
            .arg(format!("-ignore-filename-regex={IGNORE}"))
            .arg(first);
        for o in rest {
            c.arg("-object").arg(o);
        }
        let text = output(&mut c)?;
        fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!("wrote {}", out.display());
        Ok(())
    }
}

/// A command's stdout, or an error naming it.
fn output(c: &mut Command) -> Result<String> {
    let out = c
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("{:?}: {e}", c.get_program()))?;
    if !out.status.success() {
        return Err(format!("{:?} failed: {}", c.get_program(), out.status));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn run(c: &mut Command, what: &str) -> Result {
    let status = c.status().map_err(|e| format!("{what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed: {status}"))
    }
}

/// An empty directory at `dir` (the profiles of an earlier run removed).
fn fresh_dir(dir: &Path) -> Result {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// The host: the corpus on every representation, then the Rust tests.
fn host(o: &Options, tools: &LlvmTools, out: &Path) -> Result {
    let dir = target_dir().join("cov-host");
    let profiles = dir.join("profiles");
    fresh_dir(&profiles)?;
    // `%8m`: each binary merges into a pool of 8 files as it exits, so
    // thousands of runs leave a few files, not thousands.
    let pattern = profiles.join("%8m.profraw");
    let cargo = |args: &[&str]| {
        let mut c = Command::new("cargo");
        c.args(args)
            .arg("--target-dir")
            .arg(&dir)
            .env("RUSTFLAGS", "-Cinstrument-coverage")
            .env("LLVM_PROFILE_FILE", &pattern)
            .current_dir(root());
        c
    };
    eprintln!("$ cargo build --profile quick -p mupy-host (instrumented)");
    run(
        &mut cargo(&["build", "--profile", "quick", "-p", "mupy-host"]),
        "building the instrumented host binary",
    )?;
    let mupy = dir.join("quick/mupy");

    let start = Instant::now();
    let repr = if o.reprs.len() == 3 {
        "all"
    } else {
        o.reprs[0]
    };
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut corpus = Command::new(exe);
    corpus
        .args(["test-py", "--repr", repr])
        .args(&o.files)
        .env("MUPY", &mupy)
        .env("LLVM_PROFILE_FILE", &pattern);
    if run(&mut corpus, "the corpus").is_err() {
        eprintln!("cov: the corpus had failures (see above); coverage counts what ran");
    }
    eprintln!("cov host: corpus in {:.0}s", start.elapsed().as_secs_f64());

    // The Rust tests of the library crates; their binaries are objects of
    // the report too (a test binary carries its own copy of the code).
    let packages = [
        "-p",
        "mupy",
        "-p",
        "mupy-gc",
        "-p",
        "mupy-reprs",
        "-p",
        "mupy-emitters",
    ];
    let mut args = vec!["test", "--profile", "quick", "--lib", "--tests"];
    args.extend(packages);
    let mut list = cargo(&[&args[..], &["--no-run", "--message-format=json"]].concat());
    let listing = output(&mut list)?;
    let mut objects = vec![mupy];
    objects.extend(test_executables(&listing));
    let start = Instant::now();
    eprintln!("$ cargo {} (instrumented)", args.join(" "));
    if run(&mut cargo(&args), "the Rust tests").is_err() {
        eprintln!("cov: some Rust tests failed (see above); coverage counts what ran");
    }
    eprintln!(
        "cov host: Rust tests in {:.0}s",
        start.elapsed().as_secs_f64()
    );

    let merged = tools.merge(&profiles)?;
    tools.export(&merged, &objects, out)
}

/// The `executable` of every test artifact in cargo's JSON messages.
fn test_executables(messages: &str) -> Vec<PathBuf> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["profile"]["test"] == true)
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .collect()
}

/// One representation on the firmware: build, run the corpus, export.
fn firmware(o: &Options, repr: &str, tools: &LlvmTools, out: &Path) -> Result {
    qemu::ensure_qemu()?;
    ensure_clang()?;
    let dir = target_dir().join("qemu-cov");
    let elf = build_firmware(repr, &dir)?;
    let profiles = dir.join(format!("profiles-{repr}"));
    fresh_dir(&profiles)?;
    let files = if o.files.is_empty() {
        corpus(&root().join("tests/py"))?
    } else {
        o.files
            .iter()
            .map(|f| fs::canonicalize(f).unwrap_or(f.clone()))
            .collect()
    };
    let skip = if repr == "c" {
        read_list(&root().join("tests/py/FLOAT_EXACT_C_SKIP.txt"))
    } else {
        Vec::new()
    };
    *qemu::PROFILE_BASE.lock().unwrap_or_else(|e| e.into_inner()) = Some(profiles.join("board"));
    let start = Instant::now();
    let outcome = qemu::run_corpus(
        &Console::Stdio(elf.clone()),
        &files,
        &skip,
        o.jobs,
        o.timeout,
    );
    // The friendly REPL, which the raw-REPL corpus never reaches.
    if o.files.is_empty() {
        qemu::repl_sessions_pass(
            &format!("cov qemu-{repr}"),
            &Console::Stdio(elf.clone()),
            o.timeout,
        )?;
    }
    *qemu::PROFILE_BASE.lock().unwrap_or_else(|e| e.into_inner()) = None;
    println!(
        "cov qemu repr {repr}: {} passed, {} failed, {} skipped in {:.0}s",
        outcome.passed,
        outcome.failed.len(),
        outcome.skipped,
        start.elapsed().as_secs_f64()
    );
    for f in &outcome.failed {
        eprintln!("  failed [qemu-{repr} coverage image] {f}");
    }
    let merged = tools.merge(&profiles)?;
    tools.export(&merged, &[elf], out)
}

/// Builds the instrumented image of one representation; its ELF, kept as
/// `<dir>/mupy-qemu-<repr>-cov.elf`.
fn build_firmware(repr: &str, dir: &Path) -> Result<PathBuf> {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let script = dir.join("coverage.x");
    fs::write(&script, LINKER_SCRIPT).map_err(|e| format!("{}: {e}", script.display()))?;
    let features = format!("repr-{repr},semihosting-fs,modules-extra,coverage");
    // The counter updates (a call each) make the image about twice the
    // size; optimising every crate for size keeps it inside the 1 MiB the
    // memory map gives the image. Speed does not matter here.
    let args = [
        "build",
        "--release",
        "--config",
        "profile.release.opt-level=\"z\"",
        "--no-default-features",
        "--features",
        &features,
    ];
    // RUSTFLAGS replaces the crate's .cargo/config.toml flags, so its
    // `-Tlink.x` is repeated here.
    let flags = format!(
        "-C link-arg=-Tlink.x -C link-arg=-T{} -Cinstrument-coverage -Zno-profiler-runtime",
        script.display()
    );
    eprintln!(
        "$ (cd targets/qemu && RUSTFLAGS=\"{flags}\" cargo {})",
        args.join(" ")
    );
    let mut c = Command::new("cargo");
    c.args(args)
        .arg("--target-dir")
        .arg(dir)
        .env("RUSTFLAGS", &flags)
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(root().join("targets/qemu"));
    run(&mut c, &format!("building the {repr} coverage firmware"))?;
    let built = dir.join("thumbv7em-none-eabihf/release/mupy-qemu");
    let kept = dir.join(format!("mupy-qemu-{repr}-cov.elf"));
    fs::copy(&built, &kept).map_err(|e| format!("{}: {e}", built.display()))?;
    Ok(kept)
}

/// minicov's build compiles C with `clang`; installs it when missing and
/// running as root (a fresh CI machine), as `qemu::ensure_qemu` does.
fn ensure_clang() -> Result {
    if Command::new("clang").arg("--version").output().is_ok() {
        return Ok(());
    }
    let uid = output(Command::new("id").arg("-u"))?;
    if uid.trim() != "0" {
        return Err("clang is missing: apt-get install clang".into());
    }
    eprintln!("$ apt-get update && apt-get install -y clang");
    let ok = Command::new("sh")
        .args(["-c", "apt-get update -qq && apt-get install -y -qq clang"])
        .status()
        .map_err(|e| e.to_string())?
        .success();
    if ok {
        Ok(())
    } else {
        Err("apt-get install clang failed".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_executables_from_cargo_messages() {
        let messages = r#"{"reason":"compiler-artifact","profile":{"test":true},"executable":"/t/deps/mupy-1"}
{"reason":"compiler-artifact","profile":{"test":false},"executable":null}
{"reason":"build-script-executed"}
not json
{"reason":"compiler-artifact","profile":{"test":true},"executable":"/t/deps/vm_limits-2"}"#;
        assert_eq!(
            test_executables(messages),
            vec![
                PathBuf::from("/t/deps/mupy-1"),
                PathBuf::from("/t/deps/vm_limits-2")
            ]
        );
    }

    #[test]
    fn core_summary_counts_only_src() {
        let root = root();
        let text = format!(
            "SF:{r}/src/a.rs\nDA:1,1\nDA:2,0\nend_of_record\nSF:{r}/gc/src/b.rs\nDA:1,0\nend_of_record\n",
            r = root.display()
        );
        assert_eq!(core_summary(&text), "50.0 % (1 of 2 lines)");
        assert!(core_summary("").contains("no lines"));
    }

    #[test]
    fn targets_and_reprs_parse() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let o = parse(&args("--target qemu --repr c x.py")).unwrap();
        assert!(o.qemu && !o.host);
        assert_eq!(o.reprs, vec!["c"]);
        assert_eq!(o.files, vec![PathBuf::from("x.py")]);
        assert!(parse(&args("--target mars")).is_err());
    }
}

//! `cargo xtask qemu`: the conformance corpus on the Cortex-M4 firmware,
//! through the raw REPL, as on a real board.
//!
//! ```text
//! cargo xtask qemu [--repr a|c|d|all] [--jobs N] [--timeout S] [--stub] [FILES…]
//!     builds targets/qemu once per representation, boots it in
//!     qemu-system-arm -machine mps2-an386 with UART0 on stdio, runs every
//!     tests/py file (N boards in parallel, default 2)
//! cargo xtask qemu --repl-sessions …
//!                                  only the friendly-REPL sessions of
//!                                  tests/repl/ (a full run ends with them)
//! cargo xtask qemu --pty …         the same over QEMU's UART as a pty: the
//!                                  path a real board takes
//! cargo xtask qemu --port /dev/ttyACM0 …
//!                                  the corpus on a board on a serial port
//! cargo xtask qemu --mpremote      `mpremote exec` against the firmware on a pty
//! cargo xtask qemu --fuzz-corpus tests/fuzz_corpus_qemu …
//!                                  fuzz-found programs: the board must
//!                                  answer each and stay usable (qemu_fuzz.rs)
//! ```
//!
//! Each file runs after a soft reset (a fresh VM), its stdout compared with
//! the expected output exactly as `test-py` does. QEMU runs in `tests/py`
//! with semihosting on, so `import` finds the corpus' helper modules there
//! as on the host. A file that hangs past
//! the timeout or crashes the firmware counts as failed and the board is
//! rebooted. Files whose first lines say `# mupy: needs-ram 200k` (bytes,
//! `k` or `m` suffix: the GC heap the test needs) are skipped when the
//! board's heap is smaller; on representation C, so are the files of
//! `FLOAT_EXACT_C_SKIP.txt`. `--stub` builds the firmware with its echo
//! executor (for proving the runner while the core cannot run programs).

use crate::raw_repl::{Error, Link, RawRepl, PROMPT};
use crate::run::{root, Result};
use crate::test_py::{corpus, expected, read_list};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// The firmware's GC arena plus its Python stack (targets/qemu/src/memory.rs),
/// as on the pyboard: the budget `needs-ram` markers are compared with.
pub const BOARD_HEAP_BYTES: u64 = 100 * 1024;
/// Run time allowed to one test file under emulation.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
/// Time from starting QEMU to the friendly prompt.
const BOOT_TIMEOUT: Duration = Duration::from_secs(20);
pub const QEMU: &str = "qemu-system-arm";

/// Set by `cargo xtask cov`: each QEMU started gets `<base>-<k>` (k
/// counting boards) as its semihosting command line, where a coverage
/// image writes its profiles (targets/qemu/src/coverage.rs).
pub static PROFILE_BASE: Mutex<Option<PathBuf>> = Mutex::new(None);
static BOARDS_STARTED: AtomicUsize = AtomicUsize::new(0);

/// How the host reaches the board's console.
#[derive(Clone)]
pub enum Console {
    /// QEMU with UART0 on its stdin/stdout.
    Stdio(PathBuf),
    /// The same, with QEMU's monitor on a unix socket (to read memory).
    Monitored { elf: PathBuf, socket: PathBuf },
    /// QEMU with UART0 on a pty, opened like a serial port.
    Pty(PathBuf),
    /// A real board on a serial port.
    Port(PathBuf),
}

/// A board (emulated or real) and the raw REPL on its console.
pub struct Board {
    console: Console,
    qemu: Option<Child>,
    pub repl: RawRepl,
}

impl Board {
    /// Boots (or, for a real port, opens) the board and waits for a prompt.
    pub fn start(console: &Console) -> Result<Board> {
        let (qemu, link) = match console {
            Console::Stdio(_) | Console::Monitored { .. } => {
                let (elf, monitor) = match console {
                    Console::Monitored { elf, socket } => {
                        (elf, format!("unix:{},server=on,wait=off", socket.display()))
                    }
                    Console::Stdio(elf) | Console::Pty(elf) | Console::Port(elf) => {
                        (elf, "none".into())
                    }
                };
                let mut child = qemu_command(elf, "stdio", &monitor)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .spawn()
                    .map_err(|e| format!("{QEMU}: {e}"))?;
                let tx = child.stdin.take().ok_or("qemu: no stdin")?;
                let rx = child.stdout.take().ok_or("qemu: no stdout")?;
                (Some(child), Link::new(Box::new(tx), Box::new(rx)))
            }
            Console::Pty(elf) => {
                let (child, pty) = spawn_on_pty(elf)?;
                (Some(child), open_port(&pty)?)
            }
            Console::Port(path) => (None, open_port(path)?),
        };
        let mut board = Board {
            console: console.clone(),
            qemu,
            repl: RawRepl::new(link),
        };
        if let Console::Stdio(_) | Console::Monitored { .. } = console {
            // QEMU's UART drops what arrives before the firmware enables
            // the receiver: wait for the prompt before sending anything.
            board
                .repl
                .link
                .read_until(PROMPT, BOOT_TIMEOUT)
                .map_err(|e| format!("boot: {e}"))?;
        }
        Ok(board)
    }

    /// Enters the raw REPL, retrying while a board (or a pty that was
    /// opened after the banner went out) settles.
    pub fn enter_raw(&mut self) -> Result {
        let mut last = String::new();
        for _ in 0..3 {
            match self.repl.enter() {
                Ok(()) => return Ok(()),
                Err(e) => last = e.to_string(),
            }
        }
        Err(format!("cannot enter the raw REPL: {last}"))
    }

    /// A fresh board in raw REPL: reboot QEMU, or re-enter on a real port.
    pub fn restart(self) -> Result<Board> {
        let console = self.console.clone();
        drop(self);
        let mut b = Board::start(&console)?;
        b.enter_raw()?;
        Ok(b)
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        if let Some(child) = &mut self.qemu {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn qemu_command(elf: &Path, serial: &str, monitor: &str) -> Command {
    let mut c = Command::new(QEMU);
    let mut semihosting = String::from("enable=on,target=native");
    if let Some(base) = PROFILE_BASE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
    {
        let k = BOARDS_STARTED.fetch_add(1, Ordering::Relaxed);
        // QEMU's option syntax escapes a comma by doubling it.
        let arg = format!("{}-{k}", base.display()).replace(',', ",,");
        semihosting += &format!(",arg=mupy,arg={arg}");
    }
    c.args(["-machine", "mps2-an386", "-cpu", "cortex-m4"])
        .args(["-display", "none", "-monitor", monitor, "-serial", serial])
        .args(["-semihosting-config", &semihosting])
        .arg("-kernel")
        .arg(elf)
        // `import` of the corpus' helper modules reads from here, as on the host.
        .current_dir(root().join("tests/py"));
    c
}

/// Starts QEMU with UART0 on a new pty; the pty's path from QEMU's
/// "char device redirected to /dev/pts/N" line.
fn spawn_on_pty(elf: &Path) -> Result<(Child, PathBuf)> {
    let mut child = qemu_command(elf, "pty", "none")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{QEMU}: {e}"))?;
    let (send, recv) = mpsc::channel();
    let out = child.stdout.take().ok_or("qemu: no stdout")?;
    let err = child.stderr.take().ok_or("qemu: no stderr")?;
    for stream in [
        Box::new(out) as Box<dyn std::io::Read + Send>,
        Box::new(err),
    ] {
        let send = send.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(|l| l.ok()) {
                let _ = send.send(line);
            }
        });
    }
    let deadline = Instant::now() + BOOT_TIMEOUT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = recv
            .recv_timeout(left)
            .map_err(|_| "qemu: no pty announced")?;
        if let Some(at) = line.find("/dev/pts/") {
            let path: String = line[at..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .collect();
            return Ok((child, PathBuf::from(path)));
        }
    }
}

/// Opens a serial port (or pty) in raw mode, 115200 baud.
pub fn open_port(path: &Path) -> Result<Link> {
    let status = Command::new("stty")
        .arg("-F")
        .arg(path)
        .args(["115200", "raw", "-echo", "-hupcl"])
        .status()
        .map_err(|e| format!("stty: {e}"))?;
    if !status.success() {
        return Err(format!("stty -F {}: {status}", path.display()));
    }
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let reader = file.try_clone().map_err(|e| e.to_string())?;
    Ok(Link::new(Box::new(file), Box::new(reader)))
}

/// Installs QEMU when missing and running as root (a fresh CI machine).
pub fn ensure_qemu() -> Result {
    if Command::new(QEMU).arg("--version").output().is_ok() {
        return Ok(());
    }
    let uid = Command::new("id")
        .arg("-u")
        .output()
        .map_err(|e| e.to_string())?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Err(format!(
            "{QEMU} is missing: apt-get install qemu-system-arm"
        ));
    }
    eprintln!("$ apt-get update && apt-get install -y qemu-system-arm");
    let ok = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && apt-get install -y -qq qemu-system-arm",
        ])
        .status()
        .map_err(|e| e.to_string())?
        .success();
    if ok {
        Ok(())
    } else {
        Err("apt-get install qemu-system-arm failed".into())
    }
}

/// Where the firmware builds: `$CARGO_TARGET_DIR` when set, else
/// `target/qemu` (apart from host builds, which use another target).
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => {
            let d = PathBuf::from(d);
            if d.is_absolute() {
                d
            } else {
                root().join(d)
            }
        }
        None => root().join("target/qemu"),
    }
}

/// Builds the image of one representation; the path of its ELF, kept as
/// `mupy-qemu-<repr>.elf` beside the build.
pub fn build_image(repr: &str, stub: bool) -> Result<PathBuf> {
    build_image_with(repr, stub, true)
}

/// [`build_image`], with every module of the core (`extra`) or only the
/// VM's own (the small image of `cargo xtask size`, kept as
/// `mupy-qemu-<repr>-vm.elf`).
pub fn build_image_with(repr: &str, stub: bool, extra: bool) -> Result<PathBuf> {
    let dir = root().join("targets/qemu");
    let target = target_dir();
    let mut features = format!("repr-{repr}");
    if stub {
        features.push_str(",stub-exec");
    }
    features.push_str(",semihosting-fs");
    if extra {
        features.push_str(",modules-extra");
    }
    let args = [
        "build",
        "--release",
        "--no-default-features",
        "--features",
        &features,
    ];
    eprintln!("$ (cd targets/qemu && cargo {})", args.join(" "));
    // Run inside the crate so its .cargo/config.toml (target, linker
    // script) applies.
    let status = Command::new("cargo")
        .args(args)
        .arg("--target-dir")
        .arg(&target)
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the {repr} firmware failed: {status}"));
    }
    let built = target.join("thumbv7em-none-eabihf/release/mupy-qemu");
    let suffix = if extra { "" } else { "-vm" };
    let kept = target.join(format!("mupy-qemu-{repr}{suffix}.elf"));
    fs::copy(&built, &kept).map_err(|e| format!("{}: {e}", built.display()))?;
    Ok(kept)
}

struct Options {
    reprs: Vec<&'static str>,
    jobs: usize,
    timeout: Duration,
    stub: bool,
    pty: bool,
    port: Option<PathBuf>,
    mpremote: bool,
    update_known: bool,
    /// Only the friendly-REPL sessions of tests/repl/, not the corpus.
    repl_only: bool,
    /// Replay this directory's fuzz-found programs instead (qemu_fuzz.rs).
    fuzz_corpus: Option<PathBuf>,
    files: Vec<PathBuf>,
}

fn parse(args: &[String]) -> Result<Options> {
    let mut o = Options {
        reprs: vec!["a"],
        jobs: 2,
        timeout: DEFAULT_TIMEOUT,
        stub: false,
        pty: false,
        port: None,
        mpremote: false,
        update_known: false,
        repl_only: false,
        fuzz_corpus: None,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .map(String::as_str)
                .ok_or(format!("qemu: {a} needs a value"))
        };
        match a.as_str() {
            "--repr" => {
                o.reprs = match value()? {
                    "all" => vec!["a", "c", "d"],
                    "a" => vec!["a"],
                    "c" => vec!["c"],
                    "d" => vec!["d"],
                    other => return Err(format!("qemu: bad --repr {other:?}")),
                }
            }
            "--jobs" => o.jobs = value()?.parse().map_err(|_| "qemu: bad --jobs")?,
            "--timeout" => {
                o.timeout =
                    Duration::from_secs(value()?.parse().map_err(|_| "qemu: bad --timeout")?)
            }
            "--port" => o.port = Some(PathBuf::from(value()?)),
            "--pty" => o.pty = true,
            "--stub" => o.stub = true,
            "--mpremote" => o.mpremote = true,
            "--update-known" => o.update_known = true,
            "--repl-sessions" => o.repl_only = true,
            "--fuzz-corpus" => o.fuzz_corpus = Some(PathBuf::from(value()?)),
            f => o.files.push(PathBuf::from(f)),
        }
    }
    o.jobs = o.jobs.max(1);
    Ok(o)
}

pub fn main(args: &[String]) -> Result {
    let o = parse(args)?;
    if o.mpremote {
        return mpremote_check(&o);
    }
    let dir = root().join("tests/py");
    let files = if o.files.is_empty() {
        corpus(&dir)?
    } else {
        o.files
            .iter()
            .map(|f| fs::canonicalize(f).unwrap_or(f.clone()))
            .collect()
    };
    let skip_c = read_list(&dir.join("FLOAT_EXACT_C_SKIP.txt"));
    if o.port.is_none() {
        ensure_qemu()?;
    }
    let mut all_ok = true;
    for &r in &o.reprs {
        let (console, jobs) = match &o.port {
            Some(p) => (Console::Port(p.clone()), 1),
            None => {
                let elf = build_image(r, o.stub)?;
                if o.pty {
                    (Console::Pty(elf), o.jobs)
                } else {
                    (Console::Stdio(elf), o.jobs)
                }
            }
        };
        if let Some(dir) = &o.fuzz_corpus {
            all_ok &= fuzz_corpus_pass(r, &console, dir, jobs, o.timeout)?;
            continue;
        }
        if o.repl_only {
            all_ok &= repl_sessions_pass(&format!("qemu-{r}"), &console, o.timeout)?;
            continue;
        }
        let skip: &[String] = if r == "c" { &skip_c } else { &[] };
        let start = Instant::now();
        let out = run_corpus(&console, &files, skip, jobs, o.timeout);
        eprintln!("qemu repr {r}: {:.0}s", start.elapsed().as_secs_f64());
        all_ok &= crate::test_py::judge(
            &format!("qemu-{r}"),
            &dir,
            &out.failed,
            &out.passed_names,
            out.passed,
            out.skipped,
            o.update_known,
        )?;
        if o.files.is_empty() && !o.stub {
            all_ok &= repl_sessions_pass(&format!("qemu-{r}"), &console, o.timeout)?;
        }
    }
    if all_ok {
        Ok(())
    } else {
        Err("qemu: failures".into())
    }
}

/// The fuzz-found programs of `dir` on `console` (see qemu_fuzz.rs);
/// whether the board survived them all.
pub fn fuzz_corpus_pass(
    r: &str,
    console: &Console,
    dir: &Path,
    jobs: usize,
    timeout: Duration,
) -> Result<bool> {
    let files = crate::qemu_fuzz::programs(&root().join(dir))?;
    let start = Instant::now();
    let out = crate::qemu_fuzz::replay(console, &files, jobs, timeout);
    for f in &out.failed {
        eprintln!("  failed [qemu-{r} fuzz corpus] {f}");
    }
    println!(
        "qemu-{r}: {} fuzz-corpus programs, {} MemoryError, {} failed ({:.0} s)",
        out.programs,
        out.memory_errors,
        out.failed.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(out.failed.is_empty())
}

/// The friendly-REPL sessions of tests/repl/ on `console`; whether all
/// passed (each failure printed under `label`).
pub fn repl_sessions_pass(label: &str, console: &Console, timeout: Duration) -> Result<bool> {
    let failures = crate::repl_sessions::run(console, timeout)?;
    for f in &failures {
        eprintln!("  failed [{label} repl session] {f}");
    }
    println!(
        "{label}: {} friendly-REPL sessions, {} failed",
        crate::repl_sessions::sessions()?.len(),
        failures.len()
    );
    Ok(failures.is_empty())
}

#[derive(Default)]
pub struct Outcome {
    pub passed: usize,
    pub passed_names: Vec<String>,
    pub failed: Vec<String>,
    pub skipped: usize,
}

/// Runs `files` on `jobs` boards, each taking the next file in turn.
pub fn run_corpus(
    console: &Console,
    files: &[PathBuf],
    skip: &[String],
    jobs: usize,
    timeout: Duration,
) -> Outcome {
    let next = AtomicUsize::new(0);
    let outcome = Mutex::new(Outcome::default());
    let record = |name: &str, r: Option<std::result::Result<(), String>>| {
        let mut o = outcome.lock().unwrap_or_else(|e| e.into_inner());
        match r {
            None => o.skipped += 1,
            Some(Ok(())) => {
                o.passed += 1;
                o.passed_names.push(name.to_string());
            }
            Some(Err(why)) => o.failed.push(format!("{name}: {why}")),
        }
    };
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                let mut board: Option<Board> = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                    if skip.iter().any(|s| s == name) || needs_more_ram(file) {
                        record(name, None);
                        continue;
                    }
                    let result = run_file(&mut board, console, file, timeout);
                    record(name, Some(result));
                }
                // A coverage image writes its profile at each soft reset:
                // one more keeps the last file's counts.
                if let (Some(b), true) =
                    (&mut board, PROFILE_BASE.lock().is_ok_and(|p| p.is_some()))
                {
                    let _ = b.repl.soft_reset();
                }
            });
        }
    });
    outcome.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Runs one file on a fresh VM; on a hang or crash the board is dropped
/// (QEMU killed), and the next file starts a new one.
fn run_file(
    slot: &mut Option<Board>,
    console: &Console,
    file: &Path,
    timeout: Duration,
) -> std::result::Result<(), String> {
    let want = expected(file).ok_or("no .exp file")?;
    let source = fs::read(file).map_err(|e| e.to_string())?;
    let board = match slot {
        Some(b) => b,
        None => {
            let mut b = Board::start(console)?;
            b.enter_raw()?;
            slot.insert(b)
        }
    };
    let result = board
        .repl
        .soft_reset()
        .and_then(|()| board.repl.exec(&source, timeout));
    let out = match result {
        Ok(out) => out,
        Err(e) => {
            // A board in an unknown state: start afresh for the next file.
            if let Some(b) = slot.take() {
                if let Console::Port(_) = console {
                    *slot = b.restart().ok();
                }
            }
            return Err(match e {
                Error::Timeout(_) => format!("timed out ({e})"),
                e => e.to_string(),
            });
        }
    };
    if out.stdout == want {
        return Ok(());
    }
    let got = &out.stdout;
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(g, w)| g != w)
        .unwrap_or(got.lines().count().min(want.lines().count()));
    Err(format!(
        "output differs at line {}: got {:?}, want {:?} {}",
        line + 1,
        got.lines().nth(line).unwrap_or("<end>"),
        want.lines().nth(line).unwrap_or("<end>"),
        out.stderr.lines().last().unwrap_or("")
    ))
}

/// Whether the file declares (`# mupy: needs-ram N[k|m]` among its first
/// lines) a heap larger than the board's, or that it needs the host's
/// file system (`# mupy: host-only`).
pub fn needs_more_ram(file: &Path) -> bool {
    let Ok(text) = fs::read_to_string(file) else {
        return false;
    };
    let marks = || {
        text.lines()
            .take(5)
            .filter_map(|l| l.trim().strip_prefix("# mupy:"))
    };
    if marks().any(|l| l.trim() == "host-only") {
        return true;
    }
    marks()
        .filter_map(|l| l.trim().strip_prefix("needs-ram"))
        .filter_map(|n| parse_bytes(n.trim()))
        .any(|need| need > BOARD_HEAP_BYTES)
}

/// `200k` → 204800; `1m`, `4096` alike.
fn parse_bytes(s: &str) -> Option<u64> {
    let s = s.to_ascii_lowercase();
    let (digits, scale) = match s.strip_suffix('k') {
        Some(d) => (d, 1024),
        None => match s.strip_suffix('m') {
            Some(d) => (d, 1024 * 1024),
            None => (s.as_str(), 1),
        },
    };
    digits.trim().parse::<u64>().ok().map(|n| n * scale)
}

/// `mpremote connect <pty> exec "print(1+1)"` against the firmware: proves
/// that MicroPython's own tool drives the raw REPL unchanged.
fn mpremote_check(o: &Options) -> Result {
    ensure_qemu()?;
    let has_mpremote = Command::new("mpremote")
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !has_mpremote {
        crate::run::cmd("python3", &["-m", "pip", "install", "--quiet", "mpremote"])?;
    }
    let mut all_ok = true;
    for &r in &o.reprs {
        let elf = build_image(r, o.stub)?;
        let (mut child, pty) = spawn_on_pty(&elf)?;
        // Let the firmware enable its receiver before mpremote talks.
        std::thread::sleep(Duration::from_millis(500));
        let program = "print(1+1)";
        let want = if o.stub { "print(1+1)\n" } else { "2\n" };
        let out = Command::new("mpremote")
            .arg("connect")
            .arg(&pty)
            .args(["exec", program])
            .output();
        let _ = child.kill();
        let _ = child.wait();
        let out = out.map_err(|e| format!("mpremote: {e}"))?;
        let got = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        let ok = out.status.success() && got == want;
        println!(
            "mpremote qemu repr {r}: {} (got {got:?}{})",
            if ok { "ok" } else { "FAILED" },
            if out.stderr.is_empty() {
                String::new()
            } else {
                format!(", stderr {:?}", String::from_utf8_lossy(&out.stderr))
            }
        );
        all_ok &= ok;
    }
    if all_ok {
        Ok(())
    } else {
        Err("qemu --mpremote: failures".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_sizes_with_suffixes() {
        assert_eq!(parse_bytes("200k"), Some(204_800));
        assert_eq!(parse_bytes("1M"), Some(1_048_576));
        assert_eq!(parse_bytes("4096"), Some(4096));
        assert_eq!(parse_bytes("lots"), None);
    }

    #[test]
    fn needs_ram_marker_skips_only_when_larger_than_the_board() {
        let dir = std::env::temp_dir().join(format!("mupy-qemu-marker-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let big = dir.join("big.py");
        fs::write(&big, "# mupy: needs-ram 200k\nprint(1)\n").unwrap();
        let small = dir.join("small.py");
        fs::write(&small, "# mupy: needs-ram 64k\nprint(1)\n").unwrap();
        let none = dir.join("none.py");
        fs::write(&none, "print(1)\n").unwrap();
        assert!(needs_more_ram(&big));
        assert!(!needs_more_ram(&small));
        assert!(!needs_more_ram(&none));
        let _ = fs::remove_dir_all(&dir);
    }
}

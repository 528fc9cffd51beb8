//! `cargo xtask qemu --repr all --fuzz-corpus DIR`: replays fuzz-found
//! programs (`tests/fuzz_corpus_qemu/`, picked by `fuzz/examples/
//! qemu_corpus.rs`) on the firmware through the raw REPL. Output is not
//! compared (the programs are arbitrary); what must hold is that the board
//! answers each program within the timeout, neither hangs nor crashes
//! (a firmware fault prints a crash message and resets), and the same VM
//! then still runs `print(6 * 7)` (or says `MemoryError`, when the
//! program's globals hold the small heap). Each program starts after a soft
//! reset, as in the corpus run; a board that failed is rebooted.

use crate::qemu::{Board, Console};
use crate::raw_repl::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// The replay of one image: how many programs, and the failures.
pub struct Replay {
    pub programs: usize,
    pub memory_errors: usize,
    pub failed: Vec<String>,
}

/// The `.py` files of `dir`, sorted.
pub fn programs(dir: &Path) -> crate::run::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    Ok(v)
}

/// Runs `files` on `jobs` boards of `console`.
pub fn replay(console: &Console, files: &[PathBuf], jobs: usize, timeout: Duration) -> Replay {
    let next = AtomicUsize::new(0);
    let result = Mutex::new(Replay {
        programs: 0,
        memory_errors: 0,
        failed: Vec::new(),
    });
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                let mut board: Option<Board> = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                    let r = run_one(&mut board, console, file, timeout);
                    let mut o = result.lock().unwrap_or_else(|e| e.into_inner());
                    o.programs += 1;
                    match r {
                        Ok(memory_error) => o.memory_errors += usize::from(memory_error),
                        Err(why) => o.failed.push(format!("{name}: {why}")),
                    }
                }
            });
        }
    });
    let mut r = result.into_inner().unwrap_or_else(|e| e.into_inner());
    r.failed.sort();
    r
}

/// One program then the probe; `Ok(true)` when the program ended in
/// MemoryError (fine: the board's heap is small).
fn run_one(
    slot: &mut Option<Board>,
    console: &Console,
    file: &Path,
    timeout: Duration,
) -> Result<bool, String> {
    let source = fs::read(file).map_err(|e| e.to_string())?;
    let board = match slot {
        Some(b) => b,
        None => {
            let mut b = Board::start(console)?;
            b.enter_raw()?;
            slot.insert(b)
        }
    };
    let result = board.repl.soft_reset().and_then(|()| {
        let out = board.repl.exec(&source, timeout)?;
        let probe = board.repl.exec(b"print(6 * 7)\n", timeout)?;
        Ok((out, probe))
    });
    match result {
        Ok((out, probe)) => {
            let memory_error = out.stderr.contains("MemoryError");
            if probe.stdout == "42\n" || probe.stderr.contains("MemoryError") {
                Ok(memory_error)
            } else {
                *slot = None;
                Err(format!(
                    "the VM is unusable afterwards: print(6 * 7) gave {:?} {:?}",
                    probe.stdout, probe.stderr
                ))
            }
        }
        Err(e) => {
            // A board in an unknown state: the next program boots a new one.
            *slot = None;
            Err(match e {
                Error::Timeout(_) => format!("no answer ({e})"),
                e => e.to_string(),
            })
        }
    }
}

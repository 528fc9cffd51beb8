//! The friendly-REPL session tests of tests/repl/ on the firmware: each
//! `NAME.in` is typed over the UART into a fresh VM's friendly REPL and the
//! transcript compared with `NAME.exp` (format in tests/repl/session.rs,
//! which the host's integration test shares). Run by `cargo xtask qemu`
//! after the corpus, and by `cargo xtask cov --target qemu`, so the
//! friendly REPL's code is exercised and counted on the board.

#[path = "../../tests/repl/session.rs"]
mod session;

use crate::qemu::{Board, Console};
use crate::raw_repl::RAW_BANNER;
use crate::run::{root, Result};
use std::fs;
use std::path::PathBuf;
use std::time::Duration;

/// Ctrl-B leaves the raw REPL for the friendly one; Ctrl-A goes back.
const CTRL_A: u8 = 0x01;
const CTRL_B: u8 = 0x02;

/// The session files, sorted.
pub fn sessions() -> Result<Vec<PathBuf>> {
    let dir = root().join("tests/repl");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "in"))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs every session on one board; the failures, one line each. The board
/// ends with a soft reset, so a coverage image writes the counts.
pub fn run(console: &Console, timeout: Duration) -> Result<Vec<String>> {
    let mut board = Board::start(console)?;
    board.enter_raw()?;
    let mut failures = Vec::new();
    for file in sessions()? {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        match run_one(&mut board, &file, timeout) {
            Ok(()) => {}
            Err(why) => {
                failures.push(format!("{name}: {why}"));
                // A board in an unknown state: start afresh.
                board = Board::start(console)?;
                board.enter_raw()?;
            }
        }
    }
    board.repl.soft_reset().map_err(|e| e.to_string())?;
    Ok(failures)
}

fn run_one(board: &mut Board, file: &std::path::Path, timeout: Duration) -> Result {
    let text = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let want = fs::read_to_string(file.with_extension("exp")).map_err(|_| "no .exp file")?;
    let mut keys = session::keystrokes(&text);
    // Back to the raw REPL at the end: the transcript ends where its
    // banner begins, after as many raw banners as the session itself asks
    // for (a Ctrl-A at an empty prompt) plus this one.
    let raw_banners = keys.iter().filter(|&&b| b == CTRL_A).count() + 1;
    keys.push(CTRL_A);
    let err = |e: crate::raw_repl::Error| e.to_string();
    board.repl.soft_reset().map_err(err)?;
    let link = &mut board.repl.link;
    link.write(&[CTRL_B]).map_err(err)?;
    link.write(&keys).map_err(err)?;
    let mut out = Vec::new();
    for _ in 0..raw_banners {
        out.extend(link.read_until(RAW_BANNER, timeout).map_err(err)?);
    }
    // The Ctrl-A at the end answers "\r\n" and the raw banner.
    let end = out.len().saturating_sub(RAW_BANNER.len() + 2);
    let got = session::transcript(&out[..end]);
    if got == want {
        Ok(())
    } else {
        Err(format!(
            "transcript differs at {}",
            session::first_difference(&got, &want)
        ))
    }
}

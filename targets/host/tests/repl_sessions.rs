//! The friendly-REPL session tests of tests/repl/ on the host binary: each
//! `NAME.in` is typed into `mupy --repl` on a pipe (the core REPL engine,
//! byte by byte, as a board's UART feeds it) and the transcript compared
//! with `NAME.exp`.

#[path = "../../../tests/repl/session.rs"]
mod session;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn sessions() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/repl");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/repl exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "in"))
        .collect();
    files.sort();
    files
}

fn run(input: &[u8], repr: &str) -> Vec<u8> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mupy"))
        .args(["--repr", repr, "--repl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mupy starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input).expect("input written");
    drop(stdin);
    let out = child.wait_with_output().expect("mupy ends");
    assert!(out.status.success(), "mupy --repl failed: {:?}", out.status);
    out.stdout
}

#[test]
fn friendly_repl_sessions_match_their_transcripts() {
    let files = sessions();
    assert!(files.len() >= 5, "the session files are missing");
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable .in");
        let want = std::fs::read_to_string(file.with_extension("exp")).expect("an .exp file");
        for repr in ["a", "c", "d"] {
            let got = session::transcript(&run(&session::keystrokes(&text), repr));
            if got != want {
                failures.push(format!(
                    "{} (repr {repr}): {}",
                    file.display(),
                    session::first_difference(&got, &want)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn keystrokes_decode_escapes_and_enter() {
    assert_eq!(session::keystrokes("a{\\x03}\nb"), b"a\x03\rb");
    assert_eq!(session::keystrokes("{\\x0g}"), b"{\\x0g}");
}

#[test]
fn transcripts_normalise_the_banner_and_line_ends() {
    let raw = b"mupy 0.1.0 on host; repr a\r\nType \"help()\" for more information.\r\n>>> 1\r\n1\n>>> \x04";
    assert_eq!(session::transcript(raw), ">>> 1\n1\n>>> {\\x04}");
}

//! The raw REPL and raw-paste mode (protocol in `repl/mod.rs`): no echo, no
//! prompts beyond `>`, output framed by `\x04` so a program on the other end
//! can tell stdout from the exception text.

use super::{ctrl, source_text, ExecStatus, InputKind, ReplExit, ReplMode, ReplTarget, Switch};
use alloc::vec::Vec;

/// Raw-paste flow-control window: half of a 256-byte input buffer, as
/// MicroPython's boards announce, so hosts tuned for them behave the same.
const WINDOW: u16 = 128;

const BANNER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";

pub(super) fn run(t: &mut dyn ReplTarget) -> Switch {
    t.write(BANNER);
    let mut line = Vec::new();
    loop {
        line.clear();
        t.write(b">");
        loop {
            let Some(c) = t.read_byte() else {
                return Switch::Exit(ReplExit::Eof);
            };
            match c {
                ctrl::A if line.len() == 2 && line[0] == ctrl::E => {
                    if let Some(exit) = raw_paste(t, line[1]) {
                        return Switch::Exit(exit);
                    }
                    line.clear();
                    t.write(b">");
                }
                ctrl::A => {
                    line.clear();
                    t.write(BANNER);
                    t.write(b">");
                }
                ctrl::B => {
                    t.write(b"\r\n");
                    return Switch::To(ReplMode::Friendly);
                }
                ctrl::C => line.clear(),
                ctrl::D => break,
                _ => line.push(c),
            }
        }
        t.write(b"OK");
        if line.is_empty() {
            t.write(b"\r\n");
            return Switch::Exit(ReplExit::SoftReset);
        }
        let source = source_text(&line).into_owned();
        if let Some(exit) = execute_framed(t, &source) {
            return Switch::Exit(exit);
        }
    }
}

/// Runs `source` and frames its output: stdout, `\x04`, exception, `\x04`.
fn execute_framed(t: &mut dyn ReplTarget, source: &str) -> Option<ReplExit> {
    let status = t.execute(source, InputKind::File);
    t.write(&[ctrl::D]);
    if status == ExecStatus::Exception {
        t.print_exception();
    }
    t.write(&[ctrl::D]);
    match status {
        ExecStatus::Exit(code) => Some(ReplExit::Exit(code)),
        _ => None,
    }
}

/// Raw-paste mode after `Ctrl-E cmd Ctrl-A`; `Some` when the REPL must end.
fn raw_paste(t: &mut dyn ReplTarget, cmd: u8) -> Option<ReplExit> {
    if cmd != b'A' {
        t.write(b"R\x00");
        return None;
    }
    t.write(b"R\x01");
    // The window size says one window is free; the 0x01 says a second is.
    let [lo, hi] = WINDOW.to_le_bytes();
    t.write(&[lo, hi, 0x01]);
    let mut source = Vec::new();
    let mut remain = WINDOW;
    loop {
        let Some(c) = t.read_byte() else {
            return Some(ReplExit::Eof);
        };
        match c {
            ctrl::D => {
                t.write(&[ctrl::D]);
                break;
            }
            ctrl::C => {
                // End of input acknowledged, then reported as an interrupt.
                t.write(&[ctrl::D, ctrl::D]);
                t.write(b"KeyboardInterrupt: \r\n");
                t.write(&[ctrl::D]);
                return None;
            }
            _ => {
                source.push(c);
                remain -= 1;
                if remain == 0 {
                    t.write(&[0x01]);
                    remain = WINDOW;
                }
            }
        }
    }
    let source = source_text(&source).into_owned();
    execute_framed(t, &source)
}

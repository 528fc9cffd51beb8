//! The friendly REPL: `>>> ` and `... ` prompts, echo and line editing,
//! auto-indent after a colon, history (up/down arrows), paste mode (Ctrl-E),
//! and the control keys that switch modes, as on a MicroPython board.

use super::{
    ctrl, needs_more_input, source_text, ExecStatus, InputKind, ReplExit, ReplMode, ReplTarget,
    Switch,
};
use alloc::string::String;
use alloc::vec::Vec;

const PS1: &[u8] = b">>> ";
const PS2: &[u8] = b"... ";
/// Lines of history kept: enough to recall a short block, small for a board.
const HISTORY: usize = 8;

pub(super) fn run(t: &mut dyn ReplTarget) -> Switch {
    write_banner(t);
    let mut editor = LineEditor::default();
    loop {
        let mut input = String::new();
        let kind = match editor.read(t, &mut input, PS1) {
            Read::Line if input.is_empty() => continue,
            Read::Line => match continue_lines(t, &mut editor, &mut input) {
                Some(()) => InputKind::Single,
                None => continue,
            },
            Read::Ctrl(ctrl::A) => {
                t.write(b"\r\n");
                return Switch::To(ReplMode::Raw);
            }
            Read::Ctrl(ctrl::B) => {
                t.write(b"\r\n");
                write_banner(t);
                continue;
            }
            Read::Ctrl(ctrl::D) => {
                t.write(b"\r\n");
                return Switch::Exit(ReplExit::SoftReset);
            }
            Read::Ctrl(ctrl::E) => match paste_mode(t) {
                Some(text) => {
                    input = text;
                    InputKind::File
                }
                None => continue,
            },
            Read::Ctrl(_) => {
                t.write(b"\r\n");
                continue;
            }
            Read::Eof => return Switch::Exit(ReplExit::Eof),
        };
        match t.execute(&input, kind) {
            ExecStatus::Ok => {}
            ExecStatus::Exception => t.print_exception(),
            ExecStatus::Exit(code) => return Switch::Exit(ReplExit::Exit(code)),
        }
    }
}

fn write_banner(t: &mut dyn ReplTarget) {
    let banner = String::from(t.banner());
    t.write(banner.as_bytes());
    t.write(b"\r\nType \"help()\" for more information.\r\n");
}

/// Reads continuation lines while the input is incomplete; `None` if the
/// user cancelled with Ctrl-C.
fn continue_lines(
    t: &mut dyn ReplTarget,
    editor: &mut LineEditor,
    input: &mut String,
) -> Option<()> {
    while needs_more_input(input) {
        input.push('\n');
        let indent = auto_indent(input);
        let start = input.len();
        input.push_str(&indent);
        match editor.read_continuation(t, input, start, indent.len()) {
            Read::Line => {}
            Read::Ctrl(ctrl::C) => {
                t.write(b"\r\n");
                return None;
            }
            // Ctrl-D or end of input: run what there is.
            _ => break,
        }
    }
    Some(())
}

/// The indent for the next line, MicroPython's rule: that of the last line,
/// one level more after a colon; after a blank (all-space) line the same
/// again, but none after two, so three Enters end a block.
fn auto_indent(input: &str) -> String {
    let body = input.strip_suffix('\n').unwrap_or(input);
    let mut lines = body.rsplit('\n');
    let last = lines.next().unwrap_or("");
    let spaces = last.len() - last.trim_start_matches(' ').len();
    let blank = spaces == last.len();
    if blank && lines.next().is_some_and(|l| l.bytes().all(|b| b == b' ')) {
        return String::new();
    }
    let mut n = spaces / 4;
    if last.ends_with(':') {
        n += 1;
    }
    " ".repeat(n * 4)
}

/// Paste mode: everything until Ctrl-D, echoed, compiled as a file.
fn paste_mode(t: &mut dyn ReplTarget) -> Option<String> {
    t.write(b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    let mut buf = Vec::new();
    loop {
        match t.read_byte()? {
            ctrl::C => {
                t.write(b"\r\n");
                return None;
            }
            ctrl::D => {
                t.write(b"\r\n");
                return Some(source_text(&buf).into_owned());
            }
            b'\r' => {
                buf.push(b'\n');
                t.write(b"\r\n=== ");
            }
            b'\n' if buf.last() == Some(&b'\n') => {}
            b'\n' => {
                buf.push(b'\n');
                t.write(b"\r\n=== ");
            }
            c => {
                buf.push(c);
                t.write(&[c]);
            }
        }
    }
}

enum Read {
    Line,
    /// A control key on an empty line (or Ctrl-C anywhere).
    Ctrl(u8),
    Eof,
}

/// A minimal line editor for serial consoles: the cursor stays at the end;
/// backspace, Ctrl-C, history recall; other escape sequences are ignored.
#[derive(Default)]
struct LineEditor {
    history: Vec<String>,
    /// The previous newline byte, so `\r\n` counts as one Enter.
    last_nl: u8,
}

impl LineEditor {
    fn read(&mut self, t: &mut dyn ReplTarget, line: &mut String, prompt: &[u8]) -> Read {
        t.write(prompt);
        self.edit(t, line, line.len(), true)
    }

    fn read_continuation(
        &mut self,
        t: &mut dyn ReplTarget,
        input: &mut String,
        start: usize,
        indent: usize,
    ) -> Read {
        t.write(PS2);
        t.write(&input.as_bytes()[start..start + indent]);
        self.edit(t, input, start, false)
    }

    /// Edits `buf[start..]` until Enter; control keys count on an empty line.
    fn edit(
        &mut self,
        t: &mut dyn ReplTarget,
        buf: &mut String,
        start: usize,
        first: bool,
    ) -> Read {
        let mut bytes: Vec<u8> = Vec::from(&buf.as_bytes()[start..]);
        let mut recall = self.history.len();
        loop {
            let Some(c) = t.read_byte() else {
                return Read::Eof;
            };
            let is_nl = (c == b'\r' || c == b'\n') && (self.last_nl == 0 || self.last_nl == c);
            if c == b'\r' || c == b'\n' {
                if !is_nl {
                    self.last_nl = 0;
                    continue;
                }
                self.last_nl = c;
            } else {
                self.last_nl = 0;
            }
            match c {
                _ if is_nl => {
                    t.write(b"\r\n");
                    let text = source_text(&bytes).into_owned();
                    if first && !text.trim().is_empty() {
                        if self.history.len() == HISTORY {
                            self.history.remove(0);
                        }
                        self.history.push(text.clone());
                    }
                    buf.truncate(start);
                    buf.push_str(&text);
                    return Read::Line;
                }
                ctrl::C => return Read::Ctrl(ctrl::C),
                ctrl::A..=ctrl::E if bytes.iter().all(|&b| b == b' ') => return Read::Ctrl(c),
                8 | 127 => {
                    // Erase a whole UTF-8 character.
                    while let Some(b) = bytes.pop() {
                        if b & 0xc0 != 0x80 {
                            break;
                        }
                    }
                    t.write(b"\x08 \x08");
                }
                27 => {
                    // ESC [ X: arrows; up/down recall history.
                    if t.read_byte() != Some(b'[') {
                        continue;
                    }
                    let key = t.read_byte();
                    let target = match key {
                        Some(b'A') if recall > 0 => recall - 1,
                        Some(b'B') if recall < self.history.len() => recall + 1,
                        _ => continue,
                    };
                    recall = target;
                    for _ in 0..bytes.len() {
                        t.write(b"\x08 \x08");
                    }
                    bytes = self
                        .history
                        .get(recall)
                        .map_or_else(Vec::new, |s| Vec::from(s.as_bytes()));
                    t.write(&bytes);
                }
                c if c >= 0x20 || c == b'\t' => {
                    bytes.push(c);
                    t.write(&[c]);
                }
                _ => {}
            }
        }
    }
}

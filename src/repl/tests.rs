//! The REPL engine against a scripted console and a fake executor: the
//! exact bytes a MicroPython host tool expects.

use super::*;
use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::vec::Vec;

/// Executes by echoing the source as "ran[<kind>]:<source>"; a source
/// containing `raise` fails, `exit` exits with code 3.
struct Fake {
    input: VecDeque<u8>,
    out: Vec<u8>,
    ran: Vec<(String, InputKind)>,
}

impl Fake {
    fn new(input: &[u8]) -> Self {
        Fake {
            input: input.iter().copied().collect(),
            out: Vec::new(),
            ran: Vec::new(),
        }
    }

    fn out(&self) -> String {
        String::from_utf8_lossy(&self.out).into_owned()
    }
}

impl ReplTarget for Fake {
    fn read_byte(&mut self) -> Option<u8> {
        self.input.pop_front()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn execute(&mut self, source: &str, kind: InputKind) -> ExecStatus {
        self.ran.push((source.into(), kind));
        self.out.extend_from_slice(b"<out>");
        if source.contains("raise") {
            ExecStatus::Exception
        } else if source.contains("exit") {
            ExecStatus::Exit(3)
        } else {
            ExecStatus::Ok
        }
    }
    fn print_exception(&mut self) {
        self.out.extend_from_slice(b"<exc>");
    }
    fn banner(&self) -> &str {
        "mupy test"
    }
}

fn run_raw(input: &[u8]) -> (Fake, ReplExit) {
    let mut t = Fake::new(input);
    let mut mode = ReplMode::Raw;
    let exit = run(&mut t, &mut mode);
    (t, exit)
}

#[test]
fn raw_repl_frames_output_and_errors() {
    let (t, exit) = run_raw(b"print(1)\x04raise X\x04");
    assert_eq!(exit, ReplExit::Eof);
    assert_eq!(
        t.out(),
        "raw REPL; CTRL-B to exit\r\n>OK<out>\x04\x04>OK<out>\x04<exc>\x04>"
    );
    assert_eq!(t.ran[0], (String::from("print(1)"), InputKind::File));
}

#[test]
fn raw_repl_ctrl_c_discards_and_empty_ctrl_d_resets() {
    let (t, exit) = run_raw(b"junk\x03\x04");
    assert_eq!(exit, ReplExit::SoftReset);
    assert!(t.ran.is_empty());
    assert!(t.out().ends_with(">OK\r\n"));
}

#[test]
fn raw_repl_ctrl_b_goes_to_friendly_and_ctrl_a_comes_back() {
    let mut t = Fake::new(b"\x02\x01x\x04");
    let mut mode = ReplMode::Raw;
    run(&mut t, &mut mode);
    assert_eq!(mode, ReplMode::Raw);
    let out = t.out();
    assert!(out.contains(">\r\nmupy test\r\nType \"help()\""), "{out:?}");
    assert!(
        out.ends_with(">>> \r\nraw REPL; CTRL-B to exit\r\n>OK<out>\x04\x04>"),
        "{out:?}"
    );
}

#[test]
fn raw_paste_announces_window_and_flow_controls() {
    let src: Vec<u8> = core::iter::repeat_n(b'#', 300).collect();
    let mut input = Vec::from(&b"\x05A\x01"[..]);
    input.extend_from_slice(&src);
    input.push(0x04);
    let (t, _) = run_raw(&input);
    let out = t.out;
    let after_prompt = &out[b"raw REPL; CTRL-B to exit\r\n>".len()..];
    // R\x01, window 128 little-endian, one extra window free.
    assert_eq!(&after_prompt[..5], b"R\x01\x80\x00\x01");
    // 300 bytes consume two whole windows: two 0x01 grants, then the end.
    assert_eq!(&after_prompt[5..], b"\x01\x01\x04<out>\x04\x04>");
    assert_eq!(t.ran[0].0.len(), 300);
}

#[test]
fn raw_paste_refuses_unknown_command() {
    let (t, _) = run_raw(b"\x05B\x01");
    assert!(t.out().ends_with(">R\x00>"));
}

#[test]
fn raw_system_exit_ends_the_repl() {
    let (t, exit) = run_raw(b"exit\x04more\x04");
    assert_eq!(exit, ReplExit::Exit(3));
    assert_eq!(t.ran.len(), 1);
}

fn run_friendly(input: &[u8]) -> (Fake, ReplExit) {
    let mut t = Fake::new(input);
    let mut mode = ReplMode::Friendly;
    let exit = run(&mut t, &mut mode);
    (t, exit)
}

#[test]
fn friendly_runs_single_lines_and_echoes() {
    let (t, exit) = run_friendly(b"1+1\r\n");
    assert_eq!(exit, ReplExit::Eof);
    assert_eq!(t.ran, [(String::from("1+1"), InputKind::Single)]);
    assert!(t.out().ends_with(">>> 1+1\r\n<out>>>> "));
}

#[test]
fn friendly_compound_statement_continues_with_auto_indent() {
    // As on a board: Enter on the body's auto-indented blank line indents
    // again; the second blank line gets no indent, and Enter there ends.
    let (t, _) = run_friendly(b"for i in x:\rprint(i)\r\r\r");
    assert_eq!(t.ran[0].0, "for i in x:\n    print(i)\n    \n    \n");
    let out = t.out();
    assert!(out.contains("... "), "{out:?}");
}

#[test]
fn friendly_ctrl_c_cancels_continuation() {
    let (t, _) = run_friendly(b"if 1:\r\x03x\r");
    assert_eq!(t.ran, [(String::from("x"), InputKind::Single)]);
}

#[test]
fn friendly_paste_mode_compiles_as_file() {
    let (t, _) = run_friendly(b"\x05if 1:\r    a\r\x04");
    assert_eq!(t.ran, [(String::from("if 1:\n    a\n"), InputKind::File)]);
    assert!(t.out().contains(
        "paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== if 1:\r\n===     a\r\n=== \r\n"
    ));
}

#[test]
fn friendly_ctrl_d_soft_resets_and_backspace_edits() {
    let (t, exit) = run_friendly(b"ab\x7fc\r\x04");
    assert_eq!(t.ran[0].0, "ac");
    assert_eq!(exit, ReplExit::SoftReset);
}

#[test]
fn friendly_history_recalls_previous_line() {
    let (t, _) = run_friendly(b"one\r\x1b[A\r");
    assert_eq!(t.ran.len(), 2);
    assert_eq!(t.ran[1].0, "one");
}

#[test]
fn continuation_rules_match_micropython() {
    assert!(!needs_more_input("x = 1"));
    assert!(needs_more_input("x = (1,"));
    assert!(needs_more_input("s = '''abc"));
    assert!(!needs_more_input("s = '''abc'''"));
    assert!(needs_more_input("x = 1 + \\"));
    assert!(needs_more_input("if x:"));
    assert!(needs_more_input("def f():\n    return 1"));
    assert!(!needs_more_input("def f():\n    return 1\n"));
    assert!(!needs_more_input("iffy = 2"));
    assert!(!needs_more_input("x = ')'"));
    assert!(!needs_more_input("x = 1  # (unclosed in a comment"));
    assert!(needs_more_input("@dec"));
}

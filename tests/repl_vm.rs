//! The REPL engine over a real VM: what a user types at `>>>` and what a
//! tool sends in raw mode, with the bytes that come back.

use mupy::repl::vm_console::VmConsole;
use mupy::repl::{ReplExit, ReplMode};
use mupy::runtime::port::{Port, Stream};
use mupy::runtime::{Vm, VmConfig};
use mupy_reprs::{Repr, A, C, D};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// Console input from a script; output into a shared buffer.
struct Scripted {
    input: VecDeque<u8>,
    out: Rc<RefCell<Vec<u8>>>,
}

impl Port for Scripted {
    fn write(&mut self, _: Stream, bytes: &[u8]) {
        self.out.borrow_mut().extend_from_slice(bytes);
    }
    fn read_byte(&mut self) -> Option<u8> {
        self.input.pop_front()
    }
    fn ticks_ms(&self) -> u64 {
        0
    }
    fn ticks_us(&self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _: u64) {}
}

fn session<R: Repr>(input: &[u8], mode: ReplMode) -> (String, ReplExit) {
    let out = Rc::new(RefCell::new(Vec::new()));
    let port = Scripted {
        input: input.iter().copied().collect(),
        out: out.clone(),
    };
    let mut vm = Vm::<R>::new(VmConfig::default(), Box::new(port)).expect("vm");
    let mut console = VmConsole {
        vm: &mut vm,
        banner: "mupy test",
    };
    let mut mode = mode;
    let exit = mupy::repl::run(&mut console, &mut mode);
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    (text, exit)
}

fn friendly_shows_expression_values<R: Repr>() {
    let (out, exit) = session::<R>(b"1+1\r\nx = [1, 2]\r\nx\r\nNone\r\n", ReplMode::Friendly);
    assert_eq!(exit, ReplExit::Eof);
    assert!(
        out.contains(">>> 1+1\r\n2\n>>> x = [1, 2]\r\n>>> x\r\n[1, 2]\n>>> None\r\n>>> "),
        "{out:?}"
    );
}

fn raw_mode_frames_output_and_errors<R: Repr>() {
    let (out, _) = session::<R>(b"\x01print(6 * 7)\x041/0\x04", ReplMode::Friendly);
    assert!(
        out.contains("raw REPL; CTRL-B to exit\r\n>OK42\n\x04\x04>"),
        "{out:?}"
    );
    assert!(
        out.contains(">OK\x04Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(out.contains("ZeroDivisionError"), "{out:?}");
}

#[test]
fn friendly_repl_on_every_representation() {
    friendly_shows_expression_values::<A>();
    friendly_shows_expression_values::<C>();
    friendly_shows_expression_values::<D>();
}

#[test]
fn raw_repl_on_every_representation() {
    raw_mode_frames_output_and_errors::<A>();
    raw_mode_frames_output_and_errors::<C>();
    raw_mode_frames_output_and_errors::<D>();
}

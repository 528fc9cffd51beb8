//! The host REPL: the friendly REPL with rustyline (editing, history,
//! auto-indent, Ctrl-C, Ctrl-D, Ctrl-E paste mode); Ctrl-A on an empty line
//! switches to the core's raw REPL with the terminal in raw mode, so tools
//! that drive a MicroPython board drive the host binary the same way.
//! Input that is not a terminal runs as a program, as MicroPython's unix
//! port does, unless `--repl` asks for the REPL protocol on it.

use crate::cli::Args;
use crate::session::report_uncaught;
use crate::term::RawTerminal;
use mupy::repl::vm_console::{execute, VmConsole};
use mupy::repl::{needs_more_input, ExecStatus, InputKind, ReplExit, ReplMode, Switch};
use mupy::runtime::Vm;
use mupy_reprs::Repr;
use rustyline::error::ReadlineError;
use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, EventHandler, KeyEvent, RepeatCount,
};
use std::io::{IsTerminal, Read};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;

pub fn banner<R: Repr>() -> String {
    format!("mupy {} on host; repr {}", mupy::VERSION, R::NAME)
}

/// Runs the REPL (or stdin as a program); the process exit status.
pub fn run<R: Repr>(vm: &mut Vm<R>, args: &Args, _interrupt: Arc<AtomicBool>) -> u8 {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() && !args.force_repl {
        let mut text = String::new();
        if stdin.lock().read_to_string(&mut text).is_err() {
            eprintln!("mupy: stdin is not UTF-8 text");
            return 1;
        }
        return match mupy::vm::exec_source(vm, &text, "<stdin>", mupy::compile::Mode::File) {
            Ok(_) => 0,
            Err(_) => report_uncaught(vm),
        };
    }
    if !stdin.is_terminal() {
        // The REPL protocol over a pipe: the core engine, byte by byte.
        let banner = banner::<R>();
        let mut console = VmConsole {
            vm,
            banner: &banner,
        };
        let mut mode = ReplMode::Friendly;
        return exit_status(mupy::repl::run(&mut console, &mut mode));
    }
    friendly(vm)
}

fn exit_status(e: ReplExit) -> u8 {
    match e {
        ReplExit::Exit(code) => code as u8,
        _ => 0,
    }
}

/// Ctrl-A / Ctrl-E on an empty line end `readline` and leave their code here.
struct ModeKey {
    key: u8,
    pressed: Arc<AtomicU8>,
}

impl ConditionalEventHandler for ModeKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        if ctx.line().is_empty() {
            self.pressed.store(self.key, Ordering::Relaxed);
            Some(Cmd::Interrupt)
        } else {
            None
        }
    }
}

fn friendly<R: Repr>(vm: &mut Vm<R>) -> u8 {
    let Ok(mut rl) = rustyline::DefaultEditor::new() else {
        eprintln!("mupy: cannot open the terminal");
        return 1;
    };
    let pressed = Arc::new(AtomicU8::new(0));
    for (c, key) in [('A', 1u8), ('E', 5u8)] {
        let handler = ModeKey {
            key,
            pressed: pressed.clone(),
        };
        rl.bind_sequence(
            KeyEvent::ctrl(c),
            EventHandler::Conditional(Box::new(handler)),
        );
    }
    println!(
        "{}\nUse Ctrl-D to exit, Ctrl-E for paste mode, Ctrl-A for raw REPL",
        banner::<R>()
    );
    loop {
        let (source, kind) = match rl.readline(">>> ") {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => match continuation(&mut rl, line) {
                Some(src) => (src, InputKind::Single),
                None => continue,
            },
            Err(ReadlineError::Interrupted) => match pressed.swap(0, Ordering::Relaxed) {
                1 => match raw_repl(vm) {
                    Some(status) => return status,
                    None => continue,
                },
                5 => match paste(&mut rl) {
                    Some(src) => (src, InputKind::File),
                    None => continue,
                },
                _ => continue,
            },
            Err(_) => return 0,
        };
        let _ = rl.add_history_entry(source.trim_end());
        match execute(vm, &source, kind) {
            ExecStatus::Ok => {}
            ExecStatus::Exception => {
                let exc = vm.take_exception();
                mupy::vm::print_exception(vm, exc, mupy::runtime::port::Stream::Stdout);
                vm.port.flush();
            }
            ExecStatus::Exit(code) => return code as u8,
        }
    }
}

/// Reads `... ` lines while the input is incomplete, pre-filling the indent.
fn continuation(rl: &mut rustyline::DefaultEditor, mut source: String) -> Option<String> {
    while needs_more_input(&source) {
        let last = source.rsplit('\n').next().unwrap_or("");
        let mut indent = last.len() - last.trim_start().len();
        if last.trim_end().ends_with(':') {
            indent += 4;
        }
        match rl.readline_with_initial("... ", (&" ".repeat(indent), "")) {
            Ok(line) => {
                source.push('\n');
                // A line of only the offered indent ends the block.
                if line.trim().is_empty() {
                    source.push('\n');
                    break;
                }
                source.push_str(&line);
            }
            Err(ReadlineError::Eof) => break,
            Err(_) => return None,
        }
    }
    Some(source)
}

/// Paste mode: lines until Ctrl-D, compiled as one file.
fn paste(rl: &mut rustyline::DefaultEditor) -> Option<String> {
    println!("paste mode; Ctrl-C to cancel, Ctrl-D to finish");
    let mut source = String::new();
    loop {
        match rl.readline("=== ") {
            Ok(line) => {
                source.push_str(&line);
                source.push('\n');
            }
            Err(ReadlineError::Eof) => return Some(source),
            Err(_) => return None,
        }
    }
}

/// The raw REPL on the terminal in raw mode; `Some(status)` to exit.
fn raw_repl<R: Repr>(vm: &mut Vm<R>) -> Option<u8> {
    let _raw = RawTerminal::enter();
    let banner = banner::<R>();
    let mut console = VmConsole {
        vm,
        banner: &banner,
    };
    match mupy::repl::run_mode(&mut console, ReplMode::Raw) {
        Switch::To(_) => None,
        Switch::Exit(ReplExit::Exit(code)) => Some(code as u8),
        Switch::Exit(_) => Some(0),
    }
}

//! One run of `mupy` in representation `R`: make the VM, run the file, the
//! command or the REPL, report the exit status like MicroPython's unix port
//! (uncaught exception: traceback on stderr, status 1; `SystemExit`: its code).

use crate::cli::Args;
use crate::port::HostPort;
use crate::repl;
use mupy::compile::Mode;
use mupy::runtime::port::Stream;
use mupy::runtime::{TypeId, Vm, VmConfig};
use mupy_reprs::Repr;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Exit status of a program ended by an uncaught exception.
const STATUS_EXCEPTION: u8 = 1;

pub fn run<R: Repr>(args: &Args, interrupt: Arc<AtomicBool>) -> ExitCode {
    let mut vm = match new_vm::<R>(args, interrupt.clone()) {
        Some(vm) => vm,
        None => return ExitCode::from(STATUS_EXCEPTION),
    };
    let status = if let Some(cmd) = &args.command {
        run_source(&mut vm, cmd, "<stdin>")
    } else if let Some(file) = args.rest.first() {
        match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => run_source(&mut vm, &text, file),
                Err(_) => {
                    eprintln!("mupy: {file}: not UTF-8 text");
                    STATUS_EXCEPTION
                }
            },
            Err(e) => {
                eprintln!("mupy: can't open file '{file}': {e}");
                2
            }
        }
    } else {
        repl::run(&mut vm, args, interrupt)
    };
    vm.port.flush();
    if args.stats {
        print_stats(&vm);
    }
    ExitCode::from(status)
}

pub fn new_vm<R: Repr>(args: &Args, interrupt: Arc<AtomicBool>) -> Option<Vm<R>> {
    let config = VmConfig {
        heap_bytes: args.heap_bytes,
        ..VmConfig::default()
    };
    let port = Box::new(HostPort::new(interrupt));
    let mut vm = match Vm::<R>::new(config, port) {
        Ok(vm) => vm,
        Err(_) => {
            eprintln!(
                "mupy: heap of {} bytes is too small to start",
                args.heap_bytes
            );
            return None;
        }
    };
    let argv: Vec<&str> = args.rest.iter().map(String::as_str).collect();
    if mupy::vm::set_argv(&mut vm, &argv).is_err() {
        eprintln!("mupy: heap too small for sys.argv");
        return None;
    }
    Some(vm)
}

/// Runs a whole program; the process exit status.
fn run_source<R: Repr>(vm: &mut Vm<R>, source: &str, filename: &str) -> u8 {
    match mupy::vm::exec_source(vm, source, filename, Mode::File) {
        Ok(_) => 0,
        Err(_) => report_uncaught(vm),
    }
}

/// Prints the pending exception (or takes `SystemExit`'s code); the status.
pub fn report_uncaught<R: Repr>(vm: &mut Vm<R>) -> u8 {
    let exc = vm.take_exception();
    if vm.isinstance_builtin(exc, TypeId::SystemExit) {
        return mupy::vm::system_exit_code(vm, exc) as u8;
    }
    mupy::vm::print_exception(vm, exc, Stream::Stderr);
    STATUS_EXCEPTION
}

fn print_stats<R: Repr>(vm: &Vm<R>) {
    let s = vm.heap.stats();
    eprintln!(
        "mupy stats: repr {} heap total {} used {} peak {} free {} largest-free {} collections {} allocated {}",
        R::NAME, s.total, s.used, s.peak_used, s.free, s.largest_free, s.collections, s.allocated_total
    );
}

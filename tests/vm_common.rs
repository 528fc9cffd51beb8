//! Shared by the `vm_*` integration tests: a VM whose console output the
//! test can read back (a `BufferPort` behind a shared handle), and running
//! a source program on it as `mupy file.py` would.

#![allow(dead_code)]

use mupy::compile::Mode;
use mupy::runtime::port::{BufferPort, Port, Stream};
use mupy::runtime::{Vm, VmConfig};
use mupy_reprs::Repr;
use std::cell::RefCell;
use std::rc::Rc;

/// A `BufferPort` the test keeps a handle to.
#[derive(Clone, Default)]
pub struct Shared(pub Rc<RefCell<BufferPort>>);

impl Port for Shared {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        self.0.borrow_mut().write(stream, bytes)
    }
    fn read_byte(&mut self) -> Option<u8> {
        self.0.borrow_mut().read_byte()
    }
    fn ticks_ms(&self) -> u64 {
        self.0.borrow().ticks_ms()
    }
    fn ticks_us(&self) -> u64 {
        self.0.borrow().ticks_us()
    }
    fn sleep_ms(&mut self, ms: u64) {
        self.0.borrow_mut().sleep_ms(ms)
    }
}

impl Shared {
    /// Everything printed so far (stdout), emptied.
    pub fn take(&self) -> String {
        String::from_utf8(std::mem::take(&mut self.0.borrow_mut().out)).unwrap()
    }
}

/// A VM with `heap_bytes` of heap (and a Python stack a quarter its size), and
/// the handle to its output.
pub fn vm<R: Repr>(heap_bytes: usize) -> (Vm<R>, Shared) {
    let port = Shared::default();
    let config = VmConfig {
        heap_bytes,
        stack_words: heap_bytes / 4 / R::WORD_BYTES,
        ..VmConfig::default()
    };
    let vm = Vm::<R>::new(config, Box::new(port.clone())).expect("VM starts");
    (vm, port)
}

/// Runs `source` in `__main__`; an uncaught exception is printed to
/// stdout (traceback and all), as the REPL shows it.
pub fn run<R: Repr>(vm: &mut Vm<R>, port: &Shared, source: &str) -> String {
    if mupy::vm::exec_source(vm, source, "<test>", Mode::File).is_err() {
        let e = vm.take_exception();
        mupy::vm::print_exception(vm, e, Stream::Stdout);
    }
    port.take()
}

/// The last line of some output (an exception's `Type: message`).
pub fn last_line(out: &str) -> &str {
    out.trim_end().lines().last().unwrap_or("")
}

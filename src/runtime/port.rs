//! What a port (host, QEMU firmware, pyboard) gives the VM: console bytes,
//! time, files for imports, and the keyboard-interrupt flag.

use alloc::vec::Vec;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdout,
    Stderr,
}

pub trait Port {
    /// Writes console output; ports buffer as they see fit.
    fn write(&mut self, stream: Stream, bytes: &[u8]);
    /// Makes written output visible (end of a program, before a prompt).
    fn flush(&mut self) {}
    /// One byte of console input, blocking; `None` at end of input.
    fn read_byte(&mut self) -> Option<u8>;
    /// Milliseconds and microseconds from an arbitrary start (wrap freely).
    fn ticks_ms(&self) -> u64;
    fn ticks_us(&self) -> u64;
    /// Seconds since the epoch, where the port has a clock.
    fn time(&self) -> f64 {
        self.ticks_ms() as f64 / 1000.0
    }
    fn sleep_ms(&mut self, ms: u64);
    /// Whether Ctrl-C arrived since the last call (checked at backward jumps).
    fn take_interrupt(&mut self) -> bool {
        false
    }
    /// The contents of a file, for `import` and `open`; `None` when absent.
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    /// Whether `path` is a directory (a package, for `import`).
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
    /// `sys.platform`: the system the port runs on.
    fn platform(&self) -> &str {
        "mupy"
    }
}

/// A port that prints into a buffer and has no input: for tests and fuzzing.
#[derive(Default)]
pub struct BufferPort {
    pub out: Vec<u8>,
    pub err: Vec<u8>,
    pub ticks: u64,
}

impl Port for BufferPort {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        match stream {
            Stream::Stdout => self.out.extend_from_slice(bytes),
            Stream::Stderr => self.err.extend_from_slice(bytes),
        }
    }
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&self) -> u64 {
        self.ticks
    }
    fn ticks_us(&self) -> u64 {
        self.ticks * 1000
    }
    fn sleep_ms(&mut self, ms: u64) {
        self.ticks += ms;
    }
}

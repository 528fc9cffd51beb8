//! What a port (host, QEMU firmware, pyboard) gives the VM: console bytes,
//! time, files for imports, and the keyboard-interrupt flag.

use alloc::string::String;
use alloc::vec::Vec;

pub use super::port_fs::{OpenMode, SeekFrom, Stat, Uname, EOPNOTSUPP};

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

    // Files and directories (`open()`, `os`): see `port_fs`. Errors are errno
    // numbers; the defaults say the port has no file system.

    /// Opens `path`; a handle for the other file methods.
    fn file_open(&mut self, _path: &str, _mode: OpenMode) -> Result<u32, i32> {
        Err(EOPNOTSUPP)
    }
    /// Reads up to `buf.len()` bytes; 0 at the end of the file.
    fn file_read(&mut self, _h: u32, _buf: &mut [u8]) -> Result<usize, i32> {
        Err(EOPNOTSUPP)
    }
    fn file_write(&mut self, _h: u32, _data: &[u8]) -> Result<usize, i32> {
        Err(EOPNOTSUPP)
    }
    /// Moves the file position; the new position from the start.
    fn file_seek(&mut self, _h: u32, _to: SeekFrom) -> Result<u64, i32> {
        Err(EOPNOTSUPP)
    }
    fn file_close(&mut self, _h: u32) {}
    fn listdir(&mut self, _path: &str) -> Result<Vec<String>, i32> {
        Err(EOPNOTSUPP)
    }
    fn stat(&mut self, _path: &str) -> Result<Stat, i32> {
        Err(EOPNOTSUPP)
    }
    fn remove(&mut self, _path: &str) -> Result<(), i32> {
        Err(EOPNOTSUPP)
    }
    fn rename(&mut self, _from: &str, _to: &str) -> Result<(), i32> {
        Err(EOPNOTSUPP)
    }
    fn mkdir(&mut self, _path: &str) -> Result<(), i32> {
        Err(EOPNOTSUPP)
    }
    fn rmdir(&mut self, _path: &str) -> Result<(), i32> {
        Err(EOPNOTSUPP)
    }
    fn chdir(&mut self, _path: &str) -> Result<(), i32> {
        Err(EOPNOTSUPP)
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        Err(EOPNOTSUPP)
    }
    /// An environment variable, where the port has an environment.
    fn getenv(&mut self, _name: &str) -> Option<String> {
        None
    }
    fn uname(&mut self) -> Uname {
        Uname {
            sysname: String::from(self.platform()),
            machine: String::from(self.platform()),
            ..Uname::default()
        }
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

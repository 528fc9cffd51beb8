//! The REPL, shared by every port: the friendly REPL (prompts, continuation
//! lines, auto-indent, paste mode) and the raw REPL with raw-paste mode,
//! byte for byte as MicroPython's, so `mpremote` and other tools that drive
//! a MicroPython board drive mupy unchanged.
//!
//! The engine is a loop over bytes read from a [`ReplTarget`]; it owns no
//! VM. A port implements `ReplTarget` over its console and its VM, and
//! decides what [`ReplExit::SoftReset`] means (a fresh VM on a board, exit on
//! the host).
//!
//! Raw REPL protocol (host ⇄ device):
//! ```text
//!   Ctrl-A                   → "raw REPL; CTRL-B to exit\r\n>"
//!   source … Ctrl-D          → "OK" stdout "\x04" exception text "\x04" ">"
//!   Ctrl-D on empty input    → "OK\r\n", soft reset
//!   Ctrl-C                   → input so far discarded
//!   Ctrl-B                   → "\r\n", back to the friendly REPL
//!   Ctrl-E 'A' Ctrl-A        → raw-paste: "R\x01", window size (u16 LE), "\x01";
//!                              the host sends at most a window, waits for
//!                              "\x01" per window consumed, ends with Ctrl-D;
//!                              device answers "\x04", then runs as above
//!                              (from stdout on, without "OK").
//! ```

mod continuation;
mod friendly;
mod raw;
pub mod vm_console;

pub use continuation::needs_more_input;

/// How the source is compiled: a whole file, or one REPL input whose
/// expression statements print their value.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum InputKind {
    File,
    Single,
}

/// What running one input did.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ExecStatus {
    Ok,
    /// An exception is pending: the engine calls `print_exception` where
    /// the protocol wants its text.
    Exception,
    /// `SystemExit` (or `sys.exit()`) with its code.
    Exit(i32),
}

/// Why the REPL loop returned to the port.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ReplExit {
    /// Ctrl-D at an empty prompt: the port resets the VM (or exits).
    SoftReset,
    /// End of console input.
    Eof,
    /// The program raised `SystemExit`.
    Exit(i32),
}

/// Which REPL the console is in; kept by the port across soft resets, as a
/// board that was in raw REPL comes back in raw REPL.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum ReplMode {
    #[default]
    Friendly,
    Raw,
}

/// Control characters of the protocol.
pub mod ctrl {
    pub const A: u8 = 0x01;
    pub const B: u8 = 0x02;
    pub const C: u8 = 0x03;
    pub const D: u8 = 0x04;
    pub const E: u8 = 0x05;
}

/// What the REPL needs from a port and its VM.
pub trait ReplTarget {
    /// One byte of console input, blocking; `None` at end of input.
    fn read_byte(&mut self) -> Option<u8>;
    fn write(&mut self, bytes: &[u8]);
    /// Compiles and runs `source` in the `__main__` namespace.
    fn execute(&mut self, source: &str, kind: InputKind) -> ExecStatus;
    /// Prints the pending exception's traceback to the console.
    fn print_exception(&mut self);
    /// The banner's first line, e.g. `mupy 0.1.0; host with repr a`.
    fn banner(&self) -> &str;
}

/// Runs the REPL in `mode` until input ends, a soft reset or `SystemExit`;
/// `mode` is updated when the user switches between friendly and raw.
pub fn run(target: &mut dyn ReplTarget, mode: &mut ReplMode) -> ReplExit {
    loop {
        match run_mode(target, *mode) {
            Switch::To(m) => *mode = m,
            Switch::Exit(e) => return e,
        }
    }
}

/// Runs one REPL flavour until the user switches to the other or it ends
/// (for ports that run the friendly REPL with their own line editor).
pub fn run_mode(target: &mut dyn ReplTarget, mode: ReplMode) -> Switch {
    match mode {
        ReplMode::Friendly => friendly::run(target),
        ReplMode::Raw => raw::run(target),
    }
}

/// How one REPL flavour's loop ended.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Switch {
    To(ReplMode),
    Exit(ReplExit),
}

/// Lossy text of input bytes: the compiler reports bad UTF-8 positions
/// itself, so replacement characters end up in a SyntaxError, not a panic.
fn source_text(bytes: &[u8]) -> alloc::borrow::Cow<'_, str> {
    alloc::string::String::from_utf8_lossy(bytes)
}

#[cfg(test)]
mod tests;

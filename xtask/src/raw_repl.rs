//! The host side of MicroPython's raw REPL, as `mpremote` speaks it, over
//! any byte link to a board: QEMU's stdio, a pty, a USB serial port.
//!
//! ```text
//!   enter:  "\r\x03\x03" (stop whatever runs), "\x01"
//!           <- "raw REPL; CTRL-B to exit\r\n>"
//!   run:    "\x05A\x01" <- "R\x01" window(u16 LE)   raw-paste offered:
//!               send ≤ window bytes, wait "\x01" per window freed, "\x04"
//!               <- "\x04" (end of source acknowledged)
//!           or <- "R\x00" (refused): source, "\x04" <- "OK"
//!           <- stdout "\x04" exception text "\x04" ">"
//!   reset:  "\x04" at the prompt <- "OK\r\nMPY: soft reboot\r\n" + banner
//! ```
//!
//! Reading happens on a thread that forwards what arrives through a
//! channel, so every wait has a deadline and a hung board is a timeout,
//! never a hung runner.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

pub const RAW_BANNER: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";
/// What the firmware prints before resetting on a panic or a fault.
const CRASH_MARKERS: [&[u8]; 2] = [b"mupy: panic: ", b"mupy: hard fault"];
const CRASH_END: &[u8] = b"resetting\r\n";
/// The friendly REPL's prompt: a board that reset comes back to it.
pub const PROMPT: &[u8] = b">>> ";

/// Why a conversation with the board failed.
#[derive(Debug)]
pub enum Error {
    /// Nothing (or not the expected bytes) within the deadline.
    Timeout(String),
    /// The firmware panicked or faulted and is resetting.
    Crash(String),
    /// The link closed (QEMU exited, port unplugged).
    Closed,
    Io(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Timeout(what) => write!(f, "timeout waiting for {what}"),
            Error::Crash(msg) => write!(f, "firmware crashed: {msg}"),
            Error::Closed => write!(f, "link closed"),
            Error::Io(e) => write!(f, "i/o error: {e}"),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// A byte link to a board with deadlines on every read.
pub struct Link {
    tx: Box<dyn Write + Send>,
    rx: Receiver<Vec<u8>>,
    pending: VecDeque<u8>,
    closed: bool,
}

impl Link {
    /// A link over a writer and a reader (the reader moves to a thread).
    pub fn new(tx: Box<dyn Write + Send>, mut reader: Box<dyn Read + Send>) -> Link {
        let (send, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if send.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Link {
            tx,
            rx,
            pending: VecDeque::new(),
            closed: false,
        }
    }

    pub fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.tx
            .write_all(bytes)
            .and_then(|()| self.tx.flush())
            .map_err(|e| Error::Io(e.to_string()))
    }

    /// Waits until at least one more byte is pending.
    fn fill(&mut self, deadline: Instant) -> Result<()> {
        if self.closed {
            return Err(Error::Closed);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match self.rx.recv_timeout(left) {
            Ok(chunk) => {
                self.pending.extend(chunk);
                Ok(())
            }
            Err(RecvTimeoutError::Timeout) => Err(Error::Timeout(String::new())),
            Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                Err(Error::Closed)
            }
        }
    }

    /// Drops whatever arrives within `quiet` of silence.
    pub fn drain(&mut self, quiet: Duration) {
        self.pending.clear();
        while self.fill(Instant::now() + quiet).is_ok() {
            self.pending.clear();
        }
    }

    /// Bytes up to and including the first `pattern`, within `timeout`.
    /// A crash message from the firmware ends the wait early.
    pub fn read_until(&mut self, pattern: &[u8], timeout: Duration) -> Result<Vec<u8>> {
        let deadline = Instant::now() + timeout;
        let mut scanned = 0usize;
        loop {
            let bytes = self.pending.make_contiguous();
            let from = scanned.saturating_sub(pattern.len());
            if let Some(at) = find(&bytes[from..], pattern) {
                let end = from + at + pattern.len();
                return Ok(self.pending.drain(..end).collect());
            }
            if let Some(msg) = crash_message(bytes) {
                return Err(Error::Crash(msg));
            }
            scanned = bytes.len();
            match self.fill(deadline) {
                Err(Error::Timeout(_)) => {
                    let got = String::from_utf8_lossy(self.pending.make_contiguous());
                    let tail: String = got
                        .chars()
                        .rev()
                        .take(60)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    return Err(Error::Timeout(format!(
                        "{:?} (last bytes: {tail:?})",
                        String::from_utf8_lossy(pattern)
                    )));
                }
                r => r?,
            }
        }
    }

    /// Exactly `n` bytes, within `timeout`.
    pub fn read_exact(&mut self, n: usize, timeout: Duration) -> Result<Vec<u8>> {
        let deadline = Instant::now() + timeout;
        while self.pending.len() < n {
            match self.fill(deadline) {
                Err(Error::Timeout(_)) => return Err(Error::Timeout(format!("{n} bytes"))),
                r => r?,
            }
        }
        Ok(self.pending.drain(..n).collect())
    }

    /// A byte that has already arrived, if any.
    fn try_byte(&mut self) -> Option<u8> {
        while let Ok(chunk) = self.rx.try_recv() {
            self.pending.extend(chunk);
        }
        self.pending.pop_front()
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The firmware's crash message (up to its closing "resetting" line),
/// once it has arrived whole.
fn crash_message(bytes: &[u8]) -> Option<String> {
    CRASH_MARKERS.iter().find_map(|m| {
        let at = find(bytes, m)?;
        let end = find(&bytes[at..], CRASH_END)?;
        Some(
            cooked_to_text(&bytes[at..at + end])
                .trim_end()
                .replace('\n', " "),
        )
    })
}

/// What one program printed, with `\r\n` turned back into `\n`.
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: String,
    /// The exception text (empty when the program ended normally).
    pub stderr: String,
}

/// The raw REPL over a [`Link`].
pub struct RawRepl {
    pub link: Link,
    /// Whether the board answered raw-paste with "R\x01" (`None` before the
    /// first try): a board that refused once is not asked again.
    raw_paste: Option<bool>,
}

/// Time a board may take to answer protocol bytes (not to run a program).
const PROTOCOL_TIMEOUT: Duration = Duration::from_secs(10);

impl RawRepl {
    pub fn new(link: Link) -> RawRepl {
        RawRepl {
            link,
            raw_paste: None,
        }
    }

    /// Interrupts any running program and enters the raw REPL.
    pub fn enter(&mut self) -> Result<()> {
        self.link.write(b"\r\x03\x03")?;
        self.link.drain(Duration::from_millis(100));
        self.link.write(b"\x01")?;
        self.link.read_until(RAW_BANNER, PROTOCOL_TIMEOUT)?;
        Ok(())
    }

    /// Soft reset from the raw REPL prompt; the board comes back in raw REPL.
    pub fn soft_reset(&mut self) -> Result<()> {
        self.link.write(b"\x04")?;
        self.link.read_until(b"soft reboot\r\n", PROTOCOL_TIMEOUT)?;
        self.link.read_until(RAW_BANNER, PROTOCOL_TIMEOUT)?;
        Ok(())
    }

    /// Runs `source`; `timeout` bounds the program's run time.
    pub fn exec(&mut self, source: &[u8], timeout: Duration) -> Result<Output> {
        if self.raw_paste != Some(false) {
            self.link.write(b"\x05A\x01")?;
            let answer = self.link.read_exact(2, PROTOCOL_TIMEOUT)?;
            match &answer[..] {
                b"R\x01" => {
                    self.raw_paste = Some(true);
                    self.paste(source)?;
                    return self.output(timeout);
                }
                b"R\x00" => self.raw_paste = Some(false),
                _ => {
                    // A board without raw-paste took "\x05A" as source and
                    // "\x01" as a fresh start of the raw REPL.
                    self.raw_paste = Some(false);
                    self.link.read_until(RAW_BANNER, PROTOCOL_TIMEOUT)?;
                }
            }
        }
        // Plain raw mode, in chunks so a board without flow control keeps up.
        for chunk in source.chunks(256) {
            self.link.write(chunk)?;
        }
        self.link.write(b"\x04")?;
        let ok = self.link.read_exact(2, PROTOCOL_TIMEOUT)?;
        if ok != b"OK" {
            return Err(Error::Io(format!(
                "expected OK, got {:?}",
                String::from_utf8_lossy(&ok)
            )));
        }
        self.output(timeout)
    }

    /// Raw-paste transfer with the board's flow control.
    fn paste(&mut self, source: &[u8]) -> Result<()> {
        let w = self.link.read_exact(2, PROTOCOL_TIMEOUT)?;
        let window = usize::from(u16::from_le_bytes([w[0], w[1]]));
        let mut credit = window;
        let mut sent = 0;
        while sent < source.len() {
            // Take every credit already granted before waiting for more.
            while credit == 0 || self.link.pending_credit() {
                let b = match self.link.try_byte() {
                    Some(b) => b,
                    None => self.link.read_exact(1, PROTOCOL_TIMEOUT)?[0],
                };
                match b {
                    0x01 => credit += window,
                    0x04 => {
                        // The board ends the transfer early (e.g. no memory).
                        self.link.write(b"\x04")?;
                        return Ok(());
                    }
                    other => {
                        return Err(Error::Io(format!(
                            "unexpected byte {other:#04x} during raw-paste"
                        )));
                    }
                }
            }
            let n = credit.min(source.len() - sent);
            self.link.write(&source[sent..sent + n])?;
            sent += n;
            credit -= n;
        }
        self.link.write(b"\x04")?;
        self.link.read_until(b"\x04", PROTOCOL_TIMEOUT)?;
        Ok(())
    }

    /// stdout, `\x04`, exception text, `\x04`, then the prompt `>`, or a
    /// soft reboot when the program raised `SystemExit`.
    fn output(&mut self, timeout: Duration) -> Result<Output> {
        let deadline = Instant::now() + timeout;
        let out = self.link.read_until(b"\x04", timeout)?;
        let left = deadline
            .saturating_duration_since(Instant::now())
            .max(PROTOCOL_TIMEOUT);
        let err = self.link.read_until(b"\x04", left)?;
        let next = self.link.read_exact(1, PROTOCOL_TIMEOUT)?;
        if next != b">" {
            self.link.read_until(RAW_BANNER, PROTOCOL_TIMEOUT)?;
        }
        Ok(Output {
            stdout: cooked_to_text(&out[..out.len() - 1]),
            stderr: cooked_to_text(&err[..err.len() - 1]),
        })
    }
}

impl Link {
    /// Whether bytes (flow-control credits) wait to be read.
    fn pending_credit(&mut self) -> bool {
        while let Ok(chunk) = self.rx.try_recv() {
            self.pending.extend(chunk);
        }
        !self.pending.is_empty()
    }
}

/// Board output as text: `\r\n` back to `\n` (the board sends every `\n`
/// of a program as `\r\n`).
pub fn cooked_to_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A link whose board has already sent `reply`; writes are dropped.
    fn link_with(reply: &[u8]) -> Link {
        Link::new(
            Box::new(std::io::sink()),
            Box::new(Cursor::new(reply.to_vec())),
        )
    }

    #[test]
    fn output_splits_stdout_and_exception_and_uncooks() {
        let mut r = RawRepl::new(link_with(b"a\r\nb\r\n\x04Traceback\r\nE\r\n\x04>"));
        let out = r.output(Duration::from_secs(2)).unwrap();
        assert_eq!(out.stdout, "a\nb\n");
        assert_eq!(out.stderr, "Traceback\nE\n");
    }

    #[test]
    fn output_after_system_exit_waits_for_the_fresh_prompt() {
        let mut r = RawRepl::new(link_with(
            b"x\r\n\x04\x04MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
        ));
        let out = r.output(Duration::from_secs(2)).unwrap();
        assert_eq!(out.stdout, "x\n");
        assert_eq!(out.stderr, "");
    }

    #[test]
    fn crash_message_ends_the_wait() {
        let mut link = link_with(b"partial\r\nmupy: panic: at x.rs:1:\r\noops\r\nresetting\r\n");
        match link.read_until(b"\x04", Duration::from_secs(5)) {
            Err(Error::Crash(msg)) => assert_eq!(msg, "mupy: panic: at x.rs:1: oops"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn timeout_when_pattern_never_comes() {
        let (reader, _keep) = std::io::pipe().unwrap();
        let mut link = Link::new(Box::new(std::io::sink()), Box::new(reader));
        let t = Instant::now();
        assert!(matches!(
            link.read_until(b">", Duration::from_millis(50)),
            Err(Error::Timeout(_))
        ));
        assert!(t.elapsed() < Duration::from_secs(2));
    }

    /// A board speaking raw-paste with a window of 8 bytes and no initial
    /// extra credit; it returns the source it received.
    fn fake_board(mut rx: std::io::PipeReader, mut tx: std::io::PipeWriter) -> Vec<u8> {
        let mut byte = || {
            let mut b = [0u8];
            rx.read_exact(&mut b).map(|()| b[0]).unwrap()
        };
        assert_eq!([byte(), byte(), byte()], *b"\x05A\x01");
        tx.write_all(b"R\x01\x08\x00").unwrap();
        let mut source = Vec::new();
        let mut granted = 8;
        loop {
            match byte() {
                0x04 => break,
                b => {
                    source.push(b);
                    assert!(source.len() <= granted, "host sent past its credit");
                    if source.len() % 8 == 0 {
                        granted += 8;
                        tx.write_all(b"\x01").unwrap();
                    }
                }
            }
        }
        tx.write_all(b"\x04out\r\n\x04\x04>").unwrap();
        source
    }

    #[test]
    fn raw_paste_respects_the_window_and_delivers_all_bytes() {
        let (board_rx, host_tx) = std::io::pipe().unwrap();
        let (host_rx, board_tx) = std::io::pipe().unwrap();
        let board = std::thread::spawn(move || fake_board(board_rx, board_tx));
        let mut repl = RawRepl::new(Link::new(Box::new(host_tx), Box::new(host_rx)));
        let source: Vec<u8> = (0..50u8).map(|i| b'a' + i % 26).collect();
        let out = repl.exec(&source, Duration::from_secs(5)).unwrap();
        assert_eq!(out.stdout, "out\n");
        assert_eq!(out.stderr, "");
        assert_eq!(board.join().unwrap(), source);
    }

    #[test]
    fn cooked_text_keeps_lone_carriage_returns() {
        assert_eq!(cooked_to_text(b"a\r\nb\rc\r\r\n"), "a\nb\rc\r\n");
    }
}

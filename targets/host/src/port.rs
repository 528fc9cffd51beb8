//! The host port: console on stdin/stdout/stderr, time from the OS clock,
//! files from the file system, Ctrl-C from SIGINT.

use crate::fs::{self, Files};
use mupy::runtime::port::{OpenMode, Port, SeekFrom, Stat, Stream, Uname};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct HostPort {
    start: Instant,
    out: std::io::BufWriter<std::io::Stdout>,
    interrupt: Arc<AtomicBool>,
    /// Translate `\n` to `\r\n`, as a terminal in raw mode needs.
    pub cooked: bool,
    /// Files opened by the program (`open()`).
    files: Files,
}

impl HostPort {
    pub fn new(interrupt: Arc<AtomicBool>) -> Self {
        HostPort {
            start: Instant::now(),
            out: std::io::BufWriter::with_capacity(1 << 14, std::io::stdout()),
            interrupt,
            cooked: false,
            files: Files::default(),
        }
    }
}

impl Port for HostPort {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        match stream {
            Stream::Stdout if self.cooked => {
                for line in bytes.split_inclusive(|&b| b == b'\n') {
                    match line.strip_suffix(b"\n") {
                        Some(body) => {
                            let _ = self.out.write_all(body);
                            let _ = self.out.write_all(b"\r\n");
                        }
                        None => {
                            let _ = self.out.write_all(line);
                        }
                    }
                }
            }
            Stream::Stdout => {
                let _ = self.out.write_all(bytes);
            }
            Stream::Stderr => {
                // Keep the order of stdout and stderr as a terminal shows it.
                let _ = self.out.flush();
                let _ = std::io::stderr().write_all(bytes);
            }
        }
    }

    fn flush(&mut self) {
        let _ = self.out.flush();
    }

    fn read_byte(&mut self) -> Option<u8> {
        let _ = self.out.flush();
        let mut b = [0u8];
        match std::io::stdin().read(&mut b) {
            Ok(1) => Some(b[0]),
            _ => None,
        }
    }

    fn ticks_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn time(&self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }

    fn sleep_ms(&mut self, ms: u64) {
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }

    fn take_interrupt(&mut self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn platform(&self) -> &str {
        std::env::consts::OS
    }

    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        self.files.open(path, mode)
    }
    fn file_read(&mut self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        self.files.read(h, buf)
    }
    fn file_write(&mut self, h: u32, data: &[u8]) -> Result<usize, i32> {
        self.files.write(h, data)
    }
    fn file_seek(&mut self, h: u32, to: SeekFrom) -> Result<u64, i32> {
        self.files.seek(h, to)
    }
    fn file_close(&mut self, h: u32) {
        self.files.close(h)
    }
    fn listdir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        fs::listdir(path)
    }
    fn stat(&mut self, path: &str) -> Result<Stat, i32> {
        fs::stat(path)
    }
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        fs::remove(path)
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        fs::rename(from, to)
    }
    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        fs::mkdir(path)
    }
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        fs::rmdir(path)
    }
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        fs::chdir(path)
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        fs::getcwd()
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn uname(&mut self) -> Uname {
        fs::uname()
    }
}

impl Drop for HostPort {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

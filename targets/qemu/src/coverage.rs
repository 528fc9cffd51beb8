//! Coverage builds only (feature `coverage`, with `-Cinstrument-coverage`
//! from `cargo xtask cov`): writes the LLVM profile counters to a host file
//! through Arm semihosting at every soft reset.
//!
//! Why at every soft reset: the test runner soft-resets the board before
//! each file, so each dump holds everything run so far, and a file that
//! later hangs or crashes the board costs only its own counts. The dump is
//! cumulative (counters are never cleared) and overwrites the previous one,
//! so the host keeps one profile per boot whatever the number of files.
//!
//! Where: QEMU hands the firmware its semihosting command line (the runner
//! passes `-semihosting-config …,arg=mupy,arg=<base>`); the profile goes to
//! `<base>-<n>.profraw`, `n` the first number whose file does not exist
//! yet at the first dump of this boot. A reset of the core (after a panic)
//! restarts the counters and so takes a new `n` instead of overwriting.
//! Without a command line the base is `mupy-qemu`, in QEMU's directory.

use alloc::format;
use alloc::string::String;
use core::cell::RefCell;
use cortex_m::interrupt::Mutex;
use minicov::{CoverageWriteError, CoverageWriter};

// rustc instruments with atomic counter updates (`atomicrmw add` on a
// u64), which a Cortex-M4 has no instruction for, so LLVM calls this
// routine. It is written in assembly so it carries no counter of its
// own (an instrumented Rust version would call itself): interrupts off
// (the SysTick handler counts too), add, restore. AAPCS: r0 = counter,
// r2:r3 = step, the old value back in r0:r1.
core::arch::global_asm!(
    ".section .text.__atomic_fetch_add_8,\"ax\",%progbits",
    ".global __atomic_fetch_add_8",
    ".type __atomic_fetch_add_8,%function",
    ".thumb_func",
    "__atomic_fetch_add_8:",
    "    push {{r4, r5, r6, lr}}",
    "    mrs r6, PRIMASK",
    "    cpsid i",
    "    ldrd r4, r5, [r0]",
    "    adds r2, r2, r4",
    "    adc r3, r3, r5",
    "    strd r2, r3, [r0]",
    "    msr PRIMASK, r6",
    "    mov r0, r4",
    "    mov r1, r5",
    "    pop {{r4, r5, r6, pc}}",
    ".size __atomic_fetch_add_8, . - __atomic_fetch_add_8",
);

const SYS_OPEN: usize = 0x01;
const SYS_CLOSE: usize = 0x02;
const SYS_WRITE: usize = 0x05;
const SYS_GET_CMDLINE: usize = 0x15;
/// `fopen` modes "rb" and "wb" in the semihosting numbering.
const MODE_READ_BINARY: usize = 1;
const MODE_WRITE_BINARY: usize = 5;
/// The command line is a path or two; longer ones are cut.
const CMDLINE_MAX: usize = 512;
/// Gives up probing for a free file name after this many boots.
const MAX_BOOTS: u32 = 10_000;

fn call(op: usize, args: &mut [usize]) -> isize {
    let ret: isize;
    // SAFETY: the semihosting convention: r0 = operation, r1 = pointer to
    // the argument words, which live for the whole call; the host writes
    // only into them and where they point (buffers we own), and returns
    // in r0.
    unsafe {
        core::arch::asm!(
            "bkpt 0xab",
            inout("r0") op => ret,
            in("r1") args.as_mut_ptr(),
            options(nostack),
        );
    }
    ret
}

fn open(path: &str, mode: usize) -> Option<usize> {
    let mut name = String::with_capacity(path.len() + 1);
    name.push_str(path);
    name.push('\0');
    let h = call(SYS_OPEN, &mut [name.as_ptr() as usize, mode, path.len()]);
    usize::try_from(h).ok()
}

/// A host file being written; each chunk of the profile goes straight
/// through, so the dump needs no buffer in the firmware's small heap.
struct HostFile(usize);

impl CoverageWriter for HostFile {
    fn write(&mut self, data: &[u8]) -> Result<(), CoverageWriteError> {
        // SYS_WRITE answers with the number of bytes it did not write.
        match call(SYS_WRITE, &mut [self.0, data.as_ptr() as usize, data.len()]) {
            0 => Ok(()),
            _ => Err(CoverageWriteError),
        }
    }
}

impl Drop for HostFile {
    fn drop(&mut self) {
        call(SYS_CLOSE, &mut [self.0]);
    }
}

/// The last word of the semihosting command line, or `mupy-qemu`.
fn base_name() -> String {
    let mut buf = [0u8; CMDLINE_MAX];
    let mut args = [buf.as_mut_ptr() as usize, CMDLINE_MAX];
    // SYS_GET_CMDLINE takes a buffer and its size, and writes the length
    // of the line back into the second argument word.
    let len = match call(SYS_GET_CMDLINE, &mut args) {
        0 => args[1].min(CMDLINE_MAX),
        _ => 0,
    };
    let line = core::str::from_utf8(&buf[..len]).unwrap_or("");
    match line.split_whitespace().last() {
        Some(word) if line.split_whitespace().count() > 1 => String::from(word),
        _ => String::from("mupy-qemu"),
    }
}

/// This boot's profile file, chosen at its first dump.
static PATH: Mutex<RefCell<Option<String>>> = Mutex::new(RefCell::new(None));

fn choose_path() -> Option<String> {
    let base = base_name();
    (0..MAX_BOOTS)
        .map(|n| format!("{base}-{n}.profraw"))
        .find(|p| {
            open(p, MODE_READ_BINARY)
                .map(|h| call(SYS_CLOSE, &mut [h]))
                .is_none()
        })
}

/// Writes the counters so far to this boot's profile file. Failures are
/// silent: the host sees a missing or short profile and says so.
pub fn dump() {
    let path = cortex_m::interrupt::free(|cs| {
        let mut slot = PATH.borrow(cs).borrow_mut();
        if slot.is_none() {
            *slot = choose_path();
        }
        slot.clone()
    });
    let Some(path) = path else { return };
    let Some(h) = open(&path, MODE_WRITE_BINARY) else {
        return;
    };
    let mut file = HostFile(h);
    // SAFETY: the firmware is single-threaded and no interrupt handler
    // touches the profile, so nothing runs the runtime concurrently.
    let _ = unsafe { minicov::capture_coverage(&mut file) };
}

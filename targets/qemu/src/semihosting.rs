//! Files for `import`, read from the host through Arm semihosting: QEMU
//! (`-semihosting-config enable=on,target=native`) serves them from its
//! working directory, so a test imports its helper modules as on the host.
//! The firmware has no filesystem of its own.
//!
//! A call is `bkpt 0xab` with the operation in r0 and the address of its
//! argument words in r1; the result comes back in r0. Without a debugger
//! or an emulator that answers, `bkpt` is a fault: QEMU must be started
//! with semihosting enabled (the runner and `cargo run` do).

use alloc::vec;
use alloc::vec::Vec;

const SYS_OPEN: usize = 0x01;
const SYS_CLOSE: usize = 0x02;
const SYS_READ: usize = 0x06;
const SYS_FLEN: usize = 0x0c;
/// `fopen` mode "rb" in the semihosting numbering.
const MODE_READ_BINARY: usize = 1;
/// Larger files are refused rather than filling the scratch heap.
const MAX_FILE: usize = 16 * 1024;

fn call(op: usize, args: &[usize]) -> isize {
    let ret: isize;
    // SAFETY: the semihosting convention: r0 = operation, r1 = pointer to
    // the argument words, which live for the whole call; the host writes
    // only where the arguments say (a buffer we own) and returns in r0.
    unsafe {
        core::arch::asm!(
            "bkpt 0xab",
            inout("r0") op => ret,
            in("r1") args.as_ptr(),
            options(nostack),
        );
    }
    ret
}

/// A host file opened for reading, closed on drop.
struct File(usize);

impl File {
    fn open(path: &str) -> Option<File> {
        // The host reads the name up to a NUL.
        let mut name: Vec<u8> = Vec::with_capacity(path.len() + 1);
        name.extend_from_slice(path.as_bytes());
        name.push(0);
        let h = call(
            SYS_OPEN,
            &[name.as_ptr() as usize, MODE_READ_BINARY, path.len()],
        );
        usize::try_from(h).ok().map(File)
    }
}

impl Drop for File {
    fn drop(&mut self) {
        call(SYS_CLOSE, &[self.0]);
    }
}

/// The whole contents of `path`, or `None` if it cannot be read.
pub fn read_file(path: &str) -> Option<Vec<u8>> {
    let f = File::open(path)?;
    let len = usize::try_from(call(SYS_FLEN, &[f.0])).ok()?;
    if len > MAX_FILE {
        return None;
    }
    let mut buf = vec![0u8; len];
    // SYS_READ answers with the number of bytes it did not read.
    let left = call(SYS_READ, &[f.0, buf.as_mut_ptr() as usize, len]);
    (left == 0).then_some(buf)
}

/// Whether `path` is a package directory: the only directories the import
/// system looks into are those with an `__init__.py`, and semihosting has
/// no `stat`.
pub fn is_package_dir(path: &str) -> bool {
    let mut init = alloc::string::String::from(path);
    init.push_str("/__init__.py");
    File::open(&init).is_some()
}

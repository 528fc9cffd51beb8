//! The `.mpy` v6 container: MicroPython's precompiled-module format, so
//! `mpy-cross` output loads here and mupy output loads in MicroPython.
//! [`read`] keeps the file's qstr-table indices in the bytecode
//! ([`crate::QstrMode::Table`]); [`to_global_qstrs`] rewrites them to the
//! runtime's qstr ids (re-encoding jumps and the line map, as operand
//! lengths change), which is what the VM runs.

mod obj;
mod read;
mod relink;
mod static_qstrs;
mod write;

pub use read::read;
pub use relink::to_global_qstrs;
pub use static_qstrs::STATIC_QSTRS;
pub use write::write;

use alloc::vec::Vec;

/// The major version this crate reads and writes.
pub const MPY_VERSION: u8 = 6;

/// Why a `.mpy` file could not be read or written.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum MpyError {
    /// Does not start with `M`.
    NotMpy,
    /// Another major version.
    Version,
    /// Ends early.
    Truncated,
    /// Malformed contents.
    Corrupt,
    /// Contains native code, which mupy does not load.
    NativeCode,
    /// Writing needs a module emitted in `QstrMode::Table`.
    QstrMode,
}

/// A `.mpy` vuint: 7 bits a byte, most significant first (as `mpy-cross` writes it).
pub(crate) fn write_uint(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(crate::varint::encode_uint(v as u64).as_bytes());
}

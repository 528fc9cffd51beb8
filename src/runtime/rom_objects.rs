//! Constant objects kept in ROM with the same layout as their heap twins, so
//! code reading a tuple or bytes object need not care where it lives.

use super::heap::Header;
use super::rom::{decode, rom_ref, Region};
use super::types::TypeId;
use mupy_reprs::ObjRef;

/// A ROM object with a header and one `u32` field (a length): enough for
/// the empty tuple, the empty bytes and the empty str.
/// Aligned like a heap block, so item slices of every representation are aligned.
#[repr(C, align(16))]
pub struct RomEmpty {
    pub header: Header,
    pub len: u32,
    /// Zero padding, so reading a str's hash/len header never runs past it.
    pub pad: [u32; 2],
}

macro_rules! rom_empty {
    ($ty:ident) => {
        RomEmpty {
            header: Header {
                type_ref: TypeId::$ty.rom_ref().0,
            },
            len: 0,
            pad: [0; 2],
        }
    };
}

static EMPTY_TUPLE: RomEmpty = rom_empty!(Tuple);
static EMPTY_BYTES: RomEmpty = rom_empty!(Bytes);

pub const EMPTY_TUPLE_REF: ObjRef = rom_ref(Region::Const, 0);
pub const EMPTY_BYTES_REF: ObjRef = rom_ref(Region::Const, 1);

/// The console streams: `len` numbers the stream (see `modules::stream`).
macro_rules! rom_stream {
    ($n:expr) => {
        RomEmpty {
            header: Header {
                type_ref: TypeId::TextIO.rom_ref().0,
            },
            len: $n,
            pad: [0; 2],
        }
    };
}

static STDIN: RomEmpty = rom_stream!(0);
static STDOUT: RomEmpty = rom_stream!(1);
static STDERR: RomEmpty = rom_stream!(2);

pub const STDIN_REF: ObjRef = rom_ref(Region::Const, 2);
pub const STDOUT_REF: ObjRef = rom_ref(Region::Const, 3);
pub const STDERR_REF: ObjRef = rom_ref(Region::Const, 4);

/// `sys.stdin.buffer` …: the same streams, reading and writing bytes
/// (bit 4 of `len` says so).
static STDIN_BUF: RomEmpty = rom_stream!(0x10);
static STDOUT_BUF: RomEmpty = rom_stream!(0x11);
static STDERR_BUF: RomEmpty = rom_stream!(0x12);

pub const STDIN_BUF_REF: ObjRef = rom_ref(Region::Const, 5);
pub const STDOUT_BUF_REF: ObjRef = rom_ref(Region::Const, 6);
pub const STDERR_BUF_REF: ObjRef = rom_ref(Region::Const, 7);

static CONST_OBJECTS: [&RomEmpty; 8] = [
    &EMPTY_TUPLE,
    &EMPTY_BYTES,
    &STDIN,
    &STDOUT,
    &STDERR,
    &STDIN_BUF,
    &STDOUT_BUF,
    &STDERR_BUF,
];

/// The address of a ROM constant object; of an empty tuple for anything
/// else, so a stray reference reads harmless memory.
pub fn address(r: ObjRef) -> *const u8 {
    let obj = match decode(r) {
        Some((Region::Const, i)) => CONST_OBJECTS.get(i as usize).copied(),
        _ => None,
    };
    obj.unwrap_or(&EMPTY_TUPLE) as *const RomEmpty as *const u8
}

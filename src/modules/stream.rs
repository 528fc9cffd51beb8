//! The console streams `sys.stdin`, `sys.stdout`, `sys.stderr` and their
//! `.buffer`s: six ROM objects of type `TextIOWrapper` whose length field
//! says which stream they are (0 stdin, 1 stdout, 2 stderr; plus 0x10 for
//! the binary `.buffer`, which reads and writes bytes). Output goes to the
//! port; input is read from it a byte at a time.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::port::Stream;
use crate::runtime::rom::{self, Region};
use crate::runtime::rom_objects::RomEmpty;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::{ObjRef, Repr};

pub use crate::runtime::rom_objects::{
    STDERR_BUF_REF, STDERR_REF, STDIN_BUF_REF, STDIN_REF, STDOUT_BUF_REF, STDOUT_REF,
};

/// `len` bit of the binary streams.
const BINARY: u32 = 0x10;

natives! { area::STREAM;
    WRITE write(2, 2) => stream_write;
    READ read(1, 2) => stream_read;
    READLINE readline(1, 2) => stream_readline;
    FLUSH flush(1, 1) => stream_flush;
}

/// Methods of `TextIOWrapper`.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::write, rv(Idx::WRITE)),
    (names::read, rv(Idx::READ)),
    (names::readline, rv(Idx::READLINE)),
    (names::flush, rv(Idx::FLUSH)),
];

/// Which console stream `v` is: 0 stdin, 1 stdout, 2 stderr (| BINARY).
fn number<R: Repr>(vm: &Vm<R>, v: R) -> Option<u32> {
    if !v.is_ptr() || !matches!(rom::decode(v.ptr_ref()), Some((Region::Const, _))) {
        return None;
    }
    if vm.type_ref_of_ptr(v.ptr_ref()) != TypeId::TextIO.rom_ref() {
        return None;
    }
    // SAFETY: ROM objects of type TextIO are `RomEmpty`s.
    Some(unsafe { vm.obj::<RomEmpty>(v.ptr_ref()) }.len)
}

/// The output stream `v` names (`sys.stdout` or `sys.stderr`), for
/// `print(file=…)` and `sys.print_exception`.
pub fn stream_of<R: Repr>(vm: &Vm<R>, v: R) -> Option<Stream> {
    match number(vm, v)? & !BINARY {
        1 => Some(Stream::Stdout),
        2 => Some(Stream::Stderr),
        _ => None,
    }
}

/// The ROM reference of a console stream, for printing its repr.
pub fn is_stream(r: ObjRef) -> bool {
    [STDIN_REF, STDOUT_REF, STDERR_REF].contains(&r)
        || [STDIN_BUF_REF, STDOUT_BUF_REF, STDERR_BUF_REF].contains(&r)
}

/// `stream.buffer`: the binary stream of a text console stream.
pub fn buffer_of<R: Repr>(vm: &Vm<R>, v: R) -> Option<R> {
    Some(R::ptr(match number(vm, v)? {
        0 => STDIN_BUF_REF,
        1 => STDOUT_BUF_REF,
        2 => STDERR_BUF_REF,
        _ => return None,
    }))
}

fn stream_write<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let Some(stream) = stream_of(vm, args[0]) else {
        return Err(vm.raise_msg(TypeId::OSError, "not writable"));
    };
    let binary = number(vm, args[0]).unwrap_or(0) & BINARY != 0;
    let (bytes, n): (Vec<u8>, usize) = if binary {
        match vm.bytes_data(args[1]) {
            Some(b) => (b.into(), b.len()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "a bytes-like object is required, not '{}'",
                    t
                ));
            }
        }
    } else {
        match vm.str_text(args[1]) {
            Some(s) => (s.as_bytes().into(), s.chars().count()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "write() argument must be str, not {}",
                    t
                ));
            }
        }
    };
    vm.port.write(stream, &bytes);
    vm.new_int(n as i64)
}

/// Reads up to `limit` bytes (all with `None`), stopping after a newline
/// when `line` is set.
fn read_text<R: Repr>(vm: &mut Vm<R>, args: &[R], line: bool) -> PyResult<R> {
    let Some(n @ (0 | BINARY)) = number(vm, args[0]) else {
        return Err(vm.raise_msg(TypeId::OSError, "not readable"));
    };
    let limit = match args.get(1) {
        Some(&v) if !v.is_none() => vm.index_of(v)?,
        _ => -1,
    };
    let mut buf = Vec::new();
    while limit < 0 || (buf.len() as i64) < limit {
        let Some(b) = vm.port.read_byte() else { break };
        buf.push(b);
        if line && b == b'\n' {
            break;
        }
    }
    if n == BINARY {
        return vm.new_bytes(&buf);
    }
    let s = alloc::string::String::from_utf8_lossy(&buf).into_owned();
    vm.new_str(&s)
}

fn stream_read<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    read_text(vm, args, false)
}

fn stream_readline<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    read_text(vm, args, true)
}

fn stream_flush<R: Repr>(vm: &mut Vm<R>, _args: &[R], _: &[R]) -> PyResult<R> {
    vm.port.flush();
    Ok(R::none())
}

//! The `struct` module: packing values into bytes by a format string, as
//! MicroPython's `py/modstruct.c` and CPython's `struct`.
//!
//! A format is an optional byte-order prefix and a run of codes, each with
//! an optional count:
//!
//! ```text
//!   prefix  @ native order, sizes and alignment (the default)
//!           = native order, standard sizes   < little   > ! big
//!   codes   b B ? 1   h H e 2   i I l L 4 (l L native: C long)   q Q 8
//!           f 4   d 8   s bytes (count = length)   x pad byte
//!           n N P: native only, a C size_t / pointer (4 on the MCU)
//! ```
//! `struct.error` is `ValueError` (MicroPython raises ValueError too).

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec;
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::STRUCT;
    PACK pack(1, VARARGS) => pack;
    UNPACK unpack(2, 2) => unpack;
    PACK_INTO pack_into(3, VARARGS) => pack_into;
    UNPACK_FROM unpack_from(2, 3, kw) => unpack_from;
    CALCSIZE calcsize(1, 1) => calcsize;
}

pub static MODULE: Module = Module {
    name: names::struct_,
    attrs: &[
        (names::pack, rv(Idx::PACK)),
        (names::unpack, rv(Idx::UNPACK)),
        (names::pack_into, rv(Idx::PACK_INTO)),
        (names::unpack_from, rv(Idx::UNPACK_FROM)),
        (names::calcsize, rv(Idx::CALCSIZE)),
        (names::error, RomValue::Obj(TypeId::ValueError.rom_ref())),
    ],
};

/// A parsed format: byte order, and `(code, count)` items.
struct Format {
    little: bool,
    /// Native sizes and alignment (`@`).
    native: bool,
    items: Vec<(u8, usize)>,
}

fn parse<R: Repr>(vm: &mut Vm<R>, f: R) -> PyResult<Format> {
    let text: Vec<u8> = match vm.str_text(f) {
        Some(s) => Vec::from(s.as_bytes()),
        None => match vm.bytes_data(f) {
            Some(b) => Vec::from(b),
            None => return Err(vm.type_error("Struct() argument 1 must be a str or bytes")),
        },
    };
    let mut s = &text[..];
    let (little, native) = match s.first() {
        Some(b'<') => (true, false),
        Some(b'>') | Some(b'!') => (false, false),
        Some(b'=') => (cfg!(target_endian = "little"), false),
        Some(b'@') => (cfg!(target_endian = "little"), true),
        _ => (cfg!(target_endian = "little"), true),
    };
    if matches!(s.first(), Some(b'<' | b'>' | b'!' | b'=' | b'@')) {
        s = &s[1..];
    }
    let mut items = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if s[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = None::<usize>;
        while i < s.len() && s[i].is_ascii_digit() {
            let d = (s[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        let Some(&c) = s.get(i) else {
            return Err(vm.value_error("repeat count given without format specifier"));
        };
        if size_of(c, native).is_none() {
            return Err(vm.value_error("bad char in struct format"));
        }
        items.push((c, count.unwrap_or(1)));
        i += 1;
    }
    Ok(Format {
        little,
        native,
        items,
    })
}

/// Size of one item of code `c`.
fn size_of(c: u8, native: bool) -> Option<usize> {
    Some(match c {
        b'b' | b'B' | b'x' | b's' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'n' | b'N' | b'P' if native => core::mem::size_of::<usize>(),
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => core::mem::size_of::<usize>(),
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// Total size in bytes and number of values of a format.
fn layout(f: &Format) -> Option<(usize, usize)> {
    let (mut size, mut values) = (0usize, 0usize);
    for &(c, n) in &f.items {
        let sz = size_of(c, f.native)?;
        if f.native && c != b's' && c != b'x' {
            size = size.checked_add(sz - 1)? & !(sz - 1);
        }
        size = size.checked_add(sz.checked_mul(n)?)?;
        values += match c {
            b'x' => 0,
            b's' => 1,
            _ => n,
        };
    }
    Some((size, values))
}

fn layout_or_raise<R: Repr>(vm: &mut Vm<R>, f: &Format) -> PyResult<(usize, usize)> {
    match layout(f) {
        Some(l) if l.0 <= u32::MAX as usize => Ok(l),
        _ => Err(vm.value_error("total struct size too long")),
    }
}

fn calcsize<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = parse(vm, a[0])?;
    let (size, _) = layout_or_raise(vm, &f)?;
    vm.new_int(size as i64)
}

/// Writes `vals` packed by `f` into `out` (of the format's size).
fn pack_values<R: Repr>(vm: &mut Vm<R>, f: &Format, vals: &[R], out: &mut [u8]) -> PyResult<()> {
    let (_, want) = layout_or_raise(vm, f)?;
    if vals.len() != want {
        return Err(crate::raise!(
            vm,
            ValueError,
            "pack expected {} items for packing (got {})",
            want,
            vals.len()
        ));
    }
    let (mut pos, mut k) = (0usize, 0usize);
    for &(c, n) in &f.items {
        let sz = size_of(c, f.native).unwrap_or(1);
        match c {
            b'x' => pos += n,
            b's' => {
                let v = vals[k];
                k += 1;
                let Some(data) = vm.bytes_data(v) else {
                    return Err(vm.value_error("argument for 's' must be a bytes object"));
                };
                let m = data.len().min(n);
                out[pos..pos + m].copy_from_slice(&data[..m]);
                pos += n;
            }
            _ => {
                if f.native {
                    pos = (pos + sz - 1) & !(sz - 1);
                }
                for _ in 0..n {
                    put(vm, c, vals[k], f.little, &mut out[pos..pos + sz])?;
                    k += 1;
                    pos += sz;
                }
            }
        }
    }
    Ok(())
}

/// One number into `out` (its size), in the given order.
fn put<R: Repr>(vm: &mut Vm<R>, c: u8, v: R, little: bool, out: &mut [u8]) -> PyResult<()> {
    let mut le = [0u8; 8];
    let n = out.len();
    if c == b'?' {
        le[0] = vm.truthy(v)? as u8;
    } else if c == b'e' {
        let Some(x) = vm.number_to_f64(v)? else {
            return Err(vm.value_error("required argument is not a float"));
        };
        let Some(h) = super::struct_half::from_f64(x) else {
            return Err(vm.raise_msg(
                TypeId::OverflowError,
                "float too large to pack with e format",
            ));
        };
        le[..2].copy_from_slice(&h.to_le_bytes());
    } else if c == b'f' || c == b'd' {
        let Some(x) = vm.number_to_f64(v)? else {
            return Err(vm.value_error("required argument is not a float"));
        };
        if c == b'f' {
            le[..4].copy_from_slice(&(x as f32).to_le_bytes());
        } else {
            le.copy_from_slice(&x.to_le_bytes());
        }
    } else {
        if !vm.is_int(v) {
            return Err(vm.value_error("required argument is not an integer"));
        }
        let bits = n as u32 * 8;
        let unsigned = c.is_ascii_uppercase();
        let ok = match vm.int_i128(v) {
            Some(i) if unsigned => i >= 0 && (bits == 64 || i < 1i128 << bits),
            Some(i) => i >= -(1i128 << (bits - 1)) && i < 1i128 << (bits - 1),
            None => false,
        };
        if !ok {
            return Err(vm.value_error("argument out of range"));
        }
        let i = vm.int_i128(v).unwrap_or(0);
        le.copy_from_slice(&(i as u64).to_le_bytes());
    }
    out.copy_from_slice(&le[..n]);
    if !little {
        out.reverse();
    }
    Ok(())
}

/// One number from `b` (its size), in the given order.
fn get<R: Repr>(vm: &mut Vm<R>, c: u8, b: &[u8], little: bool) -> PyResult<R> {
    let n = b.len();
    let mut le = [0u8; 8];
    le[..n].copy_from_slice(b);
    if !little {
        le[..n].reverse();
    }
    let u = u64::from_le_bytes(le);
    match c {
        b'f' => vm.new_float(f32::from_bits(u as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(u)),
        b'e' => vm.new_float(super::struct_half::to_f64(u as u16)),
        b'?' => Ok(R::bool(u != 0)),
        _ if c.is_ascii_uppercase() => vm.new_int_i128(u as i128),
        _ => {
            let shift = 64 - n as u32 * 8;
            vm.new_int(((u << shift) as i64) >> shift)
        }
    }
}

fn unpack_bytes<R: Repr>(vm: &mut Vm<R>, f: &Format, data: &[u8]) -> PyResult<R> {
    let base = vm.roots.temps.len();
    let r = unpack_into_temps(vm, f, data);
    match r {
        Ok(()) => vm.temps_to_tuple(base),
        Err(e) => {
            vm.roots.temps.truncate(base);
            Err(e)
        }
    }
}

fn unpack_into_temps<R: Repr>(vm: &mut Vm<R>, f: &Format, data: &[u8]) -> PyResult<()> {
    let mut pos = 0usize;
    for &(c, n) in &f.items {
        let sz = size_of(c, f.native).unwrap_or(1);
        match c {
            b'x' => pos += n,
            b's' => {
                let v = vm.new_bytes(&data[pos..pos + n])?;
                vm.temps_push(v)?;
                pos += n;
            }
            _ => {
                if f.native {
                    pos = (pos + sz - 1) & !(sz - 1);
                }
                for _ in 0..n {
                    let v = get(vm, c, &data[pos..pos + sz], f.little)?;
                    vm.temps_push(v)?;
                    pos += sz;
                }
            }
        }
    }
    Ok(())
}

fn pack<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = parse(vm, a[0])?;
    let (size, _) = layout_or_raise(vm, &f)?;
    if size > vm.config.heap_bytes {
        // The result could never fit the heap: fail before a Rust allocation.
        return Err(vm.raise_memory_error());
    }
    let mut out = vec![0u8; size];
    pack_values(vm, &f, &a[1..], &mut out)?;
    vm.new_bytes(&out)
}

fn unpack<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = parse(vm, a[0])?;
    let (size, _) = layout_or_raise(vm, &f)?;
    let data = buffer(vm, a[1])?;
    if data.len() != size {
        return Err(crate::raise!(
            vm,
            ValueError,
            "unpack requires a buffer of {} bytes",
            size
        ));
    }
    unpack_bytes(vm, &f, &data)
}

/// The bytes of a readable buffer (bytes, bytearray, memoryview, array).
fn buffer<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_data(v) {
        return Ok(Vec::from(d));
    }
    if vm.is_exact(v, TypeId::Array) {
        return Ok(Vec::from(vm.array_bytes(v)));
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "a bytes-like object is required, not '{}'",
        t
    ))
}

/// A start offset into a buffer of `len` bytes (negative counts from the end).
fn offset<R: Repr>(vm: &mut Vm<R>, v: Option<R>, len: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(0) };
    let o = vm.index_of(v)?;
    let o = if o < 0 { o + len as i64 } else { o };
    if o < 0 || o as usize > len {
        return Err(vm.value_error("offset out of range"));
    }
    Ok(o as usize)
}

fn unpack_from<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let f = parse(vm, a[0])?;
    let (size, _) = layout_or_raise(vm, &f)?;
    let data = buffer(vm, a[1])?;
    let off = a
        .get(2)
        .copied()
        .or_else(|| crate::builtins::kwarg(kw, names::offset));
    let off = offset(vm, off, data.len())?;
    if data.len() - off < size {
        return Err(crate::raise!(
            vm,
            ValueError,
            "unpack_from requires a buffer of at least {} bytes",
            size + off
        ));
    }
    unpack_bytes(vm, &f, &data[off..off + size])
}

fn pack_into<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = parse(vm, a[0])?;
    let (size, _) = layout_or_raise(vm, &f)?;
    let buf = a[1];
    // The writable window: a bytearray, an array, or a memoryview of one.
    let (target, start, len) = if vm.is_exact(buf, TypeId::MemoryView) {
        vm.memoryview_parts(buf)
    } else {
        (buf, 0, usize::MAX)
    };
    let total = if vm.is_exact(target, TypeId::ByteArray) {
        vm.bytes_data(target).map_or(0, |d| d.len())
    } else if vm.is_exact(target, TypeId::Array) {
        vm.array_bytes(target).len()
    } else {
        return Err(vm.type_error("argument must be read-write bytes-like object"));
    };
    let len = len.min(total.saturating_sub(start));
    let off = offset(vm, Some(a[2]), len)?;
    if len - off < size {
        return Err(crate::raise!(
            vm,
            ValueError,
            "pack_into requires a buffer of at least {} bytes",
            size + off
        ));
    }
    let mut out = vec![0u8; size];
    pack_values(vm, &f, &a[3..], &mut out)?;
    let at = start + off;
    let dest = if vm.is_exact(target, TypeId::ByteArray) {
        vm.bytearray_data_mut(target)
    } else {
        vm.array_bytes_mut(target)
    };
    dest[at..at + size].copy_from_slice(&out);
    Ok(R::none())
}

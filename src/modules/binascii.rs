//! The `binascii` module: hex and base64 conversions and CRC-32, as
//! MicroPython's `extmod/modbinascii.c` (with CPython's `sep` for
//! `hexlify` and `newline` for `b2a_base64`). `binascii.Error` is
//! `ValueError` (CPython's `Error` derives from it).

use super::Module;
use crate::builtins::kwarg;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::BINASCII;
    HEXLIFY hexlify(1, 2, kw) => hexlify;
    UNHEXLIFY unhexlify(1, 1) => unhexlify;
    A2B_BASE64 a2b_base64(1, 1) => a2b_base64;
    B2A_BASE64 b2a_base64(1, 1, kw) => b2a_base64;
    CRC32 crc32(1, 2) => crc32;
}

pub static MODULE: Module = Module {
    name: names::binascii,
    attrs: &[
        (names::hexlify, rv(Idx::HEXLIFY)),
        (names::unhexlify, rv(Idx::UNHEXLIFY)),
        (names::a2b_base64, rv(Idx::A2B_BASE64)),
        (names::b2a_base64, rv(Idx::B2A_BASE64)),
        (names::crc32, rv(Idx::CRC32)),
        (names::Error, RomValue::Obj(TypeId::ValueError.rom_ref())),
    ],
};

/// The bytes of a bytes-like argument (or, where `text` allows, an ASCII str).
fn data_of<R: Repr>(vm: &mut Vm<R>, v: R, text: bool) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_data(v) {
        return Ok(Vec::from(d));
    }
    if vm.is_exact(v, TypeId::Array) {
        return Ok(Vec::from(vm.array_bytes(v)));
    }
    if text {
        if let Some(s) = vm.str_text(v) {
            if s.is_ascii() {
                return Ok(Vec::from(s.as_bytes()));
            }
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "a bytes-like object is required, not '{}'",
        t
    ))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hexlify(data[, sep])`: `sep` goes between bytes.
fn hexlify<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let data = data_of(vm, a[0], false)?;
    let sep = match a.get(1).copied().or_else(|| kwarg(kw, names::sep)) {
        Some(s) if !s.is_none() => data_of(vm, s, true)?,
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(data.len() * (2 + sep.len()));
    for (i, &b) in data.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    vm.new_bytes(&out)
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let data = data_of(vm, a[0], true)?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for p in data.chunks_exact(2) {
        match (hex_digit(p[0]), hex_digit(p[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(vm.value_error("Non-hexadecimal digit found")),
        }
    }
    vm.new_bytes(&out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// `a2b_base64(data)`: characters outside the alphabet are skipped (as
/// CPython's non-strict mode); data ends at the first complete padding.
fn a2b_base64<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let data = data_of(vm, a[0], true)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut acc, mut bits, mut n, mut pads) = (0u32, 0u32, 0usize, 0usize);
    for &c in &data {
        if c == b'=' {
            // Padding counts only where a quantum is incomplete; padding
            // that completes one ends the data (CPython ignores the rest).
            if n % 4 >= 2 {
                pads += 1;
                if n % 4 + pads >= 4 {
                    n = 0;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else { continue };
        if pads > 0 {
            // Data after an incomplete pad: CPython discards the pad.
            pads = 0;
        }
        acc = acc << 6 | v;
        bits += 6;
        n += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if n % 4 == 1 {
        return Err(vm.value_error("Invalid base64-encoded string"));
    }
    if n % 4 != 0 {
        return Err(vm.value_error("Incorrect padding"));
    }
    vm.new_bytes(&out)
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let data = data_of(vm, a[0], false)?;
    let newline = match kwarg(kw, names::newline) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let w = (c[0] as u32) << 16
            | (c.get(1).copied().unwrap_or(0) as u32) << 8
            | c.get(2).copied().unwrap_or(0) as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(B64[(w >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(&out)
}

/// CRC-32 (IEEE, reflected polynomial 0xEDB88320), four bits at a time:
/// a 16-entry table is 64 bytes of ROM instead of 1 KiB.
const CRC_NIBBLE: [u32; 16] = {
    let mut t = [0u32; 16];
    let mut i = 0;
    while i < 16 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 4 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        crc = CRC_NIBBLE[(crc & 15) as usize] ^ (crc >> 4);
        crc = CRC_NIBBLE[(crc & 15) as usize] ^ (crc >> 4);
    }
    !crc
}

fn crc32<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let data = data_of(vm, a[0], false)?;
    let start = match a.get(1) {
        Some(&v) => {
            let Some(i) = (if vm.is_int(v) { vm.int_i128(v) } else { None }) else {
                return Err(vm.type_error("an integer is required"));
            };
            i as u32
        }
        None => 0,
    };
    vm.new_int(crc32_update(start, &data) as i64)
}

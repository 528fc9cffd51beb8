//! `bytes`, `bytearray` and `memoryview`: constructors, the methods only
//! they have (`decode hex fromhex`, bytearray's mutators), indexing,
//! slicing, item and slice assignment, `in`, `+`, `*` and comparison. The
//! text methods they share with str are in `strings.rs`.

use super::kwarg;
use super::strings::{self, Idx as S};
use super::text::{self_text, Kind};
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::Write;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::BYTES;
    DECODE decode(1, 3, kw) => decode;
    HEX hex(1, 3) => hex;
    FROMHEX fromhex(1, 2) => fromhex;
    FROMHEX_BA fromhex(1, 2) => fromhex_bytearray;
    APPEND append(2, 2) => append;
    EXTEND extend(2, 2) => extend;
    POP pop(1, 2) => pop;
    INSERT insert(3, 3) => insert;
    REMOVE remove(2, 2) => remove;
    REVERSE reverse(1, 1) => reverse;
    CLEAR clear(1, 1) => clear;
    COPY copy(1, 1) => copy;
    TOBYTES tobytes(1, 1) => tobytes;
    GETITEM __getitem__(2, 2) => getitem;
    SETITEM __setitem__(3, 3) => setitem;
    DELITEM __delitem__(2, 2) => delitem;
}

/// An attribute table: the given entries, then every text method shared
/// with str (the same natives, see `strings.rs`).
macro_rules! with_text_methods {
    ($($extra:expr),*) => {
        with_text_methods!(@ [$($extra),*] join JOIN, split SPLIT, rsplit RSPLIT,
            splitlines SPLITLINES, strip STRIP, lstrip LSTRIP, rstrip RSTRIP, find FIND,
            rfind RFIND, index INDEX, rindex RINDEX, count COUNT, replace REPLACE,
            startswith STARTSWITH, endswith ENDSWITH, partition PARTITION,
            rpartition RPARTITION, upper UPPER, lower LOWER, swapcase SWAPCASE, title TITLE,
            capitalize CAPITALIZE, isdigit ISDIGIT, isalpha ISALPHA, isspace ISSPACE,
            isupper ISUPPER, islower ISLOWER, isalnum ISALNUM, center CENTER, ljust LJUST,
            rjust RJUST, zfill ZFILL)
    };
    (@ [$($extra:expr),*] $($name:ident $idx:ident),*) => {
        &[$($extra,)* $((names::$name, strings::rv(S::$idx)),)*]
    };
}

/// `bytes`' attributes.
pub static ATTRS: &[(Qstr, RomValue)] = with_text_methods!(
    (names::__getitem__, rv(Idx::GETITEM)),
    (names::decode, rv(Idx::DECODE)),
    (names::hex, rv(Idx::HEX)),
    (names::fromhex, rv(Idx::FROMHEX))
);

/// `bytearray`'s attributes: bytes' and the mutators.
pub static BYTEARRAY_ATTRS: &[(Qstr, RomValue)] = with_text_methods!(
    (names::__getitem__, rv(Idx::GETITEM)),
    (names::__setitem__, rv(Idx::SETITEM)),
    (names::__delitem__, rv(Idx::DELITEM)),
    (names::append, rv(Idx::APPEND)),
    (names::extend, rv(Idx::EXTEND)),
    (names::pop, rv(Idx::POP)),
    (names::insert, rv(Idx::INSERT)),
    (names::remove, rv(Idx::REMOVE)),
    (names::reverse, rv(Idx::REVERSE)),
    (names::clear, rv(Idx::CLEAR)),
    (names::copy, rv(Idx::COPY)),
    (names::decode, rv(Idx::DECODE)),
    (names::hex, rv(Idx::HEX)),
    (names::fromhex, rv(Idx::FROMHEX_BA))
);

/// `memoryview`'s attributes.
pub static MEMORYVIEW_ATTRS: &[(Qstr, RomValue)] = &[
    (names::tobytes, rv(Idx::TOBYTES)),
    (names::hex, rv(Idx::HEX)),
    (names::decode, rv(Idx::DECODE)),
];

/// An int that must be a byte value (`0 <= i < 256`).
pub fn byte_value<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<u8> {
    let Some(i) = vm.int_of(v) else {
        if vm.is_bigint(v) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        let t = vm.type_name(v);
        return Err(crate::raise!(
            vm,
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            t
        ));
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes `bytes(x)` / `bytearray(x)` hold: an int count of zeros, a
/// buffer, a str with an encoding, or an iterable of byte values.
fn initial_bytes<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<Vec<u8>> {
    let Some(&v) = args.first() else {
        return Ok(Vec::new());
    };
    if let Some(s) = vm.str_text(v).map(String::from) {
        let enc = args
            .get(1)
            .copied()
            .or_else(|| kwarg(kwargs, names::encoding));
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return strings::encode_text(vm, &s, enc);
    }
    if let Some(d) = vm.bytes_data(v) {
        return Ok(Vec::from(d));
    }
    if vm.is_exact(v, TypeId::Array) {
        // An array's buffer is its items' bytes, not its values.
        return Ok(Vec::from(vm.array_bytes(v)));
    }
    if let Some(n) = vm.int_of(v) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_digits(n as usize / 4)?;
        return Ok(alloc::vec![0; n as usize]);
    }
    let l = vm.list_from_iter(v)?;
    let n = vm.list_len(l);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let x = vm.list_items(l)[i];
        match vm.int_of(x).map(u8::try_from) {
            Some(Ok(b)) => out.push(b),
            Some(Err(_)) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => out.push(byte_value(vm, x)?),
        }
    }
    Ok(out)
}

/// `bytes(...)`.
pub fn bytes_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    if let Some(&v) = args.first() {
        if vm.is_exact(v, TypeId::Bytes) && args.len() == 1 {
            return Ok(v);
        }
    }
    let d = initial_bytes(vm, args, kwargs)?;
    vm.new_bytes(&d)
}

/// `bytearray(...)`.
pub fn bytearray_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let d = initial_bytes(vm, args, kwargs)?;
    vm.new_bytearray(&d)
}

/// `memoryview(obj)`.
pub fn memoryview_new<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<R> {
    let Some(&v) = args.first() else {
        return Err(vm.type_error("memoryview() missing required argument 'object'"));
    };
    if vm.is_exact(v, TypeId::MemoryView) {
        let (obj, start, len) = vm.memoryview_parts(v);
        let code = vm.memoryview_code(v);
        let m = vm.new_memoryview(obj, start, len)?;
        vm.memoryview_set_code(m, code);
        return Ok(m);
    }
    #[cfg(feature = "mod-array")]
    if vm.is_exact(v, TypeId::Array) {
        return super::array_ops::memoryview_of(vm, v);
    }
    match vm.bytes_data(v).map(|d| d.len()) {
        Some(n) => vm.new_memoryview(v, 0, n),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "memoryview: a bytes-like object is required, not '{}'",
                t
            ))
        }
    }
}

fn decode<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let d = match vm.bytes_data(a[0]) {
        Some(d) => Vec::from(d),
        None => return Err(vm.type_error("descriptor 'decode' requires a bytes object")),
    };
    let enc = a.get(1).copied().or_else(|| kwarg(kw, names::encoding));
    let enc = match enc.and_then(|e| vm.str_text(e)) {
        Some(e) => e.to_ascii_lowercase().replace('_', "-"),
        None => String::from("utf-8"),
    };
    let text: String = match enc.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(d) {
            Ok(s) => s,
            Err(_) => {
                return Err(vm.raise_msg(TypeId::UnicodeError, "'utf-8' codec can't decode byte"))
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" => d.iter().map(|&b| b as char).collect(),
        "ascii" if d.is_ascii() => d.iter().map(|&b| b as char).collect(),
        "ascii" => {
            return Err(vm.raise_msg(TypeId::UnicodeError, "'ascii' codec can't decode byte"))
        }
        _ => return Err(crate::raise!(vm, LookupError, "unknown encoding: {}", enc)),
    };
    vm.new_str(&text)
}

/// `hex(sep=None, bytes_per_sep=1)`: `sep` between groups of
/// `bytes_per_sep` bytes counted from the right (from the left if negative).
fn hex<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let sep = match a.get(1) {
        None => None,
        Some(&v) => {
            let one = match (vm.str_text(v), vm.bytes_data(v)) {
                (Some(t), _) => t.as_bytes(),
                (None, Some(d)) => d,
                (None, None) => return Err(vm.type_error("sep must be str or bytes.")),
            };
            match *one {
                [c] if c.is_ascii() => Some(c as char),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match a.get(2) {
        Some(&v) => vm.index_of(v)?,
        None => 1,
    };
    let group = per.unsigned_abs() as usize;
    let mut s = String::new();
    let data = vm.bytes_data(a[0]).unwrap_or(&[]);
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        let from = if per < 0 { i } else { n - i };
        if let Some(c) = sep.filter(|_| i > 0 && group > 0 && from % group == 0) {
            s.push(c);
        }
        let _ = write!(s, "{:02x}", b);
    }
    vm.new_str(&s)
}

/// `bytearray.fromhex(text)`.
fn fromhex_bytearray<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let b = fromhex(vm, a, kw)?;
    let data = Vec::from(vm.bytes_data(b).unwrap_or(&[]));
    vm.new_bytearray(&data)
}

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace between pairs.
fn fromhex<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    // On an instance the bytes object comes first.
    let text_arg = if a.len() > 1 { a[1] } else { a[0] };
    let Some(text) = vm.str_text(text_arg).map(String::from) else {
        let t = vm.type_name(text_arg);
        return Err(crate::raise!(
            vm,
            TypeError,
            "fromhex() argument must be str, not {}",
            t
        ));
    };
    let digits: Vec<u8> = text.bytes().collect();
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if digits[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (digits[i] as char).to_digit(16);
        let lo = digits.get(i + 1).and_then(|&c| (c as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_none() { i } else { i + 1 };
                return Err(crate::raise!(
                    vm,
                    ValueError,
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    at
                ));
            }
        }
        i += 2;
    }
    vm.new_bytes(&out)
}

fn self_bytearray<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<()> {
    if vm.is_exact(v, TypeId::ByteArray) {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'bytearray' object but received a '{}'",
        t
    ))
}

fn append<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let b = byte_value(vm, a[1])?;
    let n = vm.bytes_data(a[0]).map_or(0, |d| d.len());
    vm.bytearray_resize(a[0], n + 1)?;
    vm.bytearray_data_mut(a[0])[n] = b;
    Ok(R::none())
}

fn extend<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let more = match vm.bytes_data(a[1]) {
        Some(d) => Vec::from(d),
        None => {
            if vm.str_text(a[1]).is_some() {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            initial_bytes(vm, &a[1..2], &[])?
        }
    };
    let n = vm.bytes_data(a[0]).map_or(0, |d| d.len());
    vm.bytearray_resize(a[0], n + more.len())?;
    vm.bytearray_data_mut(a[0])[n..].copy_from_slice(&more);
    Ok(R::none())
}

/// Replaces a bytearray's contents.
fn set_contents<R: Repr>(vm: &mut Vm<R>, v: R, d: &[u8]) -> PyResult<()> {
    vm.bytearray_resize(v, d.len())?;
    vm.bytearray_data_mut(v).copy_from_slice(d);
    Ok(())
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let mut d = Vec::from(vm.bytes_data(a[0]).unwrap_or(&[]));
    if d.is_empty() {
        return Err(vm.raise_msg(TypeId::IndexError, "pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(&i) => vm.seq_index(a[0], i, d.len(), "pop")?,
        None => d.len() - 1,
    };
    let b = d.remove(i);
    set_contents(vm, a[0], &d)?;
    vm.new_int(b as i64)
}

fn insert<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let mut d = Vec::from(vm.bytes_data(a[0]).unwrap_or(&[]));
    let n = d.len() as i64;
    let mut i = vm.index_of(a[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let b = byte_value(vm, a[2])?;
    d.insert(i.min(n) as usize, b);
    set_contents(vm, a[0], &d)?;
    Ok(R::none())
}

fn remove<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let b = byte_value(vm, a[1])?;
    let mut d = Vec::from(vm.bytes_data(a[0]).unwrap_or(&[]));
    match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            set_contents(vm, a[0], &d)?;
            Ok(R::none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    vm.bytearray_data_mut(a[0]).reverse();
    Ok(R::none())
}

fn clear<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    vm.bytearray_resize(a[0], 0)?;
    Ok(R::none())
}

fn copy<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    let d = Vec::from(vm.bytes_data(a[0]).unwrap_or(&[]));
    vm.new_bytearray(&d)
}

fn tobytes<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = Vec::from(vm.bytes_data(a[0]).unwrap_or(&[]));
    vm.new_bytes(&d)
}

/// `b[i]` and `b[a:b:c]` of a bytes, bytearray or memoryview.
pub fn subscr<R: Repr>(vm: &mut Vm<R>, obj: R, index: R) -> PyResult<R> {
    let ty = vm.builtin_type_of(obj);
    #[cfg(feature = "mod-array")]
    if ty == TypeId::MemoryView && vm.memoryview_code(obj) != 0 {
        return super::array_ops::view_subscr(vm, obj, index);
    }
    let n = vm.bytes_data(obj).map_or(0, |d| d.len());
    if vm.is_exact(index, TypeId::Slice) {
        let (start, _, step, count) = vm.slice_indices(index, n as i64)?;
        if ty == TypeId::MemoryView && step == 1 {
            let (o, s, _) = vm.memoryview_parts(obj);
            return vm.new_memoryview(o, s + start as usize, count as usize);
        }
        let d = vm.bytes_data(obj).unwrap_or(&[]);
        let out: Vec<u8> = (0..count).map(|k| d[(start + k * step) as usize]).collect();
        return match ty {
            TypeId::ByteArray => vm.new_bytearray(&out),
            _ => vm.new_bytes(&out),
        };
    }
    let what = match ty {
        TypeId::ByteArray => "bytearray",
        TypeId::MemoryView => "memoryview",
        _ => "index",
    };
    let i = vm.seq_index(obj, index, n, what)?;
    let b = vm.bytes_data(obj).map_or(0, |d| d[i]);
    vm.new_int(b as i64)
}

/// `b[i] = x`, `b[a:b] = seq` and `del b[…]` (value null) of a bytearray
/// or a memoryview over one.
pub fn store_subscr<R: Repr>(vm: &mut Vm<R>, obj: R, index: R, value: R) -> PyResult<()> {
    #[cfg(feature = "mod-array")]
    if vm.is_exact(obj, TypeId::MemoryView) && vm.memoryview_code(obj) != 0 {
        return super::array_ops::view_store(vm, obj, index, value);
    }
    let (target, base, len) = if vm.is_exact(obj, TypeId::MemoryView) {
        let (o, s, l) = vm.memoryview_parts(obj);
        if !vm.is_exact(o, TypeId::ByteArray) {
            return Err(vm.type_error("cannot modify read-only memory"));
        }
        if value.is_null() {
            return Err(vm.type_error("cannot delete memory"));
        }
        (o, s, l)
    } else {
        let n = vm.bytes_data(obj).map_or(0, |d| d.len());
        (obj, 0, n)
    };
    if vm.is_exact(index, TypeId::Slice) {
        let (start, stop, step, count) = vm.slice_indices(index, len as i64)?;
        let mut d = Vec::from(vm.bytes_data(target).unwrap_or(&[]));
        let (start, count) = (start + base as i64, count);
        if value.is_null() {
            let mut idx: Vec<usize> = (0..count).map(|k| (start + k * step) as usize).collect();
            // Ascending for removal back to front (no sort: the indices are
            // an arithmetic sequence).
            if step < 0 {
                idx.reverse();
            }
            for &i in idx.iter().rev() {
                d.remove(i);
            }
            return set_contents(vm, target, &d);
        }
        if vm.is_int(value) {
            // `bytearray(n)` makes n zeros, but slice assignment takes no count.
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let new = initial_bytes(vm, &[value], &[])?;
        if step == 1 && target == obj {
            let stop = (stop + base as i64).max(start) as usize;
            d.splice(start as usize..stop, new);
        } else if new.len() as i64 != count {
            return Err(if target != obj {
                vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
            } else {
                crate::raise!(
                    vm,
                    ValueError,
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    count
                )
            });
        } else {
            for (k, b) in new.into_iter().enumerate() {
                d[(start + k as i64 * step) as usize] = b;
            }
        }
        return set_contents(vm, target, &d);
    }
    let what = if target == obj {
        "bytearray"
    } else {
        "memoryview"
    };
    let i = vm.seq_index(obj, index, len, what)?;
    if value.is_null() {
        let mut d = Vec::from(vm.bytes_data(target).unwrap_or(&[]));
        d.remove(base + i);
        return set_contents(vm, target, &d);
    }
    let b = byte_value(vm, value)?;
    vm.bytearray_data_mut(target)[base + i] = b;
    Ok(())
}

/// `x in b`: a byte value or a sub-sequence.
pub fn contains<R: Repr>(vm: &mut Vm<R>, container: R, item: R) -> PyResult<bool> {
    if let Some(i) = vm.int_of(item) {
        let b = u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(vm.bytes_data(container).is_some_and(|d| d.contains(&b)));
    }
    let Some(sub) = vm.bytes_data(item).map(Vec::from) else {
        let t = vm.type_name(item);
        return Err(crate::raise!(
            vm,
            TypeError,
            "a bytes-like object is required, not '{}'",
            t
        ));
    };
    let d = vm.bytes_data(container).unwrap_or(&[]);
    Ok(super::str_search::find_bytes(d, &sub).is_some())
}

/// `+` and `*` with a byte buffer on the left (or `n * b`); the result has
/// the left operand's type (bytes for a memoryview).
pub fn binary<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    let (seq, other) = if vm.bytes_data(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let kind = match self_text(vm, seq) {
        Ok(t) => t.kind,
        Err(_) => {
            vm.take_exception();
            Kind::Bytes
        }
    };
    let mut d = Vec::from(vm.bytes_data(seq).unwrap_or(&[]));
    match op {
        BinaryOp::Add if seq == a => {
            let Some(x) = vm.bytes_data(other) else {
                return Ok(None);
            };
            d.extend_from_slice(x);
        }
        BinaryOp::Multiply => {
            let Some(n) = vm.int_of(other) else {
                return Ok(None);
            };
            let n = n.max(0) as usize;
            vm.check_digits(d.len().saturating_mul(n) / 4)?;
            d = d.repeat(n);
        }
        _ => return Ok(None),
    }
    Ok(Some(super::text::make(vm, kind, &d)?))
}

/// Orders two byte buffers (`None` when `b` is not one).
pub fn compare<R: Repr>(vm: &Vm<R>, a: R, b: R) -> Option<Ordering> {
    Some(vm.bytes_data(a)?.cmp(vm.bytes_data(b)?))
}

fn getitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if !vm.is_buffer(a[0]) {
        return Err(vm.type_error("descriptor '__getitem__' requires a bytes object"));
    }
    subscr(vm, a[0], a[1])
}

fn setitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    store_subscr(vm, a[0], a[1], a[2])?;
    Ok(R::none())
}

fn delitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_bytearray(vm, a[0])?;
    store_subscr(vm, a[0], a[1], R::null())?;
    Ok(R::none())
}

//! Searching str and bytes: `find rfind index rindex count replace
//! startswith endswith partition rpartition`. Substring search is over
//! bytes (UTF-8 never matches inside a code point); positions are converted
//! to code points for a str (see `text.rs`).

use super::kwarg;
use super::text::{arg_bytes, make, self_text, Kind, Text};
use crate::qstr::names;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

/// First byte offset of `needle` in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    (0..=hay.len() - needle.len()).find(|&i| hay[i] == first && &hay[i..i + needle.len()] == needle)
}

/// Last byte offset of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// The needle argument: same family as `self`, or an int byte for bytes.
fn needle<R: Repr>(vm: &mut Vm<R>, t: &Text, v: R) -> PyResult<Vec<u8>> {
    if t.kind != Kind::Str {
        if let Some(i) = vm.int_of(v) {
            if !(0..256).contains(&i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            return Ok(alloc::vec![i as u8]);
        }
        if vm.bytes_data(v).is_none() {
            let n = vm.type_name(v);
            return Err(crate::raise!(
                vm,
                TypeError,
                "argument should be integer or bytes-like object, not '{}'",
                n
            ));
        }
    }
    arg_bytes(vm, t.kind, v)
}

/// Position of the first (or last) match in `self[start:end]`, or -1.
fn search<R: Repr>(vm: &mut Vm<R>, a: &[R], last: bool) -> PyResult<Option<usize>> {
    let t = self_text(vm, a[0])?;
    let n = needle(vm, &t, a[1])?;
    let Some((lo, hi)) = t.range(vm, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(None);
    };
    let hay = &t.data[lo..hi];
    let found = if last {
        rfind_bytes(hay, &n)
    } else {
        find_bytes(hay, &n)
    };
    Ok(found.map(|b| t.pos_of(lo + b)))
}

pub fn find<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let i = search(vm, a, false)?;
    vm.new_int(i.map_or(-1, |i| i as i64))
}

pub fn rfind<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let i = search(vm, a, true)?;
    vm.new_int(i.map_or(-1, |i| i as i64))
}

fn not_found<R: Repr>(vm: &mut Vm<R>, s: R) -> crate::runtime::Raised {
    if vm.str_text(s).is_some() {
        vm.value_error("substring not found")
    } else {
        vm.value_error("subsection not found")
    }
}

pub fn index<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    match search(vm, a, false)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(not_found(vm, a[0])),
    }
}

pub fn rindex<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    match search(vm, a, true)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(not_found(vm, a[0])),
    }
}

/// Non-overlapping occurrences; the empty needle matches between every
/// two positions.
pub fn count<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let n = needle(vm, &t, a[1])?;
    let Some((lo, hi)) = t.range(vm, a.get(2).copied(), a.get(3).copied())? else {
        return vm.new_int(0);
    };
    let hay = &t.data[lo..hi];
    let c = if n.is_empty() {
        t.pos_of(hi) - t.pos_of(lo) + 1
    } else {
        let (mut i, mut c) = (0, 0);
        while let Some(k) = find_bytes(&hay[i..], &n) {
            c += 1;
            i += k + n.len();
        }
        c
    };
    vm.new_int(c as i64)
}

/// `replace(old, new, count=-1)`.
pub fn replace<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let old = arg_bytes(vm, t.kind, a[1])?;
    let new = arg_bytes(vm, t.kind, a[2])?;
    let max = match a.get(3).copied().or_else(|| kwarg(kw, names::count)) {
        Some(c) => vm.index_of(c)?,
        None => -1,
    };
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::with_capacity(t.data.len());
    let hay = &t.data;
    if old.is_empty() {
        // Insert `new` before every position and at the end.
        let mut k = 0;
        while k < hay.len() && max > 0 {
            out.extend_from_slice(&new);
            let w = if t.is_str() { char_len(hay[k]) } else { 1 };
            out.extend_from_slice(&hay[k..(k + w).min(hay.len())]);
            k += w;
            max -= 1;
        }
        if max > 0 {
            out.extend_from_slice(&new);
        }
        out.extend_from_slice(&hay[k.min(hay.len())..]);
    } else {
        let mut i = 0;
        while max > 0 {
            let Some(k) = find_bytes(&hay[i..], &old) else {
                break;
            };
            out.extend_from_slice(&hay[i..i + k]);
            out.extend_from_slice(&new);
            i += k + old.len();
            max -= 1;
        }
        out.extend_from_slice(&hay[i..]);
    }
    if t.kind == Kind::Str && out == t.data {
        return Ok(a[0]);
    }
    make(vm, t.kind, &out)
}

/// Bytes of the UTF-8 sequence that starts with `lead`.
fn char_len(lead: u8) -> usize {
    match lead {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

fn affix<R: Repr>(vm: &mut Vm<R>, a: &[R], end: bool) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let Some((lo, hi)) = t.range(vm, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(R::bool(false));
    };
    let hay = &t.data[lo..hi];
    let p = a[1];
    let candidates: Vec<R> = if vm.is_exact(p, TypeId::Tuple) {
        vm.tuple_items(p.ptr_ref()).into()
    } else {
        alloc::vec![p]
    };
    for c in candidates {
        let x = match arg_bytes(vm, t.kind, c) {
            Ok(x) => x,
            Err(e) => {
                vm.take_exception();
                let (m, ty) = if end {
                    ("endswith", vm.type_name(c))
                } else {
                    ("startswith", vm.type_name(c))
                };
                let _ = e;
                let want = if t.is_str() { "str" } else { "bytes" };
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "{} first arg must be {} or a tuple of {}, not {}",
                    m,
                    want,
                    want,
                    ty
                ));
            }
        };
        let hit = if end {
            hay.ends_with(&x)
        } else {
            hay.starts_with(&x)
        };
        if hit {
            return Ok(R::bool(true));
        }
    }
    Ok(R::bool(false))
}

pub fn startswith<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    affix(vm, a, false)
}

pub fn endswith<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    affix(vm, a, true)
}

fn partition_at<R: Repr>(vm: &mut Vm<R>, a: &[R], last: bool) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let sep = arg_bytes(vm, t.kind, a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if last {
        rfind_bytes(&t.data, &sep)
    } else {
        find_bytes(&t.data, &sep)
    };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&t.data[..i], &sep, &t.data[i + sep.len()..]),
        None if last => (&[], &[], &t.data),
        None => (&t.data, &[], &[]),
    };
    let parts = [
        make(vm, t.kind, x)?,
        make(vm, t.kind, y)?,
        make(vm, t.kind, z)?,
    ];
    vm.new_tuple(&parts)
}

pub fn partition<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    partition_at(vm, a, false)
}

pub fn rpartition<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    partition_at(vm, a, true)
}

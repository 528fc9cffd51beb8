//! Splitting, joining and stripping str and bytes: `split rsplit
//! splitlines join strip lstrip rstrip`.

use super::kwarg;
use super::str_search::{find_bytes, rfind_bytes};
use super::text::{arg_bytes, is_space_byte, is_space_char, make, make_list, self_text, Kind};
use crate::qstr::names;
use crate::runtime::{PyResult, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

/// `sep` and `maxsplit` from positional or keyword arguments.
fn split_args<R: Repr>(
    vm: &mut Vm<R>,
    a: &[R],
    kw: &[R],
    kind: Kind,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    let sep = match a.get(1).copied().or_else(|| kwarg(kw, names::sep)) {
        Some(v) if !v.is_none() => {
            let s = arg_bytes(vm, kind, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match a.get(2).copied().or_else(|| kwarg(kw, names::maxsplit)) {
        Some(m) => vm.index_of(m)?,
        None => -1,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// Runs of whitespace in `d` as `(start, end)` word ranges.
fn words(d: &[u8], kind: Kind) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut i = 0;
    while i < d.len() {
        let (space, w) = space_at(d, i, kind);
        match (space, start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(s) = start {
        out.push((s, d.len()));
    }
    out
}

/// Whether the character at byte `i` is whitespace, and its width.
fn space_at(d: &[u8], i: usize, kind: Kind) -> (bool, usize) {
    if kind != Kind::Str || d[i] < 0x80 {
        return (
            is_space_byte(d[i]) || (kind == Kind::Str && (0x1c..=0x1f).contains(&d[i])),
            1,
        );
    }
    let s = core::str::from_utf8(&d[i..]).ok().or_else(|| {
        (2..=4)
            .filter_map(|n| d.get(i..i + n))
            .find_map(|b| core::str::from_utf8(b).ok())
    });
    match s.and_then(|s| s.chars().next()) {
        Some(c) => (is_space_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

pub fn split<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let (sep, max) = split_args(vm, a, kw, t.kind)?;
    let d = &t.data;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let w = words(d, t.kind);
            for (k, &(s, e)) in w.iter().enumerate() {
                if k == max {
                    // The rest, from this word on, trailing space kept.
                    parts.push(&d[s..]);
                    break;
                }
                parts.push(&d[s..e]);
            }
        }
        Some(sep) => {
            let mut i = 0;
            while parts.len() < max {
                let Some(k) = find_bytes(&d[i..], &sep) else {
                    break;
                };
                parts.push(&d[i..i + k]);
                i += k + sep.len();
            }
            parts.push(&d[i..]);
        }
    }
    make_list(vm, t.kind, &parts)
}

pub fn rsplit<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let (sep, max) = split_args(vm, a, kw, t.kind)?;
    let d = &t.data;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let w = words(d, t.kind);
            for (k, &(s, e)) in w.iter().enumerate().rev() {
                if w.len() - 1 - k == max {
                    parts.push(&d[..e]);
                    break;
                }
                parts.push(&d[s..e]);
            }
        }
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < max {
                let Some(k) = rfind_bytes(&d[..end], &sep) else {
                    break;
                };
                parts.push(&d[k + sep.len()..end]);
                end = k;
            }
            parts.push(&d[..end]);
        }
    }
    parts.reverse();
    make_list(vm, t.kind, &parts)
}

pub fn splitlines<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let keep = match a.get(1).copied().or_else(|| kwarg(kw, names::keepends)) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let d = &t.data;
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let brk = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' => 1,
            0x0b | 0x0c | 0x1c..=0x1e if t.kind == Kind::Str => 1,
            0xc2 if t.kind == Kind::Str && d.get(i + 1) == Some(&0x85) => 2,
            0xe2 if t.kind == Kind::Str
                && d.get(i + 1) == Some(&0x80)
                && matches!(d.get(i + 2), Some(&0xa8) | Some(&0xa9)) =>
            {
                3
            }
            _ => 0,
        };
        if brk == 0 {
            i += 1;
            continue;
        }
        parts.push(&d[start..if keep { i + brk } else { i }]);
        i += brk;
        start = i;
    }
    if start < d.len() {
        parts.push(&d[start..]);
    }
    make_list(vm, t.kind, &parts)
}

pub fn join<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let items = vm.sequence_to_tuple(a[1])?;
    let n = vm.tuple_items(items.ptr_ref()).len();
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.extend_from_slice(&t.data);
        }
        let x = vm.tuple_items(items.ptr_ref())[i];
        let part = if t.kind == Kind::Str {
            vm.str_text(x).map(|s| s.as_bytes())
        } else {
            vm.bytes_data(x)
        };
        match part {
            Some(p) => out.extend_from_slice(p),
            None => {
                let ty = vm.type_name(x);
                let want = if t.kind == Kind::Str {
                    "str instance"
                } else {
                    "a bytes-like object"
                };
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "sequence item {}: expected {}, {} found",
                    i,
                    want,
                    ty
                ));
            }
        }
    }
    if n == 1 && t.kind == Kind::Str {
        let x = vm.tuple_items(items.ptr_ref())[0];
        if vm.str_text(x).is_some() && !vm.is_user_instance(x) {
            return Ok(x);
        }
    }
    make(vm, t.kind, &out)
}

/// Which ends `strip` works on.
#[derive(Copy, Clone, PartialEq)]
enum Ends {
    Both,
    Left,
    Right,
}

fn strip_ends<R: Repr>(vm: &mut Vm<R>, a: &[R], ends: Ends) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let chars = match a.get(1) {
        Some(&c) if !c.is_none() => Some(arg_bytes(vm, t.kind, c)?),
        _ => None,
    };
    let (lo, hi) = if t.kind == Kind::Str {
        let s = t.as_str();
        let set = chars
            .as_deref()
            .map(|c| core::str::from_utf8(c).unwrap_or(""));
        let strip = |c: char| match set {
            Some(set) => set.contains(c),
            None => is_space_char(c),
        };
        let left = if ends != Ends::Right {
            s.len() - s.trim_start_matches(strip).len()
        } else {
            0
        };
        let right = if ends != Ends::Left {
            s[left..].trim_end_matches(strip).len() + left
        } else {
            s.len()
        };
        (left, right)
    } else {
        let d = &t.data;
        let strip = |c: &u8| match &chars {
            Some(set) => set.contains(c),
            None => is_space_byte(*c),
        };
        let mut lo = 0;
        if ends != Ends::Right {
            while lo < d.len() && strip(&d[lo]) {
                lo += 1;
            }
        }
        let mut hi = d.len();
        if ends != Ends::Left {
            while hi > lo && strip(&d[hi - 1]) {
                hi -= 1;
            }
        }
        (lo, hi)
    };
    if t.kind == Kind::Str && lo == 0 && hi == t.data.len() {
        return Ok(a[0]);
    }
    make(vm, t.kind, &t.data[lo..hi])
}

pub fn strip<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    strip_ends(vm, a, Ends::Both)
}

pub fn lstrip<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    strip_ends(vm, a, Ends::Left)
}

pub fn rstrip<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    strip_ends(vm, a, Ends::Right)
}

//! Methods of `str` and str indexing.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::STR;
    JOIN join(2, 2) => join;
    SPLIT split(1, 3) => split;
    STRIP strip(1, 2) => strip;
    UPPER upper(1, 1) => upper;
    LOWER lower(1, 1) => lower;
    STARTSWITH startswith(2, 2) => startswith;
    ENDSWITH endswith(2, 2) => endswith;
    FIND find(2, 2) => find;
    REPLACE replace(3, 3) => replace;
}

/// `str`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::join, rv(Idx::JOIN)),
    (names::split, rv(Idx::SPLIT)),
    (names::strip, rv(Idx::STRIP)),
    (names::upper, rv(Idx::UPPER)),
    (names::lower, rv(Idx::LOWER)),
    (names::startswith, rv(Idx::STARTSWITH)),
    (names::endswith, rv(Idx::ENDSWITH)),
    (names::find, rv(Idx::FIND)),
    (names::replace, rv(Idx::REPLACE)),
];

fn text<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<String> {
    match vm.str_text(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(vm, TypeError, "must be str, not {}", t))
        }
    }
}

fn join<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let sep = text(vm, a[0])?;
    let t = vm.sequence_to_tuple(a[1])?;
    let mut out = String::new();
    let n = vm.tuple_items(t.ptr_ref()).len();
    for i in 0..n {
        if i > 0 {
            out.push_str(&sep);
        }
        let x = vm.tuple_items(t.ptr_ref())[i];
        match vm.str_text(x) {
            Some(s) => out.push_str(s),
            None => {
                let ty = vm.type_name(x);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "sequence item {}: expected str instance, {} found",
                    i,
                    ty
                ));
            }
        }
    }
    vm.new_str(&out)
}

fn split<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let s = text(vm, a[0])?;
    let sep = match a.get(1) {
        Some(&v) if !v.is_none() => Some(text(vm, v)?),
        _ => None,
    };
    let parts: Vec<&str> = match &sep {
        Some(p) if p.is_empty() => return Err(vm.value_error("empty separator")),
        Some(p) => s.split(p.as_str()).collect(),
        None => s.split_whitespace().collect(),
    };
    let l = vm.new_list(&[])?;
    for p in parts {
        let v = vm.new_str(p)?;
        vm.list_append(l, v)?;
    }
    Ok(l)
}

fn strip<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let s = text(vm, a[0])?;
    let r = match a.get(1) {
        Some(&c) if !c.is_none() => {
            let chars = text(vm, c)?;
            String::from(s.trim_matches(|ch| chars.contains(ch)))
        }
        _ => String::from(s.trim()),
    };
    vm.new_str(&r)
}

fn upper<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let s = text(vm, a[0])?.to_uppercase();
    vm.new_str(&s)
}

fn lower<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let s = text(vm, a[0])?.to_lowercase();
    vm.new_str(&s)
}

fn startswith<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (s, p) = (text(vm, a[0])?, text(vm, a[1])?);
    Ok(R::bool(s.starts_with(p.as_str())))
}

fn endswith<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (s, p) = (text(vm, a[0])?, text(vm, a[1])?);
    Ok(R::bool(s.ends_with(p.as_str())))
}

fn find<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (s, p) = (text(vm, a[0])?, text(vm, a[1])?);
    let i = s
        .find(p.as_str())
        .map_or(-1, |b| s[..b].chars().count() as i64);
    vm.new_int(i)
}

fn replace<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (s, x, y) = (text(vm, a[0])?, text(vm, a[1])?, text(vm, a[2])?);
    let r = s.replace(x.as_str(), &y);
    vm.new_str(&r)
}

/// `s[i]` and `s[a:b:c]` (by characters).
pub fn str_subscr<R: Repr>(vm: &mut Vm<R>, s: R, index: R) -> PyResult<R> {
    let chars: Vec<char> = vm.str_text(s).unwrap_or("").chars().collect();
    if vm.is_exact(index, TypeId::Slice) {
        let (start, _, step, count) = vm.slice_indices(index, chars.len() as i64)?;
        let out: String = (0..count)
            .map(|k| chars[(start + k * step) as usize])
            .collect();
        return vm.new_str(&out);
    }
    let i = vm.seq_index(s, index, chars.len(), "string")?;
    let mut b = [0u8; 4];
    vm.new_str(chars[i].encode_utf8(&mut b))
}

//! Methods of `dict`.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::DICT;
    KEYS keys(1, 1) => keys;
    VALUES values(1, 1) => values;
    ITEMS items(1, 1) => items;
    GET get(2, 3) => get;
    POP pop(2, 3) => pop;
    SETDEFAULT setdefault(2, 3) => setdefault;
    UPDATE update(1, 2, kw) => update_m;
    CLEAR clear(1, 1) => clear;
    COPY copy(1, 1) => copy;
    POPITEM popitem(1, 1) => popitem;
    FROMKEYS fromkeys(1, 3) => fromkeys;
    INIT __init__(1, 2, kw) => init;
    GETITEM __getitem__(2, 2) => getitem;
    SETITEM __setitem__(3, 3) => setitem;
    DELITEM __delitem__(2, 2) => delitem;
}

/// `dict`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::keys, rv(Idx::KEYS)),
    (names::values, rv(Idx::VALUES)),
    (names::items, rv(Idx::ITEMS)),
    (names::get, rv(Idx::GET)),
    (names::pop, rv(Idx::POP)),
    (names::setdefault, rv(Idx::SETDEFAULT)),
    (names::update, rv(Idx::UPDATE)),
    (names::clear, rv(Idx::CLEAR)),
    (names::copy, rv(Idx::COPY)),
    (names::popitem, rv(Idx::POPITEM)),
    (names::fromkeys, rv(Idx::FROMKEYS)),
    (names::__init__, rv(Idx::INIT)),
    (names::__getitem__, rv(Idx::GETITEM)),
    (names::__setitem__, rv(Idx::SETITEM)),
    (names::__delitem__, rv(Idx::DELITEM)),
];

/// `dict.__init__(self, [other], **kw)`: as `update` (a subclass's
/// `super().__init__(…)` fills the new dict).
fn init<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    update_m(vm, a, kw)
}

/// `dict.__getitem__`: the dict's own lookup, never a subclass's override.
fn getitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.dict_subscr(a[0], a[1])
}

fn setitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.dict_set(a[0], a[1], a[2])?;
    Ok(R::none())
}

fn delitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if vm.map_remove(vm.dict_map(a[0]), a[1])?.is_none() {
        return Err(vm.raise_key_error(a[1]));
    }
    Ok(R::none())
}

fn view<R: Repr>(vm: &mut Vm<R>, d: R, ty: TypeId) -> PyResult<R> {
    vm.new_iter_obj(ty, d, R::small_int(0).unwrap_or(R::none()), R::none())
}

fn keys<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    view(vm, a[0], TypeId::DictKeys)
}

fn values<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    view(vm, a[0], TypeId::DictValues)
}

fn items<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    view(vm, a[0], TypeId::DictItems)
}

fn get<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    Ok(vm
        .dict_get(a[0], a[1])?
        .unwrap_or(a.get(2).copied().unwrap_or(R::none())))
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    match vm.map_remove(vm.dict_map(a[0]), a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.raise_key_error(a[1])),
        },
    }
}

fn setdefault<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if let Some(v) = vm.dict_get(a[0], a[1])? {
        return Ok(v);
    }
    let d = a.get(2).copied().unwrap_or(R::none());
    vm.dict_set(a[0], a[1], d)?;
    Ok(d)
}

/// `d.update(other)`: a dict or an iterable of pairs.
pub fn update<R: Repr>(vm: &mut Vm<R>, d: R, other: R) -> PyResult<()> {
    if vm.is_dict(other) {
        let m = vm.dict_map(other);
        let mut p = 0;
        while let Some((np, k, v)) = vm.map_next(m, p) {
            p = np;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    let mut k = 0usize;
    while let Some(pair) = vm.iter_next(it)? {
        let t = match vm.sequence_to_tuple(pair) {
            Ok(t) => t,
            Err(e) if vm.pending_is(TypeId::TypeError) => {
                let _ = e;
                vm.take_exception();
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    k
                ));
            }
            Err(e) => return Err(e),
        };
        let items = vm.tuple_items(t.ptr_ref());
        if items.len() != 2 {
            let n = items.len();
            return Err(crate::raise!(
                vm,
                ValueError,
                "dictionary update sequence element #{} has length {}; 2 is required",
                k,
                n
            ));
        }
        k += 1;
        let (k, v) = (items[0], items[1]);
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn update_m<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    if let Some(&o) = a.get(1) {
        update(vm, a[0], o)?;
    }
    for p in kw.chunks_exact(2) {
        vm.dict_set(a[0], p[0], p[1])?;
    }
    Ok(R::none())
}

fn clear<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.map_clear(vm.dict_map(a[0]));
    Ok(R::none())
}

fn copy<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    // An OrderedDict's copy is one too (subclass copies are plain dicts).
    let d = if vm.is_exact(a[0], TypeId::OrderedDict) {
        R::ptr(vm.new_dict_of(TypeId::OrderedDict.rom_ref())?)
    } else {
        vm.new_dict()?
    };
    update(vm, d, a[0])?;
    Ok(d)
}

/// `d.popitem()`: the last inserted pair (LIFO, as CPython).
fn popitem<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let m = vm.dict_map(a[0]);
    let (mut p, mut last) = (0, None);
    while let Some((np, k, v)) = vm.map_next(m, p) {
        p = np;
        last = Some((k, v));
    }
    let Some((k, v)) = last else {
        return Err(vm.raise_msg(TypeId::KeyError, "popitem(): dictionary is empty"));
    };
    let t = vm.new_tuple(&[k, v])?;
    vm.map_remove(m, k)?;
    Ok(t)
}

/// `dict.fromkeys(iterable, value=None)` (also called on an instance).
fn fromkeys<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let a = if a.len() > 1 && vm.is_dict(a[0]) && !vm.is_class_value(a[0]) {
        &a[1..]
    } else {
        a
    };
    let value = a.get(1).copied().unwrap_or(R::none());
    let d = vm.new_dict()?;
    let it = vm.get_iter(a[0])?;
    while let Some(k) = vm.iter_next(it)? {
        vm.dict_set(d, k, value)?;
    }
    Ok(d)
}

//! Methods and operators of `set` and `frozenset` (and the set operations
//! of dict key/item views). A result takes the type of the left operand
//! (`frozenset | set` is a frozenset), as CPython; in-place operators
//! mutate a set and return it.

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::SET;
    ADD add(2, 2) => add;
    REMOVE remove(2, 2) => remove;
    DISCARD discard(2, 2) => discard;
    POP pop(1, 1) => pop;
    CLEAR clear(1, 1) => clear;
    COPY copy(1, 1) => copy;
    UPDATE update(1, VARARGS) => update;
    UNION union(1, VARARGS) => union;
    INTERSECTION intersection(1, VARARGS) => intersection;
    DIFFERENCE difference(1, VARARGS) => difference;
    SYMMETRIC_DIFFERENCE symmetric_difference(2, 2) => symmetric_difference;
    INTERSECTION_UPDATE intersection_update(1, VARARGS) => intersection_update;
    DIFFERENCE_UPDATE difference_update(1, VARARGS) => difference_update;
    SYMMETRIC_DIFFERENCE_UPDATE symmetric_difference_update(2, 2) => symmetric_difference_update;
    ISSUBSET issubset(2, 2) => issubset;
    ISSUPERSET issuperset(2, 2) => issuperset;
    ISDISJOINT isdisjoint(2, 2) => isdisjoint;
    CONTAINS __contains__(2, 2) => contains;
}

/// `frozenset`'s attributes.
pub static FROZENSET_ATTRS: &[(Qstr, RomValue)] = &[
    (names::copy, rv(Idx::COPY)),
    (names::union, rv(Idx::UNION)),
    (names::intersection, rv(Idx::INTERSECTION)),
    (names::difference, rv(Idx::DIFFERENCE)),
    (names::symmetric_difference, rv(Idx::SYMMETRIC_DIFFERENCE)),
    (names::issubset, rv(Idx::ISSUBSET)),
    (names::issuperset, rv(Idx::ISSUPERSET)),
    (names::isdisjoint, rv(Idx::ISDISJOINT)),
    (names::__contains__, rv(Idx::CONTAINS)),
];

/// `set`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::add, rv(Idx::ADD)),
    (names::remove, rv(Idx::REMOVE)),
    (names::discard, rv(Idx::DISCARD)),
    (names::pop, rv(Idx::POP)),
    (names::clear, rv(Idx::CLEAR)),
    (names::update, rv(Idx::UPDATE)),
    (names::intersection_update, rv(Idx::INTERSECTION_UPDATE)),
    (names::difference_update, rv(Idx::DIFFERENCE_UPDATE)),
    (
        names::symmetric_difference_update,
        rv(Idx::SYMMETRIC_DIFFERENCE_UPDATE),
    ),
    (names::copy, rv(Idx::COPY)),
    (names::union, rv(Idx::UNION)),
    (names::intersection, rv(Idx::INTERSECTION)),
    (names::difference, rv(Idx::DIFFERENCE)),
    (names::symmetric_difference, rv(Idx::SYMMETRIC_DIFFERENCE)),
    (names::issubset, rv(Idx::ISSUBSET)),
    (names::issuperset, rv(Idx::ISSUPERSET)),
    (names::isdisjoint, rv(Idx::ISDISJOINT)),
    (names::__contains__, rv(Idx::CONTAINS)),
];

/// Whether `v` is a set or frozenset (or a subclass instance of one).
pub fn is_set<R: Repr>(vm: &Vm<R>, v: R) -> bool {
    v.is_ptr() && matches!(vm.builtin_type_of(v), TypeId::Set | TypeId::FrozenSet)
}

/// A new empty set of the builtin type `ty` (set or frozenset).
fn new_of<R: Repr>(vm: &mut Vm<R>, ty: TypeId) -> PyResult<R> {
    let t = if ty == TypeId::FrozenSet {
        TypeId::FrozenSet
    } else {
        TypeId::Set
    };
    Ok(R::ptr(vm.new_dict_of(t.rom_ref())?))
}

/// Adds every item of the iterable `v` to the set `s`.
pub fn add_all<R: Repr>(vm: &mut Vm<R>, s: R, v: R) -> PyResult<()> {
    if is_set(vm, v) || vm.is_dict(v) {
        let m = vm.dict_map(v);
        let mut p = 0;
        while let Some((np, k, _)) = vm.map_next(m, p) {
            p = np;
            vm.set_add_value(s, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(it)? {
        vm.set_add_value(s, x)?;
    }
    Ok(())
}

/// A set (of `ty`) holding the items of `v`.
fn set_of<R: Repr>(vm: &mut Vm<R>, ty: TypeId, v: R) -> PyResult<R> {
    let s = new_of(vm, ty)?;
    add_all(vm, s, v)?;
    Ok(s)
}

/// The items of `v` as a set: `v` itself when it already is one.
fn as_set<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if is_set(vm, v) {
        return Ok(v);
    }
    set_of(vm, TypeId::Set, v)
}

fn self_set<R: Repr>(vm: &mut Vm<R>, v: R, mutable: bool) -> PyResult<TypeId> {
    let t = vm.builtin_type_of(v);
    if t == TypeId::Set || (!mutable && t == TypeId::FrozenSet) {
        return Ok(t);
    }
    let n = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'set' object but received a '{}'",
        n
    ))
}

/// The keys of set `s`, copied (the set may change while they are used).
fn keys<R: Repr>(vm: &mut Vm<R>, s: R) -> PyResult<R> {
    let l = vm.new_list(&[])?;
    let m = vm.dict_map(s);
    let mut p = 0;
    while let Some((np, k, _)) = vm.map_next(m, p) {
        p = np;
        vm.list_append(l, k)?;
    }
    Ok(l)
}

/// `a op b` into a new set of `ty`: union, intersection, difference or
/// symmetric difference.
fn combine<R: Repr>(vm: &mut Vm<R>, ty: TypeId, op: BinaryOp, a: R, b: R) -> PyResult<R> {
    let out = new_of(vm, ty)?;
    let b = as_set(vm, b)?;
    match op {
        BinaryOp::Or => {
            add_all(vm, out, a)?;
            add_all(vm, out, b)?;
        }
        BinaryOp::And | BinaryOp::Subtract => {
            let ka = keys(vm, a)?;
            for i in 0..vm.list_len(ka) {
                let k = vm.list_items(ka)[i];
                if vm.set_contains(b, k)? == (op == BinaryOp::And) {
                    vm.set_add_value(out, k)?;
                }
            }
        }
        _ => {
            let ka = keys(vm, a)?;
            for i in 0..vm.list_len(ka) {
                let k = vm.list_items(ka)[i];
                if !vm.set_contains(b, k)? {
                    vm.set_add_value(out, k)?;
                }
            }
            let kb = keys(vm, b)?;
            for i in 0..vm.list_len(kb) {
                let k = vm.list_items(kb)[i];
                if !vm.set_contains(a, k)? {
                    vm.set_add_value(out, k)?;
                }
            }
        }
    }
    Ok(out)
}

/// Replaces the contents of set `s` by those of set `src`.
fn assign<R: Repr>(vm: &mut Vm<R>, s: R, src: R) -> PyResult<()> {
    vm.map_clear(vm.dict_map(s));
    add_all(vm, s, src)
}

/// Set operators `| & - ^` (and in-place forms) and dict-view set
/// operations; `None` when neither operand is a set or view.
pub fn binary<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    let base = op.non_inplace();
    if !matches!(
        base,
        BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor
    ) {
        return Ok(None);
    }
    let ta = vm.builtin_type_of(a);
    let view = |t: TypeId| matches!(t, TypeId::DictKeys | TypeId::DictItems);
    let (sa, sb) = (is_set(vm, a), is_set(vm, b));
    let tb = vm.builtin_type_of(b);
    if !(sa && sb) && !(view(ta) && (sb || view(tb))) && !(sa && view(tb)) {
        return Ok(None);
    }
    let a_set = if sa { a } else { set_of(vm, TypeId::Set, a)? };
    let r = combine(vm, if sa { ta } else { TypeId::Set }, base, a_set, b)?;
    if op != base && ta == TypeId::Set {
        assign(vm, a, r)?;
        return Ok(Some(a));
    }
    Ok(Some(r))
}

/// Whether every item of `a` is in `b`.
fn subset<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<bool> {
    let m = vm.dict_map(a);
    let mut p = 0;
    while let Some((np, k, _)) = vm.map_next(m, p) {
        p = np;
        if !vm.set_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `<`, `<=`, `>`, `>=` between sets: subset and superset tests.
pub fn compare_op<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    if !(is_set(vm, a) && is_set(vm, b)) {
        return Ok(None);
    }
    let (na, nb) = (vm.dict_len(a), vm.dict_len(b));
    let r = match op {
        BinaryOp::Less => na < nb && subset(vm, a, b)?,
        BinaryOp::LessEqual => na <= nb && subset(vm, a, b)?,
        BinaryOp::More => na > nb && subset(vm, b, a)?,
        _ => na >= nb && subset(vm, b, a)?,
    };
    Ok(Some(R::bool(r)))
}

fn add<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    vm.set_add_value(a[0], a[1])?;
    Ok(R::none())
}

fn remove<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    if vm.map_remove(vm.dict_map(a[0]), a[1])?.is_none() {
        return Err(vm.raise_key_error(a[1]));
    }
    Ok(R::none())
}

fn discard<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    vm.map_remove(vm.dict_map(a[0]), a[1])?;
    Ok(R::none())
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    let m = vm.dict_map(a[0]);
    match vm.map_next(m, 0) {
        Some((_, k, _)) => {
            vm.map_remove(m, k)?;
            Ok(k)
        }
        None => Err(vm.raise_msg(TypeId::KeyError, "pop from an empty set")),
    }
}

fn clear<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    vm.map_clear(vm.dict_map(a[0]));
    Ok(R::none())
}

fn copy<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = self_set(vm, a[0], false)?;
    set_of(vm, t, a[0])
}

fn update<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    for &o in &a[1..] {
        add_all(vm, a[0], o)?;
    }
    Ok(R::none())
}

/// `s.op(*others)` folding `op` over the others into a new set.
fn fold<R: Repr>(vm: &mut Vm<R>, a: &[R], op: BinaryOp) -> PyResult<R> {
    let t = self_set(vm, a[0], false)?;
    let mut acc = set_of(vm, t, a[0])?;
    for &o in &a[1..] {
        acc = combine(vm, t, op, acc, o)?;
    }
    Ok(acc)
}

fn union<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold(vm, a, BinaryOp::Or)
}

fn intersection<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold(vm, a, BinaryOp::And)
}

fn difference<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold(vm, a, BinaryOp::Subtract)
}

fn symmetric_difference<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold(vm, a, BinaryOp::Xor)
}

/// `s.op_update(*others)`: the fold, assigned back to `s`.
fn fold_update<R: Repr>(vm: &mut Vm<R>, a: &[R], op: BinaryOp) -> PyResult<R> {
    self_set(vm, a[0], true)?;
    let r = fold(vm, a, op)?;
    assign(vm, a[0], r)?;
    Ok(R::none())
}

fn intersection_update<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold_update(vm, a, BinaryOp::And)
}

fn difference_update<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold_update(vm, a, BinaryOp::Subtract)
}

fn symmetric_difference_update<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    fold_update(vm, a, BinaryOp::Xor)
}

fn issubset<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], false)?;
    let b = as_set(vm, a[1])?;
    Ok(R::bool(subset(vm, a[0], b)?))
}

fn issuperset<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], false)?;
    let b = as_set(vm, a[1])?;
    Ok(R::bool(subset(vm, b, a[0])?))
}

fn isdisjoint<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    self_set(vm, a[0], false)?;
    let b = as_set(vm, a[1])?;
    let r = combine(vm, TypeId::Set, BinaryOp::And, a[0], b)?;
    Ok(R::bool(vm.dict_len(r) == 0))
}

/// `set.__contains__(x)`: membership in the set itself.
fn contains<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if !is_set(vm, a[0]) {
        return Err(vm.type_error("descriptor '__contains__' requires a 'set' object"));
    }
    Ok(R::bool(vm.set_contains(a[0], a[1])?))
}

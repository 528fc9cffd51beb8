//! Methods of `list`, sorting, and slice assignment.

use super::kwarg;
use crate::natives;
use crate::qstr::names;
use crate::qstr::Qstr;
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::LIST;
    APPEND append(2, 2) => append;
    POP pop(1, 2) => pop;
    INSERT insert(3, 3) => insert;
    EXTEND extend(2, 2) => extend;
    SORT sort(1, 1, kw) => sort;
    INDEX index(2, 4) => super::seqs::index;
    COUNT count(2, 2) => count;
    REVERSE reverse(1, 1) => reverse;
    REMOVE remove(2, 2) => remove;
    CLEAR clear(1, 1) => clear;
    COPY copy(1, 1) => copy;
    INIT __init__(1, 2) => init;
}

/// `list`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::append, rv(Idx::APPEND)),
    (names::pop, rv(Idx::POP)),
    (names::insert, rv(Idx::INSERT)),
    (names::extend, rv(Idx::EXTEND)),
    (names::sort, rv(Idx::SORT)),
    (names::index, rv(Idx::INDEX)),
    (names::count, rv(Idx::COUNT)),
    (names::reverse, rv(Idx::REVERSE)),
    (names::remove, rv(Idx::REMOVE)),
    (names::clear, rv(Idx::CLEAR)),
    (names::copy, rv(Idx::COPY)),
    (names::__init__, rv(Idx::INIT)),
];

/// `list.__init__(self, [iterable])`: the list becomes the iterable's items
/// (a subclass's `super().__init__(…)` fills the new list).
fn init<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.list_truncate(a[0], 0);
    if let Some(&it) = a.get(1) {
        vm.list_extend(a[0], it)?;
    }
    Ok(R::none())
}

fn append<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.list_append(a[0], a[1])?;
    Ok(R::none())
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let n = vm.list_len(a[0]);
    if n == 0 {
        return Err(vm.raise_msg(TypeId::IndexError, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(&i) => vm.seq_index(a[0], i, n, "pop")?,
        None => n - 1,
    };
    Ok(vm.list_remove_at(a[0], i))
}

fn insert<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let n = vm.list_len(a[0]) as i64;
    let mut i = vm.index_of(a[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    vm.list_insert(a[0], i.min(n) as usize, a[2])?;
    Ok(R::none())
}

fn extend<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.list_extend(a[0], a[1])?;
    Ok(R::none())
}

fn sort<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    sort_list(vm, a[0], kw)?;
    Ok(R::none())
}

/// Stable sort of a list, with `key=` and `reverse=`: a merge sort over
/// positions, whose comparisons may run Python code (and raise); all small
/// ints or all strs compare natively. Works on a copy of the items, written
/// back at the end.
pub fn sort_list<R: Repr>(vm: &mut Vm<R>, l: R, kw: &[R]) -> PyResult<()> {
    let key = kwarg(kw, names::key).filter(|k| !k.is_none());
    let reverse = match kwarg(kw, names::reverse) {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let items: Vec<R> = Vec::from(vm.list_items(l));
    // Computed keys live in a list pinned as a root while comparisons run.
    let saved = vm.roots.pinned[6];
    let keys = match key {
        Some(k) => {
            let kl = vm.new_list(&[])?;
            vm.roots.pinned[6] = kl;
            for &x in &items {
                let kx = match vm.call(k, &[x], &[]) {
                    Ok(v) => v,
                    Err(e) => {
                        vm.roots.pinned[6] = saved;
                        return Err(e);
                    }
                };
                if let Err(e) = vm.list_append(kl, kx) {
                    vm.roots.pinned[6] = saved;
                    return Err(e);
                }
            }
            Vec::from(vm.list_items(kl))
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    let r = sort_order(vm, &keys, &mut order, reverse);
    vm.roots.pinned[6] = saved;
    r?;
    let out = vm.list_items_mut(l);
    if out.len() == items.len() {
        for (k, &o) in order.iter().enumerate() {
            out[k] = items[o];
        }
    }
    Ok(())
}

/// Sorts `order` (positions into `keys`) stably by key.
fn sort_order<R: Repr>(
    vm: &mut Vm<R>,
    keys: &[R],
    order: &mut Vec<usize>,
    reverse: bool,
) -> PyResult<()> {
    let before = |o: core::cmp::Ordering| {
        o == if reverse {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Less
        }
    };
    if keys.iter().all(|k| k.is_small_int()) {
        return merge_sort(order, |a, b| Ok(before(R::small_int_cmp(keys[a], keys[b]))));
    }
    if keys.iter().all(|&k| vm.str_text(k).is_some()) {
        return merge_sort(order, |a, b| {
            let (x, y) = (vm.str_text(keys[a]), vm.str_text(keys[b]));
            Ok(before(x.unwrap_or("").cmp(y.unwrap_or(""))))
        });
    }
    merge_sort(order, |a, b| {
        let (x, y) = if reverse {
            (keys[b], keys[a])
        } else {
            (keys[a], keys[b])
        };
        let lt = vm.binary_op(BinaryOp::Less, x, y)?;
        vm.truthy(lt)
    })
}

/// Bottom-up merge sort of `order`, `less(a, b)` saying whether `a` goes
/// before `b`. A run's item is taken from the right only when strictly
/// less, so equal keys keep their order. (Our own rather than
/// `slice::sort_by`: one small loop per key kind instead of a full
/// driftsort per comparator, several KiB of flash each.)
fn merge_sort(
    order: &mut Vec<usize>,
    mut less: impl FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let n = order.len();
    let mut buf: Vec<usize> = alloc::vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(order[j], order[i])? {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&order[j..hi]);
            lo = hi;
        }
        core::mem::swap(order, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn count<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (mut i, mut n) = (0, 0);
    while i < vm.list_len(a[0]) {
        let x = vm.list_items(a[0])[i];
        if crate::runtime::ops::same_object(x, a[1]) || vm.equal(x, a[1])? {
            n += 1;
        }
        i += 1;
    }
    vm.new_int(n)
}

fn reverse<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.list_items_mut(a[0]).reverse();
    Ok(R::none())
}

fn remove<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let mut i = 0;
    while i < vm.list_len(a[0]) {
        let x = vm.list_items(a[0])[i];
        if crate::runtime::ops::same_object(x, a[1]) || vm.equal(x, a[1])? {
            vm.list_remove_at(a[0], i);
            return Ok(R::none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn clear<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    vm.list_truncate(a[0], 0);
    Ok(R::none())
}

fn copy<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let items: Vec<R> = Vec::from(vm.list_items(a[0]));
    vm.new_list(&items)
}

/// `l[slice] = value` / `del l[slice]` (value null).
pub fn list_store_slice<R: Repr>(vm: &mut Vm<R>, l: R, s: R, value: R) -> PyResult<()> {
    let n = vm.list_len(l) as i64;
    let (start, stop, step, count) = vm.slice_indices(s, n)?;
    let mut items: Vec<R> = Vec::from(vm.list_items(l));
    if value.is_null() {
        let mut idx: Vec<usize> = (0..count).map(|k| (start + k * step) as usize).collect();
        // Ascending for removal back to front (no sort: the indices are
        // an arithmetic sequence).
        if step < 0 {
            idx.reverse();
        }
        for &i in idx.iter().rev() {
            items.remove(i);
        }
    } else {
        let t = vm.sequence_to_tuple(value)?;
        let new: Vec<R> = Vec::from(vm.tuple_items(t.ptr_ref()));
        if step == 1 {
            let stop = stop.max(start) as usize;
            items.splice(start as usize..stop, new);
        } else {
            if new.len() as i64 != count {
                return Err(crate::raise!(
                    vm,
                    ValueError,
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    count
                ));
            }
            for (k, v) in new.into_iter().enumerate() {
                items[(start + k as i64 * step) as usize] = v;
            }
        }
    }
    vm.list_truncate(l, 0);
    vm.list_reserve(l, items.len())?;
    for v in items {
        vm.list_append(l, v)?;
    }
    Ok(())
}

//! Operators of the builtin types whose code lives in their own files
//! (sets, dict views, byte buffers, complex), gathered behind a few entry
//! points that `runtime/ops.rs` calls once the fast paths have not matched.

use crate::runtime::{PyResult, TypeId, Vm};
use core::cmp::Ordering;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

/// `a op b` (arithmetic and in-place forms) for sets, dict views, dicts
/// (`|`) and byte buffers; `None` when no builtin rule applies.
pub fn binary<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    let base = op.non_inplace();
    if matches!(base, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
        && vm.is_bool(a)
        && vm.is_bool(b)
    {
        let (x, y) = (a == R::bool(true), b == R::bool(true));
        return Ok(Some(R::bool(match base {
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            _ => x ^ y,
        })));
    }
    if let Some(r) = super::sets::binary(vm, op, a, b)? {
        return Ok(Some(r));
    }
    #[cfg(feature = "mod-array")]
    if let Some(r) = super::array_ops::binary(vm, op, a, b)? {
        return Ok(Some(r));
    }
    if let Some(r) = tuple_subclass_binary(vm, base, a, b)? {
        return Ok(Some(r));
    }
    // `d |= x` takes whatever `d.update(x)` takes; `d | x` only a dict.
    if base == BinaryOp::Or && vm.is_dict(a) && (vm.is_dict(b) || op != base) {
        let d = if op == base {
            let d = vm.new_dict()?;
            super::dicts::update(vm, d, a)?;
            d
        } else {
            a
        };
        super::dicts::update(vm, d, b)?;
        return Ok(Some(d));
    }
    if base == BinaryOp::Modulo
        && matches!(vm.builtin_type_of(a), TypeId::Bytes | TypeId::ByteArray)
    {
        return super::bytesfmt::percent(vm, a, b).map(Some);
    }
    if vm.bytes_data(a).is_some() || (base == BinaryOp::Multiply && vm.bytes_data(b).is_some()) {
        if op == BinaryOp::InplaceAdd && vm.is_exact(a, TypeId::ByteArray) {
            let Some(more) = vm.bytes_data(b).map(alloc::vec::Vec::from) else {
                return Ok(None);
            };
            let n = vm.bytes_data(a).map_or(0, |d| d.len());
            vm.bytearray_resize(a, n + more.len())?;
            vm.bytearray_data_mut(a)[n..].copy_from_slice(&more);
            return Ok(Some(a));
        }
        return super::bytes::binary(vm, base, a, b);
    }
    Ok(None)
}

/// `+` and `*` where a tuple subclass instance (a namedtuple) takes part:
/// the result is a plain tuple, as in CPython. Exact tuples never get here
/// (the runtime's fast path takes them).
fn tuple_subclass_binary<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    let tup = |vm: &Vm<R>, v: R| v.is_ptr() && vm.builtin_type_of(v) == TypeId::Tuple;
    let sub = |vm: &Vm<R>, v: R| tup(vm, v) && !vm.is_exact(v, TypeId::Tuple);
    let items: alloc::vec::Vec<R> = match op {
        BinaryOp::Add if tup(vm, a) && tup(vm, b) && (sub(vm, a) || sub(vm, b)) => {
            let mut v = alloc::vec::Vec::from(vm.tuple_items(a.ptr_ref()));
            v.extend_from_slice(vm.tuple_items(b.ptr_ref()));
            v
        }
        BinaryOp::Multiply if (sub(vm, a) && vm.is_int(b)) || (sub(vm, b) && vm.is_int(a)) => {
            let (t, k) = if sub(vm, a) { (a, b) } else { (b, a) };
            let k = vm.index_of(k)?.max(0) as usize;
            let one = vm.tuple_items(t.ptr_ref());
            if one.len().saturating_mul(k) > vm.config.heap_bytes {
                return Err(vm.raise_memory_error());
            }
            one.repeat(k)
        }
        _ => return Ok(None),
    };
    // The items stay reachable through `a` and `b` while the tuple is made.
    Ok(Some(vm.new_tuple(&items)?))
}

/// `a == b` for the types above, and ranges; `None` when not decided here.
pub fn equal<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<Option<bool>> {
    #[cfg(feature = "mod-collections")]
    if vm.is_exact(a, TypeId::OrderedDict) && vm.is_exact(b, TypeId::OrderedDict) {
        return super::ordereddicts::equal(vm, a, b).map(Some);
    }
    let (ta, tb) = (vm.builtin_type_of(a), vm.builtin_type_of(b));
    if ta == TypeId::BoundMethod && tb == TypeId::BoundMethod {
        // The same function bound to the same object.
        let ((s1, f1), (s2, f2)) = (vm.bound_method_parts(a), vm.bound_method_parts(b));
        return Ok(Some(vm.is_same(s1, s2) && f1 == f2));
    }
    let buffer = |t: TypeId| matches!(t, TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView);
    if buffer(ta) || buffer(tb) {
        return Ok(Some(
            super::bytes::compare(vm, a, b) == Some(Ordering::Equal),
        ));
    }
    let setlike = |t: TypeId| {
        matches!(
            t,
            TypeId::Set | TypeId::FrozenSet | TypeId::DictKeys | TypeId::DictItems
        )
    };
    if setlike(ta)
        && setlike(tb)
        && (ta != tb || matches!(ta, TypeId::DictKeys | TypeId::DictItems))
    {
        let x = as_set(vm, a, ta)?;
        let y = as_set(vm, b, tb)?;
        return Ok(Some(vm.set_equal(x, y)?));
    }
    if ta == TypeId::Range && tb == TypeId::Range {
        return Ok(Some(super::seqs::range_eq(vm, a, b)));
    }
    Ok(None)
}

fn as_set<R: Repr>(vm: &mut Vm<R>, v: R, t: TypeId) -> PyResult<R> {
    if matches!(t, TypeId::Set | TypeId::FrozenSet) {
        return Ok(v);
    }
    let s = vm.build_set(&[])?;
    super::sets::add_all(vm, s, v)?;
    Ok(s)
}

/// `<`, `<=`, `>`, `>=` for sets (subset tests) and byte buffers.
pub fn compare_op<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    if let Some(r) = super::sets::compare_op(vm, op, a, b)? {
        return Ok(Some(r));
    }
    #[cfg(feature = "mod-array")]
    if let Some(r) = super::array_ops::compare_op(vm, op, a, b)? {
        return Ok(Some(r));
    }
    if vm.is_buffer(a) && vm.is_buffer(b) {
        let o = super::bytes::compare(vm, a, b).unwrap_or(Ordering::Equal);
        return Ok(Some(R::bool(match op {
            BinaryOp::Less => o == Ordering::Less,
            BinaryOp::LessEqual => o != Ordering::Greater,
            BinaryOp::More => o == Ordering::Greater,
            _ => o != Ordering::Less,
        })));
    }
    Ok(None)
}

/// `item in container` for byte buffers, dict views and ranges.
pub fn contains<R: Repr>(vm: &mut Vm<R>, container: R, item: R) -> PyResult<Option<bool>> {
    Ok(Some(match vm.builtin_type_of(container) {
        TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView => {
            super::bytes::contains(vm, container, item)?
        }
        TypeId::DictKeys => {
            let d = vm.iter_obj(container).a;
            vm.dict_get(d, item)?.is_some()
        }
        TypeId::DictItems => {
            let d = vm.iter_obj(container).a;
            if !vm.is_exact(item, TypeId::Tuple) || vm.tuple_items(item.ptr_ref()).len() != 2 {
                return Ok(Some(false));
            }
            let (k, v) = {
                let t = vm.tuple_items(item.ptr_ref());
                (t[0], t[1])
            };
            match vm.dict_get(d, k)? {
                Some(x) => x == v || vm.equal(x, v)?,
                None => false,
            }
        }
        TypeId::Range => super::seqs::range_position(vm, container, item)?.is_some(),
        #[cfg(feature = "mod-array")]
        TypeId::Array => super::array_ops::contains(vm, container, item)?,
        _ => return Ok(None),
    }))
}

/// `bool(v)` for the types above; `None` when not decided here.
pub fn truthy<R: Repr>(vm: &mut Vm<R>, v: R) -> Option<bool> {
    if let Some(d) = vm.bytes_data(v) {
        return Some(!d.is_empty());
    }
    if let Some((re, im)) = vm.complex_of(v) {
        return Some(re != 0.0 || im != 0.0);
    }
    match vm.builtin_type_of(v) {
        TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
            let d = vm.iter_obj(v).a;
            Some(vm.dict_len(d) != 0)
        }
        _ => super::ext::len(vm, v).map(|n| n != 0),
    }
}

/// `len(v)` for the types above.
pub fn len<R: Repr>(vm: &mut Vm<R>, v: R) -> Option<usize> {
    if let Some(d) = vm.bytes_data(v) {
        let n = d.len();
        // A view of an array counts its items.
        if vm.is_exact(v, TypeId::MemoryView) {
            let size = crate::objects::array::item_size(vm.memoryview_code(v)).unwrap_or(1);
            return Some(n / size);
        }
        return Some(n);
    }
    match vm.builtin_type_of(v) {
        TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
            let d = vm.iter_obj(v).a;
            Some(vm.dict_len(d))
        }
        _ => super::ext::len(vm, v),
    }
}

/// CPython's wording for a sequence operator with a wrong operand:
/// `can only concatenate str (not "int") to str`, `can't concat str to
/// bytes`, `can't multiply sequence by non-int of type 'str'`.
pub fn sequence_type_error<R: Repr>(
    vm: &mut Vm<R>,
    op: BinaryOp,
    a: R,
    b: R,
) -> Option<crate::runtime::Raised> {
    let seq = |vm: &Vm<R>, v: R| {
        vm.str_text(v).is_some()
            || matches!(
                vm.builtin_type_of(v),
                TypeId::List | TypeId::Tuple | TypeId::Bytes | TypeId::ByteArray
            )
    };
    match op.non_inplace() {
        BinaryOp::Add if seq(vm, a) => {
            let (ta, tb) = (vm.type_name(a), vm.type_name(b));
            Some(if vm.is_buffer(a) {
                crate::raise!(vm, TypeError, "can't concat {} to {}", tb, ta)
            } else {
                crate::raise!(
                    vm,
                    TypeError,
                    "can only concatenate {} (not \"{}\") to {}",
                    ta,
                    tb,
                    ta
                )
            })
        }
        BinaryOp::Multiply if seq(vm, a) || seq(vm, b) => {
            let other = if seq(vm, a) { b } else { a };
            if vm.is_int(other) {
                return None;
            }
            let t = vm.type_name(other);
            Some(crate::raise!(
                vm,
                TypeError,
                "can't multiply sequence by non-int of type '{}'",
                t
            ))
        }
        _ => None,
    }
}

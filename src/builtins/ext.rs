//! The sequence protocol of the types that builtin modules add (`deque`,
//! `array`): the runtime's generic operations (`len`, `obj[i]`, iteration,
//! `repr`, calling the type) handle the core types inline and ask here, in
//! their fallback arm, about any other builtin type. Each hook answers
//! `None` for a type it does not know, so the callers keep their own errors.

// With neither module in the image, the hooks keep their signatures but
// use none of their operands.
#![cfg_attr(
    not(any(feature = "mod-collections", feature = "mod-array")),
    allow(unused_variables, clippy::ptr_arg)
)]

#[cfg(feature = "mod-array")]
use super::arrays;
#[cfg(feature = "mod-collections")]
use super::deques;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

/// `ty(*args, **kwargs)` for a module type.
pub fn construct<R: Repr>(
    vm: &mut Vm<R>,
    ty: TypeId,
    args: &[R],
    kwargs: &[R],
) -> Option<PyResult<R>> {
    match ty {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(deques::deque_new(vm, args, kwargs)),
        #[cfg(feature = "mod-collections")]
        TypeId::OrderedDict => Some(super::ordereddicts::new(vm, args, kwargs)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(arrays::array_new(vm, args, kwargs)),
        #[cfg(feature = "mod-hashlib")]
        TypeId::Sha256 | TypeId::Sha1 | TypeId::Md5 => {
            Some(crate::modules::hashlib::hash_new(vm, ty, args))
        }
        _ => None,
    }
}

/// `len(v)`.
pub fn len<R: Repr>(vm: &Vm<R>, v: R) -> Option<usize> {
    match vm.builtin_type_of(v) {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(vm.deque_len(v)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(vm.array_len(v)),
        _ => None,
    }
}

/// `obj[index]`.
pub fn subscr<R: Repr>(vm: &mut Vm<R>, obj: R, index: R) -> Option<PyResult<R>> {
    match vm.builtin_type_of(obj) {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(deques::subscr(vm, obj, index)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(arrays::subscr(vm, obj, index)),
        _ => None,
    }
}

/// `obj[index] = value` (`del obj[index]` when `value` is null).
pub fn store_subscr<R: Repr>(vm: &mut Vm<R>, obj: R, index: R, value: R) -> Option<PyResult<()>> {
    match vm.builtin_type_of(obj) {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(deques::store_subscr(vm, obj, index, value)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(arrays::store_subscr(vm, obj, index, value)),
        _ => None,
    }
}

/// `iter(obj)`.
pub fn get_iter<R: Repr>(vm: &mut Vm<R>, obj: R) -> Option<PyResult<R>> {
    let zero = R::small_int(0).unwrap_or(R::none());
    let none = R::none();
    match vm.builtin_type_of(obj) {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(vm.new_iter_obj(TypeId::DequeIterator, obj, zero, none)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(vm.new_iter_obj(TypeId::ArrayIterator, obj, zero, none)),
        TypeId::DequeIterator | TypeId::ArrayIterator => Some(Ok(obj)),
        _ => None,
    }
}

/// `next(it)`: `Some(Ok(None))` when exhausted.
pub fn iter_next<R: Repr>(vm: &mut Vm<R>, it: R) -> Option<PyResult<Option<R>>> {
    match vm.builtin_type_of(it) {
        #[cfg(feature = "mod-collections")]
        TypeId::DequeIterator => Some(deques::iter_next(vm, it)),
        #[cfg(feature = "mod-array")]
        TypeId::ArrayIterator => Some(arrays::iter_next(vm, it)),
        _ => None,
    }
}

/// `a == b` where `a` is a module type; `None` to fall back to identity.
pub fn equal<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> Option<PyResult<bool>> {
    match (vm.builtin_type_of(a), vm.builtin_type_of(b)) {
        #[cfg(feature = "mod-array")]
        (TypeId::Array, TypeId::Array) => Some(arrays::equal(vm, a, b)),
        #[cfg(feature = "mod-collections")]
        (TypeId::Deque, TypeId::Deque) => Some(deque_equal(vm, a, b)),
        _ => None,
    }
}

#[cfg(feature = "mod-collections")]
fn deque_equal<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<bool> {
    let n = vm.deque_len(a);
    if n != vm.deque_len(b) {
        return Ok(false);
    }
    for i in 0..n {
        if i >= vm.deque_len(a).min(vm.deque_len(b)) {
            return Ok(false);
        }
        let (x, y) = (vm.deque_get(a, i), vm.deque_get(b, i));
        if x != y && !vm.equal(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `repr(v)` into `out`.
pub fn write_repr<R: Repr>(vm: &mut Vm<R>, out: &mut String, v: R) -> Option<PyResult<()>> {
    match vm.builtin_type_of(v) {
        #[cfg(feature = "mod-collections")]
        TypeId::Deque => Some(deques::write_repr(vm, out, v)),
        #[cfg(feature = "mod-array")]
        TypeId::Array => Some(arrays::write_repr(vm, out, v)),
        _ => None,
    }
}
